package org.luoshi.rest.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Response;

import org.luoshi.api.Face;
import org.luoshi.api.cycle.CalendarService;
import org.luoshi.api.jurisdiction.JurisdictionRegistry;
import org.luoshi.api.rest.RestSupport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.FieldOption;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code GET /api/health}: UP once the container has finished booting, every required face serves and the REST shell
 * serves every resource registered, with the jurisdictions installed and the statutory calendar's years (with the
 * warning about a year whose holiday arrangement is not loaded); STARTING (503) with what it waits for. No login.
 */
@Path("/health")
@Produces(RestSupport.JSON)
@Tag(name = "平台")
@Component(service = HealthResource.class, property = {RestSupport.RESOURCE, RestSupport.APPLICATION},
        configurationPid = "org.luoshi.rest")
public class HealthResource {
    /** The health check's part of PID {@code org.luoshi.rest} (described by the shell's configuration). */
    public @interface Config {
        String[] requiredFaces() default {"soap", "ui"};

        /** A service whose presence says the container's boot features are all installed ("" to skip the check). */
        String bootService() default "org.apache.karaf.features.BootFinished";
    }

    private final JurisdictionRegistry registry;
    private final Set<String> required;
    private final ApiModel api;
    private final Boot boot;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            fieldOption = FieldOption.UPDATE)
    private final List<Face> faces = new CopyOnWriteArrayList<>();

    /** The statutory calendar (bundle org.luoshi.cycles): the answer leaves it out while that bundle is stopped. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile CalendarService calendar;

    @Activate
    public HealthResource(@Reference JurisdictionRegistry registry, @Reference ApiModel api, Config config,
            BundleContext context) {
        this.registry = registry;
        this.api = api;
        this.required = Set.of(config.requiredFaces());
        this.boot = new Boot(context, config.bootService());
    }

    @Deactivate
    void deactivate() {
        boot.close();
    }

    @GET
    @Operation(summary = "平台状态（无需登录）：启动完成、各界面就绪后为 UP，并列出已安装的辖区")
    @SecurityRequirements
    public Response health() {
        Set<String> up = faces.stream().map(Face::name).collect(Collectors.toSet());
        List<String> waiting = new java.util.ArrayList<>(required.stream().filter(f -> !up.contains(f)).sorted().toList());
        if (!boot.done()) {
            waiting.add(0, "boot"); // modules are still being installed and started
        }
        if (!api.settled()) {
            waiting.add("rest");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", waiting.isEmpty() ? "UP" : "STARTING");
        out.put("jurisdictions", registry.jurisdictions().stream().map(j -> j.id).toList());
        Map<String, Object> cal = calendar();
        if (cal != null) {
            out.put("calendar", cal);
        }
        if (!waiting.isEmpty()) {
            out.put("waitingFor", waiting);
        }
        return Response.status(waiting.isEmpty() ? 200 : 503).entity(out).build();
    }

    /**
     * The statutory calendar: first and last year known, the years covered, and the warning (Chinese) when this year or,
     * from 1 October on, the coming year has no holiday arrangement; null while the calendar is not running.
     */
    private Map<String, Object> calendar() {
        CalendarService c = calendar;
        if (c == null) {
            return null;
        }
        try {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("firstYear", c.firstYear());
            out.put("lastYear", c.lastYear());
            out.put("years", c.years().stream().map(y -> y.year).toList());
            String warning = c.warning(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));
            if (warning != null) {
                out.put("warning", warning);
            }
            return out;
        } catch (RuntimeException e) {
            return null; // the calendar went away while it was asked: health answers without it
        }
    }
}

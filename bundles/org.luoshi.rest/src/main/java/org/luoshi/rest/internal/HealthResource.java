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
import org.luoshi.api.jurisdiction.JurisdictionRegistry;
import org.luoshi.api.rest.RestSupport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.startlevel.FrameworkStartLevel;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.service.component.annotations.FieldOption;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code GET /api/health}: UP once the container has finished booting, every required face serves and the REST shell
 * serves every resource registered, with the jurisdictions installed; STARTING (503) with what it waits for. No login.
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
    private final ServiceTracker<Object, Object> boot;
    private final BundleContext context;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            fieldOption = FieldOption.UPDATE)
    private final List<Face> faces = new CopyOnWriteArrayList<>();

    @Activate
    public HealthResource(@Reference JurisdictionRegistry registry, @Reference ApiModel api, Config config,
            BundleContext context) throws InvalidSyntaxException {
        this.registry = registry;
        this.api = api;
        this.required = Set.of(config.requiredFaces());
        this.context = context;
        String bootService = config.bootService() == null ? "" : config.bootService().strip();
        // by name: the health check needs no import of Karaf's features API
        boot = bootService.isEmpty() ? null
                : new ServiceTracker<>(context, context.createFilter("(objectClass=" + bootService + ")"), null);
        if (boot != null) {
            boot.open(true);
        }
    }

    @Deactivate
    void deactivate() {
        if (boot != null) {
            boot.close();
        }
    }

    /**
     * The container has reached its start level, installed its boot features, no bundle is still starting (the
     * modules' services are registered while their bundles start), and every active bundle with a persistence unit
     * has it up (its services wait for it).
     */
    private boolean booted() {
        if (boot != null && boot.isEmpty()) {
            return false;
        }
        FrameworkStartLevel level = context.getBundle(0).adapt(FrameworkStartLevel.class);
        String beginning = context.getProperty("org.osgi.framework.startlevel.beginning");
        try {
            if (level != null && beginning != null && level.getStartLevel() < Integer.parseInt(beginning.strip())) {
                return false;
            }
        } catch (NumberFormatException e) {
            // no usable beginning start level: skip this check
        }
        for (Bundle b : context.getBundles()) {
            if (b.getState() == Bundle.STARTING && b.getHeaders("").get(Constants.BUNDLE_ACTIVATIONPOLICY) == null) {
                return false;
            }
            if (b.getState() == Bundle.ACTIVE && b.getHeaders("").get("Meta-Persistence") != null && !persistent(b)) {
                return false; // its persistence unit waits for the data source (created asynchronously by pax-jdbc)
            }
        }
        return true;
    }

    /** Whether the bundle's persistence unit is up: Aries JPA registers an EntityManagerFactory in its name. */
    private static boolean persistent(Bundle b) {
        ServiceReference<?>[] registered = b.getRegisteredServices();
        if (registered != null) {
            for (ServiceReference<?> r : registered) {
                if (r.getProperty(Constants.OBJECTCLASS) instanceof String[] names
                        && java.util.Arrays.asList(names).contains("javax.persistence.EntityManagerFactory")) {
                    return true;
                }
            }
        }
        return false;
    }

    @GET
    @Operation(summary = "平台状态（无需登录）：启动完成、各界面就绪后为 UP，并列出已安装的辖区")
    @SecurityRequirements
    public Response health() {
        Set<String> up = faces.stream().map(Face::name).collect(Collectors.toSet());
        List<String> waiting = new java.util.ArrayList<>(required.stream().filter(f -> !up.contains(f)).sorted().toList());
        if (!booted()) {
            waiting.add(0, "boot"); // modules are still being installed and started
        }
        if (!api.settled()) {
            waiting.add("rest");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", waiting.isEmpty() ? "UP" : "STARTING");
        out.put("jurisdictions", registry.jurisdictions().stream().map(j -> j.id).toList());
        if (!waiting.isEmpty()) {
            out.put("waitingFor", waiting);
        }
        return Response.status(waiting.isEmpty() ? 200 : 503).entity(out).build();
    }
}

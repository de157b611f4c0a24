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
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.FieldOption;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code GET /api/health}: UP once every required face serves, with the jurisdictions installed. No login. */
@Path("/health")
@Produces(RestSupport.JSON)
@Tag(name = "平台")
@Component(service = HealthResource.class, property = {RestSupport.RESOURCE, RestSupport.APPLICATION},
        configurationPid = "org.luoshi.rest.health")
@Designate(ocd = HealthResource.Config.class)
public class HealthResource {
    /** Configuration, PID {@code org.luoshi.rest.health}. */
    @ObjectClassDefinition(name = "Luoshi health check")
    public @interface Config {
        @AttributeDefinition(description = "Faces that must be serving before the health check reports UP")
        String[] requiredFaces() default {"soap", "ui"};
    }

    private final JurisdictionRegistry registry;
    private final Set<String> required;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            fieldOption = FieldOption.UPDATE)
    private final List<Face> faces = new CopyOnWriteArrayList<>();

    @Activate
    public HealthResource(@Reference JurisdictionRegistry registry, Config config) {
        this.registry = registry;
        this.required = Set.of(config.requiredFaces());
    }

    @GET
    @Operation(summary = "平台状态（无需登录）：各界面就绪后为 UP，并列出已安装的辖区")
    @SecurityRequirements
    public Response health() {
        Set<String> up = faces.stream().map(Face::name).collect(Collectors.toSet());
        List<String> waiting = required.stream().filter(f -> !up.contains(f)).sorted().toList();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", waiting.isEmpty() ? "UP" : "STARTING");
        out.put("jurisdictions", registry.jurisdictions().stream().map(j -> j.id).toList());
        if (!waiting.isEmpty()) {
            out.put("waitingFor", waiting);
        }
        return Response.status(waiting.isEmpty() ? 200 : 503).entity(out).build();
    }
}

package org.luoshi.rest.internal;

import java.util.List;

import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.SecurityContext;

import org.luoshi.api.Actor;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.audit.AuditEntryDTO;
import org.luoshi.api.audit.AuditTrail;
import org.luoshi.api.audit.AuditVerificationDTO;
import org.luoshi.api.rest.RestSupport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code /api/audit}: the hash-chained audit trail, for administrators. */
@Path("/audit")
@Produces(RestSupport.JSON)
@Tag(name = "审计")
@Component(service = AuditResource.class, property = {RestSupport.RESOURCE, RestSupport.APPLICATION})
public class AuditResource {
    private final AuditTrail audit;

    @Activate
    public AuditResource(@Reference AuditTrail audit) {
        this.audit = audit;
    }

    @GET
    @Path("verify")
    @Operation(summary = "校验审计链（管理员）")
    public AuditVerificationDTO verify(@Context SecurityContext sc) {
        requireAdmin(sc);
        return audit.verify();
    }

    @GET
    @Operation(summary = "审计记录（管理员）")
    public List<AuditEntryDTO> entries(@Context SecurityContext sc, @QueryParam("entityType") String type,
            @QueryParam("entityId") String id, @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        requireAdmin(sc);
        return audit.entries(type, id, offset, limit);
    }

    static void requireAdmin(SecurityContext sc) {
        Actor actor = RestSupport.actor(sc);
        if (!actor.roles().contains(Actor.ROLE_ADMIN)) {
            throw LuoshiException.forbidden("只有管理员可以执行此操作");
        }
    }
}

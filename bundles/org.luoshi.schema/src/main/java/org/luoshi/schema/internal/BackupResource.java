package org.luoshi.schema.internal;

import java.util.Map;

import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.luoshi.api.rest.RestSupport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code POST /api/admin/backup}: a backup of the platform's data and keys (administrators; see BackupService). */
@Path("/admin/backup")
@Produces(RestSupport.JSON)
@Tag(name = "平台")
@Component(service = BackupResource.class, property = {RestSupport.RESOURCE, RestSupport.APPLICATION})
public class BackupResource {
    private final BackupService backups;

    @Activate
    public BackupResource(@Reference BackupService backups) {
        this.backups = backups;
    }

    @POST
    @Operation(summary = "备份平台数据（数据库联机备份、密钥配置、审计检查点；管理员）")
    public Response backup(@Context SecurityContext sc) {
        Map<String, Object> out = backups.backup(RestSupport.actor(sc));
        return Response.status(201).entity(out).build();
    }
}

package org.luoshi.files.internal.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.luoshi.api.Actor;
import org.luoshi.api.file.FileDTO;
import org.luoshi.api.file.FileService;
import org.luoshi.api.rest.RestSupport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** File downloads: a file's description and its bytes, for whoever may read it. */
@Path("/files")
@Tag(name = "文件")
@Component(service = FileResource.class, property = {RestSupport.RESOURCE, RestSupport.APPLICATION})
public class FileResource {
    private final FileService files;

    @Activate
    public FileResource(@Reference FileService files) {
        this.files = files;
    }

    @GET
    @Path("{id:[0-9]+}")
    @Produces(RestSupport.JSON)
    @Operation(summary = "文件说明（名称、类型、大小、SHA-256）")
    public FileDTO get(@Context SecurityContext sc, @PathParam("id") long id) {
        return files.get(RestSupport.actor(sc), id);
    }

    /** The bytes, with the type found in them, as an attachment; verified against the stored hash. */
    @GET
    @Path("{id:[0-9]+}/content")
    @Operation(summary = "下载文件（先核对存储的 SHA-256）")
    public Response content(@Context SecurityContext sc, @PathParam("id") long id) {
        Actor actor = RestSupport.actor(sc);
        FileDTO f = files.get(actor, id);
        byte[] bytes = files.content(actor, id);
        return Response.ok(bytes, f.mediaType)
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(f.name, StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff").header("X-Content-SHA256", f.sha256).build();
    }
}

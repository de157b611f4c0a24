package org.luoshi.publicity.internal.rest;

import java.net.URI;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.luoshi.api.Actor;
import org.luoshi.api.PageDTO;
import org.luoshi.api.publicity.PublicationDTO;
import org.luoshi.api.publicity.PublicityService;
import org.luoshi.api.rest.RestSupport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Mechanism 7: publications with four-eyes approval and withdrawal, and the monthly disclosure. */
@Path("/publications")
@Produces(RestSupport.JSON)
@Tag(name = "宣传曝光")
@Component(service = PublicationResource.class, property = {RestSupport.RESOURCE, RestSupport.APPLICATION})
public class PublicationResource {
    private final PublicityService publicity;

    @Activate
    public PublicationResource(@Reference PublicityService publicity) {
        this.publicity = publicity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "起草典型案例、月度公开或曝光")
    public Response draft(@Context SecurityContext sc, PublicationDTO publication) {
        PublicationDTO created = publicity.draft(RestSupport.actor(sc), publication);
        return Response.created(URI.create("publications/" + created.id)).entity(created).build();
    }

    /** Body {@code {"unit": "…", "month": "yyyy-MM"}}: drafts the monthly disclosure of major hazards. */
    @POST
    @Path("disclosures")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "按问题隐患清单起草重大事故隐患月度公开")
    public Response disclosure(@Context SecurityContext sc, Map<String, String> body) {
        Map<String, String> b = body == null ? Map.of() : body;
        PublicationDTO created = publicity.draftDisclosure(RestSupport.actor(sc), b.get("unit"), b.get("month"));
        return Response.created(URI.create("publications/" + created.id)).entity(created).build();
    }

    @GET
    @Path("{id:[0-9]+}")
    @Operation(summary = "一条宣传曝光稿件")
    public PublicationDTO get(@Context SecurityContext sc, @PathParam("id") long id) {
        return publicity.get(RestSupport.actor(sc), id);
    }

    @PUT
    @Path("{id:[0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "修改草稿")
    public PublicationDTO update(@Context SecurityContext sc, @PathParam("id") long id, PublicationDTO edits) {
        return publicity.update(RestSupport.actor(sc), id, edits);
    }

    @GET
    @Operation(summary = "宣传曝光稿件列表（分页，按辖区、类型、状态筛选）")
    public PageDTO<PublicationDTO> list(@Context SecurityContext sc, @QueryParam("jurisdiction") String jurisdiction,
            @QueryParam("kind") String kind, @QueryParam("status") String status,
            @QueryParam("offset") @DefaultValue("0") String offset, @QueryParam("limit") @DefaultValue("20") String limit) {
        if (jurisdiction == null || jurisdiction.isBlank()) {
            throw RestSupport.bad("jurisdiction", "请指定辖区（jurisdiction）");
        }
        Actor actor = RestSupport.actor(sc);
        int from = RestSupport.integer("offset", offset, 0, Integer.MAX_VALUE);
        int size = RestSupport.integer("limit", limit, 1, 200);
        return new PageDTO<>(publicity.list(actor, jurisdiction.strip(), kind, status, from, size),
                publicity.count(actor, jurisdiction.strip(), kind, status), from, size);
    }

    @POST
    @Path("{id:[0-9]+}/submission")
    @Operation(summary = "提交审核")
    public PublicationDTO submit(@Context SecurityContext sc, @PathParam("id") long id) {
        return publicity.submit(RestSupport.actor(sc), id);
    }

    /** Body {@code {"redactions": "…"}}. */
    @POST
    @Path("{id:[0-9]+}/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "审核通过并发布（注明已作的脱敏处理）")
    public PublicationDTO approve(@Context SecurityContext sc, @PathParam("id") long id, Map<String, String> body) {
        return publicity.approve(RestSupport.actor(sc), id, body == null ? null : body.get("redactions"));
    }

    /** Body {@code {"reason": "…"}}. */
    @POST
    @Path("{id:[0-9]+}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "退回修改")
    public PublicationDTO reject(@Context SecurityContext sc, @PathParam("id") long id, Map<String, String> body) {
        return publicity.reject(RestSupport.actor(sc), id, body == null ? null : body.get("reason"));
    }

    /** Body {@code {"reason": "…"}}. */
    @POST
    @Path("{id:[0-9]+}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "撤回已发布的稿件")
    public PublicationDTO withdraw(@Context SecurityContext sc, @PathParam("id") long id, Map<String, String> body) {
        return publicity.withdraw(RestSupport.actor(sc), id, body == null ? null : body.get("reason"));
    }
}

package org.luoshi.transfers.internal.rest;

import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.luoshi.api.Actor;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.PageDTO;
import org.luoshi.api.file.FileDTO;
import org.luoshi.api.file.FileService;
import org.luoshi.api.rest.RestSupport;
import org.luoshi.api.transfer.ShareDTO;
import org.luoshi.api.transfer.TransferDTO;
import org.luoshi.api.transfer.TransferService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Mechanism 8 (行刑衔接): transfers to public security, their acceptance, outcome, shares and evidence files. */
@Path("/transfers")
@Produces(RestSupport.JSON)
@Tag(name = "行刑衔接")
@Component(service = TransferResource.class, property = {RestSupport.RESOURCE, RestSupport.APPLICATION})
public class TransferResource {
    private final TransferService transfers;

    /** The file store, for evidence; absent → evidence uploads answer 503. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile FileService files;

    @Activate
    public TransferResource(@Reference TransferService transfers) {
        this.transfers = transfers;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "移送涉嫌安全生产犯罪案件")
    public Response send(@Context SecurityContext sc, TransferDTO transfer) {
        TransferDTO created = transfers.send(RestSupport.actor(sc), transfer);
        return Response.created(URI.create("transfers/" + created.id)).entity(created).build();
    }

    @GET
    @Path("{id:[0-9]+}")
    @Operation(summary = "一条移送记录")
    public TransferDTO get(@Context SecurityContext sc, @PathParam("id") long id) {
        return transfers.get(RestSupport.actor(sc), id);
    }

    @GET
    @Operation(summary = "移送记录列表（分页，按辖区，或按来源记录 sourceType、sourceId）")
    public PageDTO<TransferDTO> list(@Context SecurityContext sc, @QueryParam("jurisdiction") String jurisdiction,
            @QueryParam("sourceType") String sourceType, @QueryParam("sourceId") String sourceId,
            @QueryParam("offset") @DefaultValue("0") String offset, @QueryParam("limit") @DefaultValue("20") String limit) {
        Actor actor = RestSupport.actor(sc);
        if (sourceType != null && !sourceType.isBlank()) {
            List<TransferDTO> found = transfers.bySource(actor, sourceType.strip(),
                    RestSupport.integer("sourceId", sourceId == null ? "" : sourceId, 1, Integer.MAX_VALUE));
            return PageDTO.of(found, RestSupport.integer("offset", offset, 0, Integer.MAX_VALUE),
                    RestSupport.integer("limit", limit, 1, 200));
        }
        if (jurisdiction == null || jurisdiction.isBlank()) {
            throw RestSupport.bad("jurisdiction", "请指定辖区（jurisdiction）或来源（sourceType, sourceId）");
        }
        int from = RestSupport.integer("offset", offset, 0, Integer.MAX_VALUE);
        int size = RestSupport.integer("limit", limit, 1, 200);
        return new PageDTO<>(transfers.list(actor, jurisdiction.strip(), from, size),
                transfers.count(actor, jurisdiction.strip()), from, size);
    }

    @POST
    @Path("{id:[0-9]+}/acceptance")
    @Operation(summary = "接收的公安机关受理")
    public TransferDTO accept(@Context SecurityContext sc, @PathParam("id") long id) {
        return transfers.accept(RestSupport.actor(sc), id);
    }

    /** Body {@code {"outcome": "FILED|NOT_FILED|RETURNED", "note": "…"}}. */
    @POST
    @Path("{id:[0-9]+}/outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "记录处理结果（立案、不予立案、退回补充）")
    public TransferDTO conclude(@Context SecurityContext sc, @PathParam("id") long id, Map<String, String> body) {
        Map<String, String> b = body == null ? Map.of() : body;
        return transfers.conclude(RestSupport.actor(sc), id, b.get("outcome"), b.get("note"));
    }

    @POST
    @Path("{id:[0-9]+}/shares")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "记录与检察院、法院的信息共享")
    public TransferDTO share(@Context SecurityContext sc, @PathParam("id") long id, ShareDTO share) {
        return transfers.share(RestSupport.actor(sc), id, share);
    }

    /** Evidence: the raw bytes as the body (any content type), {@code ?name=} the display name. */
    @POST
    @Path("{id:[0-9]+}/evidence")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "补充证据材料（原始字节，按内容识别类型）")
    public Response evidence(@Context SecurityContext sc, @PathParam("id") long id, @QueryParam("name") String name,
            InputStream body) {
        Actor actor = RestSupport.actor(sc);
        TransferDTO t = transfers.get(actor, id);
        if (!actor.canSee(t.fromUnit)) {
            throw LuoshiException.forbidden("只有移送部门可以补充证据材料");
        }
        FileService store = files;
        if (store == null) {
            throw LuoshiException.unavailable("文件存储模块未启用");
        }
        FileDTO stored = store.store(actor, "transfer", id, t.fromUnit,
                t.coordinator == null ? List.of(t.toUnit) : List.of(t.toUnit, t.coordinator), name, RestSupport.body(body));
        return Response.created(URI.create("files/" + stored.id)).entity(stored).build();
    }
}

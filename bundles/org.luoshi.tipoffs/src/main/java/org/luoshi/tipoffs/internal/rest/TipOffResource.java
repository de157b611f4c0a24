package org.luoshi.tipoffs.internal.rest;

import java.net.URI;
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
import org.luoshi.api.PageDTO;
import org.luoshi.api.hazard.HazardDTO;
import org.luoshi.api.rest.RestSupport;
import org.luoshi.api.tipoff.KeyRotationDTO;
import org.luoshi.api.tipoff.RouteDTO;
import org.luoshi.api.tipoff.TipOffDTO;
import org.luoshi.api.tipoff.TipOffService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Mechanism 6: tip-offs for their handlers (the reporter's side is {@link PublicTipOffResource}). */
@Path("/tipoffs")
@Produces(RestSupport.JSON)
@Tag(name = "问题线索核查")
@Component(service = TipOffResource.class, property = {RestSupport.RESOURCE, RestSupport.APPLICATION})
public class TipOffResource {
    private final TipOffService tipOffs;

    @Activate
    public TipOffResource(@Reference TipOffService tipOffs) {
        this.tipOffs = tipOffs;
    }

    /** A designated handler registers a tip-off; the answer carries the reporter's receipt code once. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "登记举报线索（回执中含查询码，仅此一次）")
    public Response register(@Context SecurityContext sc, TipOffDTO tipOff) {
        TipOffDTO created = tipOffs.register(RestSupport.actor(sc), tipOff);
        return Response.created(URI.create("tipoffs/" + created.id)).entity(created).build();
    }

    @GET
    @Path("{id:[0-9]+}")
    @Operation(summary = "一条举报线索（举报人身份仅对办理人显示并留痕）")
    public TipOffDTO get(@Context SecurityContext sc, @PathParam("id") long id) {
        return tipOffs.get(RestSupport.actor(sc), id);
    }

    @GET
    @Operation(summary = "举报线索列表（分页，按辖区、状态筛选；不含举报人身份）")
    public PageDTO<TipOffDTO> list(@Context SecurityContext sc, @QueryParam("jurisdiction") String jurisdiction,
            @QueryParam("status") String status, @QueryParam("offset") @DefaultValue("0") String offset,
            @QueryParam("limit") @DefaultValue("20") String limit) {
        if (jurisdiction == null || jurisdiction.isBlank()) {
            throw RestSupport.bad("jurisdiction", "请指定辖区（jurisdiction）");
        }
        Actor actor = RestSupport.actor(sc);
        int from = RestSupport.integer("offset", offset, 0, Integer.MAX_VALUE);
        int size = RestSupport.integer("limit", limit, 1, 200);
        return new PageDTO<>(tipOffs.list(actor, jurisdiction.strip(), status, from, size),
                tipOffs.count(actor, jurisdiction.strip(), status), from, size);
    }

    /** Body {@code {"enterpriseId": n}} (null unlinks). */
    @POST
    @Path("{id:[0-9]+}/enterprise")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "关联企业名录中的企业（办理单位；核实后列入清单的隐患随之关联）")
    public TipOffDTO enterprise(@Context SecurityContext sc, @PathParam("id") long id, Map<String, Object> body) {
        Object value = body == null ? null : body.get("enterpriseId");
        if (value != null && !(value instanceof Number)) {
            throw RestSupport.bad("enterpriseId", "应为企业编号");
        }
        return tipOffs.linkEnterprise(RestSupport.actor(sc), id, value == null ? null : ((Number) value).longValue());
    }

    /** Body {@code {"note": "…"}} (optional). */
    @POST
    @Path("{id:[0-9]+}/acceptance")
    @Operation(summary = "受理（受理人成为办理人）")
    public TipOffDTO accept(@Context SecurityContext sc, @PathParam("id") long id, Map<String, String> body) {
        return tipOffs.accept(RestSupport.actor(sc), id, body == null ? null : body.get("note"));
    }

    /** Body {@code {"reason": "…"}}. */
    @POST
    @Path("{id:[0-9]+}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "不予受理")
    public TipOffDTO reject(@Context SecurityContext sc, @PathParam("id") long id, Map<String, String> body) {
        return tipOffs.reject(RestSupport.actor(sc), id, body == null ? null : body.get("reason"));
    }

    /** Body {@code {"what": "…"}}. */
    @POST
    @Path("{id:[0-9]+}/material-request")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "要求举报人补充材料")
    public TipOffDTO requestMaterial(@Context SecurityContext sc, @PathParam("id") long id, Map<String, String> body) {
        return tipOffs.requestMaterial(RestSupport.actor(sc), id, body == null ? null : body.get("what"));
    }

    /** Body: {@code {kind: ASSIGN_DOWN|TRANSFER|PASS, to, copyTo, deadline}}. */
    @POST
    @Path("{id:[0-9]+}/routing")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "交办、转办")
    public TipOffDTO route(@Context SecurityContext sc, @PathParam("id") long id, RouteDTO route) {
        return tipOffs.route(RestSupport.actor(sc), id, route);
    }

    /** Body {@code {"outcome": …, "action": …, "hazard": {measures, rectificationUnit, …}}}. */
    @POST
    @Path("{id:[0-9]+}/verification")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "核查（重大事故隐患属实的列入问题隐患清单）")
    public TipOffDTO verify(@Context SecurityContext sc, @PathParam("id") long id, Verification body) {
        Verification b = body == null ? new Verification() : body;
        return tipOffs.verify(RestSupport.actor(sc), id, b.outcome, b.action, b.hazard);
    }

    /** Body {@code {"reply": "…", "report": "…"}}. */
    @POST
    @Path("{id:[0-9]+}/closing")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "结案（告知举报人，报告交办转办单位）")
    public TipOffDTO close(@Context SecurityContext sc, @PathParam("id") long id, Map<String, String> body) {
        Map<String, String> b = body == null ? Map.of() : body;
        return tipOffs.close(RestSupport.actor(sc), id, b.get("reply"), b.get("report"));
    }

    /** Body {@code {"amount": "…", "approvedBy": "…"}}. */
    @POST
    @Path("{id:[0-9]+}/reward")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "批准举报奖励")
    public TipOffDTO reward(@Context SecurityContext sc, @PathParam("id") long id, Map<String, String> body) {
        Map<String, String> b = body == null ? Map.of() : body;
        return tipOffs.approveReward(RestSupport.actor(sc), id, b.get("amount"), b.get("approvedBy"));
    }

    /** A new reporter-identity key, every identity re-sealed with it (administrators only). */
    @POST
    @Path("identity-key/rotation")
    @Operation(summary = "更换举报人身份密钥并重新加密全部举报人信息（仅管理员）")
    public KeyRotationDTO rotateIdentityKey(@Context SecurityContext sc) {
        return tipOffs.rotateIdentityKey(RestSupport.actor(sc));
    }

    /** A photo of the tip-off (JPEG or PNG), for whoever may see the tip-off. */
    @GET
    @Path("{id:[0-9]+}/photos/{file:[0-9]+}")
    @Produces({"image/jpeg", "image/png"})
    @Operation(summary = "举报照片（JPEG 或 PNG）")
    public Response photo(@Context SecurityContext sc, @PathParam("id") long id, @PathParam("file") long file) {
        byte[] bytes = tipOffs.photo(RestSupport.actor(sc), id, file);
        String type = (bytes[0] & 0xFF) == 0xFF ? "image/jpeg" : "image/png";
        return Response.ok(bytes, type).header("X-Content-Type-Options", "nosniff").build();
    }

    /** Body {@code {"paymentRecord": "…"}}. */
    @POST
    @Path("{id:[0-9]+}/reward/payment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "登记奖励发放")
    public TipOffDTO pay(@Context SecurityContext sc, @PathParam("id") long id, Map<String, String> body) {
        return tipOffs.payReward(RestSupport.actor(sc), id, body == null ? null : body.get("paymentRecord"));
    }

    /** The body of a verification. */
    public static final class Verification {
        public String outcome;
        public String action;
        public HazardDTO hazard;
    }
}

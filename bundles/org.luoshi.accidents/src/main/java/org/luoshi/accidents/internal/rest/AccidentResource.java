package org.luoshi.accidents.internal.rest;

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

import org.luoshi.api.PageDTO;
import org.luoshi.api.accident.AccidentDTO;
import org.luoshi.api.accident.AccidentFiringDTO;
import org.luoshi.api.accident.AccidentLevel;
import org.luoshi.api.accident.AccidentQuery;
import org.luoshi.api.accident.AccidentService;
import org.luoshi.api.accident.AccidentStepDTO;
import org.luoshi.api.rest.RestSupport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Accidents (生产安全事故), their follow-up, and what the region rules drafted on them. */
@Path("/accidents")
@Produces(RestSupport.JSON)
@Tag(name = "生产安全事故")
@Component(service = AccidentResource.class, property = {RestSupport.RESOURCE, RestSupport.APPLICATION})
public class AccidentResource {
    private final AccidentService accidents;

    @Activate
    public AccidentResource(@Reference AccidentService accidents) {
        this.accidents = accidents;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "登记生产安全事故（事故等级按死亡、重伤、直接经济损失认定；登记后按辖区规则评估）")
    public Response record(@Context SecurityContext sc, AccidentDTO accident) {
        AccidentDTO created = accidents.record(RestSupport.actor(sc), accident);
        return Response.created(URI.create("accidents/" + created.id)).entity(created).build();
    }

    @GET
    @Path("{id:[0-9]+}")
    @Operation(summary = "一起事故（含后续处置和规则触发情况）")
    public AccidentDTO get(@Context SecurityContext sc, @PathParam("id") long id) {
        return accidents.get(RestSupport.actor(sc), id);
    }

    @GET
    @Operation(summary = "事故列表（分页；按辖区、单位、等级、行业领域、日期、企业筛选）")
    public PageDTO<AccidentDTO> list(@Context SecurityContext sc, @QueryParam("jurisdiction") String jurisdiction,
            @QueryParam("unit") String unit, @QueryParam("level") String level, @QueryParam("sector") String sector,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("enterpriseId") String enterpriseId,
            @QueryParam("offset") @DefaultValue("0") String offset, @QueryParam("limit") @DefaultValue("20") String limit) {
        AccidentQuery q = new AccidentQuery();
        q.enterpriseId = RestSupport.blankToNull(enterpriseId) == null ? null
                : (long) RestSupport.integer("enterpriseId", enterpriseId, 1, Integer.MAX_VALUE);
        q.jurisdiction = RestSupport.blankToNull(jurisdiction);
        q.unit = RestSupport.blankToNull(unit);
        q.sector = RestSupport.blankToNull(sector);
        q.from = RestSupport.blankToNull(from);
        q.to = RestSupport.blankToNull(to);
        if (level != null && !level.isBlank()) {
            try {
                q.level = AccidentLevel.valueOf(level.strip());
            } catch (IllegalArgumentException e) {
                throw RestSupport.bad("level", "事故等级应为 GENERAL、LARGER、MAJOR 或 ESPECIALLY_MAJOR");
            }
        }
        q.offset = RestSupport.integer("offset", offset, 0, Integer.MAX_VALUE);
        q.limit = RestSupport.integer("limit", limit, 1, 200);
        return accidents.list(RestSupport.actor(sc), q);
    }

    @POST
    @Path("{id:[0-9]+}/steps")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "记录后续处置（成立调查组、调查报告、责任追究）")
    public AccidentDTO step(@Context SecurityContext sc, @PathParam("id") long id, AccidentStepDTO step) {
        return accidents.addStep(RestSupport.actor(sc), id, step);
    }

    @GET
    @Path("sectors")
    @Operation(summary = "辖区的事故行业领域")
    public List<String> sectors(@QueryParam("jurisdiction") String jurisdiction) {
        if (jurisdiction == null || jurisdiction.isBlank()) {
            throw RestSupport.bad("jurisdiction", "请指定辖区（jurisdiction）");
        }
        return accidents.sectors(jurisdiction.strip());
    }

    @GET
    @Path("firings")
    @Operation(summary = "事故规则触发记录（哪条规则、哪些事故、起草了什么）")
    public PageDTO<AccidentFiringDTO> firings(@Context SecurityContext sc, @QueryParam("jurisdiction") String jurisdiction,
            @QueryParam("offset") @DefaultValue("0") String offset, @QueryParam("limit") @DefaultValue("20") String limit) {
        if (jurisdiction == null || jurisdiction.isBlank()) {
            throw RestSupport.bad("jurisdiction", "请指定辖区（jurisdiction）");
        }
        return accidents.firings(RestSupport.actor(sc), jurisdiction.strip(),
                RestSupport.integer("offset", offset, 0, Integer.MAX_VALUE), RestSupport.integer("limit", limit, 1, 200));
    }

    @GET
    @Path("firings/{id:[0-9]+}")
    @Operation(summary = "一条规则触发记录")
    public AccidentFiringDTO firing(@Context SecurityContext sc, @PathParam("id") long id) {
        return accidents.firing(RestSupport.actor(sc), id);
    }

    /** Body {@code {"confirm": true|false, "note": "…"}} (the note required when not confirmed). */
    @POST
    @Path("firings/{id:[0-9]+}/actions/{n:[0-9]+}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "确认或不采纳规则提议的约谈、挂牌督办")
    public AccidentFiringDTO decide(@Context SecurityContext sc, @PathParam("id") long id, @PathParam("n") int n,
            Map<String, Object> body) {
        Object confirm = body == null ? null : body.get("confirm");
        if (!(confirm instanceof Boolean)) {
            throw RestSupport.bad("confirm", "请说明是否采纳（confirm: true 或 false）");
        }
        Object note = body.get("note");
        return accidents.decide(RestSupport.actor(sc), id, n, (Boolean) confirm, note == null ? null : note.toString());
    }

    @POST
    @Path("rules/evaluation")
    @Operation(summary = "立即按各辖区规则重新评估全部事故（管理员；平台每日自动评估一次）")
    public List<AccidentFiringDTO> evaluate(@Context SecurityContext sc) {
        return accidents.evaluate(RestSupport.actor(sc));
    }
}

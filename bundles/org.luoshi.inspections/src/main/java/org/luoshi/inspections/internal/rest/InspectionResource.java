package org.luoshi.inspections.internal.rest;

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
import org.luoshi.api.inspection.FindingDTO;
import org.luoshi.api.inspection.InspectionDTO;
import org.luoshi.api.inspection.InspectionService;
import org.luoshi.api.rest.RestSupport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Mechanism 5: inspections, findings (each can become a hazard-list entry), feedback, rectification report, closing. */
@Path("/inspections")
@Produces(RestSupport.JSON)
@Tag(name = "巡查检查")
@Component(service = InspectionResource.class, property = {RestSupport.RESOURCE, RestSupport.APPLICATION})
public class InspectionResource {
    private final InspectionService inspections;

    @Activate
    public InspectionResource(@Reference InspectionService inspections) {
        this.inspections = inspections;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "登记巡查检查（可同时登记问题）")
    public Response create(@Context SecurityContext sc, InspectionDTO inspection) {
        InspectionDTO created = inspections.create(RestSupport.actor(sc), inspection);
        return Response.created(URI.create("inspections/" + created.id)).entity(created).build();
    }

    @GET
    @Path("{id:[0-9]+}")
    @Operation(summary = "一次巡查检查及其问题")
    public InspectionDTO get(@Context SecurityContext sc, @PathParam("id") long id) {
        return inspections.get(RestSupport.actor(sc), id);
    }

    @GET
    @Operation(summary = "巡查检查列表（分页，按辖区、类型、状态筛选）")
    public PageDTO<InspectionDTO> list(@Context SecurityContext sc, @QueryParam("jurisdiction") String jurisdiction,
            @QueryParam("kind") String kind, @QueryParam("status") String status,
            @QueryParam("offset") @DefaultValue("0") String offset, @QueryParam("limit") @DefaultValue("20") String limit) {
        if (jurisdiction == null || jurisdiction.isBlank()) {
            throw RestSupport.bad("jurisdiction", "请指定辖区（jurisdiction）");
        }
        Actor actor = RestSupport.actor(sc);
        int from = RestSupport.integer("offset", offset, 0, Integer.MAX_VALUE);
        int size = RestSupport.integer("limit", limit, 1, 200);
        return new PageDTO<>(inspections.list(actor, jurisdiction.strip(), kind, status, from, size),
                inspections.count(actor, jurisdiction.strip(), kind, status), from, size);
    }

    @POST
    @Path("{id:[0-9]+}/findings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "登记发现的问题")
    public InspectionDTO addFinding(@Context SecurityContext sc, @PathParam("id") long id, FindingDTO finding) {
        return inspections.addFinding(RestSupport.actor(sc), id, finding);
    }

    /** Body: the hazard's rectification fields (measures, rectificationUnit, rectificationResponsible, deadline). */
    @POST
    @Path("{id:[0-9]+}/findings/{finding:[0-9]+}/hazard")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "问题列入问题隐患清单（来源督导巡查）")
    public InspectionDTO toHazard(@Context SecurityContext sc, @PathParam("id") long id,
            @PathParam("finding") long finding, HazardDTO details) {
        return inspections.findingToHazard(RestSupport.actor(sc), id, finding, details);
    }

    /** Body {@code {"note": "…"}}. */
    @POST
    @Path("{id:[0-9]+}/findings/{finding:[0-9]+}/closing")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "问题销号（不列入清单）")
    public InspectionDTO closeFinding(@Context SecurityContext sc, @PathParam("id") long id,
            @PathParam("finding") long finding, Map<String, String> body) {
        return inspections.closeFinding(RestSupport.actor(sc), id, finding, body == null ? null : body.get("note"));
    }

    /** Body {@code {"date": "yyyy-MM-dd", "text": "…"}}. */
    @POST
    @Path("{id:[0-9]+}/feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "巡查检查组反馈")
    public InspectionDTO feedback(@Context SecurityContext sc, @PathParam("id") long id, Map<String, String> body) {
        Map<String, String> b = body == null ? Map.of() : body;
        return inspections.feedback(RestSupport.actor(sc), id, b.get("date"), b.get("text"));
    }

    /** Body {@code {"date": "yyyy-MM-dd", "report": "…", "similarCases": "…"}}, by the inspected unit. */
    @POST
    @Path("{id:[0-9]+}/report")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "被巡查检查单位报告整改情况（举一反三）")
    public InspectionDTO report(@Context SecurityContext sc, @PathParam("id") long id, Map<String, String> body) {
        Map<String, String> b = body == null ? Map.of() : body;
        return inspections.report(RestSupport.actor(sc), id, b.get("date"), b.get("report"), b.get("similarCases"));
    }

    /** Body: what the draft left open ({@code groupLead}, {@code groupMembers}, {@code startDate}, {@code methods}, {@code title}). */
    @POST
    @Path("{id:[0-9]+}/confirmation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "组织单位确认开展他人提议的巡查检查（如事故多发规则起草的督导检查）")
    public InspectionDTO confirm(@Context SecurityContext sc, @PathParam("id") long id, InspectionDTO details) {
        return inspections.confirm(RestSupport.actor(sc), id, details);
    }

    /** Body {@code {"reason": "…"}}. */
    @POST
    @Path("{id:[0-9]+}/discarding")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "组织单位决定不予开展他人提议的巡查检查")
    public InspectionDTO discard(@Context SecurityContext sc, @PathParam("id") long id, Map<String, String> body) {
        return inspections.discard(RestSupport.actor(sc), id, body == null ? null : body.get("reason"));
    }

    @POST
    @Path("{id:[0-9]+}/closing")
    @Operation(summary = "结束巡查检查")
    public InspectionDTO close(@Context SecurityContext sc, @PathParam("id") long id) {
        return inspections.close(RestSupport.actor(sc), id);
    }
}

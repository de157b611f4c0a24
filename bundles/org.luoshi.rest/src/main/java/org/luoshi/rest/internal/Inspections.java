package org.luoshi.rest.internal;

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

import org.luoshi.api.hazard.HazardDTO;
import org.luoshi.api.inspection.FindingDTO;
import org.luoshi.api.inspection.InspectionDTO;
import org.luoshi.api.inspection.InspectionService;

/** Mechanism 5: inspections, findings (each can become a hazard-list entry), feedback, rectification report, closing. */
@Path("/inspections")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public final class Inspections {
    private final InspectionService inspections;

    Inspections(InspectionService inspections) {
        this.inspections = inspections;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Context SecurityContext sc, InspectionDTO inspection) {
        InspectionDTO created = inspections.create(BasicAuthFilter.actor(sc), inspection);
        return Response.created(URI.create("inspections/" + created.id)).entity(created).build();
    }

    @GET
    @Path("{id:[0-9]+}")
    public InspectionDTO get(@Context SecurityContext sc, @PathParam("id") long id) {
        return inspections.get(BasicAuthFilter.actor(sc), id);
    }

    @GET
    public List<InspectionDTO> list(@Context SecurityContext sc, @QueryParam("jurisdiction") String jurisdiction,
            @QueryParam("kind") String kind, @QueryParam("status") String status,
            @QueryParam("offset") @DefaultValue("0") String offset, @QueryParam("limit") @DefaultValue("20") String limit) {
        if (jurisdiction == null || jurisdiction.isBlank()) {
            throw Resources.bad("jurisdiction", "请指定辖区（jurisdiction）");
        }
        return inspections.list(BasicAuthFilter.actor(sc), jurisdiction.strip(), kind, status,
                Resources.integer("offset", offset, 0, Integer.MAX_VALUE), Resources.integer("limit", limit, 1, 200));
    }

    @POST
    @Path("{id:[0-9]+}/findings")
    @Consumes(MediaType.APPLICATION_JSON)
    public InspectionDTO addFinding(@Context SecurityContext sc, @PathParam("id") long id, FindingDTO finding) {
        return inspections.addFinding(BasicAuthFilter.actor(sc), id, finding);
    }

    /** Body: the hazard's rectification fields (measures, rectificationUnit, rectificationResponsible, deadline). */
    @POST
    @Path("{id:[0-9]+}/findings/{finding:[0-9]+}/hazard")
    @Consumes(MediaType.APPLICATION_JSON)
    public InspectionDTO toHazard(@Context SecurityContext sc, @PathParam("id") long id,
            @PathParam("finding") long finding, HazardDTO details) {
        return inspections.findingToHazard(BasicAuthFilter.actor(sc), id, finding, details);
    }

    /** Body {@code {"note": "…"}}. */
    @POST
    @Path("{id:[0-9]+}/findings/{finding:[0-9]+}/closing")
    @Consumes(MediaType.APPLICATION_JSON)
    public InspectionDTO closeFinding(@Context SecurityContext sc, @PathParam("id") long id,
            @PathParam("finding") long finding, Map<String, String> body) {
        return inspections.closeFinding(BasicAuthFilter.actor(sc), id, finding, body == null ? null : body.get("note"));
    }

    /** Body {@code {"date": "yyyy-MM-dd", "text": "…"}}. */
    @POST
    @Path("{id:[0-9]+}/feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    public InspectionDTO feedback(@Context SecurityContext sc, @PathParam("id") long id, Map<String, String> body) {
        Map<String, String> b = body == null ? Map.of() : body;
        return inspections.feedback(BasicAuthFilter.actor(sc), id, b.get("date"), b.get("text"));
    }

    /** Body {@code {"date": "yyyy-MM-dd", "report": "…", "similarCases": "…"}}, by the inspected unit. */
    @POST
    @Path("{id:[0-9]+}/report")
    @Consumes(MediaType.APPLICATION_JSON)
    public InspectionDTO report(@Context SecurityContext sc, @PathParam("id") long id, Map<String, String> body) {
        Map<String, String> b = body == null ? Map.of() : body;
        return inspections.report(BasicAuthFilter.actor(sc), id, b.get("date"), b.get("report"), b.get("similarCases"));
    }

    @POST
    @Path("{id:[0-9]+}/closing")
    public InspectionDTO close(@Context SecurityContext sc, @PathParam("id") long id) {
        return inspections.close(BasicAuthFilter.actor(sc), id);
    }
}

package org.luoshi.workbench.internal.rest;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.SecurityContext;

import org.luoshi.api.link.Lineage;
import org.luoshi.api.link.LineageDTO;
import org.luoshi.api.rest.RestSupport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code GET /api/lineage/{type}/{id}}: {@code {record, cameFrom: [{type, id, title}], cameOf: [{type, id, title}]}}. */
@Path("/lineage")
@Produces(RestSupport.JSON)
@Tag(name = "来龙去脉")
@Component(service = LineageResource.class, property = {RestSupport.RESOURCE, RestSupport.APPLICATION})
public class LineageResource {
    private final Lineage lineage;

    @Activate
    public LineageResource(@Reference Lineage lineage) {
        this.lineage = lineage;
    }

    @GET
    @Path("{type:[a-z]+}/{id:[0-9]+}")
    @Operation(summary = "记录的来龙去脉：来源（cameFrom）与后续处理（cameOf），仅含本人可见的记录")
    public LineageDTO lineage(@Context SecurityContext sc, @PathParam("type") String type, @PathParam("id") long id) {
        return lineage.of(RestSupport.actor(sc), type, id);
    }
}

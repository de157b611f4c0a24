package org.luoshi.dispatch.internal.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.luoshi.api.cycle.CycleDTO;
import org.luoshi.api.dispatch.ReportingService;
import org.luoshi.api.rest.RestSupport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * A jurisdiction's reporting cycles at {@code /api/cycles/{jurisdiction}}: its plugin's and its offices' own
 * (不定期书面调度), which an office sets up and ends here; both are reported on at {@code /api/reporting/…}.
 */
@Path("/cycles/{jurisdiction}")
@Produces(RestSupport.JSON)
@Tag(name = "书面调度")
@Component(service = CycleResource.class, property = {RestSupport.RESOURCE, RestSupport.APPLICATION})
public class CycleResource {
    private final ReportingService reporting;

    @Activate
    public CycleResource(@Reference ReportingService reporting) {
        this.reporting = reporting;
    }

    @GET
    @Operation(summary = "辖区的报送周期：插件规定的，及各办公室自设的不定期书面调度")
    public List<CycleDTO> cycles(@Context SecurityContext sc, @PathParam("jurisdiction") String jurisdiction) {
        return reporting.cycles(RestSupport.actor(sc), jurisdiction);
    }

    /** Body: a cycle — name, receiver, reporters, and milestones [{name, date}] or an rrule with start. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "自设不定期书面调度（一次或按 RRULE 重复；收集单位为本单位或下级）")
    public Response add(@Context SecurityContext sc, @PathParam("jurisdiction") String jurisdiction, CycleDTO cycle) {
        return Response.status(Response.Status.CREATED).entity(reporting.addCycle(RestSupport.actor(sc), jurisdiction,
                cycle)).build();
    }

    @DELETE
    @Path("{cycle}")
    @Operation(summary = "结束自设的调度周期（此后不再要求报送，已报送的保留）")
    public CycleDTO retire(@Context SecurityContext sc, @PathParam("jurisdiction") String jurisdiction,
            @PathParam("cycle") String cycle) {
        return reporting.retireCycle(RestSupport.actor(sc), jurisdiction, cycle);
    }
}

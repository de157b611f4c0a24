package org.luoshi.lists.internal.rest;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.SecurityContext;

import org.luoshi.api.rest.RestSupport;
import org.luoshi.api.summary.SummaryDTO;
import org.luoshi.api.summary.SummaryService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The level summary (层级汇总) of the two lists at {@code /api/summary}. */
@Path("/summary")
@Produces(RestSupport.JSON)
@Tag(name = "清单汇总")
@Component(service = SummaryResource.class, property = {RestSupport.RESOURCE, RestSupport.APPLICATION})
public class SummaryResource {
    private final SummaryService summary;

    @Activate
    public SummaryResource(@Reference SummaryService summary) {
        this.summary = summary;
    }

    /** The level summary of a unit (default: the caller's first unit); each figure drills down to a list query. */
    @GET
    @Operation(summary = "本级及下级的两个清单汇总")
    public SummaryDTO get(@Context SecurityContext sc, @QueryParam("unit") String unit) {
        return summary.summary(RestSupport.actor(sc), unit);
    }
}

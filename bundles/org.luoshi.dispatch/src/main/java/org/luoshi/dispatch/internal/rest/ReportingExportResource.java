package org.luoshi.dispatch.internal.rest;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.luoshi.api.dispatch.PeriodStatusDTO;
import org.luoshi.api.dispatch.ReportingService;
import org.luoshi.api.dispatch.SubmissionDTO;
import org.luoshi.api.export.ExportService;
import org.luoshi.api.jurisdiction.JurisdictionRegistry;
import org.luoshi.api.rest.Downloads;
import org.luoshi.api.rest.RestSupport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A period's reporting status as .xlsx at {@code /api/exports/reporting/{jurisdiction}/{cycle}/{index}.xlsx}. */
@Path("/exports/reporting")
@Tag(name = "书面调度")
@Component(service = ReportingExportResource.class, property = {RestSupport.RESOURCE, RestSupport.APPLICATION})
public class ReportingExportResource {
    private final ReportingService reporting;
    private final JurisdictionRegistry registry;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ExportService export;

    @Activate
    public ReportingExportResource(@Reference ReportingService reporting, @Reference JurisdictionRegistry registry) {
        this.reporting = reporting;
        this.registry = registry;
    }

    /** Who has and has not reported for a period (未报送单位 first), for the receiving office. */
    @GET
    @Path("{jurisdiction}/{cycle}/{index:[0-9]+}.xlsx")
    @Operation(summary = "导出一个期次的报送情况（.xlsx）")
    public Response reportStatus(@Context SecurityContext sc, @Context UriInfo uri,
            @PathParam("jurisdiction") String jurisdiction, @PathParam("cycle") String cycle,
            @PathParam("index") int index) {
        PeriodStatusDTO status = reporting.status(RestSupport.actor(sc), jurisdiction, cycle, index);
        for (SubmissionDTO s : status.submitted) {
            s.unit = Downloads.name(registry, s.unit);
        }
        return Downloads.xlsx(status.cycleName + "报送情况", Downloads.service(export)
                .reportStatus(Downloads.header(registry, sc, uri, status.receiver), status));
    }
}

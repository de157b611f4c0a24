package org.luoshi.lists.internal.rest;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.luoshi.api.Actor;
import org.luoshi.api.export.ExportHeaderDTO;
import org.luoshi.api.export.ExportService;
import org.luoshi.api.export.Rows;
import org.luoshi.api.hazard.HazardDTO;
import org.luoshi.api.hazard.HazardPage;
import org.luoshi.api.hazard.HazardQuery;
import org.luoshi.api.hazard.HazardService;
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

/**
 * The hazard list as .xlsx in the layout of 附件2 at {@code /api/exports/hazards.xlsx}: the filters of the list call,
 * every matching row (streamed), the form's header lines from the query.
 */
@Path("/exports/hazards.xlsx")
@Tag(name = "问题隐患整改清单")
@Component(service = HazardExportResource.class, property = {RestSupport.RESOURCE, RestSupport.APPLICATION})
public class HazardExportResource {
    private final HazardService hazards;
    private final JurisdictionRegistry registry;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ExportService export;

    @Activate
    public HazardExportResource(@Reference HazardService hazards, @Reference JurisdictionRegistry registry) {
        this.hazards = hazards;
        this.registry = registry;
    }

    @GET
    @Operation(summary = "导出问题隐患整改清单（.xlsx，附件2）")
    public Response hazards(@Context SecurityContext sc, @Context UriInfo uri, @QueryParam("jurisdiction") String jurisdiction,
            @QueryParam("unit") String unit, @QueryParam("source") String source, @QueryParam("major") String major,
            @QueryParam("status") String status, @QueryParam("q") String text, @QueryParam("overdue") String overdue,
            @QueryParam("listed") String listed, @QueryParam("foundFrom") String foundFrom,
            @QueryParam("foundTo") String foundTo, @QueryParam("rectifiedBy") String rectifiedBy) {
        Actor actor = RestSupport.actor(sc);
        HazardQuery q = HazardResource.query(jurisdiction, unit, source, major, status, text, overdue, listed, foundFrom,
                foundTo, rectifiedBy);
        ExportService service = Downloads.service(export);
        ExportHeaderDTO header = Downloads.header(registry, sc, uri, unit);
        return Downloads.stream("问题隐患整改清单", offset -> {
            q.offset = offset;
            q.limit = Rows.BATCH;
            HazardPage p = hazards.list(actor, q);
            return new Downloads.Chunk<>(p.items, p.total);
        }, (rows, out) -> service.hazardList(header, rows, out));
    }
}

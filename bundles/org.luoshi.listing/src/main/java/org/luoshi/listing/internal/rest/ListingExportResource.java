package org.luoshi.listing.internal.rest;

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
import org.luoshi.api.jurisdiction.JurisdictionRegistry;
import org.luoshi.api.listing.ListingDTO;
import org.luoshi.api.listing.ListingPage;
import org.luoshi.api.listing.ListingQuery;
import org.luoshi.api.listing.ListingService;
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
 * The listings as .xlsx in the layout of 附件3 at {@code /api/exports/listings.xlsx}: the filters of the list call,
 * every matching row (streamed) with unit names, the form's header lines from the query.
 */
@Path("/exports/listings.xlsx")
@Tag(name = "重大事故隐患挂牌督办")
@Component(service = ListingExportResource.class, property = {RestSupport.RESOURCE, RestSupport.APPLICATION})
public class ListingExportResource {
    private final ListingService listings;
    private final JurisdictionRegistry registry;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ExportService export;

    @Activate
    public ListingExportResource(@Reference ListingService listings, @Reference JurisdictionRegistry registry) {
        this.listings = listings;
        this.registry = registry;
    }

    @GET
    @Operation(summary = "导出重大事故隐患挂牌督办清单（.xlsx，附件3）")
    public Response listings(@Context SecurityContext sc, @Context UriInfo uri, @QueryParam("jurisdiction") String jurisdiction,
            @QueryParam("unit") String unit, @QueryParam("status") String status, @QueryParam("overdue") String overdue,
            @QueryParam("q") String text) {
        Actor actor = RestSupport.actor(sc);
        ListingQuery q = ListingResource.query(jurisdiction, unit, status, overdue, text);
        ExportService service = Downloads.service(export);
        ExportHeaderDTO header = Downloads.header(registry, sc, uri, unit);
        return Downloads.stream("重大事故隐患挂牌督办清单", offset -> {
            q.offset = offset;
            q.limit = Rows.BATCH;
            ListingPage p = listings.search(actor, q);
            for (ListingDTO l : p.items) { // the form shows unit names, not ids
                l.listingUnit = Downloads.name(registry, l.listingUnit);
                l.reviewUnit = Downloads.name(registry, l.reviewUnit);
                l.delegatedReviewUnit = Downloads.name(registry, l.delegatedReviewUnit);
            }
            return new Downloads.Chunk<>(p.items, p.total);
        }, (rows, out) -> service.listingList(header, rows, out));
    }
}

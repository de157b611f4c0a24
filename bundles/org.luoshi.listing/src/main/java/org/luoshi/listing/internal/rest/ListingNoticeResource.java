package org.luoshi.listing.internal.rest;

import java.util.HashMap;
import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.luoshi.api.export.ExportService;
import org.luoshi.api.jurisdiction.JurisdictionRegistry;
import org.luoshi.api.listing.ListingDTO;
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

/** A listing's notice (挂牌督办通知书) as an official document at {@code /api/exports/listing-notices/{id}.docx}. */
@Path("/exports/listing-notices")
@Tag(name = "重大事故隐患挂牌督办")
@Component(service = ListingNoticeResource.class, property = {RestSupport.RESOURCE, RestSupport.APPLICATION})
public class ListingNoticeResource {
    private final ListingService listings;
    private final JurisdictionRegistry registry;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ExportService export;

    @Activate
    public ListingNoticeResource(@Reference ListingService listings, @Reference JurisdictionRegistry registry) {
        this.listings = listings;
        this.registry = registry;
    }

    @GET
    @Path("{id:[0-9]+}.docx")
    @Operation(summary = "导出挂牌督办通知书（.docx 公文格式）")
    public Response notice(@Context SecurityContext sc, @PathParam("id") long id) {
        ListingDTO l = listings.get(RestSupport.actor(sc), id);
        ExportService service = Downloads.service(export);
        Map<String, String> names = new HashMap<>();
        for (String unit : new String[] {l.unit, l.listingUnit}) {
            if (unit != null) {
                names.put(unit, Downloads.name(registry, unit));
            }
        }
        String number = l.notice != null && l.notice.number != null ? l.notice.number + " " : "";
        return RestSupport.file(number + "重大事故隐患挂牌督办通知书.docx", service.listingNotice(l, names), ExportService.DOCX);
    }
}

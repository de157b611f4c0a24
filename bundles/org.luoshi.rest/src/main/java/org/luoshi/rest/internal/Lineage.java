package org.luoshi.rest.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.luoshi.api.Actor;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.hazard.HazardService;
import org.luoshi.api.inspection.FindingDTO;
import org.luoshi.api.inspection.InspectionDTO;
import org.luoshi.api.inspection.InspectionService;
import org.luoshi.api.listing.ListingDTO;
import org.luoshi.api.listing.ListingQuery;
import org.luoshi.api.listing.ListingService;
import org.luoshi.api.publicity.PublicationDTO;
import org.luoshi.api.publicity.PublicityService;
import org.luoshi.api.tipoff.TipOffDTO;
import org.luoshi.api.tipoff.TipOffService;
import org.luoshi.api.transfer.SourceRefDTO;
import org.luoshi.api.transfer.TransferDTO;
import org.luoshi.api.transfer.TransferService;

/**
 * Where a record came from and what came of it: inspection finding / tip-off → hazard → listing → publication →
 * criminal transfer. Each link is asked of its mechanism as the caller, so only what the caller may see appears.
 */
@Path("/lineage")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public final class Lineage {
    private final HazardService hazards;
    private final ListingService listings;
    private final InspectionService inspections;
    private final TipOffService tipOffs;
    private final PublicityService publicity;
    private final TransferService transfers;

    Lineage(HazardService hazards, ListingService listings, InspectionService inspections, TipOffService tipOffs,
            PublicityService publicity, TransferService transfers) {
        this.hazards = hazards;
        this.listings = listings;
        this.inspections = inspections;
        this.tipOffs = tipOffs;
        this.publicity = publicity;
        this.transfers = transfers;
    }

    /** {@code {record, cameFrom: [{type, id, title}], cameOf: [{type, id, title}]}} for hazard, listing, inspection, tipoff. */
    @GET
    @Path("{type:hazard|listing|inspection|tipoff}/{id:[0-9]+}")
    public Map<String, Object> lineage(@Context SecurityContext sc, @PathParam("type") String type, @PathParam("id") long id) {
        Actor actor = BasicAuthFilter.actor(sc);
        List<Map<String, Object>> from = new ArrayList<>();
        List<Map<String, Object>> of = new ArrayList<>();
        long hazardId = -1;
        switch (type) {
            case "hazard" -> {
                hazards.get(actor, id);
                hazardId = id;
            }
            case "listing" -> {
                ListingDTO l = listings.get(actor, id);
                from.add(link("hazard", l.hazardId, l.hazardDescription));
                hazardId = -2; // the listing's own publications and transfers only
            }
            case "inspection" -> {
                InspectionDTO i = inspections.get(actor, id);
                for (FindingDTO f : i.findings) {
                    if (f.hazardId != null) {
                        of.add(link("hazard", f.hazardId, f.description));
                    }
                }
            }
            case "tipoff" -> {
                TipOffDTO t = tipOffs.summary(actor, id);
                if (t.hazardId != null) {
                    of.add(link("hazard", t.hazardId, t.subject));
                }
            }
            default -> throw LuoshiException.notFound("未知的记录类型");
        }
        if (hazardId >= 0) {
            for (InspectionDTO i : inspections.byHazard(actor, hazardId)) {
                from.add(link("inspection", i.id, i.title));
            }
            for (TipOffDTO t : tipOffs.byHazard(actor, hazardId)) {
                from.add(link("tipoff", t.id, t.subject));
            }
            ListingQuery q = new ListingQuery();
            q.hazardId = hazardId;
            q.limit = 20;
            for (ListingDTO l : listings.search(actor, q).items) {
                of.add(link("listing", l.id, l.hazardDescription));
                for (PublicationDTO p : publicity.bySource(actor, "listing", l.id)) {
                    of.add(link("publication", p.id, p.title));
                }
                for (TransferDTO t : transfers.bySource(actor, "listing", l.id)) {
                    of.add(link("transfer", t.id, t.facts));
                }
            }
        }
        for (PublicationDTO p : publicity.bySource(actor, type, id)) {
            of.add(link("publication", p.id, p.title));
        }
        for (TransferDTO t : transfers.bySource(actor, type, id)) {
            of.add(link("transfer", t.id, t.facts));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("record", new SourceRefDTO(type, id));
        out.put("cameFrom", from);
        out.put("cameOf", of);
        return out;
    }

    private static Map<String, Object> link(String type, Long id, String title) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", type);
        m.put("id", id);
        m.put("title", title == null ? "" : title.length() > 60 ? title.substring(0, 60) + "…" : title);
        return m;
    }
}

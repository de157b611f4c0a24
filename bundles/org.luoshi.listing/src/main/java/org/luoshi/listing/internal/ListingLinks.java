package org.luoshi.listing.internal;

import java.util.ArrayList;
import java.util.List;

import org.luoshi.api.Actor;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.link.RecordLinkDTO;
import org.luoshi.api.link.RecordLinks;
import org.luoshi.api.link.RecordReader;
import org.luoshi.api.link.RecordRefDTO;
import org.luoshi.api.listing.ListingDTO;
import org.luoshi.api.listing.ListingQuery;
import org.luoshi.api.listing.ListingService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Listed supervision's answer about listings for other modules: a listing as the caller may see it, and the link
 * hazard → listing (the major hazard that was listed), asked from either end. Needs no other module: the listing keeps
 * its hazard's id and description.
 */
@Component(property = RecordLinks.TYPE + "=listing")
public class ListingLinks implements RecordLinks, RecordReader {
    static final String TYPE = "listing";
    private static final int MAX_PER_HAZARD = 200;

    private final ListingService listings;

    @Activate
    public ListingLinks(@Reference ListingService listings) {
        this.listings = listings;
    }

    /** The record as the actor may see it (webhook payloads). */
    @Override
    public Object read(Actor actor, String id) {
        return listings.get(actor, RecordReader.numericId(id));
    }

    @Override
    public RecordRefDTO describe(Actor actor, long id) {
        return ref(listings.get(actor, id));
    }

    @Override
    public List<RecordLinkDTO> links(Actor actor, String type, long id) {
        try {
            if ("hazard".equals(type)) {
                ListingQuery q = new ListingQuery();
                q.hazardId = id;
                q.limit = MAX_PER_HAZARD;
                List<RecordLinkDTO> out = new ArrayList<>();
                for (ListingDTO l : listings.search(actor, q).items) {
                    out.add(link(l));
                }
                return out;
            }
            if (TYPE.equals(type)) {
                return List.of(link(listings.get(actor, id)));
            }
            return List.of();
        } catch (LuoshiException e) {
            if (e.kind() == LuoshiException.Kind.NOT_FOUND || e.kind() == LuoshiException.Kind.FORBIDDEN) {
                return List.of();
            }
            throw e;
        }
    }

    private static RecordLinkDTO link(ListingDTO l) {
        return new RecordLinkDTO(new RecordRefDTO("hazard", l.hazardId, title(l.hazardDescription)), ref(l));
    }

    private static RecordRefDTO ref(ListingDTO l) {
        return new RecordRefDTO(TYPE, l.id, title(l.hazardDescription));
    }

    /** A short title: cut to 60 characters and "…". */
    static String title(String text) {
        return text == null ? "" : text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}

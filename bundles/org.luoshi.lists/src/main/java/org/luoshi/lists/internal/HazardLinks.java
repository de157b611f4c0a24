package org.luoshi.lists.internal;

import java.util.List;

import org.luoshi.api.Actor;
import org.luoshi.api.hazard.HazardDTO;
import org.luoshi.api.hazard.HazardService;
import org.luoshi.api.link.RecordLinkDTO;
import org.luoshi.api.link.RecordLinks;
import org.luoshi.api.link.RecordReader;
import org.luoshi.api.link.RecordRefDTO;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The hazard list's answer about hazards for other modules: a hazard as the caller may see it. It knows no links of
 * its own: inspections, tip-offs, listings, publications and transfers each report theirs to a hazard.
 */
@Component(property = RecordLinks.TYPE + "=hazard")
public class HazardLinks implements RecordLinks, RecordReader {
    static final String TYPE = "hazard";

    private final HazardService hazards;

    @Activate
    public HazardLinks(@Reference HazardService hazards) {
        this.hazards = hazards;
    }

    /** The record as the actor may see it (webhook payloads). */
    @Override
    public Object read(Actor actor, String id) {
        return hazards.get(actor, RecordReader.numericId(id));
    }

    @Override
    public RecordRefDTO describe(Actor actor, long id) {
        HazardDTO h = hazards.get(actor, id);
        return new RecordRefDTO(TYPE, h.id, title(h.description));
    }

    @Override
    public List<RecordLinkDTO> links(Actor actor, String type, long id) {
        return List.of();
    }

    /** A short title: cut to 60 characters and "…". */
    static String title(String text) {
        return text == null ? "" : text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}

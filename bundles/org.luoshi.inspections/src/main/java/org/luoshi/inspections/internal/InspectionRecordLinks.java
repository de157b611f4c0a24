package org.luoshi.inspections.internal;

import java.util.ArrayList;
import java.util.List;

import org.luoshi.api.Actor;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.inspection.FindingDTO;
import org.luoshi.api.inspection.InspectionDTO;
import org.luoshi.api.inspection.InspectionService;
import org.luoshi.api.link.RecordLinkDTO;
import org.luoshi.api.link.RecordLinks;
import org.luoshi.api.link.RecordReader;
import org.luoshi.api.link.RecordRefDTO;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Inspections as records for other modules: an inspection's findings that became hazard-list entries. */
@Component(service = {RecordLinks.class, RecordReader.class}, property = RecordLinks.TYPE + "=" + InspectionRecordLinks.TYPE)
public class InspectionRecordLinks implements RecordLinks, RecordReader {
    static final String TYPE = "inspection";

    private final InspectionService inspections;

    @Activate
    public InspectionRecordLinks(@Reference InspectionService inspections) {
        this.inspections = inspections;
    }

    /** The record as the actor may see it (webhook payloads). */
    @Override
    public Object read(Actor actor, String id) {
        return inspections.get(actor, RecordReader.numericId(id));
    }

    @Override
    public RecordRefDTO describe(Actor actor, long id) {
        return ref(inspections.get(actor, id));
    }

    @Override
    public List<RecordLinkDTO> links(Actor actor, String type, long id) {
        List<RecordLinkDTO> out = new ArrayList<>();
        try {
            if (TYPE.equals(type)) {
                InspectionDTO i = inspections.get(actor, id);
                for (FindingDTO f : i.findings) {
                    if (f.hazardId != null) {
                        out.add(new RecordLinkDTO(ref(i), new RecordRefDTO("hazard", f.hazardId, title(f.description))));
                    }
                }
            } else if ("hazard".equals(type)) {
                for (InspectionDTO i : inspections.byHazard(actor, id)) {
                    String finding = i.findings.stream().filter(f -> f.hazardId != null && f.hazardId == id)
                            .map(f -> f.description).findFirst().orElse(null);
                    out.add(new RecordLinkDTO(ref(i), new RecordRefDTO("hazard", id, title(finding))));
                }
            }
        } catch (LuoshiException e) {
            if (e.kind() != LuoshiException.Kind.NOT_FOUND && e.kind() != LuoshiException.Kind.FORBIDDEN) {
                throw e;
            }
            return List.of();
        }
        return out;
    }

    private static RecordRefDTO ref(InspectionDTO i) {
        return new RecordRefDTO(TYPE, i.id, title(i.title));
    }

    /** A short title: at most 60 characters, then "…". */
    static String title(String text) {
        return text == null ? "" : text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}

package org.luoshi.tipoffs.internal;

import java.util.ArrayList;
import java.util.List;

import org.luoshi.api.Actor;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.link.RecordLinkDTO;
import org.luoshi.api.link.RecordLinks;
import org.luoshi.api.link.RecordReader;
import org.luoshi.api.link.RecordRefDTO;
import org.luoshi.api.tipoff.TipOffDTO;
import org.luoshi.api.tipoff.TipOffService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Tip-offs as records for other modules: a verified tip-off that became a hazard-list entry. Reads the summary only,
 * so the reporter's identity is never opened (nor its view audited) for a link.
 */
@Component(service = {RecordLinks.class, RecordReader.class}, property = RecordLinks.TYPE + "=" + TipOffRecordLinks.TYPE)
public class TipOffRecordLinks implements RecordLinks, RecordReader {
    static final String TYPE = "tipoff";

    private final TipOffService tipOffs;

    @Activate
    public TipOffRecordLinks(@Reference TipOffService tipOffs) {
        this.tipOffs = tipOffs;
    }

    /** The record as the actor may see it (webhook payloads). */
    @Override
    public Object read(Actor actor, String id) {
        return tipOffs.summary(actor, RecordReader.numericId(id));
    }

    @Override
    public RecordRefDTO describe(Actor actor, long id) {
        return ref(tipOffs.summary(actor, id));
    }

    @Override
    public List<RecordLinkDTO> links(Actor actor, String type, long id) {
        List<RecordLinkDTO> out = new ArrayList<>();
        try {
            if (TYPE.equals(type)) {
                TipOffDTO t = tipOffs.summary(actor, id);
                if (t.hazardId != null) {
                    out.add(new RecordLinkDTO(ref(t), new RecordRefDTO("hazard", t.hazardId, title(t.subject))));
                }
            } else if ("hazard".equals(type)) {
                for (TipOffDTO t : tipOffs.byHazard(actor, id)) {
                    out.add(new RecordLinkDTO(ref(t), new RecordRefDTO("hazard", id, title(t.subject))));
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

    private static RecordRefDTO ref(TipOffDTO t) {
        return new RecordRefDTO(TYPE, t.id, title(t.subject));
    }

    /** A short title: at most 60 characters, then "…". */
    static String title(String text) {
        return text == null ? "" : text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}

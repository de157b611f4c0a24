package org.luoshi.publicity.internal;

import java.util.ArrayList;
import java.util.List;

import org.luoshi.api.Actor;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.link.RecordLinkDTO;
import org.luoshi.api.link.RecordLinks;
import org.luoshi.api.link.RecordReader;
import org.luoshi.api.link.RecordRefDTO;
import org.luoshi.api.publicity.PublicationDTO;
import org.luoshi.api.publicity.PublicityService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Publications as records for other modules: each publication that cites a source record came of that record. */
@Component(service = {RecordLinks.class, RecordReader.class}, property = RecordLinks.TYPE + "=" + PublicationRecordLinks.TYPE)
public class PublicationRecordLinks implements RecordLinks, RecordReader {
    static final String TYPE = "publication";

    private final PublicityService publicity;

    @Activate
    public PublicationRecordLinks(@Reference PublicityService publicity) {
        this.publicity = publicity;
    }

    /** The record as the actor may see it (webhook payloads). */
    @Override
    public Object read(Actor actor, String id) {
        return publicity.get(actor, RecordReader.numericId(id));
    }

    @Override
    public RecordRefDTO describe(Actor actor, long id) {
        return ref(publicity.get(actor, id));
    }

    @Override
    public List<RecordLinkDTO> links(Actor actor, String type, long id) {
        List<RecordLinkDTO> out = new ArrayList<>();
        if (type == null) {
            return out;
        }
        try {
            if (TYPE.equals(type)) {
                PublicationDTO p = publicity.get(actor, id);
                if (p.sourceType != null && p.sourceId != null) {
                    out.add(new RecordLinkDTO(new RecordRefDTO(p.sourceType, p.sourceId, ""), ref(p)));
                }
            } else {
                RecordRefDTO source = new RecordRefDTO(type, id, "");
                for (PublicationDTO p : publicity.bySource(actor, type, id)) {
                    out.add(new RecordLinkDTO(source, ref(p)));
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

    private static RecordRefDTO ref(PublicationDTO p) {
        return new RecordRefDTO(TYPE, p.id, title(p.title));
    }

    /** A short title: at most 60 characters, then "…". */
    static String title(String text) {
        return text == null ? "" : text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}

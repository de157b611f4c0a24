package org.luoshi.accidents.internal;

import java.util.ArrayList;
import java.util.List;

import org.luoshi.api.Actor;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.accident.AccidentActionDTO;
import org.luoshi.api.accident.AccidentDTO;
import org.luoshi.api.accident.AccidentFiringDTO;
import org.luoshi.api.accident.AccidentService;
import org.luoshi.api.link.RecordLinkDTO;
import org.luoshi.api.link.RecordLinks;
import org.luoshi.api.link.RecordReader;
import org.luoshi.api.link.RecordRefDTO;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Accidents as records for other modules: what the rules drafted came of the accidents that made them fire (accident →
 * 督导检查 → its findings → hazards …, accident → letter). Letters and publications may cite an accident as source.
 */
@Component(service = {RecordLinks.class, RecordReader.class}, property = RecordLinks.TYPE + "=" + AccidentRecordLinks.TYPE)
public class AccidentRecordLinks implements RecordLinks, RecordReader {
    static final String TYPE = "accident";

    private final AccidentService accidents;
    private final AccidentServiceImpl impl;

    @Activate
    public AccidentRecordLinks(@Reference AccidentService accidents, @Reference AccidentServiceImpl impl) {
        this.accidents = accidents;
        this.impl = impl;
    }

    /** The record as the actor may see it (webhook payloads). */
    @Override
    public Object read(Actor actor, String id) {
        return accidents.get(actor, RecordReader.numericId(id));
    }

    @Override
    public RecordRefDTO describe(Actor actor, long id) {
        return ref(accidents.get(actor, id));
    }

    static RecordRefDTO ref(AccidentDTO a) {
        String title = a.occurredAt.substring(0, 10) + " " + a.place + " " + (a.level == null ? "" : a.level.label());
        return new RecordRefDTO(TYPE, a.id, title.length() > 60 ? title.substring(0, 60) + "…" : title);
    }

    @Override
    public List<RecordLinkDTO> links(Actor actor, String type, long id) {
        List<RecordLinkDTO> out = new ArrayList<>();
        if (type == null) {
            return out;
        }
        try {
            if (TYPE.equals(type)) {
                AccidentDTO a = accidents.get(actor, id);
                for (AccidentFiringDTO f : a.firings) {
                    for (AccidentActionDTO x : f.actions) {
                        if (x.recordType != null && x.recordId != null) {
                            out.add(new RecordLinkDTO(ref(a), new RecordRefDTO(x.recordType, x.recordId, x.text)));
                        }
                    }
                }
            } else {
                for (long accidentId : impl.accidentsThatDrafted(type, id)) {
                    try {
                        out.add(new RecordLinkDTO(ref(accidents.get(actor, accidentId)), new RecordRefDTO(type, id, "")));
                    } catch (LuoshiException hidden) {
                        // an accident the actor may not see stays out of its lineage
                    }
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
}

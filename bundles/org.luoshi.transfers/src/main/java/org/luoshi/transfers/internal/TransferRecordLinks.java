package org.luoshi.transfers.internal;

import java.util.ArrayList;
import java.util.List;

import org.luoshi.api.Actor;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.link.RecordLinkDTO;
import org.luoshi.api.link.RecordLinks;
import org.luoshi.api.link.RecordReader;
import org.luoshi.api.link.RecordRefDTO;
import org.luoshi.api.transfer.SourceRefDTO;
import org.luoshi.api.transfer.TransferDTO;
import org.luoshi.api.transfer.TransferService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Transfers as records for other modules: each transfer came of the source records it cites. */
@Component(service = {RecordLinks.class, RecordReader.class}, property = RecordLinks.TYPE + "=" + TransferRecordLinks.TYPE)
public class TransferRecordLinks implements RecordLinks, RecordReader {
    static final String TYPE = "transfer";

    private final TransferService transfers;

    @Activate
    public TransferRecordLinks(@Reference TransferService transfers) {
        this.transfers = transfers;
    }

    /** The record as the actor may see it (webhook payloads). */
    @Override
    public Object read(Actor actor, String id) {
        return transfers.get(actor, RecordReader.numericId(id));
    }

    @Override
    public RecordRefDTO describe(Actor actor, long id) {
        return ref(transfers.get(actor, id));
    }

    @Override
    public List<RecordLinkDTO> links(Actor actor, String type, long id) {
        List<RecordLinkDTO> out = new ArrayList<>();
        if (type == null) {
            return out;
        }
        try {
            if (TYPE.equals(type)) {
                TransferDTO t = transfers.get(actor, id);
                for (SourceRefDTO s : t.sources) {
                    out.add(new RecordLinkDTO(new RecordRefDTO(s.type, s.id, ""), ref(t)));
                }
            } else {
                RecordRefDTO source = new RecordRefDTO(type, id, "");
                for (TransferDTO t : transfers.bySource(actor, type, id)) {
                    out.add(new RecordLinkDTO(source, ref(t)));
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

    private static RecordRefDTO ref(TransferDTO t) {
        return new RecordRefDTO(TYPE, t.id, title(t.facts));
    }

    /** A short title: at most 60 characters, then "…". */
    static String title(String text) {
        return text == null ? "" : text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}

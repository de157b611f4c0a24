package org.luoshi.spotchecks.internal;

import org.luoshi.api.Actor;
import org.luoshi.api.link.RecordLinks;
import org.luoshi.api.link.RecordReader;
import org.luoshi.api.spotcheck.SpotCheckService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** A spot-check campaign as the caller may see it, for readers outside the module (webhook payloads). */
@Component(service = RecordReader.class, property = RecordLinks.TYPE + "=spot-check")
public class SpotCheckReader implements RecordReader {
    private final SpotCheckService spotChecks;

    @Activate
    public SpotCheckReader(@Reference SpotCheckService spotChecks) {
        this.spotChecks = spotChecks;
    }

    @Override
    public Object read(Actor actor, String id) {
        return spotChecks.get(actor, RecordReader.numericId(id));
    }
}

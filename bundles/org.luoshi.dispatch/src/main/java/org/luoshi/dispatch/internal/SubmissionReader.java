package org.luoshi.dispatch.internal;

import org.luoshi.api.Actor;
import org.luoshi.api.link.RecordLinks;
import org.luoshi.api.link.RecordReader;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** A written report submission (书面报送) as the caller may see it, for readers outside the module (webhook payloads). */
@Component(service = RecordReader.class, property = RecordLinks.TYPE + "=submission")
public class SubmissionReader implements RecordReader {
    private final ReportingServiceImpl reporting;

    @Activate
    public SubmissionReader(@Reference ReportingServiceImpl reporting) {
        this.reporting = reporting;
    }

    @Override
    public Object read(Actor actor, String id) {
        return reporting.submission(actor, RecordReader.numericId(id));
    }
}

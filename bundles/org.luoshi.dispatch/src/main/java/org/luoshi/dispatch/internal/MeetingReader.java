package org.luoshi.dispatch.internal;

import org.luoshi.api.Actor;
import org.luoshi.api.link.RecordLinks;
import org.luoshi.api.link.RecordReader;
import org.luoshi.api.dispatch.MeetingService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** A meeting record (会议调度) as the caller may see it, for readers outside the module (webhook payloads). */
@Component(service = RecordReader.class, property = RecordLinks.TYPE + "=meeting")
public class MeetingReader implements RecordReader {
    private final MeetingService meetings;

    @Activate
    public MeetingReader(@Reference MeetingService meetings) {
        this.meetings = meetings;
    }

    @Override
    public Object read(Actor actor, String id) {
        return meetings.get(actor, RecordReader.numericId(id));
    }
}

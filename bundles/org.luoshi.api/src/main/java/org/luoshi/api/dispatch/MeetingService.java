package org.luoshi.api.dispatch;

import java.util.List;

import org.luoshi.api.Actor;
import org.osgi.annotation.versioning.ProviderType;

/** Meeting dispatch: meetings recorded with their assignments turned into tasks of the organiser's task list. */
@ProviderType
public interface MeetingService {
    /** Records a meeting; its assignments become tasks (all or none) in the organiser's list for the meeting's year. */
    MeetingDTO record(Actor actor, MeetingDTO meeting);

    MeetingDTO get(Actor actor, long id);

    /** Meetings of a jurisdiction organised by the caller's units (or below), newest first. */
    List<MeetingDTO> list(Actor actor, String jurisdiction);
}

package org.luoshi.api.link;

import org.luoshi.api.Actor;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A record's lineage asked of every module's {@link RecordLinks} as the caller: only what the caller may see appears,
 * and a module that is not running means a shorter lineage. REST {@code /api/lineage/{type}/{id}} and the UI's 来龙去脉
 * panel both show this.
 */
@ProviderType
public interface Lineage {
    /** NOT_FOUND when no running module keeps records of {@code type}, or the record is not the caller's to see. */
    LineageDTO of(Actor actor, String type, long id);
}

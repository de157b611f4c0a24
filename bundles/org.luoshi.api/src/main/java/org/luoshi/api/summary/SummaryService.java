package org.luoshi.api.summary;

import org.luoshi.api.Actor;
import org.osgi.annotation.versioning.ProviderType;

/** Counts of the hazard and task lists per unit and level, computed from the records. */
@ProviderType
public interface SummaryService {
    /** The summary of a unit the actor may see; null means the actor's first unit. */
    SummaryDTO summary(Actor actor, String unit);
}

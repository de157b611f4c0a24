package org.luoshi.api.dispatch;

import java.util.List;

import org.luoshi.api.Actor;
import org.osgi.annotation.versioning.ProviderType;

/** Reports due soon that the caller's units have not yet submitted, across every installed jurisdiction's cycles. */
@ProviderType
public interface ReminderService {
    /** Periods due within the next {@code days} days (1–31), earliest first, for units the actor belongs to or oversees. */
    List<ReminderDTO> dueSoon(Actor actor, int days);
}

package org.luoshi.api.audit;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** The append-only audit trail; entries are hash-chained so any later change to one is detected by {@link #verify()}. */
@ProviderType
public interface AuditTrail {
    /** Appends an entry and returns it; before/after are JSON texts or null. */
    AuditEntryDTO append(String actor, String action, String entityType, String entityId, String before, String after);

    /** Entries about one record (or all when both are null), oldest first. */
    List<AuditEntryDTO> entries(String entityType, String entityId, int offset, int limit);

    AuditVerificationDTO verify();
}

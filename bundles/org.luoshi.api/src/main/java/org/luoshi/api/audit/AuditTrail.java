package org.luoshi.api.audit;

import java.util.List;

import org.luoshi.api.Actor;

import org.osgi.annotation.versioning.ProviderType;

/** The append-only audit trail; entries are hash-chained so any later change to one is detected by {@link #verify()}. */
@ProviderType
public interface AuditTrail {
    /** Appends an entry and returns it; before/after are JSON texts or null. */
    AuditEntryDTO append(String actor, String action, String entityType, String entityId, String before, String after);

    /**
     * Appends an entry for a write made by the caller: refuses a read-only caller ({@link Actor#requireWrite()}), which
     * rolls back the write the entry belongs to. Services record their callers' writes through this one.
     */
    default AuditEntryDTO append(Actor actor, String action, String entityType, String entityId, String before,
            String after) {
        actor.requireWrite();
        return append(actor.name(), action, entityType, entityId, before, after);
    }

    /**
     * Once a write's entry is committed and chained, the trail posts an OSGi event (EventAdmin) on topic
     * {@code org/luoshi/records/<entityType>} with the properties below: what integrations (webhooks) and other bundles
     * listen to. The event says what happened to which record; the record itself is read from its module as the listener
     * may see it.
     */
    String TOPIC_PREFIX = "org/luoshi/records/";
    /** Event property: the entry's sequence number in the trail (a Long). */
    String EVENT_SEQ = "seq";
    /** Event property: the action, e.g. {@code hazard.create}, {@code listing.delist}. */
    String EVENT_ACTION = "action";
    /** Event property: the record type, e.g. {@code hazard}. */
    String EVENT_ENTITY_TYPE = "entityType";
    /** Event property: the record's id (a String). */
    String EVENT_ENTITY_ID = "entityId";
    /** Event property: who did it (user or service account name). */
    String EVENT_ACTOR = "actor";
    /** Event property: when, ISO-8601 with offset (China time). */
    String EVENT_AT = "at";

    /** Entries about one record (or all when both are null), oldest first. */
    List<AuditEntryDTO> entries(String entityType, String entityId, int offset, int limit);

    AuditVerificationDTO verify();
}

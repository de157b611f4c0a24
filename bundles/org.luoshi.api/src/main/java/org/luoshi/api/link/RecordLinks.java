package org.luoshi.api.link;

import java.util.List;

import org.luoshi.api.Actor;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A module's answer about its records for other modules: whether a record exists and the caller may see it, and the
 * links between its records and others'. Registered as a service with the property {@link #TYPE} naming the record
 * type it owns ({@code hazard}, {@code listing}, {@code inspection}, {@code tipoff}, {@code publication},
 * {@code transfer}, …). Lineage and the source checks of transfers ask these services, so a missing module means a
 * shorter lineage, not a dead platform.
 */
@ConsumerType
public interface RecordLinks {
    /** Service property: the record type this service owns. */
    String TYPE = "luoshi.record.type";

    /**
     * The record as the actor may see it; refuses exactly as the module's own read would (NOT_FOUND, FORBIDDEN).
     */
    RecordRefDTO describe(Actor actor, long id);

    /**
     * The links this module knows that touch the record {@code (type, id)} — of any type, its own or another
     * module's — with at least one end being this module's record, as far as the actor may see them. Never throws for
     * a record it does not know: answers an empty list.
     */
    List<RecordLinkDTO> links(Actor actor, String type, long id);
}

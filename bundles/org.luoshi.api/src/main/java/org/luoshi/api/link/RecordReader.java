package org.luoshi.api.link;

import org.luoshi.api.Actor;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A module's records for readers outside it (the payload of an integrator's webhook): one record, as the caller may see
 * it. Registered as a service with the property {@link RecordLinks#TYPE} naming the record type, the same type the
 * module's audit entries name, so that an audit event ({@code org/luoshi/records/<type>}) finds its record here. A type
 * no running module reads is not delivered to anyone.
 */
@ConsumerType
public interface RecordReader {
    /**
     * The record's DTO as the actor may see it — exactly what the module's own read answers (with its redactions), and
     * refusing exactly as it does (NOT_FOUND, FORBIDDEN). Never records a read in the audit trail.
     */
    Object read(Actor actor, String id);

    /** The id as a number, or NOT_FOUND: for modules whose records have numeric ids. */
    static long numericId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException | NullPointerException e) {
            throw org.luoshi.api.LuoshiException.notFound("记录 " + id + " 不存在");
        }
    }
}

package org.luoshi.api.link;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@link RecordLinks} services present now, by the record type each owns: what a component that asks other
 * modules about their records keeps from its dynamic reference ({@code bind}/{@code unbind} from its bind methods).
 */
public final class RecordLinksByType {
    private final Map<String, RecordLinks> byType = new ConcurrentHashMap<>();

    /** A service came: it answers for the type in its {@link RecordLinks#TYPE} property. */
    public void bind(RecordLinks service, Map<String, Object> properties) {
        Object type = properties.get(RecordLinks.TYPE);
        if (type != null) {
            byType.put(type.toString(), service);
        }
    }

    /** A service went (a newer one for the same type stays). */
    public void unbind(RecordLinks service, Map<String, Object> properties) {
        Object type = properties.get(RecordLinks.TYPE);
        if (type != null) {
            byType.remove(type.toString(), service);
        }
    }

    /** The module answering for the type, or null while none is present. */
    public RecordLinks get(String type) {
        return type == null ? null : byType.get(type);
    }

    /** Every module present now. */
    public Collection<RecordLinks> all() {
        return byType.values();
    }
}

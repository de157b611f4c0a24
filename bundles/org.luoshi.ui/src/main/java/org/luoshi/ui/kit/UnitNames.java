package org.luoshi.ui.kit;

import java.util.HashMap;
import java.util.Map;

import org.luoshi.api.jurisdiction.UnitDTO;

/** Names of units by id, read from the jurisdiction registry and kept for one view's life (cleared on reload). */
public final class UnitNames {
    private final Map<String, String> names = new HashMap<>();
    private Services services;

    /** Starts afresh with the services of a new navigation. */
    public void reset(Services services) {
        this.services = services;
        names.clear();
    }

    /** The unit's name, or its id when no installed jurisdiction declares it. */
    public String name(String unitId) {
        if (unitId == null || unitId.isBlank()) {
            return "";
        }
        if (services == null) {
            return unitId;
        }
        return names.computeIfAbsent(unitId, id -> {
            try {
                return services.jurisdictions().unit(id).map(u -> u.name).orElse(id);
            } catch (RuntimeException e) {
                return id;
            }
        });
    }

    /** A stand-in for a unit no installed jurisdiction declares any more (its plugin is gone): shown by id. */
    public static UnitDTO placeholder(String unitId) {
        UnitDTO u = new UnitDTO();
        u.id = unitId;
        u.name = unitId;
        return u;
    }
}

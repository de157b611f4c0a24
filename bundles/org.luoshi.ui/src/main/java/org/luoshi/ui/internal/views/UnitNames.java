package org.luoshi.ui.internal.views;

import java.util.HashMap;
import java.util.Map;

import org.luoshi.api.jurisdiction.UnitDTO;
import org.luoshi.ui.internal.UiServices;

/** Names of units by id, read from the jurisdiction registry and kept for one view's life (cleared on reload). */
final class UnitNames {
    private final Map<String, String> names = new HashMap<>();
    private UiServices services;

    void reset(UiServices services) {
        this.services = services;
        names.clear();
    }

    /** The unit's name, or its id when no installed jurisdiction declares it. */
    String name(String unitId) {
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
    static UnitDTO placeholder(String unitId) {
        UnitDTO u = new UnitDTO();
        u.id = unitId;
        u.name = unitId;
        return u;
    }
}

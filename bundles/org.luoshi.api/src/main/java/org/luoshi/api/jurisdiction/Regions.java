package org.luoshi.api.jurisdiction;

import java.util.Set;

/**
 * Levels of government: a unit's region is the province, city, county or town it belongs to (itself, or the nearest
 * such unit above it). Who may write to whom is decided by regions: a unit works within its own region and the regions
 * below it, never upwards or sideways into another region.
 */
public final class Regions {
    /** The unit kinds that are a level of government. */
    public static final Set<String> KINDS = Set.of("province", "city", "county", "town");

    private Regions() {
    }

    /** The region of a unit (a unit unknown to the registry is taken as its own region). */
    public static String of(JurisdictionRegistry registry, String unitId) {
        String id = unitId;
        while (id != null) {
            UnitDTO u = registry.unit(id).orElse(null);
            if (u == null) {
                return id;
            }
            if (KINDS.contains(u.kind)) {
                return u.id;
            }
            id = u.parent;
        }
        return unitId;
    }

    /** Whether {@code unit} lies within the region {@code region} (the region itself, or anything below it). */
    public static boolean within(String region, String unit) {
        return unit != null && region != null && (unit.equals(region) || unit.startsWith(region + "."));
    }
}

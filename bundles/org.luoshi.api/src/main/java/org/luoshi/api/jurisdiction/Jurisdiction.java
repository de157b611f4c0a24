package org.luoshi.api.jurisdiction;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * The SPI of a region plugin: a jurisdiction's identity, units and catalog. The core extender builds one from the data
 * files of a plugin bundle (see the README); a plugin with needs that data cannot express may register its own
 * implementation as an OSGi service instead.
 */
@ConsumerType
public interface Jurisdiction {
    JurisdictionDTO descriptor();

    List<UnitDTO> units();

    List<CatalogTaskDTO> catalog();

    /** The jurisdiction's reporting cycles (who reports to whom, when); none by default. */
    /** The roles of the region's leading groups, by title (roles.tsv); none by default. */
    default List<RoleDTO> roles() {
        return List.of();
    }

    default List<org.luoshi.api.cycle.CycleDTO> cycles() {
        return List.of();
    }

    /**
     * A module's settings for this jurisdiction: the plugin's {@code modules/<module>.properties} as read (keys and
     * values as written; the module owns their meaning, e.g. the accidents module's rules). Empty when the plugin
     * has none.
     */
    default java.util.Map<String, String> settings(String module) {
        return java.util.Map.of();
    }
}

package org.luoshi.api.jurisdiction;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** The jurisdictions installed right now, with their units and catalogs; changes as plugins come and go. */
@ProviderType
public interface JurisdictionRegistry {
    /** Installed jurisdictions ordered by level (province first), then id. */
    List<JurisdictionDTO> jurisdictions();

    Optional<JurisdictionDTO> jurisdiction(String id);

    /** Catalog of an installed jurisdiction, or empty if none is installed with that id. */
    Optional<List<CatalogTaskDTO>> catalog(String id);

    /** Units declared by an installed jurisdiction, or empty if none is installed with that id. */
    Optional<List<UnitDTO>> units(String jurisdictionId);

    /** Reporting cycles of an installed jurisdiction, or empty if none is installed with that id. */
    Optional<List<org.luoshi.api.cycle.CycleDTO>> cycles(String jurisdictionId);

    /** The roles of an installed jurisdiction's leading groups, or empty if none is installed with that id. */
    default Optional<List<RoleDTO>> roles(String jurisdictionId) {
        return Optional.empty();
    }

    /** A unit of any installed jurisdiction. */
    Optional<UnitDTO> unit(String unitId);

    /** A module's settings for an installed jurisdiction (see {@link Jurisdiction#settings}); empty when none. */
    default java.util.Map<String, String> settings(String jurisdictionId, String module) {
        return java.util.Map.of();
    }
}

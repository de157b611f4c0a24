package org.luoshi.jurisdiction.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.luoshi.api.cycle.CycleDTO;
import org.luoshi.api.jurisdiction.CatalogTaskDTO;
import org.luoshi.api.jurisdiction.Jurisdiction;
import org.luoshi.api.jurisdiction.JurisdictionDTO;
import org.luoshi.api.jurisdiction.JurisdictionRegistry;
import org.luoshi.api.jurisdiction.UnitDTO;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Collects every {@link Jurisdiction} service, whether built by the extender from data or registered by a plugin in code. */
@Component(service = JurisdictionRegistry.class)
public class JurisdictionRegistryImpl implements JurisdictionRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(JurisdictionRegistryImpl.class);
    private static final List<String> LEVEL_ORDER = List.of("province", "city", "county", "town");

    private final Map<String, Jurisdiction> byId = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addJurisdiction(Jurisdiction j) {
        Jurisdiction previous = byId.put(j.descriptor().id, j);
        if (previous != null) {
            LOG.warn("Jurisdiction {} provided twice; the newer provider wins", j.descriptor().id);
        }
    }

    void removeJurisdiction(Jurisdiction j) {
        byId.remove(j.descriptor().id, j);
    }

    @Override
    public List<JurisdictionDTO> jurisdictions() {
        return byId.values().stream().map(Jurisdiction::descriptor)
                .sorted(Comparator.comparingInt((JurisdictionDTO d) -> LEVEL_ORDER.indexOf(d.level))
                        .thenComparing(d -> d.id))
                .toList();
    }

    @Override
    public Optional<JurisdictionDTO> jurisdiction(String id) {
        return Optional.ofNullable(id).map(byId::get).map(Jurisdiction::descriptor);
    }

    @Override
    public Optional<List<CatalogTaskDTO>> catalog(String id) {
        return Optional.ofNullable(id).map(byId::get).map(Jurisdiction::catalog);
    }

    @Override
    public Optional<List<UnitDTO>> units(String jurisdictionId) {
        return Optional.ofNullable(jurisdictionId).map(byId::get).map(Jurisdiction::units);
    }

    @Override
    public Optional<List<CycleDTO>> cycles(String jurisdictionId) {
        return Optional.ofNullable(jurisdictionId).map(byId::get).map(Jurisdiction::cycles);
    }

    @Override
    public Optional<List<org.luoshi.api.jurisdiction.RoleDTO>> roles(String jurisdictionId) {
        return Optional.ofNullable(jurisdictionId).map(byId::get).map(Jurisdiction::roles);
    }

    @Override
    public Map<String, String> settings(String jurisdictionId, String module) {
        Jurisdiction j = jurisdictionId == null ? null : byId.get(jurisdictionId);
        return j == null || module == null ? Map.of() : j.settings(module);
    }

    @Override
    public Optional<UnitDTO> unit(String unitId) {
        if (unitId == null) {
            return Optional.empty();
        }
        // A unit may be declared twice: a province lists its cities, and each city's plugin declares its own root
        // unit. The jurisdiction whose own unit lies closest above (or at) the unit wins: the city's, when installed.
        UnitDTO best = null;
        int bestDepth = -1;
        for (Jurisdiction j : byId.values()) {
            String root = j.descriptor().unit;
            int depth = root == null || !(unitId.equals(root) || unitId.startsWith(root + ".")) ? 0 : root.length();
            for (UnitDTO u : j.units()) {
                if (u.id.equals(unitId) && depth > bestDepth) {
                    best = u;
                    bestDepth = depth;
                }
            }
        }
        return Optional.ofNullable(best);
    }
}

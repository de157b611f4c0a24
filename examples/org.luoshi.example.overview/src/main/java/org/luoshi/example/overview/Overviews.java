package org.luoshi.example.overview;

import java.util.ArrayList;
import java.util.List;

import org.luoshi.api.Actor;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.jurisdiction.JurisdictionDTO;
import org.luoshi.api.jurisdiction.JurisdictionRegistry;

/** What the three faces of the example show, computed from the jurisdiction registry (exported API only). */
final class Overviews {
    private Overviews() {
    }

    /** Every installed jurisdiction with at least one unit the actor may see. */
    static List<OverviewDTO> visible(JurisdictionRegistry registry, Actor actor) {
        List<OverviewDTO> out = new ArrayList<>();
        for (JurisdictionDTO j : registry.jurisdictions()) {
            if (registry.units(j.id).orElse(List.of()).stream().anyMatch(u -> actor.canSee(u.id))) {
                out.add(of(registry, j));
            }
        }
        return out;
    }

    static OverviewDTO one(JurisdictionRegistry registry, Actor actor, String id) {
        return visible(registry, actor).stream().filter(o -> o.jurisdiction.equals(id)).findFirst()
                .orElseThrow(() -> LuoshiException.notFound("辖区 “" + id + "” 未安装或不在本单位可见范围内"));
    }

    private static OverviewDTO of(JurisdictionRegistry registry, JurisdictionDTO j) {
        OverviewDTO o = new OverviewDTO();
        o.jurisdiction = j.id;
        o.name = j.name;
        o.level = j.level;
        o.units = registry.units(j.id).map(List::size).orElse(0);
        o.catalogTasks = registry.catalog(j.id).map(List::size).orElse(0);
        o.cycles = registry.cycles(j.id).map(List::size).orElse(0);
        return o;
    }
}

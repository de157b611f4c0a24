package org.luoshi.ui.kit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.luoshi.api.Actor;
import org.luoshi.api.jurisdiction.JurisdictionDTO;
import org.luoshi.api.jurisdiction.UnitDTO;

/** The choices list and form views offer: the jurisdiction to start on, the units to act for. */
public final class Choices {
    private Choices() {
    }

    /**
     * The jurisdiction to show: the wanted one if installed; else the deepest one the user's unit lies in (a county
     * user starts on its county, not on the province above it); else the first whose office the user oversees; else
     * the first installed one.
     */
    public static JurisdictionDTO jurisdiction(List<JurisdictionDTO> all, Actor actor, String wanted) {
        if (all.isEmpty()) {
            return null;
        }
        if (wanted != null) {
            JurisdictionDTO found = all.stream().filter(j -> Objects.equals(j.id, wanted)).findFirst().orElse(null);
            if (found != null) {
                return found;
            }
        }
        JurisdictionDTO within = null;
        for (JurisdictionDTO j : all) {
            boolean mine = j.unit != null
                    && actor.units().stream().anyMatch(u -> u.equals(j.unit) || u.startsWith(j.unit + "."));
            if (mine && (within == null || j.unit.length() > within.unit.length())) {
                within = j;
            }
        }
        if (within != null) {
            return within;
        }
        return all.stream().filter(j -> actor.canSee(j.unit)).findFirst().orElse(all.get(0));
    }

    /** The units of a jurisdiction the user may act for (its own and those below), in path order. */
    public static List<UnitDTO> ownUnits(Services services, Actor actor, String jurisdictionId) {
        if (services == null || actor == null || jurisdictionId == null) {
            return List.of();
        }
        List<UnitDTO> out = new ArrayList<>(Feedback.call(() -> services.jurisdictions().units(jurisdictionId))
                .flatMap(u -> u).orElse(List.of()).stream().filter(u -> actor.canSee(u.id)).toList());
        out.sort(Comparator.comparing((UnitDTO u) -> u.id));
        return out;
    }

    /** Every unit a jurisdiction declares, in path order. */
    public static List<UnitDTO> allUnits(Services services, String jurisdictionId) {
        if (services == null || jurisdictionId == null) {
            return List.of();
        }
        List<UnitDTO> out = new ArrayList<>(Feedback.call(() -> services.jurisdictions().units(jurisdictionId))
                .flatMap(u -> u).orElse(List.of()));
        out.sort(Comparator.comparing((UnitDTO u) -> u.id));
        return out;
    }

    /** Every unit of every installed jurisdiction, once each, in path order (the receivers of a routed tip-off). */
    public static List<UnitDTO> installedUnits(Services services) {
        if (services == null) {
            return List.of();
        }
        java.util.Map<String, UnitDTO> byId = new java.util.TreeMap<>();
        for (JurisdictionDTO j : Feedback.call(services.jurisdictions()::jurisdictions).orElse(List.of())) {
            for (UnitDTO u : Feedback.call(() -> services.jurisdictions().units(j.id)).flatMap(x -> x).orElse(List.of())) {
                byId.putIfAbsent(u.id, u);
            }
        }
        return new ArrayList<>(byId.values());
    }

    /** A unit's name with the name of the unit above it, to tell apart the many 市应急局 of a province. */
    public static String qualifiedName(UnitNames names, UnitDTO u) {
        if (u == null) {
            return "";
        }
        String name = Labels.nz(u.name);
        if (u.parent == null || u.parent.isBlank() || "county".equals(u.kind) || "city".equals(u.kind)
                || "province".equals(u.kind)) {
            return name;
        }
        String above = names.name(u.parent);
        return above.isBlank() || above.equals(u.parent) ? name : name + "（" + above + "）";
    }

    /**
     * The unit to act for by default: the user's own unit when the jurisdiction declares it, else the shallowest unit
     * the user may act for (the jurisdiction's office for a user above it).
     */
    public static UnitDTO defaultUnit(List<UnitDTO> own, Actor actor, JurisdictionDTO jurisdiction) {
        for (String mine : actor.units()) {
            for (UnitDTO u : own) {
                if (u.id.equals(mine)) {
                    return u;
                }
            }
        }
        if (jurisdiction != null) {
            for (UnitDTO u : own) {
                if (u.id.equals(jurisdiction.unit)) {
                    return u;
                }
            }
        }
        return own.stream().min(Comparator.comparingInt((UnitDTO u) -> u.id.split("\\.").length)
                .thenComparing(u -> u.id)).orElse(null);
    }
}

package org.luoshi.ranking.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.luoshi.api.jurisdiction.JurisdictionDTO;
import org.luoshi.api.jurisdiction.JurisdictionRegistry;
import org.luoshi.api.jurisdiction.UnitDTO;
import org.luoshi.api.ranking.EvaluationDTO;
import org.luoshi.api.ranking.IndicatorDTO;

/**
 * Reads the scoring rules of a region plugin's {@code modules/ranking.properties} (format: README, "Evaluation and
 * ranking"): {@code evaluations = a, b}; per evaluation {@code <e>.name}, {@code .source}, {@code .evaluator},
 * {@code .bulletin}, {@code .public}, {@code .base}, {@code .ties}, {@code .groups}, {@code .group.<g>.name|units},
 * {@code .indicators}, {@code .indicator.<i>.name|figure|typed|direction|weight|cap|min|max}. A rule that cannot be
 * read is left out with the reason, never half taken.
 */
final class Rules {
    static final String MODULE = "ranking";

    private Rules() {
    }

    /** The rules of every installed jurisdiction; problems go to {@code problems}. */
    static List<EvaluationDTO> all(JurisdictionRegistry registry, List<String> problems) {
        List<EvaluationDTO> out = new ArrayList<>();
        for (JurisdictionDTO j : registry.jurisdictions()) {
            Map<String, String> p = registry.settings(j.id, MODULE);
            for (String key : list(p.get("evaluations"))) {
                try {
                    out.add(read(registry, j, key, p));
                } catch (IllegalArgumentException e) {
                    problems.add(j.id + "." + key + ": " + e.getMessage());
                }
            }
        }
        return out;
    }

    static EvaluationDTO read(JurisdictionRegistry registry, JurisdictionDTO j, String key, Map<String, String> p) {
        String k = key + ".";
        EvaluationDTO e = new EvaluationDTO();
        e.id = j.id + "." + key;
        e.jurisdiction = j.id;
        e.name = required(p, k + "name");
        e.source = p.get(k + "source");
        e.evaluator = required(p, k + "evaluator");
        UnitDTO evaluator = registry.unit(e.evaluator)
                .orElseThrow(() -> new IllegalArgumentException("evaluator " + e.evaluator + " is no unit"));
        e.evaluatorName = evaluator.name;
        e.bulletin = p.getOrDefault(k + "bulletin", "安全生产简报");
        e.published = Boolean.parseBoolean(p.getOrDefault(k + "public", "false").strip());
        e.base = number(p.getOrDefault(k + "base", "100"), k + "base");
        for (String g : list(required(p, k + "groups"))) {
            EvaluationDTO.GroupDTO group = new EvaluationDTO.GroupDTO();
            group.id = g;
            group.name = required(p, k + "group." + g + ".name");
            for (UnitDTO u : units(registry, j, evaluator, required(p, k + "group." + g + ".units"))) {
                group.units.add(u.id);
                group.unitNames.add(u.name);
            }
            if (group.units.isEmpty()) {
                throw new IllegalArgumentException("group " + g + " has no units");
            }
            e.groups.add(group);
        }
        for (String i : list(required(p, k + "indicators"))) {
            String ik = k + "indicator." + i + ".";
            IndicatorDTO d = new IndicatorDTO();
            d.id = i;
            d.name = required(p, ik + "name");
            d.typed = Boolean.parseBoolean(p.getOrDefault(ik + "typed", "false").strip());
            d.figure = d.typed ? null : required(p, ik + "figure");
            String direction = p.getOrDefault(ik + "direction", "+").strip();
            if (!direction.equals("+") && !direction.equals("-")) {
                throw new IllegalArgumentException(ik + "direction must be + or -");
            }
            d.direction = direction.equals("+") ? 1 : -1;
            d.weight = number(required(p, ik + "weight"), ik + "weight");
            d.cap = number(p.getOrDefault(ik + "cap", "0"), ik + "cap");
            d.min = number(p.getOrDefault(ik + "min", "0"), ik + "min");
            d.max = number(p.getOrDefault(ik + "max", "100"), ik + "max");
            if (d.weight < 0 || d.cap < 0 || d.min > d.max) {
                throw new IllegalArgumentException(ik + ": weight and cap are not negative, min ≤ max");
            }
            e.indicators.add(d);
        }
        Set<String> ids = new LinkedHashSet<>();
        e.indicators.forEach(d -> ids.add(d.id));
        String ties = p.getOrDefault(k + "ties", "shared").strip();
        if (!ties.equals("shared")) {
            for (String t : list(ties)) {
                if (!ids.contains(t)) {
                    throw new IllegalArgumentException(k + "ties names an unknown indicator " + t);
                }
                e.tieBreak.add(t);
            }
        }
        return e;
    }

    /**
     * A group's units: unit ids, or {@code kind:<kind>|<kind>} for the units of those kinds directly under the
     * evaluator's region (the evaluator itself left out).
     */
    private static List<UnitDTO> units(JurisdictionRegistry registry, JurisdictionDTO j, UnitDTO evaluator, String spec) {
        List<UnitDTO> out = new ArrayList<>();
        if (spec.startsWith("kind:")) {
            Set<String> kinds = Set.of(spec.substring(5).strip().split("\\|"));
            String region = org.luoshi.api.jurisdiction.Regions.of(registry, evaluator.id);
            for (UnitDTO u : registry.units(j.id).orElse(List.of())) {
                if (kinds.contains(u.kind) && region.equals(u.parent) && !u.id.equals(evaluator.id)) {
                    out.add(u);
                }
            }
            return out;
        }
        for (String id : list(spec)) {
            out.add(registry.unit(id).orElseThrow(() -> new IllegalArgumentException("unit " + id + " is unknown")));
        }
        return out;
    }

    private static String required(Map<String, String> p, String key) {
        String v = p.get(key);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException(key + " is missing");
        }
        return v.strip();
    }

    private static double number(String v, String key) {
        try {
            return Double.parseDouble(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " is not a number");
        }
    }

    static List<String> list(String v) {
        return v == null || v.isBlank() ? List.of()
                : Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}

package org.luoshi.jurisdiction.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

import org.luoshi.api.cycle.CycleDTO;
import org.luoshi.api.form.FormDTO;
import org.luoshi.api.form.FormFieldDTO;
import org.luoshi.api.jurisdiction.CatalogTaskDTO;
import org.luoshi.api.jurisdiction.Jurisdiction;
import org.luoshi.api.jurisdiction.JurisdictionDTO;
import org.luoshi.api.jurisdiction.PluginChangeDTO;
import org.luoshi.api.jurisdiction.UnitDTO;

/** What an upgrade changes: the jurisdiction, units, catalog tasks, cycles, forms, module settings and roles, by id. */
final class PluginDiff {
    private PluginDiff() {
    }

    static List<PluginChangeDTO> between(Jurisdiction before, Jurisdiction after) {
        List<PluginChangeDTO> out = new ArrayList<>();
        JurisdictionDTO a = before.descriptor();
        JurisdictionDTO b = after.descriptor();
        String da = a.name + " · " + a.level + (a.parent == null ? "" : " · 上级 " + a.parent);
        String db = b.name + " · " + b.level + (b.parent == null ? "" : " · 上级 " + b.parent);
        if (!da.equals(db)) {
            out.add(new PluginChangeDTO("jurisdiction", b.id, PluginChangeDTO.CHANGED, da, db));
        }
        compare(out, "unit", index(before.units(), u -> u.id), index(after.units(), u -> u.id), PluginDiff::unit,
                PluginDiff::unit);
        compare(out, "task", index(before.catalog(), PluginDiff::key), index(after.catalog(), PluginDiff::key),
                PluginDiff::task, t -> t.measure);
        compare(out, "cycle", index(before.cycles(), c -> c.id), index(after.cycles(), c -> c.id), PluginDiff::cycle,
                c -> c.name);
        compare(out, "form", forms(before), forms(after), PluginDiff::form, f -> f.title);
        compare(out, "setting", settings(before, after), settings(after, before), s -> s, s -> s);
        compare(out, "role", index(before.roles(), r -> r.unit + "|" + r.group + "|" + r.role + "|" + r.title),
                index(after.roles(), r -> r.unit + "|" + r.group + "|" + r.role + "|" + r.title),
                r -> r.title, r -> r.group + " " + r.role + "：" + r.title);
        return out;
    }

    /** A catalog entry's id on the diff and on an office's list: its number, with its part ({@code 11/2}). */
    static String key(CatalogTaskDTO t) {
        return t.number + (t.part == null ? "" : "/" + t.part);
    }

    private static <T> void compare(List<PluginChangeDTO> out, String kind, Map<String, T> before, Map<String, T> after,
            Function<T, String> full, Function<T, String> shown) {
        for (Map.Entry<String, T> e : before.entrySet()) {
            T now = after.get(e.getKey());
            if (now == null) {
                out.add(new PluginChangeDTO(kind, e.getKey(), PluginChangeDTO.REMOVED, shown.apply(e.getValue()), null));
            } else if (!Objects.equals(full.apply(e.getValue()), full.apply(now))) {
                String was = shown.apply(e.getValue());
                String is = shown.apply(now);
                if (Objects.equals(was, is)) {
                    was = full.apply(e.getValue());
                    is = full.apply(now);
                }
                out.add(new PluginChangeDTO(kind, e.getKey(), PluginChangeDTO.CHANGED, was, is));
            }
        }
        for (Map.Entry<String, T> e : after.entrySet()) {
            if (!before.containsKey(e.getKey())) {
                out.add(new PluginChangeDTO(kind, e.getKey(), PluginChangeDTO.ADDED, null, shown.apply(e.getValue())));
            }
        }
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        Map<String, T> out = new LinkedHashMap<>();
        items.forEach(i -> out.put(id.apply(i), i));
        return out;
    }

    private static Map<String, FormDTO> forms(Jurisdiction j) {
        Map<String, FormDTO> out = new LinkedHashMap<>();
        for (CycleDTO c : j.cycles()) {
            if (c.form != null) {
                out.putIfAbsent(c.form.id, c.form);
            }
        }
        return out;
    }

    /** {@code module.key} → value of every module setting of {@code j}, over the modules either side has. */
    private static Map<String, String> settings(Jurisdiction j, Jurisdiction other) {
        TreeSet<String> modules = new TreeSet<>();
        for (Jurisdiction x : List.of(j, other)) {
            if (x instanceof JurisdictionData d) {
                modules.addAll(d.modules());
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String m : modules) {
            j.settings(m).forEach((k, v) -> out.put(m + "." + k, k + " = " + v));
        }
        return out;
    }

    private static String unit(UnitDTO u) {
        return u.name + " · " + u.kind + (u.parent == null ? "" : " · 上级 " + u.parent)
                + (u.letterPrefix == null ? "" : " · 函件字号 " + u.letterPrefix);
    }

    private static String task(CatalogTaskDTO t) {
        return String.join(" · ", String.valueOf(t.group), String.valueOf(t.measure), String.valueOf(t.responsibleUnits),
                String.valueOf(t.deadline), String.valueOf(t.lead), String.valueOf(t.target), String.valueOf(t.targetWhat),
                String.valueOf(t.note), String.valueOf(t.every), String.valueOf(t.groupText));
    }

    private static String cycle(CycleDTO c) {
        return String.join(" · ", c.name, String.valueOf(c.rrule), String.valueOf(c.start), String.valueOf(c.until),
                String.valueOf(c.dueTime), String.valueOf(c.periodKind), String.valueOf(c.receiver),
                String.join(",", c.reporters), c.form == null ? "" : c.form.id, String.valueOf(c.milestones.size()));
    }

    private static String form(FormDTO f) {
        StringBuilder b = new StringBuilder(f.title);
        for (FormFieldDTO x : f.fields) {
            b.append(" | ").append(x.key).append(' ').append(x.label).append(' ').append(x.type).append(' ')
                    .append(x.figure);
        }
        return b.toString();
    }
}

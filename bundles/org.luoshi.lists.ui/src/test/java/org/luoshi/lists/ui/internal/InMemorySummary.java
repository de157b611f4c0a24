package org.luoshi.lists.ui.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.luoshi.api.Actor;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.hazard.HazardDTO;
import org.luoshi.api.hazard.HazardSource;
import org.luoshi.api.hazard.HazardStatus;
import org.luoshi.api.jurisdiction.JurisdictionDTO;
import org.luoshi.api.jurisdiction.JurisdictionRegistry;
import org.luoshi.api.jurisdiction.UnitDTO;
import org.luoshi.api.summary.SummaryDTO;
import org.luoshi.api.summary.SummaryService;
import org.luoshi.api.summary.UnitSummaryDTO;
import org.luoshi.api.task.DeadlineDTO;
import org.luoshi.api.task.TaskDTO;
import org.luoshi.ui.internal.InMemoryServices;

/**
 * The level summary computed from the in-memory hazards and tasks, with the rules of the real service: the unit's own
 * row (records of the unit itself, "（本级）"), a row per unit the registry declares directly below it, records of any
 * deeper unit folded into the row of the unit directly below on its path (a row is made for an undeclared one), and
 * the total (合计). A unit id is a dotted path: a row covers its unit and every id starting with {@code unit + "."}.
 */
public final class InMemorySummary implements SummaryService {
    private final JurisdictionRegistry registry;
    private final InMemoryHazards hazards;
    private final InMemoryTasks tasks;

    public InMemorySummary(JurisdictionRegistry registry, InMemoryHazards hazards, InMemoryTasks tasks) {
        this.registry = registry;
        this.hazards = hazards;
        this.tasks = tasks;
    }

    @Override
    public SummaryDTO summary(Actor actor, String requested) {
        String unit = requested == null || requested.isBlank()
                ? actor.units().stream().findFirst().orElseThrow(() -> LuoshiException.forbidden("当前用户未关联任何单位"))
                : requested.strip();
        if (!actor.canSee(unit)) {
            throw LuoshiException.forbidden("无权查看单位 “" + unit + "” 的汇总数据");
        }
        LocalDate today = LocalDate.now(InMemoryServices.ZONE);
        Map<String, UnitSummaryDTO> rows = new TreeMap<>();
        rows.put(unit, row(unit, true));
        for (JurisdictionDTO j : registry.jurisdictions()) {
            for (UnitDTO u : registry.units(j.id).orElse(List.of())) {
                if (unit.equals(u.parent)) {
                    rows.put(u.id, row(u.id, false));
                }
            }
        }
        synchronized (hazards) {
            for (HazardDTO h : hazards.records) {
                if (!within(h.unit, unit)) {
                    continue;
                }
                UnitSummaryDTO s = rowFor(rows, unit, h.unit);
                s.hazards++;
                s.bySource.merge(h.source.name(), 1L, Long::sum);
                s.major += Boolean.TRUE.equals(h.major) ? 1 : 0;
                s.listed += Boolean.TRUE.equals(h.listed) ? 1 : 0;
                s.rectified += h.status == HazardStatus.REPORTED || h.status == HazardStatus.ACCEPTED ? 1 : 0;
                boolean open = h.status == HazardStatus.REGISTERED || h.status == HazardStatus.RECTIFYING;
                s.overdue += open && h.deadline != null && LocalDate.parse(h.deadline).isBefore(today) ? 1 : 0;
            }
        }
        synchronized (tasks) {
            for (TaskDTO t : tasks.records) {
                if (!within(t.unit, unit)) {
                    continue;
                }
                UnitSummaryDTO s = rowFor(rows, unit, t.unit);
                s.tasks++;
                s.tasksDone += t.completedOn != null ? 1 : 0;
                boolean late = t.completedOn == null && t.deadline != null && DeadlineDTO.DATE.equals(t.deadline.kind)
                        && t.deadline.date != null && LocalDate.parse(t.deadline.date).isBefore(today);
                s.tasksOverdue += late ? 1 : 0;
            }
        }
        SummaryDTO out = new SummaryDTO();
        out.unit = unit;
        out.asOf = today.toString();
        out.total = row(unit, false);
        out.total.name = "合计";
        out.rows.add(rows.remove(unit));
        out.rows.addAll(rows.values());
        for (UnitSummaryDTO s : out.rows) {
            add(out.total, s);
        }
        return out;
    }

    private static boolean within(String recordUnit, String unit) {
        return recordUnit != null && (recordUnit.equals(unit) || recordUnit.startsWith(unit + "."));
    }

    private static UnitSummaryDTO rowFor(Map<String, UnitSummaryDTO> rows, String unit, String recordUnit) {
        if (recordUnit.equals(unit)) {
            return rows.get(unit);
        }
        String rest = recordUnit.substring(unit.length() + 1);
        int dot = rest.indexOf('.');
        String child = unit + "." + (dot < 0 ? rest : rest.substring(0, dot));
        return rows.computeIfAbsent(child, id -> {
            UnitSummaryDTO s = blank(id);
            s.name = id;
            return s;
        });
    }

    private UnitSummaryDTO row(String unit, boolean own) {
        UnitSummaryDTO s = blank(unit);
        s.own = own;
        s.name = registry.unit(unit).map(u -> u.name).orElse(unit) + (own ? "（本级）" : "");
        return s;
    }

    private static UnitSummaryDTO blank(String unit) {
        UnitSummaryDTO s = new UnitSummaryDTO();
        s.unit = unit;
        for (HazardSource src : HazardSource.values()) {
            s.bySource.put(src.name(), 0L);
        }
        return s;
    }

    private static void add(UnitSummaryDTO total, UnitSummaryDTO s) {
        total.hazards += s.hazards;
        s.bySource.forEach((k, v) -> total.bySource.merge(k, v, Long::sum));
        total.major += s.major;
        total.listed += s.listed;
        total.rectified += s.rectified;
        total.overdue += s.overdue;
        total.tasks += s.tasks;
        total.tasksDone += s.tasksDone;
        total.tasksOverdue += s.tasksOverdue;
    }
}

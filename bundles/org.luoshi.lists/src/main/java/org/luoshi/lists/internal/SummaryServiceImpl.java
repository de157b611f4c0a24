package org.luoshi.lists.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.luoshi.api.Actor;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.hazard.HazardSource;
import org.luoshi.api.hazard.HazardStatus;
import org.luoshi.api.jurisdiction.JurisdictionDTO;
import org.luoshi.api.jurisdiction.JurisdictionRegistry;
import org.luoshi.api.jurisdiction.UnitDTO;
import org.luoshi.api.summary.SummaryDTO;
import org.luoshi.api.summary.SummaryService;
import org.luoshi.api.summary.UnitSummaryDTO;
import org.luoshi.api.task.DeadlineDTO;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The level summary: a handful of GROUP BY queries over the unit's subtree, folded in memory onto the unit's own row
 * and one row per unit directly below it. Records under units whose plugin is absent still count, under their path.
 */
@Component(service = SummaryService.class)
public class SummaryServiceImpl implements SummaryService {
    private final JpaTemplate jpa;
    private final JurisdictionRegistry jurisdictions;

    @Activate
    public SummaryServiceImpl(@Reference(target = "(osgi.unit.name=luoshi-lists)") JpaTemplate jpa,
            @Reference JurisdictionRegistry jurisdictions) {
        this.jpa = jpa;
        this.jurisdictions = jurisdictions;
    }

    /** The other modules' columns (the accidents module's, …), while they run. */
    private final java.util.List<org.luoshi.api.summary.SummaryColumns> columns =
            new java.util.concurrent.CopyOnWriteArrayList<>();

    @org.osgi.service.component.annotations.Reference(cardinality =
            org.osgi.service.component.annotations.ReferenceCardinality.MULTIPLE, policy =
            org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC, policyOption =
            org.osgi.service.component.annotations.ReferencePolicyOption.GREEDY)
    void addColumns(org.luoshi.api.summary.SummaryColumns c) {
        columns.add(c);
    }

    void removeColumns(org.luoshi.api.summary.SummaryColumns c) {
        columns.remove(c);
    }

    @Override
    public SummaryDTO summary(Actor actor, String requested) {
        String unit = requested == null || requested.isBlank()
                ? actor.units().stream().findFirst().orElseThrow(() -> LuoshiException.forbidden("当前用户未关联任何单位"))
                : requested.strip();
        if (!actor.canSee(unit)) {
            throw LuoshiException.forbidden("无权查看单位 “" + unit + "” 的汇总数据");
        }
        LocalDate today = LocalDate.now(HazardServiceImpl.ZONE);
        Map<String, UnitSummaryDTO> rows = new TreeMap<>();
        rows.put(unit, row(unit, true));
        // the official order of the rows below the own one: lower levels of government, then departments, then others,
        // each in the order the region's plugin declares them (as the documents print them)
        Map<String, int[]> order = new HashMap<>();
        for (JurisdictionDTO j : jurisdictions.jurisdictions()) {
            for (UnitDTO u : jurisdictions.units(j.id).orElse(List.of())) {
                if (unit.equals(u.parent)) {
                    rows.put(u.id, row(u.id, false));
                    order.putIfAbsent(u.id, new int[] {rank(u.kind), order.size()});
                }
            }
        }
        Where scope = new Where().within("h.unit", List.of(unit));
        Where taskScope = new Where().within("t.unit", List.of(unit));
        jpa.tx(TransactionType.Required, em -> {
            for (Object[] r : scope.bind(em.createQuery("SELECT h.unit, h.source, h.major, h.listed, h.status, COUNT(h) "
                    + "FROM HazardEntity h" + scope.sql() + " GROUP BY h.unit, h.source, h.major, h.listed, h.status",
                    Object[].class)).getResultList()) {
                UnitSummaryDTO s = rowFor(rows, unit, (String) r[0]);
                long n = (Long) r[5];
                s.hazards += n;
                s.bySource.merge(((HazardSource) r[1]).name(), n, Long::sum);
                s.major += Boolean.TRUE.equals(r[2]) ? n : 0;
                s.listed += Boolean.TRUE.equals(r[3]) ? n : 0;
                s.rectified += r[4] == HazardStatus.REPORTED || r[4] == HazardStatus.ACCEPTED ? n : 0;
            }
            Where overdue = new Where().within("h.unit", List.of(unit))
                    .and("(h.status = ? OR h.status = ?) AND h.deadline < ?", HazardStatus.REGISTERED, HazardStatus.RECTIFYING, today);
            count(em, "SELECT h.unit, COUNT(h) FROM HazardEntity h" + overdue.sql() + " GROUP BY h.unit", overdue,
                    rows, unit, (s, n) -> s.overdue += n);
            count(em, "SELECT t.unit, COUNT(t) FROM TaskEntity t" + taskScope.sql() + " GROUP BY t.unit", taskScope,
                    rows, unit, (s, n) -> s.tasks += n);
            Where done = new Where().within("t.unit", List.of(unit)).and("t.completedOn IS NOT NULL");
            count(em, "SELECT t.unit, COUNT(t) FROM TaskEntity t" + done.sql() + " GROUP BY t.unit", done,
                    rows, unit, (s, n) -> s.tasksDone += n);
            Where late = new Where().within("t.unit", List.of(unit))
                    .and("t.completedOn IS NULL AND t.deadlineKind = ? AND t.deadlineDate < ?", DeadlineDTO.DATE, today);
            count(em, "SELECT t.unit, COUNT(t) FROM TaskEntity t" + late.sql() + " GROUP BY t.unit", late,
                    rows, unit, (s, n) -> s.tasksOverdue += n);
        });
        SummaryDTO out = new SummaryDTO();
        for (org.luoshi.api.summary.SummaryColumns c : columns) {
            Map<String, String> headers;
            Map<String, Map<String, Long>> counts;
            try {
                headers = c.columns();
                counts = c.counts(unit, today);
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(SummaryServiceImpl.class).warn("Summary columns of {} left out: {}",
                        c.getClass().getName(), e.getMessage());
                continue;
            }
            out.columns.putAll(headers);
            for (UnitSummaryDTO s : rows.values()) {
                headers.keySet().forEach(k -> s.more.putIfAbsent(k, 0L));
            }
            counts.forEach((recordUnit, byColumn) -> {
                UnitSummaryDTO s = rowFor(rows, unit, recordUnit);
                byColumn.forEach((k, n) -> s.more.merge(k, n, Long::sum));
            });
        }
        out.unit = unit;
        out.asOf = today.toString();
        out.total = row(unit, false);
        out.total.name = "合计";
        out.rows.add(rows.remove(unit));
        List<UnitSummaryDTO> below = new ArrayList<>(rows.values());
        int[] unknown = {3, Integer.MAX_VALUE};
        below.sort(Comparator.<UnitSummaryDTO>comparingInt(r -> order.getOrDefault(r.unit, unknown)[0])
                .thenComparingInt(r -> order.getOrDefault(r.unit, unknown)[1]).thenComparing(r -> r.unit));
        out.rows.addAll(below);
        for (UnitSummaryDTO s : out.rows) {
            add(out.total, s);
        }
        return out;
    }

    /** Governments below come first, then departments (police, sections and groups too), then anything else. */
    private static int rank(String kind) {
        if (kind == null) {
            return 2;
        }
        return switch (kind) {
            case "province", "city", "county", "town" -> 0;
            case "department", "police", "section", "group" -> 1;
            default -> 2;
        };
    }

    private static void count(EntityManager em, String jpql, Where where, Map<String, UnitSummaryDTO> rows, String unit,
            BiConsumer<UnitSummaryDTO, Long> add) {
        for (Object[] r : where.bind(em.createQuery(jpql, Object[].class)).getResultList()) {
            add.accept(rowFor(rows, unit, (String) r[0]), (Long) r[1]);
        }
    }

    /** The row a record's unit folds into: the unit's own row, or the row of the unit directly below on its path. */
    private static UnitSummaryDTO rowFor(Map<String, UnitSummaryDTO> rows, String unit, String recordUnit) {
        if (recordUnit.equals(unit)) {
            return rows.get(unit);
        }
        String rest = recordUnit.substring(unit.length() + 1);
        int dot = rest.indexOf('.');
        String child = unit + "." + (dot < 0 ? rest : rest.substring(0, dot));
        return rows.computeIfAbsent(child, id -> {
            UnitSummaryDTO s = new UnitSummaryDTO();
            s.unit = id;
            s.name = id;
            for (HazardSource src : HazardSource.values()) {
                s.bySource.put(src.name(), 0L);
            }
            return s;
        });
    }

    private UnitSummaryDTO row(String unit, boolean own) {
        UnitSummaryDTO s = new UnitSummaryDTO();
        s.unit = unit;
        s.own = own;
        s.name = jurisdictions.unit(unit).map(u -> u.name).orElse(unit) + (own ? "（本级）" : "");
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
        s.more.forEach((k, v) -> total.more.merge(k, v, Long::sum));
    }
}

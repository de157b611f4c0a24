package org.luoshi.dispatch.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.luoshi.api.Actor;
import org.luoshi.api.cycle.CycleDTO;
import org.luoshi.api.cycle.CycleEngine;
import org.luoshi.api.cycle.PeriodDTO;
import org.luoshi.api.jurisdiction.JurisdictionDTO;
import org.luoshi.api.jurisdiction.JurisdictionRegistry;
import org.luoshi.api.workbench.ChartDTO;
import org.luoshi.api.workbench.ChartSeriesDTO;
import org.luoshi.api.workbench.WorkItemDTO;
import org.luoshi.api.workbench.WorkbenchSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Mechanism 3 on the workbench: the reports the actor's own units owe (due within a week, or due in the last month and
 * not sent: overdue), each with its due day after rolling off days off; and a chart of the reports of the last twelve
 * months of the units the actor sees, on time, late or missing.
 */
@Component(service = WorkbenchSource.class)
public class DispatchWorkbench implements WorkbenchSource {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final int AHEAD = 7;
    static final int BACK = 31;

    private final JpaTemplate jpa;
    private final JurisdictionRegistry jurisdictions;
    private final CycleEngine engine;

    @Activate
    public DispatchWorkbench(@Reference(target = "(osgi.unit.name=luoshi-dispatch)") JpaTemplate jpa,
            @Reference JurisdictionRegistry jurisdictions, @Reference CycleEngine engine) {
        this.jpa = jpa;
        this.jurisdictions = jurisdictions;
        this.engine = engine;
    }

    @Override
    public String module() {
        return "dispatch";
    }

    @Override
    public List<WorkItemDTO> items(Actor actor, LocalDate today) {
        OffsetDateTime now = OffsetDateTime.now(ZONE);
        List<WorkItemDTO> out = new ArrayList<>();
        for (JurisdictionDTO j : jurisdictions.jurisdictions()) {
            for (CycleDTO c : jurisdictions.cycles(j.id).orElse(List.of())) {
                List<String> mine = c.reporters.stream().filter(actor.units()::contains).toList();
                if (mine.isEmpty()) {
                    continue;
                }
                List<PeriodDTO> periods = engine.periods(c, today.minusDays(BACK), today.plusDays(AHEAD));
                if (periods.isEmpty()) {
                    continue;
                }
                // the reports in for all those periods, in one query
                Set<String> reported = reported(j.id, c.id, periods.stream().map(p -> p.index).toList());
                for (PeriodDTO p : periods) {
                    OffsetDateTime due = OffsetDateTime.parse(p.due);
                    for (String unit : mine) {
                        if (reported.contains(unit + "#" + p.index)) {
                            continue;
                        }
                        boolean late = due.isBefore(now);
                        WorkItemDTO i = new WorkItemDTO();
                        i.module = module();
                        i.kind = late ? "report.overdue" : "report.due";
                        i.kindName = late ? "逾期未报" : "待报送";
                        i.title = c.name + " · " + p.label + (p.rolled ? "（截止日遇休息日顺延至 " + due.toLocalDate() + "）" : "");
                        i.unit = unit;
                        i.unitName = jurisdictions.unit(unit).map(u -> u.name).orElse(unit);
                        i.due = due.toLocalDate().toString();
                        i.daysLeft = ChronoUnit.DAYS.between(today, due.toLocalDate());
                        i.overdue = late;
                        String query = "?jurisdiction=" + enc(j.id) + "&cycle=" + enc(c.id) + "&period=" + p.index;
                        i.route = (c.form != null ? "dispatch" : "reporting") + query;
                        i.recordId = j.id + "/" + c.id + "/" + p.index + "/" + unit;
                        out.add(i);
                    }
                }
            }
        }
        return out.size() > MAX_ITEMS ? out.subList(0, MAX_ITEMS) : out;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** "unit#period" of the reports in for those periods of a cycle. */
    private Set<String> reported(String jurisdiction, String cycleId, List<Integer> periods) {
        return jpa.txExpr(TransactionType.Required, em -> {
            Set<String> in = new HashSet<>();
            for (Object[] r : em.createQuery("SELECT s.unit, s.periodIndex FROM SubmissionEntity s WHERE s.jurisdiction = ?1 "
                    + "AND s.cycleId = ?2 AND s.periodIndex IN ?3", Object[].class).setParameter(1, jurisdiction)
                    .setParameter(2, cycleId).setParameter(3, periods).getResultList()) {
                in.add(r[0] + "#" + r[1]);
            }
            return in;
        });
    }


    /** Reports of the last twelve months of the units the actor sees: on time, late, missing (due passed, none in). */
    @Override
    public List<ChartDTO> charts(Actor actor, LocalDate today) {
        OffsetDateTime now = OffsetDateTime.now(ZONE);
        long onTime = 0;
        long late = 0;
        long missing = 0;
        for (JurisdictionDTO j : jurisdictions.jurisdictions()) {
            for (CycleDTO c : jurisdictions.cycles(j.id).orElse(List.of())) {
                List<String> seen = c.reporters.stream().filter(actor::canSee).toList();
                if (seen.isEmpty()) {
                    continue;
                }
                List<Integer> past = engine.periods(c, today.minusYears(1), today).stream()
                        .filter(p -> OffsetDateTime.parse(p.due).isBefore(now)).map(p -> p.index).toList();
                if (past.isEmpty()) {
                    continue;
                }
                long[] figures = jpa.txExpr(TransactionType.Required, em -> {
                    long[] f = new long[2];
                    for (Object[] r : em.createQuery("SELECT s.late, COUNT(s) FROM SubmissionEntity s WHERE s.jurisdiction = ?1"
                            + " AND s.cycleId = ?2 AND s.periodIndex IN ?3 AND s.unit IN ?4 GROUP BY s.late", Object[].class)
                            .setParameter(1, j.id).setParameter(2, c.id).setParameter(3, past).setParameter(4, seen)
                            .getResultList()) {
                        f[Boolean.TRUE.equals(r[0]) ? 1 : 0] += ((Number) r[1]).longValue();
                    }
                    return f;
                });
                onTime += figures[0];
                late += figures[1];
                missing += Math.max(0, (long) past.size() * seen.size() - figures[0] - figures[1]);
            }
        }
        if (onTime + late + missing == 0) {
            return List.of();
        }
        ChartDTO chart = new ChartDTO();
        chart.module = module();
        chart.key = "report-on-time";
        chart.title = "按时报送情况（近12个月）";
        chart.type = "pie";
        chart.categories.addAll(List.of("按时报送", "逾期报送", "未报送"));
        chart.series.add(new ChartSeriesDTO("报送", List.of(onTime, late, missing)));
        chart.route = "reporting";
        chart.order = 50;
        return List.of(chart);
    }
}

package org.luoshi.lists.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.luoshi.api.Actor;
import org.luoshi.api.hazard.HazardSource;
import org.luoshi.api.hazard.HazardStatus;
import org.luoshi.api.jurisdiction.JurisdictionRegistry;
import org.luoshi.api.summary.SummaryDTO;
import org.luoshi.api.summary.SummaryService;
import org.luoshi.api.summary.UnitSummaryDTO;
import org.luoshi.api.task.DeadlineDTO;
import org.luoshi.api.workbench.ChartDTO;
import org.luoshi.api.workbench.ChartSeriesDTO;
import org.luoshi.api.workbench.WorkCountDTO;
import org.luoshi.api.workbench.WorkItemDTO;
import org.luoshi.api.workbench.WorkbenchDTO;
import org.luoshi.api.workbench.WorkbenchSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Mechanism 1 on the workbench. To-dos: the hazards of the actor's own units whose rectification deadline is within a
 * week or past, the rectifications waiting for the actor's unit to accept (复查验收), the key tasks of its own units due
 * within a week or overdue. Counts and the comparison across the units below come from the level summary, so every
 * figure is a list's total ({@code SummaryIT} proves the summary against the lists); the monthly and on-time charts are
 * grouped queries over the same records.
 */
@Component(service = WorkbenchSource.class)
public class ListsWorkbench implements WorkbenchSource {
    static final int WEEK = 7;
    private static final int MONTHS = 12;

    private final JpaTemplate jpa;
    private final JurisdictionRegistry jurisdictions;
    private final SummaryService summaries;

    @Activate
    public ListsWorkbench(@Reference(target = "(osgi.unit.name=luoshi-lists)") JpaTemplate jpa,
            @Reference JurisdictionRegistry jurisdictions, @Reference SummaryService summaries) {
        this.jpa = jpa;
        this.jurisdictions = jurisdictions;
        this.summaries = summaries;
    }

    @Override
    public String module() {
        return "lists";
    }

    @Override
    public List<WorkItemDTO> items(Actor actor, LocalDate today) {
        if (actor.units().isEmpty()) {
            return List.of();
        }
        List<String> own = actor.units();
        return jpa.txExpr(TransactionType.Required, em -> {
            List<WorkItemDTO> out = new ArrayList<>();
            for (HazardEntity h : em.createQuery("SELECT h FROM HazardEntity h WHERE h.unit IN :units AND "
                    + "(h.status = :registered OR h.status = :rectifying) AND h.deadline <= :until ORDER BY h.deadline, h.id",
                    HazardEntity.class).setParameter("units", own).setParameter("registered", HazardStatus.REGISTERED)
                    .setParameter("rectifying", HazardStatus.RECTIFYING).setParameter("until", today.plusDays(WEEK))
                    .setMaxResults(MAX_ITEMS).getResultList()) {
                out.add(item("hazard.deadline", h.deadline.isBefore(today) ? "整改逾期" : "整改到期", h.description, h.unit,
                        h.deadline, today, "hazards", h.id));
            }
            for (HazardEntity h : em.createQuery("SELECT h FROM HazardEntity h WHERE h.status = :reported AND "
                    + "(h.reviewingUnit IN :units OR (h.reviewingUnit IS NULL AND h.unit IN :units)) ORDER BY h.completedOn, h.id",
                    HazardEntity.class).setParameter("reported", HazardStatus.REPORTED).setParameter("units", own)
                    .setMaxResults(MAX_ITEMS).getResultList()) {
                out.add(item("hazard.review", "待复查验收", h.description, h.unit, null, today, "hazards", h.id));
            }
            for (TaskEntity t : em.createQuery("SELECT t FROM TaskEntity t WHERE t.unit IN :units AND t.completedOn IS NULL"
                    + " AND t.deadlineKind = :date AND t.deadlineDate <= :until ORDER BY t.deadlineDate, t.id", TaskEntity.class)
                    .setParameter("units", own).setParameter("date", DeadlineDTO.DATE)
                    .setParameter("until", today.plusDays(WEEK)).setMaxResults(MAX_ITEMS).getResultList()) {
                out.add(item("task.deadline", t.deadlineDate.isBefore(today) ? "任务逾期" : "任务到期", t.measure, t.unit,
                        t.deadlineDate, today, "tasks", t.id));
            }
            return out;
        });
    }

    private WorkItemDTO item(String kind, String kindName, String title, String unit, LocalDate due, LocalDate today,
            String route, Long id) {
        return WorkItemDTO.of(module(), kind, kindName, title, unit, jurisdictions.unit(unit).map(u -> u.name).orElse(unit),
                due, today, route, id);
    }


    /** The level summary (the expensive read) once for both the counts and the charts. */
    @Override
    public WorkbenchDTO contribution(Actor actor, LocalDate today) {
        WorkbenchDTO out = new WorkbenchDTO();
        out.today = today.toString();
        out.items.addAll(items(actor, today));
        SummaryDTO summary = summary(actor);
        out.counts.addAll(counts(summary));
        out.charts.addAll(charts(summary, today));
        return out;
    }

    @Override
    public List<WorkCountDTO> counts(Actor actor, LocalDate today) {
        return counts(summary(actor));
    }

    private List<WorkCountDTO> counts(SummaryDTO summary) {
        if (summary == null) {
            return List.of();
        }
        UnitSummaryDTO t = summary.total;
        String unit = summary.unit;
        return List.of(
                count("hazards", "问题隐患", t.hazards, t.overdue, "hazards", "/hazards", unit, "", 10),
                count("major", "重大事故隐患", t.major, null, "hazards", "/hazards", unit, "&major=true", 20),
                count("tasks", "重点工作任务", t.tasks, t.tasksOverdue, "tasks", "/tasks", unit, "", 30));
    }

    private SummaryDTO summary(Actor actor) {
        return actor.units().isEmpty() ? null : summaries.summary(actor, null);
    }

    private WorkCountDTO count(String key, String label, long total, Long overdue, String route, String api, String unit,
            String filter, int order) {
        WorkCountDTO c = new WorkCountDTO();
        c.module = module();
        c.key = key;
        c.label = label;
        c.total = total;
        c.overdue = overdue;
        String query = "?unit=" + java.net.URLEncoder.encode(unit, java.nio.charset.StandardCharsets.UTF_8) + filter;
        c.route = route + query;
        c.api = api + query;
        if (overdue != null) {
            c.overdueRoute = c.route + "&overdue=true";
            c.overdueApi = c.api + "&overdue=true";
        }
        c.order = order;
        return c;
    }

    @Override
    public List<ChartDTO> charts(Actor actor, LocalDate today) {
        return charts(summary(actor), today);
    }

    private List<ChartDTO> charts(SummaryDTO summary, LocalDate today) {
        if (summary == null) {
            return List.of();
        }
        List<ChartDTO> charts = new ArrayList<>();
        charts.add(monthly(summary.unit, today));
        charts.add(onTime(summary.unit, today));
        ChartDTO sources = chart("hazard-sources", "问题隐患来源", "pie", summary.unit, 30);
        List<Long> bySource = new ArrayList<>();
        for (HazardSource s : HazardSource.values()) {
            sources.categories.add(s.label());
            bySource.add(summary.total.bySource.getOrDefault(s.name(), 0L));
        }
        sources.series.add(new ChartSeriesDTO("问题隐患", bySource));
        charts.add(sources);
        List<UnitSummaryDTO> below = summary.rows.stream().filter(r -> !r.own).toList();
        if (!below.isEmpty()) {
            ChartDTO units = chart("hazard-units", "下级单位问题隐患对比", "bar", summary.unit, 40);
            below.forEach(r -> units.categories.add(r.name));
            units.series.add(new ChartSeriesDTO("问题隐患", below.stream().map(r -> r.hazards).toList()));
            units.series.add(new ChartSeriesDTO("已整改", below.stream().map(r -> r.rectified).toList()));
            units.series.add(new ChartSeriesDTO("逾期未整改", below.stream().map(r -> r.overdue).toList()));
            charts.add(units);
        }
        return charts;
    }

    private ChartDTO chart(String key, String title, String type, String unit, int order) {
        ChartDTO c = new ChartDTO();
        c.module = module();
        c.key = key;
        c.title = title;
        c.type = type;
        c.route = "hazards?unit=" + java.net.URLEncoder.encode(unit, java.nio.charset.StandardCharsets.UTF_8);
        c.order = order;
        return c;
    }

    /** Hazards found and rectified per month over the last twelve months (grouped by day in the database). */
    private ChartDTO monthly(String unit, LocalDate today) {
        YearMonth last = YearMonth.from(today);
        YearMonth first = last.minusMonths(MONTHS - 1L);
        Map<YearMonth, long[]> months = new LinkedHashMap<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.put(m, new long[2]);
        }
        LocalDate from = first.atDay(1);
        jpa.txExpr(TransactionType.Required, em -> {
            Where found = new Where().within("h.unit", List.of(unit)).and("h.inspectionDate >= ?", from);
            for (Object[] r : found.bind(em.createQuery("SELECT h.inspectionDate, COUNT(h) FROM HazardEntity h"
                    + found.sql() + " GROUP BY h.inspectionDate", Object[].class)).getResultList()) {
                add(months, (LocalDate) r[0], 0, ((Number) r[1]).longValue());
            }
            Where fixed = new Where().within("h.unit", List.of(unit))
                    .and("h.status = ? OR h.status = ?", HazardStatus.REPORTED, HazardStatus.ACCEPTED)
                    .and("h.completedOn >= ?", from);
            for (Object[] r : fixed.bind(em.createQuery("SELECT h.completedOn, COUNT(h) FROM HazardEntity h"
                    + fixed.sql() + " GROUP BY h.completedOn", Object[].class)).getResultList()) {
                add(months, (LocalDate) r[0], 1, ((Number) r[1]).longValue());
            }
            return null;
        });
        ChartDTO c = chart("hazard-months", "问题隐患发现与整改（近12个月）", "line", unit, 10);
        months.keySet().forEach(m -> c.categories.add(m.getYear() + "-" + String.format("%02d", m.getMonthValue())));
        c.series.add(new ChartSeriesDTO("发现", months.values().stream().map(v -> v[0]).toList()));
        c.series.add(new ChartSeriesDTO("整改完成", months.values().stream().map(v -> v[1]).toList()));
        return c;
    }

    private static void add(Map<YearMonth, long[]> months, LocalDate day, int which, long n) {
        if (day != null) {
            long[] m = months.get(YearMonth.from(day));
            if (m != null) {
                m[which] += n;
            }
        }
    }

    /** Rectification against the deadline: on time, late, open within the deadline, open past it. */
    private ChartDTO onTime(String unit, LocalDate today) {
        long[] figures = jpa.txExpr(TransactionType.Required, em -> {
            long[] f = new long[4];
            String done = "h.status = ? OR h.status = ?";
            String open = "h.status = ? OR h.status = ?";
            Object[] doneValues = {HazardStatus.REPORTED, HazardStatus.ACCEPTED};
            Object[] openValues = {HazardStatus.REGISTERED, HazardStatus.RECTIFYING};
            f[0] = count(em, new Where().within("h.unit", List.of(unit)).and(done, doneValues).and("h.completedOn <= h.deadline"));
            f[1] = count(em, new Where().within("h.unit", List.of(unit)).and(done, doneValues).and("h.completedOn > h.deadline"));
            f[2] = count(em, new Where().within("h.unit", List.of(unit)).and(open, openValues).and("h.deadline >= ?", today));
            f[3] = count(em, new Where().within("h.unit", List.of(unit)).and(open, openValues).and("h.deadline < ?", today));
            return f;
        });
        ChartDTO c = chart("hazard-on-time", "整改按期情况", "pie", unit, 20);
        c.categories.addAll(List.of("按期整改", "超期整改", "整改中（未到期）", "逾期未整改"));
        c.series.add(new ChartSeriesDTO("问题隐患", List.of(figures[0], figures[1], figures[2], figures[3])));
        return c;
    }

    private static long count(javax.persistence.EntityManager em, Where where) {
        return where.bind(em.createQuery("SELECT COUNT(h) FROM HazardEntity h" + where.sql(), Long.class)).getSingleResult();
    }
}

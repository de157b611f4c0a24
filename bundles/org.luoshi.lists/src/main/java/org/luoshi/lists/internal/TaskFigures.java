package org.luoshi.lists.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.luoshi.api.form.FigureSource;
import org.luoshi.api.task.TaskQuery;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Form figures over the key work task lists ("tasks?…"): the tasks under a scope unit on the list of the cut-off's
 * year, filtered by {@code completed=true} (completed by the cut-off) or {@code overdue=true} (past a dated deadline
 * at the cut-off and not completed by it). All figures of a form are counted in one aggregate query.
 */
@Component(service = FigureSource.class, property = FigureSource.PROPERTY + "=tasks")
public class TaskFigures implements FigureSource {
    private final JpaTemplate jpa;

    @Activate
    public TaskFigures(@Reference(target = "(osgi.unit.name=luoshi-lists)") JpaTemplate jpa) {
        this.jpa = jpa;
    }

    @Override
    public Map<String, Long> count(String jurisdiction, String scopeUnit, LocalDate from, LocalDate to,
            Map<String, String> filters) {
        if (filters.isEmpty()) {
            return Map.of();
        }
        Where where = new Where().within("t.unit", List.of(scopeUnit)).and("t.year = ?", to.getYear());
        List<String> keys = new ArrayList<>(filters.keySet());
        StringBuilder select = new StringBuilder("SELECT ");
        for (int i = 0; i < keys.size(); i++) {
            TaskQuery q = query(filters.get(keys.get(i)), to);
            q.year = null; // the window's year is part of the WHERE clause
            String condition = where.fragment(w -> TaskServiceImpl.filters(w, q, to));
            select.append(i == 0 ? "" : ", ").append("SUM(CASE WHEN ").append(condition).append(" THEN 1 ELSE 0 END)");
        }
        Object result = jpa.txExpr(TransactionType.Required,
                em -> where.bind(em.createQuery(select + " FROM TaskEntity t" + where.sql())).getSingleResult());
        Object[] row = keys.size() == 1 ? new Object[] {result} : (Object[]) result;
        Map<String, Long> out = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            out.put(keys.get(i), row[i] == null ? 0L : ((Number) row[i]).longValue());
        }
        return out;
    }

    @Override
    public String drillDown(String jurisdiction, String scopeUnit, LocalDate from, LocalDate to, String filter) {
        TaskQuery q = query(filter, to);
        StringBuilder b = new StringBuilder("/api/tasks?unit=").append(URLEncoder.encode(scopeUnit, StandardCharsets.UTF_8))
                .append("&year=").append(to.getYear()).append("&asOf=").append(to);
        if (q.completed != null) {
            b.append("&completed=").append(q.completed);
        }
        if (q.overdue != null) {
            b.append("&overdue=").append(q.overdue);
        }
        return b.toString();
    }

    static TaskQuery query(String filter, LocalDate to) {
        TaskQuery q = new TaskQuery();
        q.asOf = to.toString();
        if (filter == null || filter.isBlank()) {
            return q;
        }
        for (String pair : filter.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            if (!value.equals("true") && !value.equals("false")) {
                throw new IllegalArgumentException("task figure: '" + pair + "' must be true or false");
            }
            switch (name) {
                case "completed" -> q.completed = Boolean.valueOf(value);
                case "overdue" -> q.overdue = Boolean.valueOf(value);
                default -> throw new IllegalArgumentException("task figure: unknown filter '" + pair + "'");
            }
        }
        return q;
    }
}

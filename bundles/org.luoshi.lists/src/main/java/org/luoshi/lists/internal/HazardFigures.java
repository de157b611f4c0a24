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
import org.luoshi.api.hazard.HazardQuery;
import org.luoshi.api.hazard.HazardSource;
import org.luoshi.api.hazard.HazardStatus;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Form figures over the hazard list ("hazards?…"): hazards under a scope unit (of whichever jurisdiction) found (检查时间) within
 * the window, filtered by {@code source}, {@code major}, {@code listed}, {@code status}, {@code rectified=true}
 * (整改完成 by the window's last day) and {@code overdue=true} (past its deadline at the window's end and not
 * rectified); {@code cumulative=true} counts those found by the window's end, however long ago. All figures of a form are counted in one aggregate query.
 */
@Component(service = FigureSource.class, property = FigureSource.PROPERTY + "=hazards")
public class HazardFigures implements FigureSource {
    private final JpaTemplate jpa;

    @Activate
    public HazardFigures(@Reference(target = "(osgi.unit.name=luoshi-lists)") JpaTemplate jpa) {
        this.jpa = jpa;
    }

    @Override
    public Map<String, Long> count(String jurisdiction, String scopeUnit, LocalDate from, LocalDate to,
            Map<String, String> filters) {
        Where where = window(jurisdiction, scopeUnit, from, to);
        List<String> keys = new ArrayList<>(filters.keySet());
        StringBuilder select = new StringBuilder("SELECT ");
        for (int i = 0; i < keys.size(); i++) {
            HazardQuery q = query(filters.get(keys.get(i)), to);
            boolean cumulative = cumulative(filters.get(keys.get(i)));
            String condition = where.fragment(w -> {
                if (!cumulative) {
                    w.and("h.inspectionDate >= ?", from);
                }
                HazardServiceImpl.filters(w, q, to);
            });
            select.append(i == 0 ? "" : ", ").append("SUM(CASE WHEN ").append(condition).append(" THEN 1 ELSE 0 END)");
        }
        if (keys.isEmpty()) {
            return Map.of();
        }
        Object result = jpa.txExpr(TransactionType.Required,
                em -> where.bind(em.createQuery(select + " FROM HazardEntity h" + where.sql())).getSingleResult());
        Object[] row = keys.size() == 1 ? new Object[] {result} : (Object[]) result;
        Map<String, Long> out = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            out.put(keys.get(i), row[i] == null ? 0L : ((Number) row[i]).longValue());
        }
        return out;
    }

    @Override
    public String drillDown(String jurisdiction, String scopeUnit, LocalDate from, LocalDate to, String filter) {
        HazardQuery q = query(filter, to);
        StringBuilder b = new StringBuilder("/api/hazards?unit=").append(enc(scopeUnit));
        if (!cumulative(filter)) {
            b.append("&foundFrom=").append(from);
        }
        b.append("&foundTo=").append(to);
        if (q.overdue != null) {
            b.append("&overdue=").append(q.overdue);
        }
        if (q.source != null) {
            b.append("&source=").append(q.source.name());
        }
        if (q.major != null) {
            b.append("&major=").append(q.major);
        }
        if (q.listed != null) {
            b.append("&listed=").append(q.listed);
        }
        if (q.status != null) {
            b.append("&status=").append(q.status.name());
        }
        if (q.rectifiedBy != null) {
            b.append("&rectifiedBy=").append(q.rectifiedBy);
        }
        return b.toString();
    }

    /**
     * Unit ids are paths unique across jurisdictions: a province's form counts its cities' records by unit alone. The
     * window's start is each figure's own condition: a {@code cumulative=true} figure counts every hazard found by the
     * window's end.
     */
    private static Where window(String jurisdiction, String scopeUnit, LocalDate from, LocalDate to) {
        return new Where().within("h.unit", List.of(scopeUnit)).and("h.inspectionDate <= ?", to);
    }

    private static boolean cumulative(String filter) {
        return filter != null && java.util.Arrays.asList(filter.split("&")).contains("cumulative=true");
    }

    /** Reads "source=…&major=…" into a query; unknown names or values are refused. */
    static HazardQuery query(String filter, LocalDate to) {
        HazardQuery q = new HazardQuery();
        if (filter == null || filter.isBlank()) {
            return q;
        }
        for (String pair : filter.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            switch (name) {
                case "source" -> q.source = require(HazardSource.parse(value), pair);
                case "status" -> q.status = require(HazardStatus.parse(value), pair);
                case "major" -> q.major = bool(value, pair);
                case "listed" -> q.listed = bool(value, pair);
                case "overdue" -> q.overdue = bool(value, pair); // past its deadline at the window's end, not rectified
                case "cumulative" -> bool(value, pair);
                case "rectified" -> {
                    if (!bool(value, pair)) {
                        throw new IllegalArgumentException("hazard figure: only rectified=true is supported");
                    }
                    q.rectifiedBy = to.toString();
                }
                default -> throw new IllegalArgumentException("hazard figure: unknown filter '" + pair + "'");
            }
        }
        return q;
    }

    private static <T> T require(T value, String pair) {
        if (value == null) {
            throw new IllegalArgumentException("hazard figure: unknown value in '" + pair + "'");
        }
        return value;
    }

    private static boolean bool(String value, String pair) {
        if (!value.equals("true") && !value.equals("false")) {
            throw new IllegalArgumentException("hazard figure: '" + pair + "' must be true or false");
        }
        return Boolean.parseBoolean(value);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

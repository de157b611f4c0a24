package org.luoshi.dispatch.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.luoshi.api.Actor;
import org.luoshi.api.cycle.CycleDTO;
import org.luoshi.api.cycle.PeriodDTO;
import org.luoshi.api.dispatch.ReportingService;
import org.luoshi.api.form.FigureSource;
import org.luoshi.api.jurisdiction.JurisdictionDTO;
import org.luoshi.api.jurisdiction.JurisdictionRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Figures over reporting ("reports?…"): the reports units under the scope submitted within the window; {@code late=true}
 * those submitted after their period's due day, {@code late=false} those on time; {@code missing=true} the reports
 * units under the scope owe for periods whose due day fell within the window and has passed, and never submitted (as
 * every cycle's period status shows them, read for counting only).
 */
@Component(service = FigureSource.class, property = FigureSource.PROPERTY + "=reports")
public class SubmissionFigures implements FigureSource {
    private final JpaTemplate jpa;
    private final ReportingService reporting;
    private final JurisdictionRegistry jurisdictions;

    @Activate
    public SubmissionFigures(@Reference(target = "(osgi.unit.name=luoshi-dispatch)") JpaTemplate jpa,
            @Reference ReportingService reporting, @Reference JurisdictionRegistry jurisdictions) {
        this.jpa = jpa;
        this.reporting = reporting;
        this.jurisdictions = jurisdictions;
    }

    /** Reports owed by units under the scope for periods due within the window (and past), not submitted. */
    long missing(String scopeUnit, LocalDate from, LocalDate to) {
        List<String> roots = jurisdictions.jurisdictions().stream().filter(j -> j.parent == null || j.parent.isBlank())
                .map(j -> j.unit).toList();
        Actor reader = new Actor("figures:" + scopeUnit, roots, Set.of(Actor.ROLE_READ_ONLY));
        OffsetDateTime now = OffsetDateTime.now(java.time.ZoneId.of("Asia/Shanghai"));
        long n = 0;
        for (JurisdictionDTO j : jurisdictions.jurisdictions()) {
            for (CycleDTO c : reporting.cycles(reader, j.id)) {
                if (c.reporters.stream().noneMatch(r -> within(scopeUnit, r))) {
                    continue;
                }
                for (PeriodDTO p : reporting.periods(reader, j.id, c.id, from.minusMonths(3), to.plusMonths(3))) {
                    OffsetDateTime due = OffsetDateTime.parse(p.due);
                    LocalDate day = due.toLocalDate();
                    if (day.isBefore(from) || day.isAfter(to) || !now.isAfter(due)) {
                        continue;
                    }
                    n += reporting.status(reader, j.id, c.id, p.index).missing.stream().filter(u -> within(scopeUnit, u.id))
                            .count();
                }
            }
        }
        return n;
    }

    private static boolean within(String scope, String unit) {
        return unit != null && (unit.equals(scope) || unit.startsWith(scope + "."));
    }

    @Override
    public Map<String, Long> count(String jurisdiction, String scopeUnit, LocalDate from, LocalDate to,
            Map<String, String> filters) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> f : filters.entrySet()) {
            if ("missing=true".equals(f.getValue())) {
                out.put(f.getKey(), missing(scopeUnit, from, to));
                continue;
            }
            Boolean late = late(f.getValue());
            String q = "SELECT COUNT(s) FROM SubmissionEntity s WHERE (s.unit = ?1 OR s.unit LIKE ?2) AND s.submittedAt >= ?3"
                    + " AND s.submittedAt < ?4" + (late == null ? "" : " AND s.late = ?5");
            Number n = jpa.txExpr(TransactionType.Required, em -> {
                var query = em.createQuery(q).setParameter(1, scopeUnit).setParameter(2, scopeUnit + ".%")
                        .setParameter(3, from.atStartOfDay()).setParameter(4, to.plusDays(1).atStartOfDay());
                if (late != null) {
                    query.setParameter(5, late);
                }
                return (Number) query.getSingleResult();
            });
            out.put(f.getKey(), n == null ? 0L : n.longValue());
        }
        return out;
    }

    private static Boolean late(String filter) {
        if (filter == null || filter.isBlank()) {
            return null;
        }
        if (filter.equals("late=true") || filter.equals("late=false")) {
            return filter.endsWith("true");
        }
        throw new IllegalArgumentException("report figure: unknown filter '" + filter
                + "' (late=true, late=false, missing=true)");
    }

    @Override
    public String drillDown(String jurisdiction, String scopeUnit, LocalDate from, LocalDate to, String filter) {
        return null; // the reporting status of each period lists who submitted when
    }
}

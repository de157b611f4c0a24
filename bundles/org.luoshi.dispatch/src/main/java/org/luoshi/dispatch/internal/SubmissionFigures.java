package org.luoshi.dispatch.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.luoshi.api.form.FigureSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Figures over reporting ("reports?…"): the reports units under the scope submitted within the window; {@code late=true}
 * those submitted after their period's due day, {@code late=false} those on time. (A report never submitted is not a
 * record: the reporting status of a period shows it.)
 */
@Component(service = FigureSource.class, property = FigureSource.PROPERTY + "=reports")
public class SubmissionFigures implements FigureSource {
    private final JpaTemplate jpa;

    @Activate
    public SubmissionFigures(@Reference(target = "(osgi.unit.name=luoshi-dispatch)") JpaTemplate jpa) {
        this.jpa = jpa;
    }

    @Override
    public Map<String, Long> count(String jurisdiction, String scopeUnit, LocalDate from, LocalDate to,
            Map<String, String> filters) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> f : filters.entrySet()) {
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
        throw new IllegalArgumentException("report figure: unknown filter '" + filter + "' (late=true, late=false)");
    }

    @Override
    public String drillDown(String jurisdiction, String scopeUnit, LocalDate from, LocalDate to, String filter) {
        return null; // the reporting status of each period lists who submitted when
    }
}

package org.luoshi.tipoffs.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
 * Figures over tip-offs ("tipoffs?…") for forms and rankings: those handled by units under the scope received within
 * the window; {@code acceptedLate=true} those not decided (受理 or 不予受理) by their acceptance deadline — decided
 * later, or undecided with the deadline before the window's end.
 */
@Component(service = FigureSource.class, property = FigureSource.PROPERTY + "=tipoffs")
public class TipOffFigures implements FigureSource {
    private final JpaTemplate jpa;

    @Activate
    public TipOffFigures(@Reference(target = "(osgi.unit.name=luoshi-tipoffs)") JpaTemplate jpa) {
        this.jpa = jpa;
    }

    @Override
    public Map<String, Long> count(String jurisdiction, String scopeUnit, LocalDate from, LocalDate to,
            Map<String, String> filters) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> f : filters.entrySet()) {
            boolean late = FigureSource.flag("tip-off", f.getValue(), "acceptedLate");
            String q = "SELECT COUNT(t) FROM TipOffEntity t WHERE (t.unit = ?1 OR t.unit LIKE ?2) AND t.receivedOn >= ?3"
                    + " AND t.receivedOn <= ?4" + (late ? " AND ((t.decidedOn IS NULL AND t.acceptDeadline < ?4)"
                            + " OR t.decidedOn > t.acceptDeadline)" : "");
            Number n = jpa.txExpr(TransactionType.Required, em -> (Number) em.createQuery(q).setParameter(1, scopeUnit)
                    .setParameter(2, scopeUnit + ".%").setParameter(3, from).setParameter(4, to).getSingleResult());
            out.put(f.getKey(), n == null ? 0L : n.longValue());
        }
        return out;
    }

    @Override
    public String drillDown(String jurisdiction, String scopeUnit, LocalDate from, LocalDate to, String filter) {
        return "/api/tipoffs?jurisdiction=" + URLEncoder.encode(jurisdiction, StandardCharsets.UTF_8);
    }
}

package org.luoshi.letters.internal;

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
 * Figures over letters ("letters?…") for forms and rankings: the letters sent to a unit under the scope whose reply was
 * due within the window; {@code late=true} those not answered by their deadline (answered later, or not yet).
 */
@Component(service = FigureSource.class, property = FigureSource.PROPERTY + "=letters")
public class LetterFigures implements FigureSource {
    private final JpaTemplate jpa;

    @Activate
    public LetterFigures(@Reference(target = "(osgi.unit.name=luoshi-letters)") JpaTemplate jpa) {
        this.jpa = jpa;
    }

    @Override
    public Map<String, Long> count(String jurisdiction, String scopeUnit, LocalDate from, LocalDate to,
            Map<String, String> filters) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> f : filters.entrySet()) {
            boolean late = FigureSource.flag("letter", f.getValue(), "late");
            String q = "SELECT l FROM LetterEntity l WHERE (l.recipient = ?1 OR l.recipient LIKE ?2) AND l.sentAt IS NOT NULL"
                    + " AND l.responseDeadline >= ?3 AND l.responseDeadline <= ?4";
            long n = jpa.txExpr(TransactionType.Required, em -> em.createQuery(q, LetterEntity.class)
                    .setParameter(1, scopeUnit).setParameter(2, scopeUnit + ".%").setParameter(3, from).setParameter(4, to)
                    .getResultList().stream().filter(l -> !late || l.answeredAt == null
                            || l.answeredAt.toLocalDate().isAfter(l.responseDeadline)).count());
            out.put(f.getKey(), n);
        }
        return out;
    }

    @Override
    public String drillDown(String jurisdiction, String scopeUnit, LocalDate from, LocalDate to, String filter) {
        return "/api/letters?jurisdiction=" + URLEncoder.encode(jurisdiction, StandardCharsets.UTF_8);
    }
}

package org.luoshi.accidents.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.luoshi.api.accident.AccidentLevel;
import org.luoshi.api.summary.SummaryColumns;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The accidents' columns of the level summary: this year's accidents, those of 较大 level or above, and their deaths,
 * per unit under the scope (one grouped query); each equals the accident list it drills down to.
 */
@Component(service = SummaryColumns.class)
public class AccidentSummary implements SummaryColumns {
    static final String ACCIDENTS = "accidents";
    static final String LARGER = "accidentsLarger";
    static final String DEATHS = "accidentDeaths";

    private final JpaTemplate jpa;

    @Activate
    public AccidentSummary(@Reference(target = "(osgi.unit.name=luoshi-accidents)") JpaTemplate jpa) {
        this.jpa = jpa;
    }

    @Override
    public Map<String, String> columns() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put(ACCIDENTS, "本年事故（起）");
        c.put(LARGER, "其中较大及以上（起）");
        c.put(DEATHS, "本年事故死亡（人）");
        return c;
    }

    @Override
    public Map<String, Map<String, Long>> counts(String scopeUnit, LocalDate asOf) {
        LocalDate from = asOf.withDayOfYear(1);
        Map<String, Map<String, Long>> out = new HashMap<>();
        for (Object[] r : jpa.txExpr(TransactionType.Required, em -> em.createQuery("SELECT a.unit, a.level, COUNT(a), "
                + "SUM(a.deaths) FROM AccidentEntity a WHERE (a.unit = ?1 OR a.unit LIKE ?2) AND a.occurredOn >= ?3 "
                + "AND a.occurredOn <= ?4 GROUP BY a.unit, a.level", Object[].class).setParameter(1, scopeUnit)
                .setParameter(2, scopeUnit + ".%").setParameter(3, from).setParameter(4, asOf).getResultList())) {
            Map<String, Long> row = out.computeIfAbsent((String) r[0], k -> new HashMap<>());
            long n = ((Number) r[2]).longValue();
            row.merge(ACCIDENTS, n, Long::sum);
            if (AccidentLevel.valueOf((String) r[1]).atLeast(AccidentLevel.LARGER)) {
                row.merge(LARGER, n, Long::sum);
            }
            row.merge(DEATHS, r[3] == null ? 0L : ((Number) r[3]).longValue(), Long::sum);
        }
        return out;
    }

    @Override
    public String drillDown(String unit, String column, LocalDate asOf) {
        return "/api/accidents?unit=" + unit + "&from=" + asOf.withDayOfYear(1) + "&to=" + asOf;
    }
}

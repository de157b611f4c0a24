package org.luoshi.accidents.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.luoshi.api.accident.AccidentLevel;
import org.luoshi.api.form.FigureSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Form figures over accidents ("accidents?…"): the accidents under a scope unit that occurred within the window.
 * Filters: none (how many), {@code level=<LEVEL>} (of that level), {@code minLevel=<LEVEL>} (that level or above),
 * {@code sum=deaths} or {@code sum=seriousInjuries} (people, not accidents), combinable with a level filter by
 * {@code &}.
 */
@Component(service = FigureSource.class, property = FigureSource.PROPERTY + "=accidents")
public class AccidentFigures implements FigureSource {
    private final JpaTemplate jpa;

    @Activate
    public AccidentFigures(@Reference(target = "(osgi.unit.name=luoshi-accidents)") JpaTemplate jpa) {
        this.jpa = jpa;
    }

    /** A parsed filter: the levels counted and what is summed (null: accidents). */
    record Filter(List<AccidentLevel> levels, String sum) {
    }

    static Filter parse(String filter) {
        List<AccidentLevel> levels = List.of(AccidentLevel.values());
        String sum = null;
        if (filter != null && !filter.isBlank()) {
            for (String pair : filter.split("&")) {
                int eq = pair.indexOf('=');
                String name = eq < 0 ? pair : pair.substring(0, eq);
                String value = eq < 0 ? "" : pair.substring(eq + 1);
                try {
                    switch (name) {
                        case "level" -> levels = List.of(AccidentLevel.valueOf(value));
                        case "minLevel" -> {
                            AccidentLevel min = AccidentLevel.valueOf(value);
                            levels = java.util.Arrays.stream(AccidentLevel.values()).filter(l -> l.atLeast(min)).toList();
                        }
                        case "sum" -> {
                            if (!value.equals("deaths") && !value.equals("seriousInjuries")) {
                                throw new IllegalArgumentException("accident figure: sum must be deaths or seriousInjuries");
                            }
                            sum = value;
                        }
                        default -> throw new IllegalArgumentException("accident figure: unknown filter '" + pair + "'");
                    }
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("accident figure: '" + pair + "' is not a level, minLevel or sum",
                            e);
                }
            }
        }
        return new Filter(levels, sum);
    }

    @Override
    public Map<String, Long> count(String jurisdiction, String scopeUnit, LocalDate from, LocalDate to,
            Map<String, String> filters) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> f : filters.entrySet()) {
            Filter filter = parse(f.getValue());
            String what = filter.sum == null ? "COUNT(a)" : "SUM(a." + filter.sum + ")";
            Object n = jpa.txExpr(TransactionType.Required, em -> em.createQuery("SELECT " + what
                    + " FROM AccidentEntity a WHERE (a.unit = ?1 OR a.unit LIKE ?2) AND a.occurredOn >= ?3 "
                    + "AND a.occurredOn <= ?4 AND a.level IN ?5").setParameter(1, scopeUnit).setParameter(2, scopeUnit + ".%")
                    .setParameter(3, from == null ? LocalDate.of(2000, 1, 1) : from).setParameter(4, to)
                    .setParameter(5, filter.levels.stream().map(Enum::name).toList()).getSingleResult());
            out.put(f.getKey(), n == null ? 0L : ((Number) n).longValue());
        }
        return out;
    }

    @Override
    public String drillDown(String jurisdiction, String scopeUnit, LocalDate from, LocalDate to, String filter) {
        Filter f = parse(filter);
        StringBuilder b = new StringBuilder("/api/accidents?unit=").append(URLEncoder.encode(scopeUnit, StandardCharsets.UTF_8))
                .append("&to=").append(to);
        if (from != null) {
            b.append("&from=").append(from);
        }
        if (f.levels.size() == 1) {
            b.append("&level=").append(f.levels.get(0).name());
        }
        return b.toString();
    }
}

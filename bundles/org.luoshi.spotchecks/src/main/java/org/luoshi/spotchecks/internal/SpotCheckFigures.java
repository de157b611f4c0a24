package org.luoshi.spotchecks.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.luoshi.api.Actor;
import org.luoshi.api.PageDTO;
import org.luoshi.api.form.FigureSource;
import org.luoshi.api.spotcheck.SpotCheckDTO;
import org.luoshi.api.spotcheck.SpotCheckService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Figures over spot checks ("spotchecks?…") for forms and rankings: the drawn campaigns of offices under the scope whose
 * checks were due within the window; {@code met=false} those whose inspected enterprises fall short of the target,
 * {@code met=true} those that reached it; {@code overdue=true} counts sampled enterprises not inspected after the due
 * date instead of campaigns.
 */
@Component(service = FigureSource.class, property = FigureSource.PROPERTY + "=spotchecks")
public class SpotCheckFigures implements FigureSource {
    private final SpotCheckService spotChecks;

    @Activate
    public SpotCheckFigures(@Reference SpotCheckService spotChecks) {
        this.spotChecks = spotChecks;
    }

    @Override
    public Map<String, Long> count(String jurisdiction, String scopeUnit, LocalDate from, LocalDate to,
            Map<String, String> filters) {
        List<SpotCheckDTO> due = due(scopeUnit, from, to);
        Map<String, Long> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> f : filters.entrySet()) {
            String filter = f.getValue() == null ? "" : f.getValue().strip();
            long n = switch (filter) {
                case "" -> due.size();
                case "met=false" -> due.stream().filter(c -> c.inspected < c.target).count();
                case "met=true" -> due.stream().filter(c -> c.inspected >= c.target).count();
                case "overdue=true" -> due.stream().mapToLong(c -> c.overdue).sum();
                default -> throw new IllegalArgumentException("spot-check figure: unknown filter '" + filter
                        + "' (met=true, met=false, overdue=true)");
            };
            out.put(f.getKey(), n);
        }
        return out;
    }

    /** Read as the scope's office, read-only: figures are counted for whoever asks a form or a ranking. */
    private List<SpotCheckDTO> due(String scopeUnit, LocalDate from, LocalDate to) {
        Actor reader = new Actor("figures:" + scopeUnit, List.of(scopeUnit), Set.of(Actor.ROLE_READ_ONLY));
        List<SpotCheckDTO> out = new ArrayList<>();
        for (int offset = 0;; offset += 200) {
            PageDTO<SpotCheckDTO> page = spotChecks.list(reader, scopeUnit, null, offset, 200);
            page.items.stream().filter(c -> SpotCheckDTO.DRAWN.equals(c.status)).filter(c -> {
                LocalDate d = LocalDate.parse(c.dueDate);
                return !d.isBefore(from) && !d.isAfter(to);
            }).forEach(out::add);
            if (page.items.size() < 200) {
                return out;
            }
        }
    }

    @Override
    public String drillDown(String jurisdiction, String scopeUnit, LocalDate from, LocalDate to, String filter) {
        return "/api/spot-checks?office=" + URLEncoder.encode(scopeUnit, StandardCharsets.UTF_8);
    }
}

package org.luoshi.listing.internal;

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
 * Figures over listed supervision ("listings?…"): major hazards of units under the scope listed (挂牌) within the
 * window, or with {@code delisted=true} delisted (摘牌销号) within it.
 */
@Component(service = FigureSource.class, property = FigureSource.PROPERTY + "=listings")
public class ListingFigures implements FigureSource {
    private final JpaTemplate jpa;

    @Activate
    public ListingFigures(@Reference(target = "(osgi.unit.name=luoshi-listing)") JpaTemplate jpa) {
        this.jpa = jpa;
    }

    @Override
    public Map<String, Long> count(String jurisdiction, String scopeUnit, LocalDate from, LocalDate to,
            Map<String, String> filters) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> f : filters.entrySet()) {
            String day = FigureSource.flag("listing", f.getValue(), "delisted") ? "l.delistedOn" : "l.listedOn";
            Number n = jpa.txExpr(TransactionType.Required, em -> (Number) em.createQuery("SELECT COUNT(l) FROM ListingEntity l"
                    + " WHERE (l.unit = ?1 OR l.unit LIKE ?2) AND " + day + " >= ?3 AND " + day + " <= ?4")
                    .setParameter(1, scopeUnit).setParameter(2, scopeUnit + ".%").setParameter(3, from).setParameter(4, to)
                    .getSingleResult());
            out.put(f.getKey(), n == null ? 0L : n.longValue());
        }
        return out;
    }

    @Override
    public String drillDown(String jurisdiction, String scopeUnit, LocalDate from, LocalDate to, String filter) {
        return "/api/listings?unit=" + URLEncoder.encode(scopeUnit, StandardCharsets.UTF_8)
                + (FigureSource.flag("listing", filter, "delisted") ? "&status=DELISTED" : "");
    }
}

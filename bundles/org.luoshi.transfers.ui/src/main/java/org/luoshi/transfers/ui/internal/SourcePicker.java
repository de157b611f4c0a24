package org.luoshi.transfers.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.luoshi.api.Actor;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.hazard.HazardQuery;
import org.luoshi.api.hazard.HazardService;
import org.luoshi.api.inspection.InspectionService;
import org.luoshi.api.listing.ListingQuery;
import org.luoshi.api.listing.ListingService;
import org.luoshi.api.tipoff.TipOffService;
import org.luoshi.ui.kit.Services;

/**
 * The records a transfer may come from, found for the picker by the words the user types (or by their number): the
 * user's own hazards, listings, inspections and tip-offs as their modules show them (a module that is not running
 * offers none; a number may still be typed). Titles are kept in {@code titles} for the picker's labels.
 */
final class SourcePicker {
    /** The most records offered at once (type more words to narrow). */
    static final int MAX = 50;

    private SourcePicker() {
    }

    static List<Long> find(Services services, Actor actor, String jurisdiction, String type, String filter,
            Map<Long, String> titles) {
        if (services == null || actor == null || type == null) {
            return List.of();
        }
        String words = filter == null ? "" : filter.strip().replaceFirst("^#", "");
        boolean number = words.matches("[0-9]{1,18}");
        try {
            return switch (type) {
                case "hazard" -> services.find(HazardService.class).map(s -> {
                    HazardQuery q = new HazardQuery();
                    q.text = number || words.isEmpty() ? null : words;
                    q.limit = MAX;
                    return keep(s.list(actor, q).items, h -> h.id, h -> h.description, words, number, titles);
                }).orElse(List.of());
                case "listing" -> services.find(ListingService.class).map(s -> {
                    ListingQuery q = new ListingQuery();
                    q.text = number || words.isEmpty() ? null : words;
                    q.limit = MAX;
                    return keep(s.search(actor, q).items, l -> l.id, l -> l.hazardDescription, words, number, titles);
                }).orElse(List.of());
                case "inspection" -> services.find(InspectionService.class).map(s -> keep(
                        s.list(actor, jurisdiction, null, null, 0, 200), i -> i.id, i -> i.title, words, number, titles))
                        .orElse(List.of());
                case "tipoff" -> services.find(TipOffService.class).map(s -> keep(
                        s.list(actor, jurisdiction, null, 0, 200), t -> t.id, t -> t.subject, words, number, titles))
                        .orElse(List.of());
                default -> List.of();
            };
        } catch (LuoshiException e) {
            return List.of(); // nothing to offer; the user may still type a number
        }
    }

    /** The records whose number or title matches, at most {@link #MAX}, with their titles noted. */
    private static <T> List<Long> keep(List<T> records, Function<T, Long> id, Function<T, String> title, String words,
            boolean number, Map<Long, String> titles) {
        List<Long> out = new ArrayList<>();
        for (T r : records) {
            Long n = id.apply(r);
            String t = title.apply(r) == null ? "" : title.apply(r).strip().replaceAll("\\s+", " ");
            boolean match = words.isEmpty() || (number ? String.valueOf(n).startsWith(words) : t.contains(words));
            if (n != null && match && out.size() < MAX) {
                titles.put(n, t.codePointCount(0, t.length()) <= 40 ? t : t.substring(0, t.offsetByCodePoints(0, 39)) + "…");
                out.add(n);
            }
        }
        return out;
    }
}

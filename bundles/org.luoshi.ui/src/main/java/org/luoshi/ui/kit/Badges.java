package org.luoshi.ui.kit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.luoshi.api.Actor;
import org.luoshi.api.workbench.WorkItemDTO;
import org.luoshi.api.workbench.Workbench;

import com.vaadin.flow.server.VaadinSession;

/**
 * The menu's count badges: the current user's to-dos ({@link Workbench#items}) counted per view route, kept in the
 * session for {@value #TTL_SECONDS} seconds so that navigating does not ask every module each time. A view that has
 * just settled a to-do (signed a letter, accepted a tip-off) calls {@link #stale()}, and the next navigation counts
 * afresh.
 */
public final class Badges {
    static final int TTL_SECONDS = 30;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** To-dos per route: how many, and how many of them overdue. */
    public record Count(int total, int overdue) {
    }

    private record Cached(long at, Map<String, Count> counts) {
    }

    private Badges() {
    }

    /** The counts per route (the part of a to-do's route before {@code ?}); empty without the workbench module. */
    public static Map<String, Count> counts(Services services, Actor actor) {
        VaadinSession session = VaadinSession.getCurrent();
        Cached cached = session == null ? null : session.getAttribute(Cached.class);
        long now = System.nanoTime();
        if (cached != null && now - cached.at() < TTL_SECONDS * 1_000_000_000L) {
            return cached.counts();
        }
        Map<String, Count> counts = services.find(Workbench.class)
                .map(w -> count(w.items(actor, LocalDate.now(ZONE)))).orElse(Map.of());
        if (session != null) {
            session.setAttribute(Cached.class, new Cached(now, counts));
        }
        return counts;
    }

    /** Counts the to-dos per route. */
    public static Map<String, Count> count(List<WorkItemDTO> items) {
        Map<String, Count> counts = new HashMap<>();
        for (WorkItemDTO i : items) {
            String route = i.route == null ? "" : i.route.split("\\?", 2)[0];
            counts.merge(route, new Count(1, i.overdue ? 1 : 0),
                    (a, b) -> new Count(a.total() + b.total(), a.overdue() + b.overdue()));
        }
        return Map.copyOf(counts);
    }

    /** Sets fresh counts (the workbench view has just read every to-do). */
    public static void put(List<WorkItemDTO> items) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(Cached.class, new Cached(System.nanoTime(), count(items)));
        }
    }

    /** Forgets the counts: the next navigation counts afresh. */
    public static void stale() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(Cached.class, null);
        }
    }
}

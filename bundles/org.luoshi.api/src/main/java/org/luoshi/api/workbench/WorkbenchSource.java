package org.luoshi.api.workbench;

import java.time.LocalDate;
import java.util.List;

import org.luoshi.api.Actor;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * What a module puts on its users' workbench, registered as an OSGi service by the module (whiteboard). Every answer is
 * limited to what the actor may see, decided by the module's service rules; a source must answer quickly (it is asked
 * on every home page), so it reads with its own indexed queries and caps its to-do list (the counts carry the totals).
 */
@ConsumerType
public interface WorkbenchSource {
    /** The most to-do items one source gives (the nearest deadlines first). */
    int MAX_ITEMS = 50;

    /** The module's key (e.g. {@code letters}). */
    String module();

    /** The actor's to-dos of this module on {@code today}: overdue and due within a week, or waiting for the actor. */
    List<WorkItemDTO> items(Actor actor, LocalDate today);

    /** The module's counts for the actor (none by default). */
    default List<WorkCountDTO> counts(Actor actor, LocalDate today) {
        return List.of();
    }

    /** The module's charts for the actor (none by default). */
    default List<ChartDTO> charts(Actor actor, LocalDate today) {
        return List.of();
    }

    /**
     * Everything the module puts on the actor's workbench at once (the workbench page asks this): by default its
     * items, counts and charts; a module whose counts and charts share an expensive read overrides it to read once.
     */
    default WorkbenchDTO contribution(Actor actor, LocalDate today) {
        WorkbenchDTO out = new WorkbenchDTO();
        out.today = today.toString();
        out.items.addAll(items(actor, today));
        out.counts.addAll(counts(actor, today));
        out.charts.addAll(charts(actor, today));
        return out;
    }
}

package org.luoshi.api.task;

/** Filters and paging of task lists; null filters match everything. */
public class TaskQuery {
    public String jurisdiction;
    /** A unit id; matches the unit and every unit below it. */
    public String unit;
    public Integer year;
    public Boolean completed;
    public Boolean overdue;
    /**
     * yyyy-MM-dd: evaluate {@code completed} and {@code overdue} as they stood at the end of that day (completed on or
     * before it; past a dated deadline before it and not completed by it) — the drill-down of report figures.
     */
    public String asOf;
    /** Only tasks whose deadline could not be read. */
    public Boolean unparsedDeadline;
    /** Words in the measure or main task. */
    public String text;
    /**
     * The order: the catalog's (the default: newest year first, then by unit and catalog number), {@code id} or
     * {@code deadline} (the read deadline, earliest first), each reversed by a leading
     * {@code -}; ties by newest first.
     */
    public String sort;
    /** The orders {@link #sort} accepts (each also with a leading {@code -}). */
    public static final java.util.List<String> SORTS = java.util.List.of("id", "deadline");
    public int offset;
    public int limit = 20;
}

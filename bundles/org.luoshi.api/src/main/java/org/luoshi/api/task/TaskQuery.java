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
    public int offset;
    public int limit = 20;
}

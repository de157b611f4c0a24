package org.luoshi.api.task;

/** Filters and paging of task lists; null filters match everything. */
public class TaskQuery {
    public String jurisdiction;
    /** A unit id; matches the unit and every unit below it. */
    public String unit;
    public Integer year;
    public Boolean completed;
    public Boolean overdue;
    /** Only tasks whose deadline could not be read. */
    public Boolean unparsedDeadline;
    /** Words in the measure or main task. */
    public String text;
    public int offset;
    public int limit = 20;
}

package org.luoshi.api.hazard;

/** Filters and paging of the hazard list; null filters match everything. */
public class HazardQuery {
    public String jurisdiction;
    /** A unit id; matches the unit and every unit below it. */
    public String unit;
    public HazardSource source;
    public Boolean major;
    public HazardStatus status;
    /** Words to find in the description. */
    public String text;
    public Boolean overdue;
    public int offset;
    public int limit = 20;
}

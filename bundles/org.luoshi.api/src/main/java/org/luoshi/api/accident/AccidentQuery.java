package org.luoshi.api.accident;

/** Filters and paging of the accident list; null filters match everything. */
public class AccidentQuery {
    public String jurisdiction;
    /** A unit id: the unit and those below it. */
    public String unit;
    public AccidentLevel level;
    public String sector;
    /** Only those of this enterprise of the register. */
    public Long enterpriseId;
    /** yyyy-MM-dd: occurred on or after */
    public String from;
    /** yyyy-MM-dd: occurred on or before */
    public String to;
    public int offset;
    public int limit = 20;
}

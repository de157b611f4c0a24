package org.luoshi.api.enterprise;

/** Filters and paging of the register; null filters match everything. */
public class EnterpriseQuery {
    public String jurisdiction;
    /** A unit id: enterprises supervised by it or by a unit below it. */
    public String unit;
    public String sector;
    public String status;
    /** Words in the name, or the start of the credit code. */
    public String text;
    /** Only those with at least one 高危 flag. */
    public Boolean highRisk;
    /** {@code name} (the default), {@code creditCode} or {@code id}, each reversed by a leading {@code -}. */
    public String sort;
    public static final java.util.List<String> SORTS = java.util.List.of("name", "creditCode", "id");
    public int offset;
    public int limit = 20;
}

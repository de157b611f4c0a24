package org.luoshi.api.listing;

/** Filters and paging of listings; null filters match everything. */
public class ListingQuery {
    public String jurisdiction;
    /** A unit id; matches listings whose hazard unit or listing unit is it or lies below it. */
    public String unit;
    public ListingStatus status;
    public Boolean overdue;
    public String text;
    /** Only the listing(s) of this hazard. */
    public Long hazardId;
    /**
     * The order: {@code id} (newest first, the default), {@code listedOn} or {@code deadline} (earliest first), each
     * reversed by a leading {@code -}; ties by newest first.
     */
    public String sort;
    /** The orders {@link #sort} accepts (each also with a leading {@code -}). */
    public static final java.util.List<String> SORTS = java.util.List.of("id", "listedOn", "deadline");
    public int offset;
    public int limit = 20;
}

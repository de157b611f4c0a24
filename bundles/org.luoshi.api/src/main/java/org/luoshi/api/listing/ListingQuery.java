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
    public int offset;
    public int limit = 20;
}

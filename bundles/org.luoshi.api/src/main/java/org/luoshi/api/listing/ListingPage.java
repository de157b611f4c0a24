package org.luoshi.api.listing;

import java.util.ArrayList;
import java.util.List;

/** One page of listings, newest first, with the total count. */
public class ListingPage {
    public List<ListingDTO> items = new ArrayList<>();
    public long total;
    public int offset;
    public int limit;
}

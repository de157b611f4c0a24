package org.luoshi.api;

import java.util.ArrayList;
import java.util.List;

/**
 * One page of a list, the shape every REST list answers with: the items of the page, the total number of matching
 * records, and the offset and limit that were applied.
 */
public class PageDTO<T> {
    public List<T> items = new ArrayList<>();
    public long total;
    public int offset;
    public int limit;

    public PageDTO() {
    }

    public PageDTO(List<T> items, long total, int offset, int limit) {
        this.items = items;
        this.total = total;
        this.offset = offset;
        this.limit = limit;
    }

    /** The page {@code [offset, offset + limit)} of a list that is already complete in memory. */
    public static <T> PageDTO<T> of(List<T> all, int offset, int limit) {
        int from = Math.min(Math.max(offset, 0), all.size());
        int to = Math.min(from + Math.max(limit, 0), all.size());
        return new PageDTO<>(new ArrayList<>(all.subList(from, to)), all.size(), offset, limit);
    }
}

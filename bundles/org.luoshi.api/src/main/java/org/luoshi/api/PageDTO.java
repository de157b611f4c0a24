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

    /**
     * The number of rows a paged read answers over all its pages, read 100 at a time: what a service without its own
     * count query offers (its implementation should count in the database instead).
     */
    public static long countPages(java.util.function.BiFunction<Integer, Integer, List<?>> read) {
        final int chunk = 100;
        long n = 0;
        for (int at = 0;; at += chunk) {
            List<?> rows = read.apply(at, chunk);
            int got = rows == null ? 0 : rows.size();
            n += got;
            if (got < chunk) {
                return n;
            }
        }
    }

    /** The page {@code [offset, offset + limit)} of a list that is already complete in memory. */
    public static <T> PageDTO<T> of(List<T> all, int offset, int limit) {
        int from = Math.min(Math.max(offset, 0), all.size());
        int to = Math.min(from + Math.max(limit, 0), all.size());
        return new PageDTO<>(new ArrayList<>(all.subList(from, to)), all.size(), offset, limit);
    }
}

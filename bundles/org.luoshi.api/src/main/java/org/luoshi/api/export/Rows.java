package org.luoshi.api.export;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.BiFunction;

/**
 * A paged list read as one sequence of rows, page after page as they are consumed (for streamed exports): only one
 * page is held at a time, and reading stops at the first page shorter than asked for.
 */
public final class Rows {
    /** Rows asked for per page (the services cap a page at 200). */
    public static final int BATCH = 200;

    private Rows() {
    }

    /** Every row of the list, read {@link #BATCH} at a time by {@code page} (offset, limit → that page's rows). */
    public static <T> Iterator<T> paged(BiFunction<Integer, Integer, List<T>> page) {
        return paged(null, page);
    }

    /**
     * Every row of the list, starting with {@code first} (the rows from offset 0 read already, e.g. to check the filters
     * and learn the total before anything is sent; null when none were read), then page after page.
     */
    public static <T> Iterator<T> paged(List<T> first, BiFunction<Integer, Integer, List<T>> page) {
        return new Iterator<>() {
            private List<T> buffer = first == null ? List.of() : new ArrayList<>(first);
            private int next;
            private int offset = buffer.size();
            private boolean done = first != null && first.size() < BATCH;

            @Override
            public boolean hasNext() {
                if (next < buffer.size()) {
                    return true;
                }
                if (done) {
                    return false;
                }
                List<T> rows = page.apply(offset, BATCH);
                buffer = rows == null ? List.of() : rows;
                next = 0;
                offset += buffer.size();
                done = buffer.size() < BATCH;
                return !buffer.isEmpty();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return buffer.get(next++);
            }
        };
    }
}

package org.luoshi.api.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class RowsTest {
    private static final List<Integer> LIST = IntStream.range(0, 1005).boxed().toList();

    private final List<int[]> asked = new ArrayList<>();

    private List<Integer> page(int offset, int limit) {
        asked.add(new int[] {offset, limit});
        return LIST.subList(Math.min(offset, LIST.size()), Math.min(offset + limit, LIST.size()));
    }

    @Test
    void everyRowOnceInOrderPageByPage() {
        List<Integer> read = new ArrayList<>();
        Rows.paged(this::page).forEachRemaining(read::add);
        assertEquals(LIST, read);
        assertEquals(6, asked.size(), "five full pages and the short last one");
        assertEquals(1000, asked.get(5)[0]);
    }

    @Test
    void aFirstPageReadAlreadyIsNotReadAgain() {
        List<Integer> read = new ArrayList<>();
        Rows.paged(page(0, Rows.BATCH), this::page).forEachRemaining(read::add);
        assertEquals(LIST, read);
        assertEquals(200, asked.get(1)[0], "the next page starts after the first");
    }

    @Test
    void aShortFirstPageEndsTheList() {
        Iterator<Integer> rows = Rows.paged(List.of(1, 2), (o, l) -> {
            throw new AssertionError("no second page after a short first one");
        });
        rows.next();
        rows.next();
        assertFalse(rows.hasNext());
    }
}

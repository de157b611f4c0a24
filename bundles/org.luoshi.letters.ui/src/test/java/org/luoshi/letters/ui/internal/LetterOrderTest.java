package org.luoshi.letters.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.luoshi.api.letter.LetterDTO;

/** The letter list's column orders: over all the letters under the filters, letters without a deadline last. */
class LetterOrderTest {

    private static LetterDTO letter(long id, String deadline) {
        LetterDTO l = new LetterDTO();
        l.id = id;
        l.responseDeadline = deadline;
        return l;
    }

    private static List<Long> ids(java.util.Comparator<LetterDTO> order) {
        return Stream.of(letter(1, "2026-03-01"), letter(2, null), letter(3, "2026-01-15"), letter(4, "2026-03-01"))
                .sorted(order).map(l -> l.id).toList();
    }

    @Test
    void byDeadline() {
        assertEquals(List.of(3L, 4L, 1L, 2L), ids(LetterListView.comparator("responseDeadline", false)));
        assertEquals(List.of(4L, 1L, 3L, 2L), ids(LetterListView.comparator("responseDeadline", true)));
    }

    @Test
    void byNumber() {
        assertEquals(List.of(1L, 2L, 3L, 4L), ids(LetterListView.comparator("id", false)));
        assertEquals(List.of(4L, 3L, 2L, 1L), ids(LetterListView.comparator("id", true)));
    }
}

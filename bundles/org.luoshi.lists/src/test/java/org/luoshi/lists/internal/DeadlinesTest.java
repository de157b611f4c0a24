package org.luoshi.lists.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.luoshi.api.task.DeadlineDTO;

class DeadlinesTest {
    private static void date(String text, int year, String expected) {
        DeadlineDTO d = Deadlines.parse(text, year);
        assertEquals(DeadlineDTO.DATE, d.kind, text);
        assertEquals(expected, d.date, text);
        assertEquals(text, d.text);
    }

    @Test
    void monthEndsFallOnTheLastDayOfTheMonthOfTheListYear() {
        date("5月底前", 2022, "2022-05-31");
        date("6月底前", 2022, "2022-06-30");
        date("11月底前", 2022, "2022-11-30");
        date("2月底前", 2024, "2024-02-29");
        date("2月底前", 2023, "2023-02-28");
    }

    @Test
    void aPrintedYearWinsOverTheListYear() {
        date("2023年1月底前", 2022, "2023-01-31");
        date("2025年底前", 2024, "2025-12-31");
    }

    @Test
    void yearEndAndDays() {
        date("年底前", 2022, "2022-12-31");
        date("5月10日前", 2022, "2022-05-10");
        date("2024-03-10", 2023, "2024-03-10");
    }

    @Test
    void ongoingTasksHaveNoDate() {
        DeadlineDTO d = Deadlines.parse("长期坚持", 2022);
        assertEquals(DeadlineDTO.ONGOING, d.kind);
        assertNull(d.date);
    }

    @Test
    void misprintsAreKeptAndFlaggedNeverGuessed() {
        for (String text : new String[] {"5月10月底前", "13月底前", "2月30日前", "尽快", ""}) {
            DeadlineDTO d = Deadlines.parse(text, 2022);
            assertEquals(DeadlineDTO.UNPARSED, d.kind, text);
            assertNull(d.date, text);
            assertEquals(text, d.text);
        }
    }
}

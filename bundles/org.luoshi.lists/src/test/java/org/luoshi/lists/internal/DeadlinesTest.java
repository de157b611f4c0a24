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

    @Test
    void thirdsOfAMonthEndOnTheTenthTheTwentiethAndTheLastDayAndSaySo() {
        date("2023年5月中旬前", 2023, "2023-05-20");
        date("5月上旬", 2023, "2023-05-10");
        date("2月下旬前", 2024, "2024-02-29");
        assertEquals("中旬按当月20日计：2023-05-20", Deadlines.parse("2023年5月中旬前", 2023).reading);
        assertEquals("下旬按当月最后一日计：2024-02-29", Deadlines.parse("2月下旬前", 2024).reading);
    }

    @Test
    void aRangeOfMonthsEndsWithItsLastMonth() {
        date("2023年8-11月", 2023, "2023-11-30");
        date("3-4月", 2022, "2022-04-30");
        assertEquals("8-11月按末月月底计：2023-11-30", Deadlines.parse("2023年8-11月", 2023).reading);
        assertEquals(DeadlineDTO.UNPARSED, Deadlines.parse("11-8月", 2023).kind, "a range running backwards");
    }

    @Test
    void plainDatesNeedNoReading() {
        assertNull(Deadlines.parse("6月底前", 2022).reading);
        assertNull(Deadlines.parse("5月10月底前", 2022).reading);
    }
}

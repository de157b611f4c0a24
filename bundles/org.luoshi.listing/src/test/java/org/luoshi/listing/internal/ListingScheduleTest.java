package org.luoshi.listing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.luoshi.api.cycle.PeriodDTO;
import org.luoshi.api.listing.ListingDTO;
import org.luoshi.api.listing.ProgressReportDTO;

/**
 * The progress-report windows of a listing (seed 004: "自交办之日起，每星期四上午 12 点前…反馈"): listed on Tuesday
 * 2023-06-06, reports due Thursdays 06-08, 06-15, 06-22 at 12:00.
 */
class ListingScheduleTest {
    private static PeriodDTO due(String day) {
        PeriodDTO p = new PeriodDTO();
        p.due = day + "T12:00+08:00";
        return p;
    }

    private static ProgressReportDTO report(String day) {
        ProgressReportDTO r = new ProgressReportDTO();
        r.date = day;
        return r;
    }

    private static ListingDTO run(List<String> reports, String now) {
        ListingDTO d = new ListingDTO();
        d.progressReports = new ArrayList<>(reports.stream().map(ListingScheduleTest::report).toList());
        ListingServiceImpl.schedule(d, LocalDate.of(2023, 6, 6),
                List.of(due("2023-06-08"), due("2023-06-15"), due("2023-06-22")), due("2023-06-29"),
                Instant.parse(now));
        return d;
    }

    @Test
    void eachThursdayWantsAReportSinceThePreviousOne() {
        ListingDTO d = run(List.of("2023-06-07", "2023-06-21"), "2023-06-23T00:00:00Z");
        assertEquals(1, d.reportsMissed, "the 15th had no report in 06-09..06-15");
        assertFalse(d.progressOverdue, "the latest (22nd) was met by the 21st");
        assertEquals("2023-06-29T12:00+08:00", d.nextReportDue);
    }

    @Test
    void theLatestMissedIsOverdueAndTwoReportsInOneWindowCountOnce() {
        ListingDTO d = run(List.of("2023-06-06", "2023-06-08"), "2023-06-23T00:00:00Z");
        assertEquals(2, d.reportsMissed);
        assertTrue(d.progressOverdue);
    }

    @Test
    void aReportDayNotYetPastIsNotCounted() {
        // 2023-06-15 11:00 in Beijing: the 15th is due at noon, an hour away
        ListingDTO d = run(List.of("2023-06-08"), "2023-06-15T03:00:00Z");
        assertEquals(0, d.reportsMissed);
        assertFalse(d.progressOverdue);
    }
}

package org.luoshi.cycles.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.cycle.CycleDTO;
import org.luoshi.api.cycle.MilestoneDTO;
import org.luoshi.api.cycle.PeriodDTO;

/**
 * The cycle engine on the seeds' cycles ({@code cycles/seed-cycles.properties}) with the expected due days written
 * out by hand from the statutory calendar.
 */
class CycleEngineImplTest {
    private final CycleEngineImpl engine = new CycleEngineImpl(new CalendarServiceImpl());
    private final Map<String, CycleDTO> seeds = SeedCycles.load();

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private CycleDTO seed(String id) {
        return SeedCycles.copy(seeds.get(id));
    }

    private List<PeriodDTO> periods(CycleDTO c, String from, String to) {
        return engine.periods(c, d(from), d(to));
    }

    /** The due days (yyyy-MM-dd) of the periods. */
    private static List<String> dueDays(List<PeriodDTO> ps) {
        return ps.stream().map(p -> p.due.substring(0, 10)).collect(Collectors.toList());
    }

    private static List<String> nominalDays(List<PeriodDTO> ps) {
        return ps.stream().map(p -> p.nominalDue.substring(0, 10)).collect(Collectors.toList());
    }

    private static List<String> labels(List<PeriodDTO> ps) {
        return ps.stream().map(p -> p.label).collect(Collectors.toList());
    }

    private static List<String> spans(List<PeriodDTO> ps) {
        return ps.stream().map(p -> p.periodStart + ".." + p.periodEnd).collect(Collectors.toList());
    }

    @Test
    void everySeedCycleIsValid() {
        assertEquals(10, seeds.size(), seeds.keySet().toString());
        seeds.values().forEach(engine::validate);
    }

    // ---- Shuozhou: monthly by the 2nd, covering the month before ----------------------------------------------

    @Test
    void shuozhouByThe2ndOverAYearAcrossTheYearEnd() {
        List<PeriodDTO> ps = periods(seed("shuozhou-monthly"), "2022-06-01", "2023-05-31");
        assertEquals(List.of("2022-06-02", "2022-07-02", "2022-08-02", "2022-09-02", "2022-10-02", "2022-11-02",
                "2022-12-02", "2023-01-02", "2023-02-02", "2023-03-02", "2023-04-02", "2023-05-02"), nominalDays(ps));
        assertEquals(List.of(
                "2022-06-02", // Thu
                "2022-07-04", // Sat 2 July → Mon
                "2022-08-02", "2022-09-02",
                "2022-10-08", // National Day 1–7 Oct; Sat 8 Oct is a make-up working day
                "2022-11-02", "2022-12-02",
                "2023-01-03", // New Year 31 Dec – 2 Jan
                "2023-02-02", "2023-03-02",
                "2023-04-03", // Sun → Mon
                "2023-05-04"), // Labour Day 29 Apr – 3 May
                dueDays(ps));
        assertEquals(List.of("2022年5月", "2022年6月", "2022年7月", "2022年8月", "2022年9月", "2022年10月", "2022年11月",
                "2022年12月", "2023年1月", "2023年2月", "2023年3月", "2023年4月"), labels(ps));
        PeriodDTO december = ps.get(7);
        assertEquals("2022-12-01", december.periodStart);
        assertEquals("2022-12-31", december.periodEnd);
        assertEquals("2022-12-31", december.cutOff);
        assertEquals("2022-12-01", december.figuresFrom);
        assertEquals("2023-01-03T23:59:00+08:00", december.due);
        assertEquals("2023-01-02T23:59:00+08:00", december.nominalDue);
        assertTrue(december.rolled);
        assertFalse(december.provisional);
        assertEquals(8, december.index);
        assertEquals("shuozhou-monthly", december.cycleId);
        assertEquals("2023-02-01..2023-02-28", spans(ps).get(9), "February of a common year");
        assertFalse(ps.get(0).rolled);
        assertEquals(1, ps.get(0).index);
    }

    @Test
    void shuozhouLeapYearFebruary() {
        List<PeriodDTO> ps = periods(seed("shuozhou-monthly"), "2024-02-01", "2024-03-31");
        assertEquals(List.of("2024-02-02", "2024-03-04"), dueDays(ps), "Sat 2 March 2024 rolls to Monday");
        assertEquals(List.of("2024-01-01..2024-01-31", "2024-02-01..2024-02-29"), spans(ps));
        assertEquals("2024年2月", ps.get(1).label);
        List<PeriodDTO> y2026 = periods(seed("shuozhou-monthly"), "2026-03-01", "2026-03-31");
        assertEquals("2026-02-01..2026-02-28", spans(y2026).get(0));
    }

    @Test
    void withoutRollingADueDayNeverMoves() {
        CycleDTO c = seed("shuozhou-monthly");
        c.rollToWorkingDay = false;
        List<PeriodDTO> ps = periods(c, "2022-06-01", "2023-05-31");
        assertEquals(nominalDays(ps), dueDays(ps));
        assertTrue(ps.stream().noneMatch(p -> p.rolled || p.provisional));
        assertEquals("2022-10-02T23:59:00+08:00", ps.get(4).due, "a day in the National Day holiday stays");
    }

    @Test
    void rollingOverNationalDay2025AndNotOffMakeUpDays() {
        CycleDTO by2nd = seed("shuozhou-monthly");
        List<PeriodDTO> october = periods(by2nd, "2025-10-01", "2025-10-31");
        assertEquals("2025-10-02T23:59:00+08:00", october.get(0).nominalDue);
        assertEquals("2025-10-09T23:59:00+08:00", october.get(0).due, "1–8 October 2025 are days off");
        assertTrue(october.get(0).rolled);
        assertEquals("2025年9月", october.get(0).label);

        // 2025-09-28 (a Sunday) and 2025-10-11 (a Saturday) are make-up working days: a due day there stays
        CycleDTO c = cycle("make-up-days", "FREQ=YEARLY;BYMONTH=9,10;BYMONTHDAY=28,11", "2025-01-01");
        List<PeriodDTO> ps = periods(c, "2025-09-01", "2025-10-31");
        assertEquals(List.of("2025-09-11", "2025-09-28", "2025-10-11", "2025-10-28"), dueDays(ps));
        assertTrue(ps.stream().noneMatch(p -> p.rolled));
        assertEquals(List.of("2024-02-04", "2024-02-18", "2024-02-18"), dueDays(periods(
                cycle("sundays", "FREQ=WEEKLY;BYDAY=SU", "2024-01-29"), "2024-02-01", "2024-02-18")),
                "the make-up Sundays of 2024 are due as they are; Sunday 11 Feb (春节) rolls to the 18th");
    }

    // ---- Fangshan -----------------------------------------------------------------------------------------------

    @Test
    void fangshanDispatchTableBy28thCumulativeTo28th() {
        List<PeriodDTO> ps = periods(seed("fangshan-dispatch"), "2023-01-01", "2023-12-31");
        assertEquals(List.of("2023-06-28", "2023-07-28", "2023-08-28", "2023-09-28", "2023-10-30", "2023-11-28",
                "2023-12-28"), dueDays(ps), "from June; Sat 28 Oct rolls to Monday 30");
        assertEquals(List.of("2023年6月", "2023年7月", "2023年8月", "2023年9月", "2023年10月", "2023年11月", "2023年12月"),
                labels(ps));
        assertEquals(List.of("2023-05-29..2023-06-28", "2023-06-29..2023-07-28", "2023-07-29..2023-08-28",
                "2023-08-29..2023-09-28", "2023-09-29..2023-10-28", "2023-10-29..2023-11-28", "2023-11-29..2023-12-28"),
                spans(ps));
        for (PeriodDTO p : ps) {
            assertEquals(p.periodEnd, p.cutOff);
            assertEquals("2023-04-25", p.figuresFrom, "cumulative since the action began");
        }
        PeriodDTO october = ps.get(4);
        assertEquals("2023-10-28", october.cutOff, "rolling moves the deadline, not the cut-off");
        assertEquals("2023-10-30T23:59:00+08:00", october.due);
        assertTrue(october.rolled);
        assertTrue(periods(seed("fangshan-dispatch"), "2024-01-01", "2024-12-31").isEmpty(), "ended in December 2023");
    }

    @Test
    void fangshanMajorHazardListBy25thAndOn29th() {
        List<PeriodDTO> groups = periods(seed("fangshan-major-hazards-groups"), "2023-01-01", "2023-12-31");
        assertEquals(List.of("2023-05-25", "2023-06-25", "2023-07-25", "2023-08-25", "2023-09-25", "2023-10-25",
                "2023-11-27", "2023-12-25"), dueDays(groups),
                "Sun 25 June 2023 is a make-up working day (端午调休上班): not rolled; Sat 25 Nov → Mon 27");
        assertFalse(groups.get(1).rolled);
        assertEquals("2023-04-26..2023-05-25", spans(groups).get(0));

        List<PeriodDTO> county = periods(seed("fangshan-major-hazards-county"), "2023-01-01", "2023-12-31");
        assertEquals(List.of("2023-05-29", "2023-06-29", "2023-07-29", "2023-08-29", "2023-09-29", "2023-10-29",
                "2023-11-29", "2023-12-29"), nominalDays(county));
        assertEquals(List.of("2023-05-29", "2023-06-29", "2023-07-31", "2023-08-29",
                "2023-10-07", // 中秋 29 Sep, National Day to 6 Oct; Sat 7 Oct is a make-up working day
                "2023-10-30", "2023-11-29", "2023-12-29"), dueDays(county));
        assertEquals(labels(groups), labels(county), "both lists are the month's list");
        assertEquals(spans(groups), spans(county), "the office's list carries the groups' figures to the 25th");
    }

    @Test
    void the29thInFebruaryIsTheMonthsLastDay() {
        CycleDTO c = seed("fangshan-major-hazards-county");
        c.start = "2023-01-01";
        c.until = null;
        assertEquals(List.of("2023-01-29", "2023-02-28", "2023-03-29"), nominalDays(periods(c, "2023-01-01", "2023-03-31")));
        assertEquals(List.of("2024-01-29", "2024-02-29", "2024-03-29"), nominalDays(periods(c, "2024-01-01", "2024-03-31")));
        // 2026-02-28 is a Saturday, but a make-up working day (春节调休上班): due that day
        List<PeriodDTO> y2026 = periods(c, "2026-02-01", "2026-02-28");
        assertEquals(List.of("2026-02-28"), dueDays(y2026));
        assertFalse(y2026.get(0).rolled);
    }

    @Test
    void fangshanWeeklyThursdayNoonFeedback() {
        List<PeriodDTO> ps = periods(seed("fangshan-weekly-feedback"), "2023-01-01", "2023-12-31");
        assertEquals(List.of("2023-05-18", "2023-05-25", "2023-06-01", "2023-06-08", "2023-06-15", "2023-06-22",
                "2023-06-29", "2023-07-06", "2023-07-13", "2023-07-20", "2023-07-27", "2023-08-03", "2023-08-10",
                "2023-08-17", "2023-08-24", "2023-08-31", "2023-09-07", "2023-09-14", "2023-09-21", "2023-09-28",
                "2023-10-05", "2023-10-12", "2023-10-19", "2023-10-26", "2023-11-02", "2023-11-09", "2023-11-16",
                "2023-11-23", "2023-11-30", "2023-12-07", "2023-12-14", "2023-12-21", "2023-12-28"), nominalDays(ps));
        List<String> rolled = ps.stream().filter(p -> p.rolled).map(p -> p.nominalDue + " → " + p.due)
                .collect(Collectors.toList());
        assertEquals(List.of(
                "2023-06-22T12:00:00+08:00 → 2023-06-25T12:00:00+08:00", // 端午 22–24 June; Sun 25 June make-up day
                "2023-10-05T12:00:00+08:00 → 2023-10-07T12:00:00+08:00"), // National Day; Sat 7 Oct make-up day
                rolled);
        PeriodDTO first = ps.get(0);
        assertEquals("2023-05-18T12:00:00+08:00", first.due);
        assertEquals(OffsetDateTime.parse("2023-05-18T04:00:00Z").toInstant(), OffsetDateTime.parse(first.due).toInstant());
        assertEquals("2023-05-17..2023-05-18", first.periodStart + ".." + first.periodEnd, "the first week starts on start");
        assertEquals("截至2023年5月18日", first.label);
        assertEquals("2023-05-19..2023-05-25", spans(ps).get(1), "then Friday to Thursday");
    }

    @Test
    void weeklyThursdayOverNationalDay2025() {
        CycleDTO c = seed("fangshan-weekly-feedback");
        c.start = "2025-09-01";
        c.until = null;
        List<PeriodDTO> ps = periods(c, "2025-09-25", "2025-10-16");
        assertEquals(List.of("2025-09-25T12:00:00+08:00", "2025-10-09T12:00:00+08:00", "2025-10-09T12:00:00+08:00",
                "2025-10-16T12:00:00+08:00"), ps.stream().map(p -> p.due).collect(Collectors.toList()),
                "Thu 2 Oct 2025 rolls over the 8-day holiday to Thu 9 Oct, when the next one is due as well");
        assertEquals("2025-10-02T12:00:00+08:00", ps.get(1).nominalDue);
        assertTrue(ps.get(1).rolled);
        assertFalse(ps.get(2).rolled);
        assertEquals(List.of("2025-09-19..2025-09-25", "2025-09-26..2025-10-02", "2025-10-03..2025-10-09",
                "2025-10-10..2025-10-16"), spans(ps));
    }

    @Test
    void fangshanPhasesAsMilestones() {
        List<PeriodDTO> ps = periods(seed("fangshan-phases"), "2023-01-01", "2023-12-31");
        assertEquals(List.of("动员部署（5月中旬前）", "企业自查自改和部门帮扶", "部门精准执法", "巩固提高"), labels(ps));
        assertEquals(List.of("2023-04-25..2023-05-15", "2023-05-16..2023-07-31", "2023-08-01..2023-11-30",
                "2023-12-01..2023-12-31"), spans(ps));
        assertEquals("2023-12-31T23:59:00+08:00", ps.get(3).due, "a Sunday, but phases are not rolled");
        assertTrue(ps.stream().allMatch(p -> p.milestone && !p.rolled));
        assertEquals(List.of(1, 2, 3, 4), ps.stream().map(p -> p.index).collect(Collectors.toList()));
    }

    @Test
    void shuozhouPhases() {
        List<PeriodDTO> ps = periods(seed("shuozhou-phases"), "2022-01-01", "2022-12-31");
        assertEquals(List.of("2022-05-10", "2022-05-31", "2022-11-30"), dueDays(ps));
        assertEquals(List.of("2022-04-29..2022-05-10", "2022-05-11..2022-05-31", "2022-06-01..2022-11-30"), spans(ps));
    }

    // ---- Province -------------------------------------------------------------------------------------------------

    @Test
    void provinceCampaignBy30thWithMilestonesAcrossYearEndAndLeapFebruary() {
        List<PeriodDTO> ps = periods(seed("province-2023-campaign"), "2023-01-01", "2024-12-31");
        assertEquals(List.of("报送专项行动实施方案", "2023年11月", "2023年12月", "2024年1月", "2024年2月", "报送专项行动工作总结"),
                labels(ps));
        assertEquals(List.of("2023-11-26", "2023-11-30", "2023-12-30", "2024-01-30", "2024-02-29", "2024-03-10"),
                nominalDays(ps));
        assertEquals(List.of(
                "2023-11-27", // Sun → Mon
                "2023-11-30",
                "2024-01-02", // Sat 30 Dec, Sun 31 Dec, New Year's Day → Tue 2 Jan
                "2024-01-30",
                "2024-02-29", // leap year: by the 30th is the 29th
                "2024-03-11"), // Sun → Mon
                dueDays(ps));
        assertEquals(List.of(1, 2, 3, 4, 5, 6), ps.stream().map(p -> p.index).collect(Collectors.toList()));
        assertEquals("2023-11-17..2023-11-26", spans(ps).get(0), "the first milestone's period starts on start");
        assertEquals("2023-11-27..2024-03-10", spans(ps).get(5));
        assertEquals("2024-02-01..2024-02-29", spans(ps).get(4));
        assertTrue(ps.get(0).milestone);
        assertFalse(ps.get(1).milestone);
    }

    @Test
    void by30thOverACommonYear() {
        CycleDTO c = seed("province-2023-campaign");
        c.start = "2025-01-01";
        c.until = null;
        c.milestones.clear();
        List<PeriodDTO> ps = periods(c, "2025-01-01", "2025-12-31");
        assertEquals(List.of("2025-01-30", "2025-02-28", "2025-03-30", "2025-04-30", "2025-05-30", "2025-06-30",
                "2025-07-30", "2025-08-30", "2025-09-30", "2025-10-30", "2025-11-30", "2025-12-30"), nominalDays(ps));
        assertEquals(List.of(
                "2025-02-05", // 春节 28 Jan – 4 Feb
                "2025-02-28",
                "2025-03-31", // Sun → Mon
                "2025-04-30", "2025-05-30", "2025-06-30", "2025-07-30",
                "2025-09-01", // Sat → Mon
                "2025-09-30", "2025-10-30",
                "2025-12-01", // Sun → Mon
                "2025-12-30"), dueDays(ps));
        c.start = "2023-01-01";
        assertEquals(List.of("2023-02-28"), nominalDays(periods(c, "2023-02-01", "2023-02-28")));
        List<PeriodDTO> feb2026 = periods(c, "2026-02-01", "2026-02-28");
        assertEquals(List.of("2026-02-28"), dueDays(feb2026), "2026-02-28 is a make-up Saturday: no roll");
        assertFalse(feb2026.get(0).rolled);
    }

    @Test
    void plainBymonthday30SkipsFebruaryAsRfc5545Says() {
        CycleDTO c = cycle("plain-30", "FREQ=MONTHLY;BYMONTHDAY=30", "2023-01-01");
        assertEquals(List.of("2023-01-30", "2023-03-30"), nominalDays(periods(c, "2023-01-01", "2023-03-31")));
    }

    @Test
    void provinceQuarterlyDispatchInTheLastMonthOfEachQuarter() {
        List<PeriodDTO> ps = periods(seed("province-quarterly-dispatch"), "2025-01-01", "2026-12-31");
        assertEquals(List.of("2025-09-30", "2025-12-31", "2026-03-31", "2026-06-30", "2026-09-30", "2026-12-31"),
                dueDays(ps), "the first after the notice of 26 August 2025");
        assertEquals(List.of("2025年第3季度", "2025年第4季度", "2026年第1季度", "2026年第2季度", "2026年第3季度", "2026年第4季度"),
                labels(ps));
        assertEquals(List.of("2025-07-01..2025-09-30", "2025-10-01..2025-12-31", "2026-01-01..2026-03-31",
                "2026-04-01..2026-06-30", "2026-07-01..2026-09-30", "2026-10-01..2026-12-31"), spans(ps));
    }

    @Test
    void quarterlyWithoutRollingKeepsDaysOff() {
        CycleDTO c = seed("province-quarterly-dispatch");
        c.start = "2023-01-01";
        List<PeriodDTO> ps = periods(c, "2023-01-01", "2023-12-31");
        assertEquals(List.of("2023-03-31", "2023-06-30", "2023-09-30", "2023-12-31"), dueDays(ps),
                "30 Sep 2023 (National Day holiday) and Sun 31 Dec stay: rollToWorkingDay=false");
        assertTrue(ps.stream().noneMatch(p -> p.rolled));
        c.rollToWorkingDay = true;
        assertEquals(List.of("2023-03-31", "2023-06-30", "2023-10-07", "2024-01-02"), dueDays(engine.periods(c,
                d("2023-01-01"), d("2024-01-31"))), "the same cycle rolled");
    }

    // ---- Lüliang --------------------------------------------------------------------------------------------------

    @Test
    void luliangHalfYearly() {
        List<PeriodDTO> ps = periods(seed("lvliang-half-yearly"), "2025-01-01", "2026-12-31");
        assertEquals(List.of("2025-06-30", "2025-12-31", "2026-06-30", "2026-12-31"), dueDays(ps));
        assertEquals(List.of("2025年上半年", "2025年下半年", "2026年上半年", "2026年下半年"), labels(ps));
        assertEquals(List.of("2025-01-01..2025-06-30", "2025-07-01..2025-12-31", "2026-01-01..2026-06-30",
                "2026-07-01..2026-12-31"), spans(ps));
    }

    // ---- Period mapping -----------------------------------------------------------------------------------------

    @Test
    void isoWeeksAcrossTheYearEnd() {
        CycleDTO c = cycle("weekly-monday", "FREQ=WEEKLY;BYDAY=MO", "2025-12-01");
        c.periodKind = CycleDTO.WEEK;
        c.periodOffset = -1;
        List<PeriodDTO> ps = periods(c, "2025-12-22", "2026-01-12");
        assertEquals(List.of("2025-12-22", "2025-12-29", "2026-01-05", "2026-01-12"), dueDays(ps));
        assertEquals(List.of("2025年第51周", "2025年第52周", "2026年第1周", "2026年第2周"), labels(ps));
        assertEquals("2025-12-29..2026-01-04", spans(ps).get(2), "ISO week 1 of 2026 starts on Monday 29 December");
    }

    @Test
    void yearlyReportOnThePreviousYear() {
        CycleDTO c = cycle("annual", "FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=15", "2024-01-01");
        c.periodKind = CycleDTO.YEAR;
        c.periodOffset = -1;
        List<PeriodDTO> ps = periods(c, "2024-01-01", "2026-12-31");
        assertEquals(List.of("2023年", "2024年", "2025年"), labels(ps));
        assertEquals("2024-01-01..2024-12-31", spans(ps).get(1));
        assertEquals(List.of("2024-01-15", "2025-01-15", "2026-01-15"), dueDays(ps));
    }

    @Test
    void cutOffOnThe30thClampsInFebruary() {
        CycleDTO c = cycle("cut-30", "FREQ=MONTHLY;BYMONTHDAY=-1", "2023-01-01");
        c.rollToWorkingDay = false;
        c.cutOffDay = 30;
        assertEquals(List.of("2022-12-31..2023-01-30", "2023-01-31..2023-02-28", "2023-03-01..2023-03-30"),
                spans(periods(c, "2023-01-01", "2023-03-31")));
        assertEquals(List.of("2024-01-31..2024-02-29", "2024-03-01..2024-03-30"),
                spans(periods(c, "2024-02-01", "2024-03-31")));
    }

    @Test
    void dueOutsideTheCalendarIsProvisional() {
        List<PeriodDTO> ps = periods(seed("shuozhou-monthly"), "2026-12-01", "2027-02-28");
        assertEquals(List.of("2026-12-02", "2027-01-04", "2027-02-02"), dueDays(ps));
        assertFalse(ps.get(0).provisional);
        assertTrue(ps.get(1).provisional, "2027's holidays are not known yet");
        assertTrue(ps.get(2).provisional);
    }

    // ---- next, last, at ---------------------------------------------------------------------------------------

    @Test
    void nextAndLastDue() {
        CycleDTO c = seed("fangshan-weekly-feedback");
        Instant beforeNoon = OffsetDateTime.parse("2023-06-01T11:59:00+08:00").toInstant();
        Instant atNoon = OffsetDateTime.parse("2023-06-01T12:00:00+08:00").toInstant();
        Instant afterNoon = OffsetDateTime.parse("2023-06-01T12:00:01+08:00").toInstant();
        assertEquals("2023-06-01T12:00:00+08:00", engine.nextDue(c, beforeNoon).due);
        assertEquals("2023-06-01T12:00:00+08:00", engine.nextDue(c, atNoon).due);
        assertEquals("2023-06-08T12:00:00+08:00", engine.nextDue(c, afterNoon).due);
        assertEquals("2023-05-25T12:00:00+08:00", engine.lastDue(c, atNoon).due);
        assertEquals("2023-06-01T12:00:00+08:00", engine.lastDue(c, afterNoon).due);
        assertNull(engine.lastDue(c, OffsetDateTime.parse("2023-05-01T00:00:00+08:00").toInstant()));
        assertNull(engine.nextDue(c, OffsetDateTime.parse("2024-01-01T00:00:00+08:00").toInstant()), "ended");
        // during the 2023 Dragon Boat holiday the next deadline is the make-up Sunday
        assertEquals("2023-06-25T12:00:00+08:00",
                engine.nextDue(c, OffsetDateTime.parse("2023-06-23T09:00:00+08:00").toInstant()).due);
    }

    @Test
    void periodAtADay() {
        CycleDTO c = seed("shuozhou-monthly");
        assertEquals("2024年2月", engine.periodAt(c, d("2024-02-29")).label);
        assertEquals("2024-03-04T23:59:00+08:00", engine.periodAt(c, d("2024-02-29")).due);
        assertNull(engine.periodAt(c, d("2022-04-30")), "before the first period");
        CycleDTO dispatch = seed("fangshan-dispatch");
        assertEquals("2023年7月", engine.periodAt(dispatch, d("2023-06-29")).label, "after the cut-off: next month's table");
        assertEquals("2023年6月", engine.periodAt(dispatch, d("2023-06-28")).label);
        assertNull(engine.periodAt(dispatch, d("2023-12-29")));
        CycleDTO phases = seed("fangshan-phases");
        assertEquals("部门精准执法", engine.periodAt(phases, d("2023-09-01")).label);
        assertNull(engine.periodAt(phases, d("2024-01-01")));
    }

    // ---- the RRULE and validation -----------------------------------------------------------------------------

    @Test
    void rruleFormsAndCount() {
        CycleDTO c = cycle("count", "RRULE:FREQ=MONTHLY;BYMONTHDAY=2;COUNT=3", "2024-01-01");
        c.rollToWorkingDay = false;
        assertEquals(List.of("2024-01-02", "2024-02-02", "2024-03-02"), dueDays(periods(c, "2024-01-01", "2030-12-31")));
        CycleDTO s = cycle("start-matches", "FREQ=MONTHLY;BYMONTHDAY=2", "2024-01-02");
        assertEquals("2024-01-02", dueDays(periods(s, "2024-01-01", "2024-01-31")).get(0), "start is an instance when it matches");
        CycleDTO u = cycle("until", "FREQ=MONTHLY;BYMONTHDAY=2", "2024-01-01");
        u.until = "2024-02-02";
        assertEquals(List.of("2024-01-02", "2024-02-02"), nominalDays(periods(u, "2024-01-01", "2024-12-31")));
    }

    @Test
    void invalidCyclesAreRefusedWithEveryError() {
        CycleDTO c = new CycleDTO();
        c.id = "bad";
        c.name = "坏周期";
        c.rrule = "FREQ=MONTHY;BYMONTHDAY=2";
        c.start = "2024-13-01";
        c.dueTime = "25:00";
        c.periodKind = "FORTNIGHT";
        c.periodOffset = 1;
        c.cutOffDay = 40;
        LuoshiException e = assertThrows(LuoshiException.class, () -> engine.validate(c));
        assertEquals(LuoshiException.Kind.INVALID, e.kind());
        assertEquals(List.of("start", "dueTime", "periodKind", "periodOffset", "cutOffDay", "rrule"),
                List.copyOf(e.fieldErrors().keySet()));

        assertEquals(Map.of("rrule", true), invalidFields(cycle("hourly", "FREQ=HOURLY", "2024-01-01")));
        assertEquals(Map.of("rrule", true), invalidFields(cycle("byhour", "FREQ=DAILY;BYHOUR=9", "2024-01-01")));
        assertEquals(Map.of("rrule", true), invalidFields(cycle("never", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", "2024-01-01")));
        assertEquals(Map.of("rrule", true), invalidFields(cycle("empty", null, "2024-01-01")));
        CycleDTO week = cycle("week-cut", "FREQ=WEEKLY;BYDAY=TH", "2024-01-01");
        week.periodKind = CycleDTO.WEEK;
        week.cutOffDay = 28;
        assertEquals(Map.of("cutOffDay", true), invalidFields(week));
        CycleDTO m = cycle("milestones", null, "2024-01-01");
        m.milestones.add(new MilestoneDTO("早于起始", "2023-12-31"));
        m.milestones.add(new MilestoneDTO("", "2024-02-01"));
        assertEquals(Map.of("milestones[0].date", true, "milestones[1].name", true), invalidFields(m));
        CycleDTO dup = cycle("dup", null, "2024-01-01");
        dup.milestones.add(new MilestoneDTO("甲", "2024-02-01"));
        dup.milestones.add(new MilestoneDTO("乙", "2024-02-01"));
        assertEquals(Map.of("milestones[1].date", true), invalidFields(dup));
        assertThrows(LuoshiException.class, () -> engine.periods(seed("shuozhou-monthly"), d("2024-02-01"), d("2024-01-01")));
        assertThrows(LuoshiException.class, () -> engine.validate(null));
    }

    private Map<String, Boolean> invalidFields(CycleDTO c) {
        LuoshiException e = assertThrows(LuoshiException.class, () -> engine.validate(c));
        return e.fieldErrors().keySet().stream().collect(Collectors.toMap(k -> k, k -> true));
    }

    private static CycleDTO cycle(String id, String rrule, String start) {
        CycleDTO c = new CycleDTO();
        c.id = id;
        c.name = id;
        c.rrule = rrule;
        c.start = start;
        c.rollToWorkingDay = true;
        c.periodKind = CycleDTO.MONTH;
        return c;
    }
}

package org.luoshi.cycles.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** China's statutory calendar 2022–2026, checked against the State Council notices by hand. */
class CalendarServiceImplTest {
    private final CalendarServiceImpl cal = new CalendarServiceImpl();

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void coversTheYears2022To2026() {
        assertEquals(2022, cal.firstYear());
        assertEquals(2026, cal.lastYear());
    }

    @Test
    void ordinaryDays() {
        assertTrue(cal.isWorkingDay(d("2025-09-26")), "a Friday");
        assertFalse(cal.isWorkingDay(d("2025-09-27")), "an ordinary Saturday");
        assertFalse(cal.isWorkingDay(d("2025-09-21")), "an ordinary Sunday");
        assertNull(cal.holidayName(d("2025-09-27")));
        assertNull(cal.holidayName(d("2025-09-26")));
    }

    @Test
    void springFestival2024WithItsTwoMakeUpSundays() {
        // 国办发明电〔2023〕7号: 2月10日至17日放假调休，共8天。2月4日（星期日）、2月18日（星期日）上班。
        assertEquals(DayOfWeek.SUNDAY, d("2024-02-04").getDayOfWeek());
        assertEquals(DayOfWeek.SUNDAY, d("2024-02-18").getDayOfWeek());
        assertTrue(cal.isWorkingDay(d("2024-02-04")));
        assertTrue(cal.isWorkingDay(d("2024-02-18")));
        assertEquals("春节调休上班", cal.holidayName(d("2024-02-04")));
        for (LocalDate day = d("2024-02-10"); !day.isAfter(d("2024-02-17")); day = day.plusDays(1)) {
            assertFalse(cal.isWorkingDay(day), day.toString());
            assertEquals("春节", cal.holidayName(day));
        }
        assertTrue(cal.isWorkingDay(d("2024-02-09")), "除夕 2024 is a Friday and not a day off");
        assertEquals(d("2024-02-18"), cal.nextWorkingDay(d("2024-02-10")), "the make-up Sunday is the next working day");
    }

    @Test
    void nationalDayAndMidAutumn2025() {
        // 国办发明电〔2024〕12号: 10月1日（周三）至8日（周三）放假调休，共8天。9月28日（周日）、10月11日（周六）上班。
        for (LocalDate day = d("2025-10-01"); !day.isAfter(d("2025-10-08")); day = day.plusDays(1)) {
            assertFalse(cal.isWorkingDay(day), day.toString());
        }
        assertEquals("国庆节", cal.holidayName(d("2025-10-01")));
        assertEquals("中秋节", cal.holidayName(d("2025-10-06")));
        assertTrue(cal.isWorkingDay(d("2025-09-28")));
        assertEquals(DayOfWeek.SUNDAY, d("2025-09-28").getDayOfWeek());
        assertTrue(cal.isWorkingDay(d("2025-10-11")));
        assertEquals(DayOfWeek.SATURDAY, d("2025-10-11").getDayOfWeek());
        assertEquals("国庆节调休上班", cal.holidayName(d("2025-10-11")));
        assertEquals(d("2025-10-09"), cal.nextWorkingDay(d("2025-10-01")));
        assertEquals(d("2025-10-09"), cal.nextWorkingDay(d("2025-10-02")));
        assertEquals(d("2025-09-28"), cal.nextWorkingDay(d("2025-09-28")), "a working day is its own next working day");
        assertEquals(d("2025-09-28"), cal.nextWorkingDay(d("2025-09-27")), "Saturday rolls to the make-up Sunday");
    }

    @Test
    void springFestival2026() {
        // 2026 notice (2025-11-04): 2月15日（周日）至23日（周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
        for (LocalDate day = d("2026-02-15"); !day.isAfter(d("2026-02-23")); day = day.plusDays(1)) {
            assertFalse(cal.isWorkingDay(day), day.toString());
            assertEquals("春节", cal.holidayName(day));
        }
        assertTrue(cal.isWorkingDay(d("2026-02-14")));
        assertTrue(cal.isWorkingDay(d("2026-02-28")));
        assertTrue(cal.isWorkingDay(d("2026-02-24")));
        assertEquals(d("2026-02-24"), cal.nextWorkingDay(d("2026-02-15")));
        // 元旦 2026: 1月1日至3日放假调休，1月4日（周日）上班
        assertFalse(cal.isWorkingDay(d("2026-01-02")));
        assertTrue(cal.isWorkingDay(d("2026-01-04")));
        assertEquals("元旦调休上班", cal.holidayName(d("2026-01-04")));
        // 国庆节 2026: 10月1日至7日，9月20日（周日）、10月10日（周六）上班
        assertTrue(cal.isWorkingDay(d("2026-09-20")));
        assertTrue(cal.isWorkingDay(d("2026-10-10")));
        assertFalse(cal.isWorkingDay(d("2026-10-07")));
    }

    @Test
    void otherYears() {
        // 2022 (国办发明电〔2021〕11号): 国庆节 10月1日至7日，10月8日（星期六）、10月9日（星期日）上班
        assertFalse(cal.isWorkingDay(d("2022-10-07")));
        assertTrue(cal.isWorkingDay(d("2022-10-08")));
        assertTrue(cal.isWorkingDay(d("2022-10-09")));
        // 2023 (国办发明电〔2022〕16号): 元旦 2022年12月31日至2023年1月2日; 端午 6月22日至24日，6月25日（星期日）上班
        assertEquals("元旦", cal.holidayName(d("2022-12-31")));
        assertFalse(cal.isWorkingDay(d("2023-01-02")));
        assertFalse(cal.isWorkingDay(d("2023-06-22")));
        assertEquals("端午节", cal.holidayName(d("2023-06-22")));
        assertTrue(cal.isWorkingDay(d("2023-06-25")));
        assertEquals("清明节", cal.holidayName(d("2023-04-05")));
        // 2024: 元旦 1月1日; 2025: 春节 1月28日至2月4日，1月26日（周日）、2月8日（周六）上班
        assertFalse(cal.isWorkingDay(d("2024-01-01")));
        assertFalse(cal.isWorkingDay(d("2025-02-04")));
        assertTrue(cal.isWorkingDay(d("2025-01-26")));
        assertTrue(cal.isWorkingDay(d("2025-02-08")));
    }

    @Test
    void outsideTheCoveredYearsOnlyWeekendsAreKnown() {
        assertTrue(cal.isWorkingDay(d("2027-10-01")), "2027's notice is not in the data: a Friday counts as working");
        assertFalse(cal.isWorkingDay(d("2027-10-02")));
        assertNull(cal.holidayName(d("2027-10-01")));
        assertTrue(cal.isWorkingDay(d("2021-10-08")), "a Friday before the data");
    }

    @Test
    void theDataFileIsWellFormed() throws Exception {
        List<String> rows = new ArrayList<>();
        boolean statesSource = false;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                CalendarServiceImpl.class.getResourceAsStream(CalendarServiceImpl.RESOURCE), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("#")) {
                    statesSource |= line.contains("国办发明电〔2024〕12号") || line.contains("chinese-days");
                } else if (!line.isBlank()) {
                    rows.add(line);
                }
            }
        }
        assertTrue(statesSource, "the header names its source");
        int[] springFestivals = new int[5];
        for (String row : rows) {
            String[] c = row.split("\t");
            LocalDate day = LocalDate.parse(c[0]);
            assertTrue(day.getYear() >= 2022 && day.getYear() <= 2026, row);
            if (c[1].equals("WORKDAY")) {
                DayOfWeek dow = day.getDayOfWeek();
                assertTrue(dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY, "a make-up day is a weekend day: " + row);
                assertTrue(c[2].endsWith("调休上班"), row);
            } else {
                assertEquals("HOLIDAY", c[1], row);
                if (c[2].equals("春节")) {
                    springFestivals[day.getYear() - 2022]++;
                }
            }
        }
        // 春节: 2022 7 days, 2023 7, 2024 8, 2025 8, 2026 9
        assertEquals(List.of(7, 7, 8, 8, 9), List.of(springFestivals[0], springFestivals[1], springFestivals[2],
                springFestivals[3], springFestivals[4]));
        // every year's seven festivals are there
        for (int y = 2022; y <= 2026; y++) {
            for (String f : List.of("元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节")) {
                int year = y;
                assertTrue(rows.stream().anyMatch(r -> r.startsWith(year + "-") && r.endsWith("\t" + f)
                        || (f.equals("元旦") && year == 2023 && r.startsWith("2022-12-31"))), year + " " + f);
            }
        }
    }
}

package org.luoshi.cycles.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.api.Actor;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.audit.AuditEntryDTO;
import org.luoshi.api.audit.AuditTrail;
import org.luoshi.api.audit.AuditVerificationDTO;
import org.luoshi.api.cycle.CalendarYearDTO;
import org.luoshi.api.cycle.CycleDTO;
import org.luoshi.api.cycle.PeriodDTO;

/**
 * Years of the statutory calendar loaded at run time: upload, the checks before anything is kept, the restart, removal,
 * who may, the warning, and the cycle engine's due days that follow at once.
 * <p>
 * <b>The years 2031 and 2027 below are INVENTED for these tests</b>: they are not the State Council's arrangements
 * (none is published for those years). Their dates were chosen only to make due days move.
 */
class CalendarUploadTest {
    static final Actor ADMIN = new Actor("admin", List.of("shanxi"), Set.of(Actor.ROLE_ADMIN));
    static final Actor CITY = new Actor("shuozhou", List.of("shanxi.shuozhou"), Set.of("unit:shanxi.shuozhou"));

    /** An invented 2031 (NOT a real arrangement): 春节 Saturday 1 to Wednesday 5 February, Saturday 8 February worked. */
    static final String INVENTED_2031 = String.join("\n",
            "# INVENTED FOR A UNIT TEST — not the State Council's arrangement for 2031",
            "2031-01-01\tHOLIDAY\t元旦",
            "2031-02-01\tHOLIDAY\t春节",
            "2031-02-02\tHOLIDAY\t春节",
            "2031-02-03\tHOLIDAY\t春节",
            "2031-02-04\tHOLIDAY\t春节",
            "2031-02-05\tHOLIDAY\t春节",
            "2031-02-08\tWORKDAY\t春节调休上班",
            "",
            "2031-04-05\tHOLIDAY\t清明节",
            "2031-05-01\tHOLIDAY\t劳动节",
            "2031-06-20\tHOLIDAY\t端午节",
            "2031-09-26\tHOLIDAY\t中秋节",
            "2031-10-01\tHOLIDAY\t国庆节",
            "2031-10-02\tHOLIDAY\t国庆节",
            "2031-10-03\tHOLIDAY\t国庆节",
            "2031-10-06\tHOLIDAY\t国庆节",
            "2031-10-07\tHOLIDAY\t国庆节",
            "");

    @TempDir
    Path dir;
    private CalendarServiceImpl calendar;
    private final List<AuditEntryDTO> audited = new ArrayList<>();

    @BeforeEach
    void start() {
        calendar = service();
    }

    /** A calendar over the test's directory, as after a start of the platform, with an audit trail that remembers. */
    private CalendarServiceImpl service() {
        CalendarServiceImpl c = new CalendarServiceImpl(dir);
        c.audit = auditTrail();
        return c;
    }

    /** An audit trail that remembers the entries in {@link #audited}. */
    AuditTrail auditTrail() {
        return new AuditTrail() {
            @Override
            public AuditEntryDTO append(String actor, String action, String entityType, String entityId, String before,
                    String after) {
                AuditEntryDTO e = new AuditEntryDTO();
                e.actor = actor;
                e.action = action;
                e.entityType = entityType;
                e.entityId = entityId;
                e.before = before;
                e.after = after;
                audited.add(e);
                return e;
            }

            @Override
            public List<AuditEntryDTO> entries(String entityType, String entityId, int offset, int limit) {
                return audited;
            }

            @Override
            public AuditVerificationDTO verify() {
                return null;
            }
        };
    }

    private static CycleDTO shuozhouMonthly() {
        return SeedCycles.copy(SeedCycles.load().get("shuozhou-monthly"));
    }

    private static PeriodDTO dueIn(CycleEngineImpl engine, String from, String to) {
        List<PeriodDTO> ps = engine.periods(shuozhouMonthly(), LocalDate.parse(from), LocalDate.parse(to));
        assertEquals(1, ps.size(), ps.toString());
        return ps.get(0);
    }

    private LuoshiException refused(String tsv) {
        return refused(2031, tsv);
    }

    private LuoshiException refused(int year, String tsv) {
        LuoshiException e = assertThrows(LuoshiException.class, () -> calendar.upload(ADMIN, year, tsv));
        assertEquals(LuoshiException.Kind.INVALID, e.kind(), e.getMessage());
        return e;
    }

    private List<Path> stored() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }

    // ---- the upload and the due days -------------------------------------------------------------------------------

    @Test
    void anUploadedYearMovesAWeekendDueDayPastItsHolidaysAndIsNoLongerProvisional() {
        CycleEngineImpl engine = new CycleEngineImpl(calendar);
        // Sunday 2 February 2031, the due day of January's report: by weekends alone it rolls to Monday, provisionally
        PeriodDTO before = dueIn(engine, "2031-02-01", "2031-02-28");
        assertEquals("2031年1月", before.label);
        assertTrue(before.nominalDue.startsWith("2031-02-02"), before.nominalDue);
        assertTrue(before.due.startsWith("2031-02-03"), before.due);
        assertTrue(before.provisional);
        assertFalse(calendar.covers(2031));

        CalendarYearDTO y = calendar.upload(ADMIN, 2031, INVENTED_2031);
        assertEquals(2031, y.year);
        assertEquals(CalendarYearDTO.UPLOADED, y.source);
        assertEquals(15, y.holidays);
        assertEquals(1, y.makeUpDays);
        assertEquals("admin", y.uploadedBy);
        assertNotNull(y.uploadedAt);
        assertTrue(calendar.covers(2031));
        assertFalse(calendar.covers(2030), "the years between are not known");
        assertEquals(2022, calendar.firstYear());
        assertEquals(2031, calendar.lastYear());

        // nothing cached: the same engine answers with the invented holidays at once
        PeriodDTO after = dueIn(engine, "2031-02-01", "2031-02-28");
        assertTrue(after.due.startsWith("2031-02-06"), "past the invented 春节 (1–5 February) to Thursday: " + after.due);
        assertTrue(after.rolled);
        assertFalse(after.provisional);
        assertEquals("春节", calendar.holidayName(LocalDate.parse("2031-02-03")));
        assertTrue(calendar.isWorkingDay(LocalDate.parse("2031-02-08")), "the invented make-up Saturday");
        assertEquals("春节调休上班", calendar.holidayName(LocalDate.parse("2031-02-08")));
        // 2030 lies between the shipped years and the uploaded one and is not known: its due days stay provisional
        assertTrue(dueIn(engine, "2030-03-01", "2030-03-31").provisional);

        assertEquals(1, audited.size());
        assertEquals("calendar.upload", audited.get(0).action);
        assertEquals("calendar", audited.get(0).entityType);
        assertEquals("2031", audited.get(0).entityId);
        assertNull(audited.get(0).before);
        assertTrue(audited.get(0).after.contains("\"holidays\":15"), audited.get(0).after);
    }

    @Test
    void theUploadSurvivesARestartAndCanBeReplaced() throws Exception {
        calendar.upload(ADMIN, 2031, INVENTED_2031);
        assertTrue(Files.exists(dir.resolve("2031.tsv")));

        CalendarServiceImpl restarted = service();
        assertTrue(restarted.covers(2031));
        assertEquals("春节", restarted.holidayName(LocalDate.parse("2031-02-05")));
        CalendarYearDTO y = restarted.years().stream().filter(d -> d.year == 2031).findFirst().orElseThrow();
        assertEquals(CalendarYearDTO.UPLOADED, y.source);
        assertEquals("admin", y.uploadedBy);
        assertNotNull(y.uploadedAt);
        assertEquals(List.of(2022, 2023, 2024, 2025, 2026, 2031), restarted.years().stream().map(d -> d.year).toList());

        // another upload replaces it (here: 春节 one day shorter, still invented)
        String shorter = INVENTED_2031.replace("2031-02-05\tHOLIDAY\t春节\n", "");
        CalendarYearDTO replaced = restarted.upload(ADMIN, 2031, shorter);
        assertEquals(14, replaced.holidays);
        assertTrue(restarted.isWorkingDay(LocalDate.parse("2031-02-05")));
        assertEquals(2, audited.size());
        assertNotNull(audited.get(1).before, "the replaced year is in the audit entry");
        assertTrue(service().isWorkingDay(LocalDate.parse("2031-02-05")), "the replacement is what a restart reads");
        assertEquals(List.of(dir.resolve("2031.tsv")), stored(), "one file per year, no leftovers");
    }

    @Test
    void removeTakesAnUploadedYearAwayButNotAShippedOne() throws Exception {
        calendar.upload(ADMIN, 2031, INVENTED_2031);
        calendar.remove(ADMIN, 2031);
        assertFalse(calendar.covers(2031));
        assertTrue(calendar.isWorkingDay(LocalDate.parse("2031-02-03")), "a Monday is a working day again");
        assertTrue(new CycleEngineImpl(calendar).periods(shuozhouMonthly(), LocalDate.parse("2031-02-01"),
                LocalDate.parse("2031-02-28")).get(0).provisional);
        assertEquals(2026, calendar.lastYear());
        assertTrue(stored().isEmpty());
        assertFalse(service().covers(2031), "gone after a restart too");
        assertEquals("calendar.remove", audited.get(1).action);

        LuoshiException shipped = assertThrows(LuoshiException.class, () -> calendar.remove(ADMIN, 2026));
        assertEquals(LuoshiException.Kind.CONFLICT, shipped.kind());
        assertTrue(shipped.getMessage().contains("随平台发布"), shipped.getMessage());
        assertTrue(calendar.covers(2026));
        LuoshiException unknown = assertThrows(LuoshiException.class, () -> calendar.remove(ADMIN, 2032));
        assertEquals(LuoshiException.Kind.NOT_FOUND, unknown.kind());
    }

    @Test
    void onlyAdministratorsMayUploadOrRemove() throws Exception {
        LuoshiException up = assertThrows(LuoshiException.class, () -> calendar.upload(CITY, 2031, INVENTED_2031));
        assertEquals(LuoshiException.Kind.FORBIDDEN, up.kind());
        assertTrue(up.getMessage().contains("管理员"), up.getMessage());
        Actor readOnlyAdmin = new Actor("token", List.of("shanxi"), Set.of(Actor.ROLE_ADMIN, Actor.ROLE_READ_ONLY));
        assertEquals(LuoshiException.Kind.FORBIDDEN,
                assertThrows(LuoshiException.class, () -> calendar.upload(readOnlyAdmin, 2031, INVENTED_2031)).kind());
        assertEquals(LuoshiException.Kind.FORBIDDEN,
                assertThrows(LuoshiException.class, () -> calendar.upload(null, 2031, INVENTED_2031)).kind());
        assertFalse(calendar.covers(2031));
        assertTrue(stored().isEmpty());

        calendar.upload(ADMIN, 2031, INVENTED_2031);
        assertEquals(LuoshiException.Kind.FORBIDDEN,
                assertThrows(LuoshiException.class, () -> calendar.remove(CITY, 2031)).kind());
        assertTrue(calendar.covers(2031));
    }

    @Test
    void withoutTheAuditTrailNothingChanges() throws Exception {
        calendar.audit = null;
        LuoshiException e = assertThrows(LuoshiException.class, () -> calendar.upload(ADMIN, 2031, INVENTED_2031));
        assertEquals(LuoshiException.Kind.UNAVAILABLE, e.kind());
        assertFalse(calendar.covers(2031));
        assertTrue(stored().isEmpty());
    }

    @Test
    void theShippedYearsAreListed() {
        assertEquals(List.of(2022, 2023, 2024, 2025, 2026), calendar.years().stream().map(y -> y.year).toList());
        assertTrue(calendar.years().stream().allMatch(y -> CalendarYearDTO.SHIPPED.equals(y.source) && y.uploadedBy == null));
        CalendarYearDTO y2024 = calendar.years().get(2);
        assertEquals(2024, y2024.year);
        assertTrue(y2024.holidays >= 27 && y2024.makeUpDays >= 5, y2024.holidays + " / " + y2024.makeUpDays);
        assertTrue(calendar.covers(2022) && calendar.covers(2026));
        assertFalse(calendar.covers(2021) || calendar.covers(2027));
    }

    // ---- the checks before anything is kept ------------------------------------------------------------------------

    @Test
    void aDateOutsideTheYearIsRefusedWithItsLine() throws Exception {
        // line 2 of the file is 2031-01-01; it becomes the last day of 2030
        LuoshiException e = refused(INVENTED_2031.replace("2031-01-01\tHOLIDAY\t元旦", "2030-12-31\tHOLIDAY\t元旦\n"
                + "2031-01-01\tHOLIDAY\t元旦"));
        assertTrue(e.getMessage().contains("第2行：日期 2030-12-31 不在 2031 年内"), e.getMessage());
        assertEquals("第2行：日期 2030-12-31 不在 2031 年内", e.fieldErrors().get("line2"));
        assertFalse(calendar.covers(2031));
        assertTrue(stored().isEmpty(), "nothing is kept");
        assertTrue(audited.isEmpty());
    }

    @Test
    void aDayListedTwiceIsRefused() {
        LuoshiException e = refused(INVENTED_2031 + "2031-02-03\tHOLIDAY\t春节\n");
        assertTrue(e.getMessage().contains("第19行：2031-02-03 已在第5行列出（每天只能列一次）"), e.getMessage());
    }

    @Test
    void aMakeUpWorkingDayOnAWednesdayIsRefused() {
        LuoshiException e = refused(INVENTED_2031 + "2031-01-08\tWORKDAY\t元旦调休上班\n");
        assertTrue(e.getMessage().contains("第19行：调休上班日 2031-01-08 是星期三，调休上班只能安排在星期六或星期日"),
                e.getMessage());
        assertEquals(LuoshiException.Kind.INVALID, e.kind());
    }

    @Test
    void aMissingFestivalIsRefused() {
        LuoshiException e = refused(INVENTED_2031.replace("2031-09-26\tHOLIDAY\t中秋节\n", "")
                .replace("2031-04-05\tHOLIDAY\t清明节", "2031-04-05\tHOLIDAY\t清明"));
        assertTrue(e.getMessage().contains("缺少法定节日的放假安排：中秋节"), e.getMessage());
        assertFalse(e.getMessage().contains("清明节"), "“清明” names 清明节: " + e.getMessage());
        assertTrue(e.fieldErrors().containsKey("festivals"));
        // "中秋节、国庆节" on one day names both festivals
        assertEquals(15, calendar.upload(ADMIN, 2031, INVENTED_2031.replace("2031-09-26\tHOLIDAY\t中秋节",
                "2031-09-26\tHOLIDAY\t中秋节、国庆节")).holidays);
    }

    @Test
    void aShippedYearCannotBeReplaced() throws Exception {
        LuoshiException e = refused(2026, INVENTED_2031.replace("2031-", "2026-"));
        assertTrue(e.getMessage().contains("2026年的安排随平台发布，不能替换"), e.getMessage());
        assertTrue(e.fieldErrors().containsKey("year"));
        assertEquals("春节", calendar.holidayName(LocalDate.parse("2026-02-15")), "the shipped year is untouched");
        assertTrue(stored().isEmpty());
    }

    @Test
    void everyProblemIsListedWithItsLine() {
        String broken = String.join("\n",
                "# 测试用的错误文件（虚构）",
                "2031-01-01\tHOLIDAY\t元旦",
                "2031-13-01\tHOLIDAY\t春节",
                "2031-02-02\tDAYOFF\t春节",
                "2031-02-03\tHOLIDAY\t",
                "2031-02-04 HOLIDAY 春节",
                "2031-02-08\tWORKDAY\t春节调休上班");
        LuoshiException e = refused(broken);
        assertTrue(e.getMessage().contains("第3行：日期“2031-13-01”无效"), e.getMessage());
        assertTrue(e.getMessage().contains("第4行：类别应为 HOLIDAY（放假）或 WORKDAY（调休上班），而不是“DAYOFF”"), e.getMessage());
        assertTrue(e.getMessage().contains("第5行：放假日须写明节日名称"), e.getMessage());
        assertTrue(e.getMessage().contains("第6行：应为三列"), e.getMessage());
        assertTrue(e.getMessage().contains("缺少法定节日的放假安排：春节、清明节、劳动节、端午节、中秋节、国庆节"), e.getMessage());
        assertEquals(Set.of("line3", "line4", "line5", "line6", "festivals"), e.fieldErrors().keySet());
    }

    @Test
    void moreThanFortyDaysOffInARowAreRefused() {
        StringBuilder summer = new StringBuilder(INVENTED_2031);
        for (LocalDate d = LocalDate.parse("2031-07-01"); d.isBefore(LocalDate.parse("2031-08-16")); d = d.plusDays(1)) {
            summer.append(d).append("\tHOLIDAY\t暑假\n");
        }
        LuoshiException e = refused(summer.toString());
        assertTrue(e.getMessage().contains("连续休息 48 天（2031-07-01 至 2031-08-17），超过 40 天的上限"), e.getMessage());
    }

    @Test
    void emptyTooLargeAndOutOfRangeAreRefused() {
        assertTrue(refused("").getMessage().contains("文件为空"));
        assertTrue(refused("# 只有注释\n").getMessage().contains("没有任何日期"));
        assertTrue(refused(INVENTED_2031 + "#".repeat(70_000)).getMessage().contains("文件过大（最大 64 KB）"));
        assertTrue(refused(1999, INVENTED_2031).fieldErrors().containsKey("year"));
    }

    @Test
    void aStoredFileThatNoLongerPassesIsLeftOutAtStart() throws Exception {
        Files.writeString(dir.resolve("2032.tsv"), "2032-01-01\tHOLIDAY\t元旦\n"); // festivals missing
        Files.writeString(dir.resolve("2026.tsv"), INVENTED_2031.replace("2031-", "2026-")); // a shipped year
        Files.writeString(dir.resolve("notes.tsv"), "anything");
        CalendarServiceImpl c = service();
        assertFalse(c.covers(2032));
        assertEquals(CalendarYearDTO.SHIPPED, c.years().stream().filter(y -> y.year == 2026).findFirst().orElseThrow().source);
        assertEquals("春节", c.holidayName(LocalDate.parse("2026-02-15")));
    }

    // ---- the warning -----------------------------------------------------------------------------------------------

    @Test
    void theWarningNamesTheComingYearFromOctoberOn() {
        String w = calendar.warning(LocalDate.of(2026, 12, 8));
        assertEquals("2027年法定节假日和调休安排尚未载入：2027年的报送截止日暂按周末计算（临时）。请在国务院办公厅公布安排后由管理员载入。", w);
        assertNull(calendar.warning(LocalDate.of(2026, 9, 30)), "before October the coming year is not due yet");
        assertTrue(calendar.warning(LocalDate.of(2027, 3, 1)).startsWith("2027年法定节假日"));
        assertTrue(calendar.warning(LocalDate.of(2027, 11, 1)).startsWith("2027年、2028年法定节假日"));
    }

    @Test
    void noWarningOnceTheComingYearIsCovered() {
        // an INVENTED 2027, only to cover the year: not the State Council's arrangement
        calendar.upload(ADMIN, 2027, INVENTED_2031.replace("2031-", "2027-").replace("2027-02-08\tWORKDAY", "2027-02-07\tWORKDAY"));
        assertNull(calendar.warning(LocalDate.of(2026, 12, 8)));
        assertNull(calendar.warning(LocalDate.of(2027, 9, 30)));
        assertTrue(calendar.warning(LocalDate.of(2027, 10, 1)).startsWith("2028年"));
    }
}

package org.luoshi.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.luoshi.itests.Platform.Answer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 16, item 11: the statutory calendar is renewed while the platform runs. {@code /api/health} warns that 2027 has
 * no holiday arrangement; an administrator loads one (PUT {@code /api/admin/calendar/2027}, TSV text) and the due day of
 * Shuozhou's monthly report moves at once and is no longer provisional; a broken file is refused naming its line and
 * keeps nothing; nobody else may; removing the year makes the due day provisional again.
 * <p>
 * <b>The 2027 arrangement below is INVENTED for this test</b> — it is not the State Council's arrangement for 2027 (not
 * published when this test was written); a holiday is put on Tuesday 2 February only to make the due day roll. The
 * test removes it in a {@code finally}, so no other test ever sees it.
 */
@ExtendWith(Platform.class)
class CalendarIT {
    static final String CALENDAR = Platform.API + "/admin/calendar";
    static final String TSV = "text/tab-separated-values; charset=UTF-8";
    /**
     * January 2027's report of a monthly cycle like Shuozhou's (by the 2nd, on the month before, rolled) is due Tuesday
     * 2 February. Shuozhou's own ended with its action in 2022, so the test's office sets one up as an ad hoc cycle.
     */
    static String periods;

    /** INVENTED, NOT a real arrangement: 春节 Monday 1 to Wednesday 3 February 2027, Saturday 6 February worked. */
    static final String INVENTED_2027 = String.join("\n",
            "# INVENTED FOR CalendarIT — not the State Council's arrangement for 2027",
            "2027-01-01\tHOLIDAY\t元旦",
            "2027-02-01\tHOLIDAY\t春节",
            "2027-02-02\tHOLIDAY\t春节",
            "2027-02-03\tHOLIDAY\t春节",
            "2027-02-06\tWORKDAY\t春节调休上班",
            "2027-04-05\tHOLIDAY\t清明节",
            "2027-05-03\tHOLIDAY\t劳动节",
            "2027-06-09\tHOLIDAY\t端午节",
            "2027-09-15\tHOLIDAY\t中秋节",
            "2027-10-01\tHOLIDAY\t国庆节",
            "");

    static Answer put(String user, int year, String tsv) {
        return Platform.sendBytes(user, "PUT", CALENDAR + "/" + year, TSV, tsv.getBytes(StandardCharsets.UTF_8));
    }

    static JsonNode february2027() {
        Answer a = Platform.get("shuozhou", periods);
        assertEquals(200, a.status(), a.body());
        JsonNode periods = a.json();
        assertEquals(1, periods.size(), periods.toString());
        JsonNode p = periods.get(0);
        assertEquals("2027年1月", p.get("label").asText(), p.toString());
        assertTrue(p.get("nominalDue").asText().startsWith("2027-02-02T23:59"), p.toString());
        return p;
    }

    static JsonNode health() {
        Answer a = Platform.get(null, Platform.API + "/health");
        assertEquals(200, a.status(), a.body());
        JsonNode calendar = a.json().get("calendar");
        assertTrue(calendar != null && calendar.isObject(), "health names the calendar: " + a.body());
        return calendar;
    }

    static boolean covers2027(JsonNode healthCalendar) {
        for (JsonNode y : healthCalendar.get("years")) {
            if (y.asInt() == 2027) {
                return true;
            }
        }
        return false;
    }

    /** The warning is due while 2027 is unknown: in 2027, or from 1 October 2026 on. */
    static boolean warningDue() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        return today.getYear() == 2027 || today.getYear() == 2026 && today.getMonthValue() >= 10;
    }

    @Test
    void anAdministratorLoads2027AndTheDueDayFollows() throws Exception {
        Answer cycle = Platform.postJson("shuozhou", Platform.API + "/cycles/shuozhou", java.util.Map.of(
                "name", "日历测试月报", "rrule", "FREQ=MONTHLY;BYMONTHDAY=2", "start", "2027-01-01", "until", "2027-12-31",
                "rollToWorkingDay", true, "periodKind", "MONTH", "periodOffset", -1,
                "receiver", "shanxi.shuozhou.anweiban", "reporters", java.util.List.of("shanxi.shuozhou.pinglu")));
        assertEquals(201, cycle.status(), cycle.body());
        String id = cycle.json().get("id").asText();
        periods = Platform.API + "/reporting/shuozhou/" + id + "/periods?from=2027-02-01&to=2027-02-28";
        try {
            loads2027();
        } finally {
            assertEquals(200, Platform.send("shuozhou", "DELETE", Platform.API + "/cycles/shuozhou/" + id, "").status());
        }
    }

    private static void loads2027() throws Exception {
        JsonNode before = health();
        assertFalse(covers2027(before), "2027 must not be installed before this test: " + before);
        assertEquals(2022, before.get("firstYear").asInt(), before.toString());
        if (warningDue()) {
            assertTrue(before.path("warning").asText().contains("2027年法定节假日和调休安排尚未载入"), before.toString());
            assertTrue(before.path("warning").asText().contains("临时"), before.toString());
        }
        JsonNode listed = Platform.get("admin", CALENDAR).json();
        assertEquals(5, listed.get("years").size(), "2022–2026 ship with the platform: " + listed);
        assertEquals("SHIPPED", listed.get("years").get(0).get("source").asText(), listed.toString());

        JsonNode provisional = february2027();
        assertTrue(provisional.get("due").asText().startsWith("2027-02-02T23:59"), "a Tuesday: " + provisional);
        assertFalse(provisional.get("rolled").asBoolean(), provisional.toString());
        assertTrue(provisional.get("provisional").asBoolean(), "2027's holidays are not known: " + provisional);

        // nobody but an administrator: not the city's office, not even to read
        assertEquals(403, put("shuozhou", 2027, INVENTED_2027).status());
        assertEquals(403, Platform.get("shuozhou", CALENDAR).status());
        assertEquals(403, Platform.send("shuozhou", "DELETE", CALENDAR + "/2027", "").status());
        // a shipped year is never replaced
        Answer shipped = put("admin", 2026, INVENTED_2027.replace("2027-", "2026-"));
        assertEquals(400, shipped.status(), shipped.body());
        assertTrue(shipped.json().get("detail").asText().contains("随平台发布"), shipped.body());
        // a broken file: 400 naming the line (line 3: a make-up working day on Wednesday 6 January), nothing kept
        Answer broken = put("admin", 2027, INVENTED_2027.replace("2027-02-01\tHOLIDAY\t春节", "2027-01-06\tWORKDAY\t元旦调休上班"));
        assertEquals(400, broken.status(), broken.body());
        assertTrue(broken.contentType().startsWith("application/problem+json"), broken.contentType());
        assertTrue(broken.json().get("detail").asText().contains("第3行"), broken.body());
        assertTrue(broken.json().get("detail").asText().contains("星期三"), broken.body());
        assertTrue(broken.json().get("errors").has("line3"), broken.body());
        assertFalse(covers2027(health()), "a refused file keeps nothing");

        boolean loaded = false;
        try {
            Answer up = put("admin", 2027, INVENTED_2027);
            assertEquals(200, up.status(), up.body());
            loaded = true;
            assertEquals(2027, up.json().get("year").asInt());
            assertEquals("UPLOADED", up.json().get("source").asText());
            assertEquals(9, up.json().get("holidays").asInt());
            assertEquals(1, up.json().get("makeUpDays").asInt());
            assertEquals("admin", up.json().get("uploadedBy").asText());

            JsonNode rolled = february2027();
            assertTrue(rolled.get("due").asText().startsWith("2027-02-04T23:59"),
                    "past the invented 春节 (1–3 February) to Thursday: " + rolled);
            assertTrue(rolled.get("rolled").asBoolean(), rolled.toString());
            assertFalse(rolled.get("provisional").asBoolean(), rolled.toString());

            JsonNode after = health();
            assertTrue(covers2027(after), after.toString());
            assertFalse(after.path("warning").asText().contains("2027年法定"), after.toString());
            assertTrue(audited("calendar.upload"), "the upload is audited");
        } finally {
            Answer removed = Platform.send("admin", "DELETE", CALENDAR + "/2027", "");
            if (loaded) {
                assertEquals(204, removed.status(), removed.body());
            }
        }
        JsonNode again = february2027();
        assertTrue(again.get("due").asText().startsWith("2027-02-02T23:59"), again.toString());
        assertTrue(again.get("provisional").asBoolean(), "2027 is unknown again: " + again);
        assertFalse(covers2027(health()));
        assertTrue(audited("calendar.remove"), "the removal is audited");
        assertEquals(409, Platform.send("admin", "DELETE", CALENDAR + "/2026", "").status(), "shipped years stay");
        assertEquals(404, Platform.send("admin", "DELETE", CALENDAR + "/2027", "").status(), "nothing left to remove");
    }

    /** Whether the audit trail holds an entry of that action about 2027 (entries are chained just after they commit). */
    private static boolean audited(String action) throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            Answer a = Platform.get("admin", Platform.API + "/audit?entityType=calendar&entityId=2027&limit=50");
            if (a.status() == 200 && a.body().contains("\"" + action + "\"")) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }
}

package org.luoshi.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.luoshi.itests.Platform.Answer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Written dispatch on Shuozhou's monthly cycle (一小结、一报表、两清单 by the 2nd): periods, reports, late marks,
 * non-submitters. The cycle reports by its form (the summary and three attachments, see MonthlyFormIT): a plain
 * submission is refused.
 */
@ExtendWith(Platform.class)
class ReportingIT {
    static final String P = Platform.API + "/reporting/shuozhou/monthly/periods";

    static JsonNode periods(String from, String to) {
        Answer a = Platform.get("shuozhou", P + "?from=" + from + "&to=" + to);
        assertEquals(200, a.status(), a.body());
        return a.json();
    }

    @Test
    void shuozhouDeclaresItsMonthlyCycleAsData() {
        JsonNode cycles = Platform.get("admin", Platform.API + "/jurisdictions/shuozhou/cycles").json();
        JsonNode monthly = null;
        for (JsonNode c : cycles) {
            if (c.get("id").asText().equals("monthly")) {
                monthly = c;
            }
        }
        assertTrue(monthly != null, cycles.toString());
        assertEquals("一小结、一报表、两清单", monthly.get("name").asText());
        assertEquals("shanxi.shuozhou.anweiban", monthly.get("receiver").asText());
        assertEquals(14, monthly.get("reporters").size(), "7 counties and zones, 7 city departments (incl. 市公安局)");
        assertFalse(monthly.get("reporters").toString().contains("anweiban"));
        assertEquals("monthly", monthly.get("form").get("id").asText(), "reported by its form");
    }

    @Test
    void periodsAreDueByThe2ndOnTheMonthBeforeAndRollOverHolidays() {
        JsonNode first = periods("2022-06-01", "2022-06-30").get(0);
        assertEquals(1, first.get("index").asInt());
        assertEquals("2022年5月", first.get("label").asText());
        assertEquals("2022-05-01", first.get("periodStart").asText());
        assertEquals("2022-05-31", first.get("periodEnd").asText());
        assertTrue(first.get("due").asText().startsWith("2022-06-02T23:59"), first.toString());
        assertTrue(first.get("due").asText().endsWith("+08:00"), first.toString());
        JsonNode october = periods("2022-10-01", "2022-10-31").get(0);
        assertEquals("2022年9月", october.get("label").asText());
        assertTrue(october.get("rolled").asBoolean(), october.toString());
        assertTrue(october.get("due").asText().startsWith("2022-10-08"), "National Day: the 2nd rolls to the make-up Saturday "
                + october);
        assertEquals(400, Platform.get("shuozhou", P + "?from=2022-12-01&to=2022-01-01").status());
        assertEquals(404, Platform.get("shuozhou", Platform.API + "/reporting/shuozhou/nosuch/periods").status());
    }

    @Test
    void reportsAreMarkedLateAndTheMissingUnitsListed() {
        String url = P + "/2"; // 2022年6月, due 2022-07-04 (the 2nd is a Saturday)
        String shuocheng = "shanxi.shuozhou.shuocheng";
        Answer plain = Platform.postJson("shuocheng", url + "/submissions", Map.of("unit", shuocheng,
                "note", "6月一小结、一报表、两清单"));
        assertEquals(409, plain.status(), "the cycle reports by its form: " + plain.body());
        String reports = MonthlyFormIT.FORMS + "/reports";
        Map<String, Long> files = MonthlyFormIT.attachments("shuocheng", shuocheng, "6月");
        Answer in = Platform.postJson("shuocheng", reports, MonthlyFormIT.report(2, shuocheng, "6月小结", files));
        assertEquals(201, in.status(), in.body());
        assertTrue(in.json().get("late").asBoolean(), "submitted years after the due day");
        assertEquals("shuocheng", in.json().get("submittedBy").asText());
        assertEquals(409, Platform.postJson("shuocheng", reports, MonthlyFormIT.report(2, shuocheng, "再报", files)).status());
        assertEquals(403, Platform.postJson("pinglu", reports, MonthlyFormIT.report(2, shuocheng, "代报", Map.of())).status());
        assertEquals(400, Platform.postJson("shuozhou", reports, MonthlyFormIT.report(2, "shanxi.shuozhou.anweiban",
                "收集单位自己", Map.of())).status());
        Answer empty = Platform.postJson("pinglu", reports, MonthlyFormIT.report(2, "shanxi.shuozhou.pinglu", null, Map.of()));
        assertEquals(400, empty.status(), "nothing filled in: " + empty.body());
        assertEquals(4, empty.json().get("errors").size(), empty.body());

        JsonNode status = Platform.get("shuozhou", url).json();
        assertEquals("2022年6月", status.get("period").get("label").asText());
        assertTrue(status.get("overdue").asBoolean());
        assertEquals(1, status.get("submitted").size());
        assertEquals(13, status.get("missing").size());
        assertTrue(status.get("missing").toString().contains("平鲁区"));
        assertFalse(status.get("missing").toString().contains("朔城区"));
        assertEquals(403, Platform.get("shuocheng", url).status(), "only the collecting office and above see who is missing");
    }

    @Test
    void aPeriodNotYetStartedTakesNoReport() {
        // the province's quarterly dispatch runs on (朔州's monthly one ended with its action in 2022): a quarter due
        // more than 100 days from now has not begun
        String quarterly = Platform.API + "/reporting/shanxi/quarterly/periods";
        JsonNode future = Platform.get("shuozhou", quarterly + "?from=" + HazardRestIT.today().plusDays(100) + "&to="
                + HazardRestIT.today().plusDays(200)).json().get(0);
        Answer a = Platform.postJson("shuozhou", quarterly + "/" + future.get("index").asInt() + "/submissions",
                Map.of("unit", "shanxi.shuozhou", "note", "提前报送"));
        assertEquals(409, a.status(), a.body());
    }

    /** 朔安发〔2022〕3号: "本次安全生产大检查大整治大提升行动从即日起至2022年11月底结束" — the last report covers November. */
    @Test
    void theMonthlyReportEndsWithTheAction() {
        JsonNode all = periods("2022-01-01", "2026-12-31");
        assertEquals(7, all.size(), "May to November 2022: " + all);
        assertEquals("2022年11月", all.get(6).get("label").asText());
        assertTrue(all.get(6).get("due").asText().startsWith("2022-12-02"), all.get(6).toString());
        JsonNode phases = Platform.get("shuozhou", Platform.API + "/reporting/shuozhou/phases/periods?from=2022-11-01&to=2022-11-30").json();
        assertTrue(phases.toString().contains("加强督查抽查"), "三是加强督查抽查（即日起至11月20日）: " + phases);
    }

    @Test
    void reportingAndTheSummaryOverSoap() {
        String ws = Platform.SOAP + "/reporting";
        Answer periods = HazardSoapIT.call("shuozhou", ws, "<l:listPeriods><jurisdiction>shuozhou</jurisdiction><cycle>monthly</cycle>"
                + "<from>2022-01-01</from><to>2023-12-31</to></l:listPeriods>");
        assertEquals(200, periods.status(), periods.body());
        assertEquals(7, periods.body().split("<period>").length - 1);
        assertTrue(periods.body().contains("<label>2022年11月</label>"), "the 2 December 2022 report covers November");
        assertFalse(periods.body().contains("<label>2022年12月</label>"), "the action ended with November");
        Answer plain = HazardSoapIT.call("pinglu", ws, "<l:submitReport><jurisdiction>shuozhou</jurisdiction><cycle>monthly</cycle>"
                + "<periodIndex>3</periodIndex><unit>shanxi.shuozhou.pinglu</unit><note>7月报表</note></l:submitReport>");
        assertTrue(plain.body().contains("[CONFLICT]") && plain.body().contains("须填报报表"),
                "the cycle reports by its form: " + plain.body());
        // the form over SOAP (/soap/forms): the attachments, then the report
        String forms = Platform.SOAP + "/forms";
        StringBuilder values = new StringBuilder("<values><key>S1</key><value>7月小结</value></values>");
        for (String[] item : new String[][] { { "R1", "7月情况报表.pdf" }, { "L1", "7月十五项措施落实清单.txt" },
                { "L2", "7月重点任务清单.txt" } }) {
            byte[] bytes = item[1].endsWith(".pdf") ? MonthlyFormIT.PDF : item[1].getBytes(java.nio.charset.StandardCharsets.UTF_8);
            Answer file = HazardSoapIT.call("pinglu", forms, "<l:attachFile><jurisdiction>shuozhou</jurisdiction>"
                    + "<cycle>monthly</cycle><unit>shanxi.shuozhou.pinglu</unit><field>" + item[0] + "</field><name>"
                    + item[1] + "</name><content>" + java.util.Base64.getEncoder().encodeToString(bytes)
                    + "</content></l:attachFile>");
            assertEquals(200, file.status(), file.body());
            values.append("<values><key>").append(item[0]).append("</key><value>")
                    .append(HazardSoapIT.first(file.body(), "id")).append("</value></values>");
        }
        Answer submitted = HazardSoapIT.call("pinglu", forms, "<l:submitReport><report><jurisdiction>shuozhou</jurisdiction>"
                + "<cycleId>monthly</cycleId><periodIndex>3</periodIndex><unit>shanxi.shuozhou.pinglu</unit>"
                + "<table>main</table>" + values + "</report></l:submitReport>");
        assertEquals(200, submitted.status(), submitted.body());
        assertEquals("true", HazardSoapIT.first(submitted.body(), "late"));
        Answer status = HazardSoapIT.call("shuozhou", ws, "<l:getPeriodStatus><jurisdiction>shuozhou</jurisdiction><cycle>monthly</cycle>"
                + "<periodIndex>3</periodIndex></l:getPeriodStatus>");
        assertEquals(13, status.body().split("<missing>").length - 1, status.body());
        Answer badDate = HazardSoapIT.call("shuozhou", ws, "<l:listPeriods><jurisdiction>shuozhou</jurisdiction><cycle>monthly</cycle>"
                + "<from>昨天</from><to>2023-12-31</to></l:listPeriods>");
        assertTrue(badDate.body().contains("faultstring") && badDate.body().contains("from"), badDate.body());
        Answer summary = HazardSoapIT.call("shuozhou", Platform.SOAP + "/hazards", "<l:getSummary><unit>shanxi.shuozhou</unit></l:getSummary>");
        assertEquals(200, summary.status(), summary.body());
        assertTrue(summary.body().contains("朔城区") && summary.body().contains("<total>"), summary.body());
    }

    @Test
    void remindersListWhatAUnitStillOwesUntilItReports() {
        // the next monthly period due from now, computed independently through the periods call
        JsonNode next = null;
        for (JsonNode p : periods(HazardRestIT.today().toString(), HazardRestIT.today().plusDays(31).toString())) {
            if (java.time.OffsetDateTime.parse(p.get("due").asText()).isAfter(java.time.OffsetDateTime.now())) {
                next = p;
                break;
            }
        }
        JsonNode reminders = Platform.get("huairen", Platform.API + "/reminders?days=31&limit=200").json().get("items");
        String label = next == null ? null : next.get("label").asText();
        boolean listed = false;
        for (JsonNode r : reminders) {
            assertEquals("shanxi.shuozhou.huairen", r.get("unit").asText(), "only the caller's own units: " + r);
            if (r.get("cycleId").asText().equals("monthly") && r.get("period").get("label").asText().equals(label)) {
                listed = true;
                assertTrue(r.get("hoursLeft").asLong() <= 31 * 24);
            }
        }
        assertEquals(next != null, listed, reminders.toString());
        assertEquals(400, Platform.get("huairen", Platform.API + "/reminders?days=99").status());
        if (next != null) {
            int index = next.get("index").asInt();
            Answer early = Platform.postJson("huairen", P + "/" + index + "/submissions",
                    Map.of("unit", "shanxi.shuozhou.huairen", "note", "按时报送"));
            if (early.status() == 201) { // the period has begun: reporting it clears the reminder
                assertFalse(early.json().get("late").asBoolean());
                assertFalse(Platform.get("huairen", Platform.API + "/reminders?days=31").body()
                        .contains("\"label\":\"" + label + "\""));
            } else {
                assertEquals(409, early.status(), early.body());
            }
        }
    }
}

package org.luoshi.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.luoshi.itests.Platform.Answer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Mechanism 3, written dispatch: Fangshan's 调度表 (附件 of seed 004) as a data form. Its computed figures must equal
 * counts made here from the hazard records themselves, each must drill down to exactly the records it counts, typed
 * items are checked, a table is submitted once, and a unit has reported when both of its tables are in.
 */
@ExtendWith(Platform.class)
class DispatchFormIT {
    static final String FORMS = Platform.API + "/forms/fangshan/dispatch";
    static final String GROUP = "shanxi.lvliang.fangshan.fagai.nengyuanzu";
    static final String SECTION = "shanxi.lvliang.fangshan.fagai.nengyuangu";
    static final String GRAIN_GROUP = "shanxi.lvliang.fangshan.fagai.liangshizu";

    /** The June 2023 period: 29 May – 28 June, figures cumulative from 25 April. */
    static int juneIndex() {
        JsonNode june = Platform.get("fangshan", Platform.API + "/reporting/fangshan/dispatch/periods?from=2023-06-01&to=2023-06-30")
                .json().get(0);
        assertEquals("2023-06-28", june.get("cutOff").asText());
        assertEquals("2023-04-25", june.get("figuresFrom").asText());
        return june.get("index").asInt();
    }

    static long hazard(String unit, String source, boolean major, boolean listed, String found) {
        Map<String, Object> h = HazardRestIT.hazard(unit, "调度表-" + source + "-" + UUID.randomUUID());
        h.put("jurisdiction", "fangshan");
        h.put("source", source);
        h.put("major", major);
        h.put("inspectionDate", found);
        h.put("deadline", "2023-09-30");
        Answer a = Platform.postJson("fangshan", Platform.API + "/hazards", h);
        assertEquals(201, a.status(), a.body());
        long id = a.json().get("id").asLong();
        if (listed) {
            ListingIT.listThrough("fangshan", id, unit);
        }
        return id;
    }

    static void rectified(long id, String on) {
        Answer a = Platform.postJson("fangshan", Platform.API + "/hazards/" + id + "/progress",
                Map.of("status", "REPORTED", "progress", "已整改", "completedOn", on, "version", version(id)));
        assertEquals(200, a.status(), a.body());
    }

    static long version(long id) {
        return Platform.get("fangshan", Platform.API + "/hazards/" + id).json().get("version").asLong();
    }

    /** Every hazard of the jurisdiction under the unit, page by page, with no filter but the unit. */
    static List<JsonNode> all(String unit) {
        List<JsonNode> out = new ArrayList<>();
        for (int offset = 0;; offset += 200) {
            JsonNode page = Platform.get("fangshan", Platform.API + "/hazards?jurisdiction=fangshan&unit=" + unit
                    + "&limit=200&offset=" + offset).json();
            page.get("items").forEach(out::add);
            if (out.size() >= page.get("total").asLong() || page.get("items").isEmpty()) {
                return out;
            }
        }
    }

    /** The ten figures of block 总体情况, counted here from the records by the form's printed meaning. */
    static Map<String, Long> expected(String scope, LocalDate from, LocalDate to) {
        List<JsonNode> records = new ArrayList<>();
        for (JsonNode h : all(scope)) {
            LocalDate found = LocalDate.parse(h.get("inspectionDate").asText());
            if (!found.isBefore(from) && !found.isAfter(to) && h.get("major").asBoolean()) {
                records.add(h);
            }
        }
        Predicate<JsonNode> done = h -> !h.get("completedOn").isNull()
                && !LocalDate.parse(h.get("completedOn").asText()).isAfter(to)
                && List.of("REPORTED", "ACCEPTED").contains(h.get("status").asText());
        Map<String, Long> out = new LinkedHashMap<>();
        String[] sources = {"SELF_REPORT", "ENFORCEMENT", "TIP_OFF", "ASSIGNED"};
        for (int i = 0; i < sources.length; i++) {
            String s = sources[i];
            out.put("A" + (2 * i + 1), records.stream().filter(h -> s.equals(h.get("source").asText())).count());
            out.put("A" + (2 * i + 2), records.stream().filter(h -> s.equals(h.get("source").asText())).filter(done).count());
        }
        out.put("A9", records.stream().filter(h -> h.get("listed").asBoolean()).count());
        out.put("A10", records.stream().filter(h -> h.get("listed").asBoolean()).filter(done).count());
        return out;
    }

    static Map<String, JsonNode> values(JsonNode report) {
        Map<String, JsonNode> out = new HashMap<>();
        report.get("values").forEach(v -> out.put(v.get("key").asText(), v));
        return out;
    }

    static List<Map<String, String>> typed(JsonNode form, String value) {
        List<Map<String, String>> out = new ArrayList<>();
        for (JsonNode f : form.get("fields")) {
            if (f.get("figure").isNull()) {
                String type = f.get("type").asText();
                out.add(Map.of("key", f.get("key").asText(), "value",
                        "YESNO".equals(type) ? "是" : "AMOUNT".equals(type) ? "1.5" : value));
            }
        }
        return out;
    }

    @Test
    void theFormIsCarriedOverFromTheSeed() {
        JsonNode form = Platform.get("fangshan", FORMS).json();
        assertEquals("全县重大事故隐患专项排查整治 2023 行动进展情况调度表", form.get("title").asText());
        assertEquals(2, form.get("tables").size());
        assertEquals("本股室", form.get("tables").get(0).get("name").asText());
        assertEquals("所属行业领域", form.get("tables").get(1).get("name").asText());
        Map<String, Integer> items = new LinkedHashMap<>();
        int computed = 0;
        for (JsonNode f : form.get("fields")) {
            items.merge(f.get("block").asText() + "#" + f.get("no").asInt(), 1, Integer::sum);
            computed += f.get("figure").isNull() ? 0 : 1;
        }
        assertEquals(10 + 8 + 10 + 8, items.size(), "four blocks, every numbered item: " + items.keySet());
        assertEquals(10, computed, "block 总体情况 is computed from the hazard list");
        assertEquals(3, items.get("组织领导情况#1"), "县/镇/部门 split where the form marks it");
        assertEquals(2, items.get("组织领导情况#7"), "县/镇 split");
        assertEquals(2, items.get("部门精准严格执法情况#6"), "停产/关闭");
        assertEquals(4, form.get("notes").size());
        assertTrue(form.get("notes").get(0).asText().contains("每月 28 日前上报截至当月 28 日的累计情况"));
        JsonNode cycle = null;
        for (JsonNode c : Platform.get("fangshan", Platform.API + "/jurisdictions/fangshan/cycles").json()) {
            cycle = "dispatch".equals(c.get("id").asText()) ? c : cycle;
        }
        assertEquals("dispatch", cycle.get("form").get("id").asText(), "the cycle carries its form");
    }

    @Test
    void computedFiguresEqualIndependentCountsAndDrillDownToTheirRecords() throws IOException {
        int june = juneIndex();
        // in the window (25 April – 28 June 2023), before it, and after the cut-off; both scopes of the group
        long self = hazard(SECTION, "SELF_REPORT", true, false, "2023-05-10");
        hazard(SECTION, "SELF_REPORT", true, false, "2023-04-20");
        long enforced = hazard(SECTION, "ENFORCEMENT", true, true, "2023-06-01");
        hazard(SECTION, "ENFORCEMENT", true, false, "2023-07-02");
        long tip = hazard(SECTION, "TIP_OFF", true, false, "2023-06-28");
        hazard(SECTION, "TIP_OFF", false, false, "2023-06-03");
        hazard(SECTION, "ASSIGNED", true, true, "2023-05-30");
        long lateFix = hazard(SECTION, "ASSIGNED", true, false, "2023-06-15");
        hazard(GROUP, "SELF_REPORT", true, false, "2023-06-20");
        rectified(self, "2023-06-01");
        rectified(enforced, "2023-06-28");
        rectified(tip, "2023-06-28");
        rectified(lateFix, "2023-07-05"); // rectified after the cut-off: not yet 已完成整改 in June's table

        LocalDate from = LocalDate.parse("2023-04-25");
        LocalDate to = LocalDate.parse("2023-06-28");
        String table = FORMS + "/periods/" + june + "/units/" + GROUP + "/tables/";
        for (String[] t : new String[][] {{"section", SECTION}, {"sector", GROUP}}) {
            Answer a = Platform.get("fangshan", table + t[0]);
            assertEquals(200, a.status(), a.body());
            JsonNode report = a.json();
            assertEquals("OPEN", report.get("status").asText());
            assertEquals(t[1], report.get("scope").asText());
            Map<String, JsonNode> values = values(report);
            Map<String, Long> expected = expected(t[1], from, to);
            for (Map.Entry<String, Long> e : expected.entrySet()) {
                JsonNode v = values.get(e.getKey());
                assertTrue(v.get("computed").asBoolean());
                assertEquals(e.getValue().longValue(), v.get("value").asLong(), t[0] + " " + e.getKey());
                JsonNode drilled = Platform.get("fangshan", "http://localhost:8181" + v.get("drillDown").asText()
                        + "&limit=200").json();
                assertEquals(e.getValue().longValue(), drilled.get("total").asLong(), "drill-down of " + e.getKey());
            }
            if (t[0].equals("section")) {
                assertTrue(expected.get("A1") >= 1 && expected.get("A2") >= 1 && expected.get("A9") >= 2,
                        "the records made here count: " + expected);
                assertTrue(values.get("A8").get("value").asLong() < values.get("A7").get("value").asLong(),
                        "rectified after the cut-off does not count");
            }
            assertTrue(values.get("B1").get("value").isNull() && !values.get("B1").get("computed").asBoolean(),
                    "spot-check items are typed");
        }
    }

    @Test
    void aTableIsCheckedSubmittedOnceAndTheUnitHasReportedWithBothTables() throws IOException {
        int june = juneIndex();
        JsonNode form = Platform.get("fangshan", FORMS).json();
        String reports = FORMS + "/reports";

        Map<String, Object> bad = new HashMap<>(Map.of("periodIndex", june, "unit", GRAIN_GROUP, "table", "section"));
        List<Map<String, String>> badValues = typed(form, "-3");
        badValues.add(Map.of("key", "A1", "value", "99"));
        bad.put("values", badValues);
        Answer refused = Platform.postJson("fangshan", reports, bad);
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.json().get("errors").has("A1"), "a computed figure is never typed: " + refused.body());
        assertTrue(refused.json().get("errors").has("B1"), refused.body());
        assertFalse(Platform.get("fangshan", reports + "?period=" + june + "&limit=200").body().contains(GRAIN_GROUP),
                "a refused table leaves nothing behind");

        Map<String, Object> good = new HashMap<>(Map.of("periodIndex", june, "unit", GRAIN_GROUP, "table", "section"));
        good.put("values", typed(form, "2"));
        Answer in = Platform.postJson("fangshan", reports, good);
        assertEquals(201, in.status(), in.body());
        JsonNode stored = in.json();
        assertEquals("SUBMITTED", stored.get("status").asText());
        assertEquals("fangshan", stored.get("submittedBy").asText());
        assertTrue(stored.get("late").asBoolean(), "June 2023 was due on 28 June 2023");
        assertEquals("2", values(stored).get("B1").get("value").asText());
        assertEquals("1.5", values(stored).get("C3.amount").get("value").asText());
        assertEquals("是", values(stored).get("D6").get("value").asText());
        assertNotNull(values(stored).get("A1").get("value").asText(), "figures frozen with the table");
        assertEquals(409, Platform.postJson("fangshan", reports, good).status(), "once per unit, table and period");

        JsonNode status = Platform.get("fangshan", Platform.API + "/reporting/fangshan/dispatch/periods/" + june).json();
        assertTrue(status.get("missing").toString().contains(GRAIN_GROUP), "one table of two is not a report yet");
        good.put("table", "sector");
        assertEquals(201, Platform.postJson("fangshan", reports, good).status());
        status = Platform.get("fangshan", Platform.API + "/reporting/fangshan/dispatch/periods/" + june).json();
        assertFalse(status.get("missing").toString().contains(GRAIN_GROUP), status.toString());
        assertTrue(status.get("submitted").toString().contains(GRAIN_GROUP));
        assertTrue(status.get("missing").toString().contains("shanxi.lvliang.fangshan.fagai.renfangzu"),
                "who has not submitted");
        assertTrue(Platform.get("fangshan", Platform.API + "/reporting/fangshan/dispatch/submissions/mine").body()
                .contains(GRAIN_GROUP), "my submissions");
        assertEquals(409, Platform.postJson("fangshan", Platform.API + "/reporting/fangshan/dispatch/periods/" + june
                + "/submissions", Map.of("unit", GRAIN_GROUP, "note", "文字报送")).status(), "this cycle reports by form");

        JsonNode list = Platform.get("fangshan", reports + "?period=" + june + "&limit=200").json().get("items");
        long id = 0;
        for (JsonNode r : list) {
            id = GRAIN_GROUP.equals(r.get("unit").asText()) && "section".equals(r.get("table").asText()) ? r.get("id").asLong() : id;
        }
        assertTrue(id > 0, list.toString());
        byte[] xlsx = Platform.download("fangshan", Platform.API + "/exports/forms/" + id + ".xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals(form.get("title").asText(), wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
        }
        assertEquals(403, Platform.postJson("nengyuanzu", reports, Map.of("periodIndex", june, "unit", GRAIN_GROUP,
                "table", "section", "values", List.of())).status(), "a group reports only for itself");
        assertEquals(404, Platform.get("fangshan", Platform.API + "/forms/fangshan/disclosure").status(),
                "a cycle without a form");
    }

    @Test
    void aDraftIsKeptAsTypedUntilSubmittedAndASubmittedTableIsCorrectedWithItsReasonAndTheOldFigures() {
        int june = juneIndex();
        JsonNode form = Platform.get("fangshan", FORMS).json();
        String unit = "shanxi.lvliang.fangshan.fagai.renfangzu";
        String open = FORMS + "/periods/" + june + "/units/" + unit + "/tables/section";
        assertEquals("OPEN", Platform.get("fangshan", open).json().get("status").asText());

        // 暂存: what is typed stays as typed (1.5 is no count, and that is for the submission to say)
        Map<String, Object> draft = new HashMap<>(Map.of("periodIndex", june, "unit", unit, "table", "section"));
        draft.put("values", List.of(Map.of("key", "B1", "value", "1.5"), Map.of("key", "B2", "value", "7")));
        Answer kept = Platform.send("fangshan", "PUT", FORMS + "/drafts", draft);
        assertEquals(200, kept.status(), kept.body());
        assertEquals("1.5", values(kept.json()).get("B1").get("value").asText());
        assertEquals("fangshan", kept.json().get("draftSavedBy").asText());
        JsonNode again = Platform.get("fangshan", open).json();
        assertEquals("7", values(again).get("B2").get("value").asText(), "the draft is there for the next person");
        assertEquals("OPEN", again.get("status").asText());

        Map<String, Object> computed = new HashMap<>(draft);
        computed.put("values", List.of(Map.of("key", "A1", "value", "5")));
        Answer refused = Platform.send("fangshan", "PUT", FORMS + "/drafts", computed);
        assertEquals(400, refused.status(), "a computed figure is never typed, not even in a draft");
        assertTrue(refused.json().get("errors").has("A1"), refused.body());
        assertEquals(403, Platform.send("nengyuanzu", "PUT", FORMS + "/drafts", draft).status(),
                "a group keeps drafts only for itself");

        // submitted: the draft has served
        Map<String, Object> good = new HashMap<>(Map.of("periodIndex", june, "unit", unit, "table", "section"));
        good.put("values", typed(form, "2"));
        Answer in = Platform.postJson("fangshan", FORMS + "/reports", good);
        assertEquals(201, in.status(), in.body());
        long id = in.json().get("id").asLong();
        assertEquals(409, Platform.send("fangshan", "PUT", FORMS + "/drafts", draft).status(), "no draft of a submitted table");
        String a1 = values(in.json()).get("A1").get("value").asText();

        // 更正: a reason, a real change, checked like a submission; the old figures kept
        String corrections = Platform.API + "/forms/reports/" + id + "/corrections";
        List<Map<String, String>> fixed = new ArrayList<>();
        for (Map<String, String> v : typed(form, "2")) {
            fixed.add(v.get("key").equals("B1") ? Map.of("key", "B1", "value", "3") : v);
        }
        Answer noReason = Platform.postJson("fangshan", corrections, Map.of("reason", " ", "values", fixed));
        assertEquals(400, noReason.status());
        assertTrue(noReason.json().get("errors").has("reason"), noReason.body());
        Answer same = Platform.postJson("fangshan", corrections, Map.of("reason", "核对", "values", typed(form, "2")));
        assertEquals(400, same.status(), "a correction that changes nothing: " + same.body());
        Answer wrong = Platform.postJson("fangshan", corrections, Map.of("reason", "笔误", "values", typed(form, "-1")));
        assertEquals(400, wrong.status(), "checked as on submission");
        assertEquals(404, Platform.postJson("nengyuanzu", corrections, Map.of("reason", "笔误", "values", fixed)).status(),
                "another group does not see the table");

        // only the value corrected is sent: the others stay as they are
        Answer done = Platform.postJson("fangshan", corrections, Map.of("reason", "B1 笔误，应为 3",
                "values", List.of(Map.of("key", "B1", "value", "3"))));
        assertEquals(200, done.status(), done.body());
        JsonNode corrected = done.json();
        assertEquals("3", values(corrected).get("B1").get("value").asText());
        assertEquals(a1, values(corrected).get("A1").get("value").asText(), "the computed figures stay as frozen");
        assertEquals("2", values(corrected).get("B2").get("value").asText(), "a value not sent stays");
        JsonNode c = corrected.get("corrections").get(0);
        assertEquals("B1 笔误，应为 3", c.get("reason").asText());
        assertEquals("fangshan", c.get("correctedBy").asText());
        assertEquals(1, c.get("changes").size(), c.toString());
        assertEquals("2", c.get("changes").get(0).get("before").asText(), "the old figure kept");
        assertEquals("3", c.get("changes").get(0).get("after").asText());
        assertEquals("3", values(Platform.get("fangshan", Platform.API + "/forms/reports/" + id).json()).get("B1")
                .get("value").asText());
        assertTrue(Platform.get("admin", Platform.API + "/audit?entityType=form-report&entityId=" + id).body()
                .contains("form.correct"), "audited");
    }

    @Test
    void theSameTableOverSoap() {
        int june = juneIndex();
        String url = Platform.SOAP + "/forms";
        Answer prepared = HazardSoapIT.call("fangshan", url, "<l:prepareReport><jurisdiction>fangshan</jurisdiction>"
                + "<cycle>dispatch</cycle><periodIndex>" + june + "</periodIndex><unit>" + GROUP + "</unit>"
                + "<table>section</table></l:prepareReport>");
        assertEquals(200, prepared.status(), prepared.body());
        JsonNode rest = Platform.get("fangshan", FORMS + "/periods/" + june + "/units/" + GROUP + "/tables/section").json();
        assertTrue(prepared.body().contains("<key>A1</key><value>" + values(rest).get("A1").get("value").asText() + "</value>"),
                prepared.body());
        Answer fault = HazardSoapIT.call("fangshan", url, "<l:submitReport><report><jurisdiction>fangshan</jurisdiction>"
                + "<cycleId>dispatch</cycleId><periodIndex>" + june + "</periodIndex><unit>" + GROUP + "</unit>"
                + "<table>section</table><values><key>B1</key><value>很多</value></values></report></l:submitReport>");
        assertEquals(500, fault.status(), "a SOAP Fault");
        assertTrue(fault.body().contains("Fault") && fault.body().contains("应为不小于 0 的整数"), fault.body());
    }
}

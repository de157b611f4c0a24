package org.luoshi.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.luoshi.itests.Platform.Answer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The province's quarterly dispatch (晋安办发〔2025〕59号 三): each city reports the content items of 三（二）; the figures
 * count the city's own records (kept under the city's jurisdiction) for the quarter and its task lists of the year.
 */
@ExtendWith(Platform.class)
class ProvinceDispatchIT {
    static final String FORMS = Platform.API + "/forms/shanxi/quarterly";
    static final String CITY = "shanxi.shuozhou";
    static final String DEPT = "shanxi.shuozhou.renshe";

    static List<JsonNode> all(String path) {
        List<JsonNode> out = new ArrayList<>();
        for (int offset = 0;; offset += 200) {
            JsonNode page = Platform.get("admin", Platform.API + path + "&limit=200&offset=" + offset).json();
            page.get("items").forEach(out::add);
            if (out.size() >= page.get("total").asLong() || page.get("items").isEmpty()) {
                return out;
            }
        }
    }

    static boolean by(JsonNode n, String field, LocalDate day) {
        return !n.get(field).isNull() && !LocalDate.parse(n.get(field).asText()).isAfter(day);
    }

    @Test
    void aCityReportsTheQuarterWithFiguresFromItsOwnRecords() {
        JsonNode q4 = Platform.get("admin", Platform.API + "/reporting/shanxi/quarterly/periods?from=2025-12-01&to=2025-12-31")
                .json().get(0);
        assertEquals("2025-10-01", q4.get("figuresFrom").asText());
        assertEquals("2025-12-31", q4.get("cutOff").asText());
        assertTrue(q4.get("due").asText().startsWith("2025-12-31T23:59"), q4.toString());
        int index = q4.get("index").asInt();
        LocalDate from = LocalDate.parse("2025-10-01");
        LocalDate to = LocalDate.parse("2025-12-31");

        // records of the city, kept under its own jurisdiction
        for (String[] h : new String[][] {{"2025-10-08", "true"}, {"2025-12-31", "false"}, {"2025-09-30", "true"}}) {
            Map<String, Object> hazard = HazardRestIT.hazard(DEPT, "季度调度-" + h[0] + "-" + java.util.UUID.randomUUID());
            hazard.put("inspectionDate", h[0]);
            hazard.put("deadline", "2026-01-31");
            Answer created = Platform.postJson("admin", Platform.API + "/hazards", hazard);
            assertEquals(201, created.status(), created.body());
            if (Boolean.parseBoolean(h[1])) {
                ListingIT.listThrough("admin", created.json().get("id").asLong(), DEPT);
            }
        }
        Map<String, Object> wrong = HazardRestIT.hazard(DEPT, "记在省级辖区下的市级隐患");
        wrong.put("jurisdiction", "shanxi");
        assertEquals(400, Platform.postJson("admin", Platform.API + "/hazards", wrong).status(),
                "a Shuozhou unit belongs to Shuozhou's jurisdiction, not the province's copy");
        Answer imported = Platform.postJson("admin", Platform.API + "/tasks/import",
                Map.of("jurisdiction", "shuozhou", "unit", DEPT, "year", 2025, "numbers", List.of(1, 2, 3, 4, 5)));
        assertEquals(201, imported.status(), imported.body());
        long done = imported.json().get(0).get("id").asLong();
        assertEquals(200, Platform.postJson("admin", Platform.API + "/tasks/" + done + "/completion",
                Map.of("completedOn", "2025-06-30")).status());

        JsonNode report = Platform.get("admin", FORMS + "/periods/" + index + "/units/" + CITY + "/tables/main").json();
        Map<String, JsonNode> v = new HashMap<>();
        report.get("values").forEach(x -> v.put(x.get("key").asText(), x));

        List<JsonNode> hazards = new ArrayList<>();
        for (JsonNode h : all("/hazards?unit=" + CITY)) {
            LocalDate found = LocalDate.parse(h.get("inspectionDate").asText());
            if (!found.isBefore(from) && !found.isAfter(to)) {
                hazards.add(h);
            }
        }
        java.util.function.Predicate<JsonNode> fixed = h -> by(h, "completedOn", to)
                && List.of("REPORTED", "ACCEPTED").contains(h.get("status").asText());
        List<JsonNode> tasks = all("/tasks?unit=" + CITY + "&year=2025");
        Map<String, Long> expected = new HashMap<>();
        expected.put("H1", (long) hazards.size());
        expected.put("H2", hazards.stream().filter(fixed).count());
        expected.put("H3", hazards.stream().filter(h -> h.get("major").asBoolean()).count());
        expected.put("L1", hazards.stream().filter(h -> h.get("major").asBoolean() && h.get("listed").asBoolean()).count());
        expected.put("L2", hazards.stream().filter(h -> h.get("major").asBoolean() && h.get("listed").asBoolean())
                .filter(fixed).count());
        expected.put("T1", (long) tasks.size());
        expected.put("T2", tasks.stream().filter(t -> by(t, "completedOn", to)).count());
        expected.put("T3", tasks.stream().filter(t -> "DATE".equals(t.get("deadline").get("kind").asText())
                && LocalDate.parse(t.get("deadline").get("date").asText()).isBefore(to) && !by(t, "completedOn", to)).count());
        assertTrue(expected.get("H1") >= 2 && expected.get("L1") >= 1 && expected.get("T1") >= 5 && expected.get("T2") >= 1,
                "the records made here count: " + expected);
        for (Map.Entry<String, Long> e : expected.entrySet()) {
            JsonNode value = v.get(e.getKey());
            assertEquals(e.getValue().longValue(), value.get("value").asLong(), e.getKey());
            assertEquals(e.getValue().longValue(), Platform.get("admin", "http://localhost:8181"
                    + value.get("drillDown").asText() + "&limit=1").json().get("total").asLong(), "drill-down of " + e.getKey());
        }

        Map<String, Object> in = new HashMap<>(Map.of("periodIndex", index, "unit", CITY, "table", "main"));
        in.put("values", List.of(Map.of("key", "T4", "value", "重点任务按计划推进"), Map.of("key", "H4", "value", "隐患闭环整改"),
                Map.of("key", "L3", "value", "挂牌隐患按期整改"), Map.of("key", "P1", "value", "个别县区进展缓慢"),
                Map.of("key", "R1", "value", "冬季防火、煤矿复工复产风险较高")));
        Answer submitted = Platform.postJson("admin", FORMS + "/reports", in);
        assertEquals(201, submitted.status(), submitted.body());
        JsonNode status = Platform.get("admin", Platform.API + "/reporting/shanxi/quarterly/periods/" + index).json();
        assertTrue(status.get("submitted").toString().contains(CITY));
        assertEquals(10, status.get("missing").size(), "the other ten cities have not reported");
        assertFalse(Platform.get("shuozhou", Platform.API + "/jurisdictions/shuozhou/units").body().contains("晋安办函"),
                "the city's own units are the city plugin's");
    }
}

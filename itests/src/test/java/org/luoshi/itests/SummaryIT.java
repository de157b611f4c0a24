package org.luoshi.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.luoshi.itests.Platform.Answer;

import com.fasterxml.jackson.databind.JsonNode;

/** The level summary and the hazard review cycle: figures from the records, checked against independent list queries. */
@ExtendWith(Platform.class)
class SummaryIT {
    static final String ZONE = "shanxi.shuozhou.kaifaqu"; // used by no other test

    static long create(String source, boolean major, int deadlineInDays) {
        Map<String, Object> h = HazardRestIT.hazard(ZONE, "汇总测试-" + UUID.randomUUID());
        h.put("source", source);
        h.put("major", major);
        h.put("inspectionDate", HazardRestIT.today().minusDays(10).toString());
        h.put("deadline", HazardRestIT.today().plusDays(deadlineInDays).toString());
        Answer a = Platform.postJson("shuozhou", Platform.API + "/hazards", h);
        assertEquals(201, a.status(), a.body());
        return a.json().get("id").asLong();
    }

    static JsonNode row(JsonNode summary, String unit) {
        for (JsonNode r : summary.get("rows")) {
            if (r.get("unit").asText().equals(unit)) {
                return r;
            }
        }
        throw new AssertionError(unit + " not in " + summary);
    }

    @Test
    void aDevelopmentZonesFiguresAreExactlyItsRecords() {
        create("ENFORCEMENT", true, 20);
        create("ENFORCEMENT", true, -2);
        long reported = create("SELF_REPORT", false, 5);
        assertEquals(200, Platform.postJson("shuozhou", Platform.API + "/hazards/" + reported + "/progress",
                Map.of("status", "REPORTED", "progress", "已整改", "completedOn", HazardRestIT.today().toString())).status());
        TaskIT.importTasks("shuozhou", ZONE, 2022, List.of(1, 2, 25), 201);

        JsonNode summary = Platform.get("shuozhou", Platform.API + "/summary?unit=shanxi.shuozhou").json();
        JsonNode zone = row(summary, ZONE);
        assertEquals("朔州经济开发区", zone.get("name").asText());
        assertEquals(3, zone.get("hazards").asLong());
        assertEquals(2, zone.get("bySource").get("ENFORCEMENT").asLong());
        assertEquals(1, zone.get("bySource").get("SELF_REPORT").asLong());
        assertEquals(0, zone.get("bySource").get("TIP_OFF").asLong());
        assertEquals(2, zone.get("major").asLong());
        assertEquals(1, zone.get("rectified").asLong());
        assertEquals(1, zone.get("overdue").asLong());
        assertEquals(3, zone.get("tasks").asLong());
        assertEquals(0, zone.get("tasksDone").asLong());
        assertEquals(1, zone.get("tasksOverdue").asLong(), "task 1 (5月底前 2022) is overdue; 2 is ongoing; 25 unparsed");
    }

    @Test
    void everyFigureDrillsDownToTheSameCountInTheList() {
        JsonNode summary = Platform.get("admin", Platform.API + "/summary?unit=shanxi.shuozhou").json();
        long sumOfRows = 0;
        for (JsonNode r : summary.get("rows")) {
            String unit = r.get("unit").asText();
            boolean own = r.get("own").asBoolean();
            sumOfRows += r.get("hazards").asLong();
            if (own) {
                continue; // the own row holds the unit's own records; its subtree is the total
            }
            assertEquals(HazardRestIT.total("admin", "&unit=" + unit), r.get("hazards").asLong(), unit);
            assertEquals(HazardRestIT.total("admin", "&unit=" + unit + "&major=true"), r.get("major").asLong(), unit);
            assertEquals(HazardRestIT.total("admin", "&unit=" + unit + "&overdue=true"), r.get("overdue").asLong(), unit);
            for (String source : List.of("ENFORCEMENT", "SELF_REPORT", "SUPERVISION_PATROL", "TIP_OFF", "ASSIGNED", "ASSISTANCE")) {
                assertEquals(HazardRestIT.total("admin", "&unit=" + unit + "&source=" + source),
                        r.get("bySource").get(source).asLong(), unit + " " + source);
            }
            assertEquals(TaskIT.total("admin", "&unit=" + unit), r.get("tasks").asLong(), unit);
            assertEquals(TaskIT.total("admin", "&unit=" + unit + "&overdue=true"), r.get("tasksOverdue").asLong(), unit);
        }
        assertEquals(HazardRestIT.total("admin", "&unit=shanxi.shuozhou"), summary.get("total").get("hazards").asLong());
        assertEquals(sumOfRows, summary.get("total").get("hazards").asLong());
        assertEquals(403, Platform.get("shuocheng", Platform.API + "/summary?unit=shanxi.shuozhou").status());
        assertEquals(200, Platform.get("shuocheng", Platform.API + "/summary").status(), "a county sees its own summary");
    }

    @Test
    void aRectifiedHazardIsSentBackThenAccepted() {
        long id = create("SUPERVISION_PATROL", false, 10);
        String url = Platform.API + "/hazards/" + id;
        Map<String, Object> review = Map.of("passed", false, "review", "防护栏高度不足", "reviewUnit", "市安委办", "reviewer", "督查组组长");
        assertEquals(409, Platform.postJson("shuozhou", url + "/review", review).status(), "nothing to review yet");
        Platform.postJson("shuozhou", url + "/progress", Map.of("status", "REPORTED", "progress", "已加装防护栏",
                "completedOn", HazardRestIT.today().toString()));
        JsonNode back = Platform.postJson("shuozhou", url + "/review", review).json();
        assertEquals("RECTIFYING", back.get("status").asText());
        assertTrue(back.get("review").asText().contains("防护栏高度不足"));
        Platform.postJson("shuozhou", url + "/progress", Map.of("status", "REPORTED", "progress", "已加高",
                "completedOn", HazardRestIT.today().toString()));
        JsonNode accepted = Platform.postJson("shuozhou", url + "/review", Map.of("passed", true, "review", "复查合格",
                "reviewUnit", "市安委办", "reviewer", "督查组组长")).json();
        assertEquals("ACCEPTED", accepted.get("status").asText());
        assertEquals("督查组组长", accepted.get("reviewer").asText());
        assertEquals(400, Platform.postJson("shuozhou", url + "/review", Map.of("passed", true)).status());
    }

    /** Issue 12: the rows in official order — the own level, the counties as the plugin lists them, then departments. */
    @Test
    void rowsComeInOfficialOrder() {
        JsonNode summary = Platform.get("admin", Platform.API + "/summary?unit=shanxi.shuozhou").json();
        java.util.Map<String, String> kinds = new java.util.HashMap<>();
        List<String> declared = new java.util.ArrayList<>();
        for (JsonNode u : Platform.get("admin", Platform.API + "/jurisdictions/shuozhou/units").json()) {
            kinds.put(u.get("id").asText(), u.get("kind").asText());
            if ("shanxi.shuozhou".equals(u.path("parent").asText())) {
                declared.add(u.get("id").asText());
            }
        }
        JsonNode rows = summary.get("rows");
        assertTrue(rows.get(0).get("own").asBoolean(), "the own level first");
        List<String> counties = new java.util.ArrayList<>();
        List<String> departments = new java.util.ArrayList<>();
        boolean seenDepartment = false;
        for (int i = 1; i < rows.size(); i++) {
            String unit = rows.get(i).get("unit").asText();
            boolean department = !List.of("province", "city", "county", "town").contains(kinds.get(unit));
            assertTrue(department || !seenDepartment, "a county after a department: " + unit);
            seenDepartment |= department;
            (department ? departments : counties).add(unit);
        }
        assertEquals(declared.stream().filter(counties::contains).toList(), counties, "counties in the plugin's order");
        assertEquals(declared.stream().filter(departments::contains).toList(), departments, "departments in the plugin's order");
        assertTrue(counties.size() >= 3 && departments.size() >= 3, rows.toString());
    }
}

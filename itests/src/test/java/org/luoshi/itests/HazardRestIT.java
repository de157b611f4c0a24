package org.luoshi.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.luoshi.itests.Platform.Answer;

import com.fasterxml.jackson.databind.JsonNode;

/** The hazard list over REST: the full cycle, filters and paging, refusals that store nothing, unit scoping, audit. */
@ExtendWith(Platform.class)
class HazardRestIT {
    /** Read at each use: a run may cross midnight in China (16:00 UTC). */
    static LocalDate today() { return LocalDate.now(ZoneId.of("Asia/Shanghai")); }

    static Map<String, Object> hazard(String unit, String description) {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("jurisdiction", "shuozhou");
        h.put("unit", unit);
        h.put("source", "ENFORCEMENT");
        h.put("inspectionUnit", "市应急局");
        h.put("inspector", "执法检查组组长");
        h.put("inspectionDate", today().minusDays(3).toString());
        h.put("inspectionMethod", "现场检查");
        h.put("description", description);
        h.put("major", true);
        h.put("listed", false);
        h.put("measures", "停产整顿，更换设备");
        h.put("rectificationUnit", "某煤矿");
        h.put("rectificationResponsible", "矿长");
        h.put("deadline", today().plusDays(30).toString());
        return h;
    }

    static long total(String user, String query) {
        return Platform.get(user, Platform.API + "/hazards?limit=1" + query).json().get("total").asLong();
    }

    @Test
    void theWholeListIsSortedByTheColumnAskedFor() {
        String text = "排序测试-" + UUID.randomUUID();
        for (int days : new int[] {20, 5, 40}) {
            Map<String, Object> h = hazard("shanxi.shuozhou.pinglu", text);
            h.put("deadline", today().plusDays(days).toString());
            h.put("major", false);
            assertEquals(201, Platform.postJson("pinglu", Platform.API + "/hazards", h).status());
        }
        String list = Platform.API + "/hazards?q=" + java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
        java.util.List<String> ascending = new java.util.ArrayList<>();
        Platform.get("pinglu", list + "&sort=deadline").json().get("items").forEach(i -> ascending.add(i.get("deadline").asText()));
        assertEquals(java.util.List.of(today().plusDays(5).toString(), today().plusDays(20).toString(),
                today().plusDays(40).toString()), ascending);
        JsonNode latestFirst = Platform.get("pinglu", list + "&sort=-deadline&limit=1").json();
        assertEquals(today().plusDays(40).toString(), latestFirst.get("items").get(0).get("deadline").asText());
        assertEquals(3, latestFirst.get("total").asLong());
        Answer bad = Platform.get("pinglu", list + "&sort=description");
        assertEquals(400, bad.status());
        assertTrue(bad.json().get("errors").has("sort"), bad.body());
    }

    @Test
    void hazardGoesFromRegisteredToReportedAndEveryStepIsAudited() {
        String text = "井下通风设施损坏-" + UUID.randomUUID();
        Answer created = Platform.postJson("shuocheng", Platform.API + "/hazards", hazard("shanxi.shuozhou.shuocheng", text));
        assertEquals(201, created.status(), created.body());
        JsonNode h = created.json();
        long id = h.get("id").asLong();
        assertEquals("REGISTERED", h.get("status").asText());
        assertEquals(text, h.get("description").asText());
        assertEquals("shuocheng", h.get("createdBy").asText());
        assertFalse(h.get("overdue").asBoolean());

        JsonNode read = Platform.get("shuocheng", Platform.API + "/hazards/" + id).json();
        assertEquals(text, read.get("description").asText());
        assertEquals("某煤矿", read.get("rectificationUnit").asText());

        Answer rectifying = Platform.postJson("shuocheng", Platform.API + "/hazards/" + id + "/progress",
                Map.of("status", "RECTIFYING", "progress", "已停产，设备采购中", "version", read.get("version").asLong()));
        assertEquals(200, rectifying.status(), rectifying.body());
        assertEquals("RECTIFYING", rectifying.json().get("status").asText());

        Answer stale = Platform.postJson("shuocheng", Platform.API + "/hazards/" + id + "/progress",
                Map.of("status", "RECTIFYING", "progress", "旧版本", "version", read.get("version").asLong()));
        assertEquals(409, stale.status(), "a stale version must be refused: " + stale.body());

        Answer reported = Platform.postJson("shuocheng", Platform.API + "/hazards/" + id + "/progress",
                Map.of("status", "REPORTED", "progress", "设备已更换并验收", "completedOn", today().toString(),
                        "recurrencePrevention", "每班检查通风设施"));
        assertEquals(200, reported.status(), reported.body());
        assertEquals(today().toString(), reported.json().get("completedOn").asText());
        assertEquals("每班检查通风设施", reported.json().get("recurrencePrevention").asText());

        Answer again = Platform.postJson("shuocheng", Platform.API + "/hazards/" + id + "/progress",
                Map.of("status", "RECTIFYING", "progress", "再改"));
        assertEquals(409, again.status(), again.body());

        JsonNode trail = Platform.get("admin", Platform.API + "/audit?entityType=hazard&entityId=" + id).json();
        assertEquals(3, trail.size(), trail.toString());
        assertEquals("hazard.create", trail.get(0).get("action").asText());
        assertEquals("shuocheng", trail.get(0).get("actor").asText());
        assertTrue(trail.get(2).get("before").asText().contains("RECTIFYING"));
        assertTrue(trail.get(2).get("after").asText().contains("REPORTED"));
        JsonNode verify = Platform.get("admin", Platform.API + "/audit/verify").json();
        assertTrue(verify.get("valid").asBoolean(), verify.toString());
        assertTrue(verify.get("entries").asLong() >= 3);
    }

    @Test
    void listFiltersAndPages() {
        String tag = "过滤测试-" + UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            Map<String, Object> h = hazard(i % 2 == 0 ? "shanxi.shuozhou.pinglu" : "shanxi.shuozhou.shuocheng", tag + " 第" + i + "条");
            h.put("major", i < 2);
            h.put("source", i == 4 ? "SELF_REPORT" : "SUPERVISION_PATROL");
            assertEquals(201, Platform.postJson("shuozhou", Platform.API + "/hazards", h).status());
        }
        String q = "&q=" + java.net.URLEncoder.encode(tag, java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(5, total("shuozhou", q));
        assertEquals(3, total("shuozhou", q + "&unit=shanxi.shuozhou.pinglu"));
        assertEquals(2, total("shuozhou", q + "&major=true"));
        assertEquals(1, total("shuozhou", q + "&source=SELF_REPORT"));
        assertEquals(1, total("shuozhou", q + "&source=" + java.net.URLEncoder.encode("企业自查自报", java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(5, total("shuozhou", q + "&status=REGISTERED&jurisdiction=shuozhou"));
        JsonNode page = Platform.get("shuozhou", Platform.API + "/hazards?limit=2&offset=2" + q).json();
        assertEquals(5, page.get("total").asLong());
        assertEquals(2, page.get("items").size());
        assertTrue(page.get("items").get(0).get("description").asText().endsWith("第2条"), "newest first");
        Answer bad = Platform.get("shuozhou", Platform.API + "/hazards?limit=abc");
        assertEquals(400, bad.status());
        assertEquals(400, Platform.get("shuozhou", Platform.API + "/hazards?status=DONE").status());
    }

    @Test
    void overdueHazardsAreMarkedAndFiltered() {
        Map<String, Object> h = hazard("shanxi.shuozhou.huairen", "逾期测试-" + UUID.randomUUID());
        h.put("inspectionDate", today().minusDays(20).toString());
        h.put("deadline", today().minusDays(1).toString());
        JsonNode created = Platform.postJson("admin", Platform.API + "/hazards", h).json();
        assertTrue(created.get("overdue").asBoolean(), created.toString());
        String q = "&q=" + java.net.URLEncoder.encode(created.get("description").asText(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(1, total("admin", q + "&overdue=true"));
        assertEquals(0, total("admin", q + "&overdue=false"));
    }

    @Test
    void badInputIsRefusedWithAProblemAndStoresNothing() {
        long before = total("admin", "");
        Answer malformed = Platform.postJson("admin", Platform.API + "/hazards", "{\"jurisdiction\": \"shuozhou\", ");
        assertEquals(400, malformed.status());
        assertTrue(malformed.contentType().startsWith("application/problem+json"), malformed.contentType());
        assertEquals(400, malformed.json().get("status").asInt());
        assertFalse(malformed.body().contains("Exception"), "no stack traces: " + malformed.body());

        Answer missing = Platform.postJson("admin", Platform.API + "/hazards", Map.of("jurisdiction", "shuozhou"));
        assertEquals(400, missing.status());
        JsonNode errors = missing.json().get("errors");
        assertTrue(errors.has("description") && errors.has("deadline") && errors.has("source"), missing.body());

        Map<String, Object> unknown = hazard("shanxi.shuozhou.shuocheng", "未知辖区");
        unknown.put("jurisdiction", "atlantis");
        Answer u = Platform.postJson("admin", Platform.API + "/hazards", unknown);
        assertEquals(400, u.status());
        assertTrue(u.json().get("detail").asText().contains("atlantis"));

        Map<String, Object> wrongType = hazard("shanxi.shuozhou.shuocheng", "类型错误");
        wrongType.put("major", "很大");
        assertEquals(400, Platform.postJson("admin", Platform.API + "/hazards", wrongType).status());

        Map<String, Object> badDate = hazard("shanxi.shuozhou.shuocheng", "日期错误");
        badDate.put("deadline", "2026-13-45");
        Answer d = Platform.postJson("admin", Platform.API + "/hazards", badDate);
        assertEquals(400, d.status());
        assertTrue(d.json().get("errors").has("deadline"));

        Map<String, Object> selfListed = hazard("shanxi.shuozhou.shuocheng", "自报挂牌");
        selfListed.put("source", "SELF_REPORT");
        selfListed.put("listed", true);
        Answer s = Platform.postJson("admin", Platform.API + "/hazards", selfListed);
        assertEquals(400, s.status());
        assertTrue(s.json().get("errors").get("listed").asText().contains("企业自查自报"), s.body());

        Answer wrongMedia = Platform.post("admin", Platform.API + "/hazards", "text/plain", "hello");
        assertEquals(415, wrongMedia.status());
        assertEquals(404, Platform.get("admin", Platform.API + "/hazards/99999999").status());
        assertEquals(404, Platform.get("admin", Platform.API + "/no/such/path").status());
        assertEquals(before, total("admin", ""), "nothing stored");
    }

    @Test
    void aCountyUserCannotReadAnotherCountysHazards() {
        String text = "平鲁区隐患-" + UUID.randomUUID();
        JsonNode pinglu = Platform.postJson("pinglu", Platform.API + "/hazards", hazard("shanxi.shuozhou.pinglu", text)).json();
        long id = pinglu.get("id").asLong();
        Answer other = Platform.get("shuocheng", Platform.API + "/hazards/" + id);
        assertEquals(404, other.status(), "another county's record is invisible: " + other.body());
        String q = "&q=" + java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, total("shuocheng", q));
        assertEquals(1, total("pinglu", q));
        assertEquals(1, total("shuozhou", q), "the city sees its counties");
        assertEquals(1, total("admin", q), "the province sees everything");
        Answer progress = Platform.postJson("shuocheng", Platform.API + "/hazards/" + id + "/progress",
                Map.of("status", "RECTIFYING", "progress", "越权"));
        assertEquals(404, progress.status());
        Answer create = Platform.postJson("shuocheng", Platform.API + "/hazards", hazard("shanxi.shuozhou.pinglu", "越权登记"));
        assertEquals(403, create.status(), create.body());
        assertEquals(403, Platform.get("shuocheng", Platform.API + "/audit/verify").status(), "audit is for administrators");
    }
}

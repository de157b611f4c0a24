package org.luoshi.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.luoshi.itests.Platform.Answer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Mechanism 5 (seed 000 五): a supervision inspection of 右玉县 by the Shuozhou city office — findings, one turned into a
 * hazard-list entry in one step (source 督导巡查, linked), feedback, the county's rectification report with its 举一反三
 * checks, and closing only when every finding is closed; each refusal says why.
 */
@ExtendWith(Platform.class)
class InspectionIT {
    static final String I = Platform.API + "/inspections";
    static final String COUNTY = "shanxi.shuozhou.youyu";

    static Map<String, Object> inspection(String tag) {
        Map<String, Object> m = new HashMap<>();
        m.put("jurisdiction", "shuozhou");
        m.put("kind", "SUPERVISION");
        m.put("trigger", "HOLIDAY");
        m.put("title", "国庆节前安全生产督导检查-" + tag);
        m.put("organizer", "shanxi.shuozhou.anweiban");
        m.put("groupLead", "市安委办副主任");
        m.put("groupMembers", List.of("市应急局执法支队", "市住建局安全科"));
        m.put("inspectedUnit", COUNTY);
        m.put("startDate", HazardRestIT.today().minusDays(5).toString());
        m.put("endDate", HazardRestIT.today().minusDays(4).toString());
        m.put("methods", List.of("REPORTS", "SPOT_CHECKS"));
        m.put("findings", List.of(
                Map.of("description", "某煤矿井下瓦斯监测探头失效-" + tag, "unit", COUNTY, "major", true),
                Map.of("description", "县应急局值班记录不全-" + tag, "unit", COUNTY, "major", false)));
        return m;
    }

    static JsonNode ok(Answer a) {
        assertEquals(200, a.status(), a.body());
        return a.json();
    }

    @Test
    void fromFindingsToAClosedInspection() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Answer created = Platform.postJson("shuozhou", I, inspection(tag));
        assertEquals(201, created.status(), created.body());
        JsonNode insp = created.json();
        long id = insp.get("id").asLong();
        assertEquals("OPEN", insp.get("status").asText());
        assertEquals(2, insp.get("findings").size());
        long major = insp.get("findings").get(0).get("id").asLong();
        long minor = insp.get("findings").get(1).get("id").asLong();

        // a finding becomes a hazard-list entry in one step, once
        Map<String, Object> details = Map.of("measures", "更换探头，停止采掘作业", "rectificationUnit", "某煤矿",
                "rectificationResponsible", "矿长", "deadline", HazardRestIT.today().plusDays(10).toString());
        JsonNode linked = ok(Platform.postJson("shuozhou", I + "/" + id + "/findings/" + major + "/hazard", details));
        long hazardId = linked.get("findings").get(0).get("hazardId").asLong();
        JsonNode hazard = Platform.get("youyu", Platform.API + "/hazards/" + hazardId).json();
        assertEquals("SUPERVISION_PATROL", hazard.get("source").asText());
        assertEquals(COUNTY, hazard.get("unit").asText());
        assertTrue(hazard.get("major").asBoolean());
        assertEquals("市安委办", hazard.get("inspectionUnit").asText());
        assertTrue(hazard.get("description").asText().endsWith(tag));
        assertEquals(409, Platform.postJson("shuozhou", I + "/" + id + "/findings/" + major + "/hazard", details).status(),
                "once per finding");
        assertEquals(403, Platform.postJson("youyu", I + "/" + id + "/findings/" + minor + "/hazard", details).status(),
                "only the group lists its findings");

        // feedback, the county's report, and closing only when every finding is closed
        assertEquals(409, Platform.postJson("youyu", I + "/" + id + "/report", Map.of("date", HazardRestIT.today().toString(),
                "report", "已整改", "similarCases", "已排查")).status(), "no report before feedback");
        assertEquals(403, Platform.postJson("youyu", I + "/" + id + "/feedback",
                Map.of("date", HazardRestIT.today().toString(), "text", "自己给自己反馈")).status());
        assertEquals(400, Platform.postJson("shuozhou", I + "/" + id + "/feedback",
                Map.of("date", HazardRestIT.today().minusDays(30).toString(), "text", "早于检查")).status());
        assertEquals("FED_BACK", ok(Platform.postJson("shuozhou", I + "/" + id + "/feedback",
                Map.of("date", HazardRestIT.today().minusDays(3).toString(), "text", "发现问题 2 个，限期整改"))).get("status").asText());
        JsonNode reported = ok(Platform.postJson("youyu", I + "/" + id + "/report", Map.of("date", HazardRestIT.today().toString(),
                "report", "值班制度已完善，煤矿探头已更换", "similarCases", "全县 12 座煤矿举一反三排查探头 340 个")));
        assertEquals("REPORTED", reported.get("status").asText());
        assertTrue(reported.get("similarCases").asText().contains("举一反三"));
        Answer early = Platform.postJson("shuozhou", I + "/" + id + "/closing", "");
        assertEquals(409, early.status());
        assertTrue(early.body().contains("2 个问题未销号"), early.body());
        assertEquals(409, Platform.postJson("shuozhou", I + "/" + id + "/findings/" + major + "/closing",
                Map.of("note", "已整改")).status(), "a listed finding closes with its hazard");
        ok(Platform.postJson("shuozhou", I + "/" + id + "/findings/" + minor + "/closing", Map.of("note", "当场整改完毕")));
        assertEquals(409, Platform.postJson("shuozhou", I + "/" + id + "/closing", "").status(), "the hazard is not accepted yet");

        ok(Platform.postJson("youyu", Platform.API + "/hazards/" + hazardId + "/progress", Map.of("status", "REPORTED",
                "progress", "探头已更换", "completedOn", HazardRestIT.today().toString())));
        ok(Platform.postJson("shuozhou", Platform.API + "/hazards/" + hazardId + "/review", Map.of("passed", true,
                "review", "复查合格", "reviewUnit", "市安委办", "reviewer", "督导组组长")));
        JsonNode closed = ok(Platform.postJson("shuozhou", I + "/" + id + "/closing", ""));
        assertEquals("CLOSED", closed.get("status").asText());
        assertEquals(409, Platform.postJson("shuozhou", I + "/" + id + "/findings", Map.of("description", "补充问题",
                "unit", COUNTY)).status(), "closed");
        assertTrue(Platform.get("youyu", I + "?jurisdiction=shuozhou").body().contains(tag), "the inspected unit sees it");
        assertEquals(404, Platform.get("pinglu", I + "/" + id).status(), "another county does not");
        JsonNode trail = Platform.get("admin", Platform.API + "/audit?entityType=inspection&entityId=" + id).json();
        List<String> actions = new java.util.ArrayList<>();
        trail.forEach(t -> actions.add(t.get("action").asText()));
        assertEquals(List.of("inspection.create", "inspection.finding-to-hazard", "inspection.feedback", "inspection.report",
                "inspection.finding-close", "inspection.close"), actions, "every step audited, refusals change nothing");
    }

    @Test
    void badInspectionsAreRefused() {
        Map<String, Object> noTrigger = inspection("x");
        noTrigger.remove("trigger");
        Answer a = Platform.postJson("shuozhou", I, noTrigger);
        assertEquals(400, a.status());
        assertTrue(a.json().get("errors").has("trigger"), a.body());
        Map<String, Object> assessment = inspection("x");
        assessment.put("kind", "ASSESSMENT");
        assertEquals(400, Platform.postJson("shuozhou", I, assessment).status(), "an assessment patrol has no trigger");
        Map<String, Object> method = inspection("x");
        method.put("methods", List.of("MIND_READING"));
        assertEquals(400, Platform.postJson("shuozhou", I, method).status());
        Map<String, Object> elsewhere = inspection("x");
        elsewhere.put("findings", List.of(Map.of("description", "别处的问题", "unit", "shanxi.shuozhou.pinglu")));
        assertEquals(400, Platform.postJson("shuozhou", I, elsewhere).status(), "a finding lies within the inspected unit");
        assertEquals(403, Platform.postJson("youyu", I, inspection("x")).status(), "a county cannot act as the city office");
        assertEquals(400, Platform.postJson("shuozhou", I, "{\"kind\": 1,").status(), "malformed JSON");
    }

    @Test
    void overSoap() {
        String url = Platform.SOAP + "/inspections";
        Answer fault = HazardSoapIT.call("shuozhou", url, "<l:createInspection><inspection><jurisdiction>shuozhou</jurisdiction>"
                + "<kind>SUPERVISION</kind><title>汛期督导</title><organizer>shanxi.shuozhou.anweiban</organizer>"
                + "<groupLead>组长</groupLead><inspectedUnit>" + COUNTY + "</inspectedUnit><startDate>"
                + HazardRestIT.today() + "</startDate><methods>TALKS</methods></inspection></l:createInspection>");
        assertEquals(500, fault.status());
        assertTrue(fault.body().contains("fieldError field=\"trigger\""), fault.body());
        Answer created = HazardSoapIT.call("shuozhou", url, "<l:createInspection><inspection><jurisdiction>shuozhou</jurisdiction>"
                + "<kind>SUPERVISION</kind><trigger>ACCIDENT_PRONE</trigger><title>汛期督导</title>"
                + "<organizer>shanxi.shuozhou.anweiban</organizer><groupLead>组长</groupLead><inspectedUnit>" + COUNTY
                + "</inspectedUnit><startDate>" + HazardRestIT.today() + "</startDate><methods>TALKS</methods>"
                + "<methods>RECORDS</methods></inspection></l:createInspection>");
        assertEquals(200, created.status(), created.body());
        String id = HazardSoapIT.first(created.body(), "id");
        Answer got = HazardSoapIT.call("youyu", url, "<l:getInspection><id>" + id + "</id></l:getInspection>");
        assertTrue(got.body().contains("<methods>RECORDS</methods>") && got.body().contains("<status>OPEN</status>"), got.body());
    }
}

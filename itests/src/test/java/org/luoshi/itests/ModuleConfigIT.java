package org.luoshi.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.luoshi.itests.Platform.Answer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * 模块配置 (issue 14): settings per scope (province, city, county unit), layered over the region plugin's data and the
 * module's declared default. Shuozhou's office switches tip-offs off → its units' writes are refused (4xx
 * "本辖区未启用…"), their records stay readable, Fangshan's users go on; Youyu (a county) cannot change the city's
 * setting but may its own, and the value it sets takes effect (the acceptance deadline); values are validated by the
 * module's MetaType declaration; the history shows every change with author and version, and a rollback restores the
 * earlier values. The platform is left as it was found.
 */
@ExtendWith(Platform.class)
class ModuleConfigIT {
    static final String S = Platform.API + "/settings";
    static final String CITY = "shanxi.shuozhou";
    static final String COUNTY = "shanxi.shuozhou.youyu";

    static JsonNode setting(String user, String scope, String module, String key) {
        Answer a = Platform.get(user, S + "/" + scope + "?module=" + module);
        assertEquals(200, a.status(), a.body());
        for (JsonNode s : a.json()) {
            if (s.get("key").asText().equals(key)) {
                return s;
            }
        }
        throw new AssertionError(key + " not in " + a.body());
    }

    static Answer set(String user, String scope, String module, String key, String value) {
        return Platform.send(user, "PUT", S + "/" + scope + "/" + module + "/" + key, Map.of("value", value));
    }

    static Answer tipOff(String user, String unit) {
        return Platform.postJson(user, TipOffIT.T, Map.of("unit", unit, "channel", "PHONE", "receivedOn",
                HazardRestIT.today().toString(), "content", "电话举报：模块配置测试", "anonymous", true));
    }

    @Test
    void anOfficeSwitchesTipOffsOffForItsCityWithHistoryAndRollback() {
        JsonNode modules = Platform.get("youyu", S + "/modules").json();
        List<String> ids = new ArrayList<>();
        modules.forEach(m -> ids.add(m.get("id").asText()));
        assertTrue(ids.containsAll(List.of("letters", "tipoffs")), ids.toString());

        // the defaults and where they come from: the module's declaration, a plugin's data
        JsonNode enabled = setting("shuozhou", CITY, "tipoffs", "enabled");
        assertEquals("true", enabled.get("value").asText());
        assertEquals("default", enabled.get("source").asText());
        assertEquals("启用本模块", enabled.get("label").asText());
        assertTrue(enabled.get("editable").asBoolean());
        JsonNode lvliangDays = setting("lvliang", "shanxi.lvliang", "letters", "responseDays");
        assertEquals("7", lvliangDays.get("value").asText(), "Lüliang's plugin says 7 days");
        assertEquals("plugin", lvliangDays.get("source").asText());
        assertEquals("回复期限（日）", lvliangDays.get("label").asText());
        long before = history("shuozhou", CITY).size();

        // Shuozhou's office switches tip-offs off for the city and everything below it
        Answer off = set("shuozhou", CITY, "tipoffs", "enabled", "false");
        assertEquals(200, off.status(), off.body());
        assertEquals("city", off.json().get("source").asText());
        assertTrue(off.json().get("own").asBoolean());
        JsonNode atCounty = setting("youyu", COUNTY, "tipoffs", "enabled");
        assertEquals("false", atCounty.get("value").asText());
        assertEquals("city", atCounty.get("source").asText());
        assertEquals(CITY, atCounty.get("sourceScope").asText());
        assertEquals("朔州市", atCounty.get("sourceName").asText());

        Answer refused = tipOff("youyu", COUNTY);
        assertEquals(403, refused.status(), refused.body());
        assertTrue(refused.json().get("detail").asText().startsWith("本辖区未启用问题线索核查模块"), refused.body());
        assertEquals(403, tipOff("shuozhou", "shanxi.shuozhou.anweiban").status());
        Answer list = Platform.get("shuozhou", TipOffIT.T + "?jurisdiction=shuozhou");
        assertEquals(200, list.status(), "the records stay readable: " + list.body());
        Answer fangshan = tipOff("fangshan", "shanxi.lvliang.fangshan.fagai");
        assertEquals(201, fangshan.status(), "another city's county goes on: " + fangshan.body());

        // a county cannot change the city's setting; it may its own, and the layering takes the nearest
        assertEquals(403, set("youyu", CITY, "tipoffs", "enabled", "true").status());
        assertEquals(403, set("pinglu", COUNTY, "tipoffs", "acceptDays", "3").status(), "nor a sibling county's");
        assertEquals(403, Platform.get("pinglu", S + "/" + COUNTY).status());
        Answer zero = set("youyu", COUNTY, "tipoffs", "acceptDays", "0");
        assertEquals(400, zero.status(), zero.body());
        assertTrue(zero.json().get("errors").get("value").asText().contains("受理时限（日）"), zero.body());
        assertEquals(400, set("youyu", COUNTY, "tipoffs", "acceptDays", "三天").status());
        assertEquals(400, set("youyu", COUNTY, "tipoffs", "enabled", "maybe").status());
        assertEquals(404, set("youyu", COUNTY, "tipoffs", "nosuchkey", "1").status());
        assertEquals(404, set("youyu", "shanxi.shuozhou.youyu.gongan", "tipoffs", "acceptDays", "3").status(),
                "a police unit is no scope");
        assertEquals(200, set("youyu", COUNTY, "tipoffs", "enabled", "true").status());
        assertEquals(200, set("youyu", COUNTY, "tipoffs", "acceptDays", "3").status());
        Answer again = tipOff("youyu", COUNTY);
        assertEquals(201, again.status(), again.body());
        assertEquals(HazardRestIT.today().plusDays(3).toString(), again.json().get("acceptDeadline").asText(),
                "the county's 3 days, not the default 5");
        assertEquals(403, tipOff("shuozhou", "shanxi.shuozhou.anweiban").status(), "the city itself stays off");

        // the history, newest first, and a rollback to right after the switch-off
        assertEquals(200, set("shuozhou", CITY, "letters", "responseDays", "15").status());
        assertEquals(200, set("shuozhou", CITY, "letters", "responseDays", "20").status());
        List<JsonNode> changes = history("shuozhou", CITY);
        assertEquals(before + 3, changes.size());
        assertEquals("20", changes.get(0).get("after").asText());
        assertEquals("15", changes.get(0).get("before").asText());
        assertEquals("shuozhou", changes.get(0).get("author").asText());
        long switchOff = changes.get(2).get("version").asLong();
        long latest = changes.get(0).get("version").asLong();
        JsonNode diff = Platform.get("youyu", S + "/" + CITY + "/diff?from=" + switchOff + "&to=" + latest).json();
        assertEquals(1, diff.size(), diff.toString());
        assertEquals("responseDays", diff.get(0).get("key").asText());
        assertTrue(diff.get(0).get("before").isNull(), diff.toString());
        assertEquals("20", diff.get(0).get("after").asText());
        assertEquals(2, Platform.get("shuozhou", S + "/" + CITY + "/diff?from=0&to=" + latest).json().size(),
                "enabled and responseDays differ from the start");
        assertEquals(400, Platform.get("shuozhou", S + "/" + CITY + "/diff?from=x&to=1").status());
        assertEquals("false", changes.get(2).get("after").asText());
        assertTrue(changes.get(2).get("before").isNull());
        Answer back = Platform.postJson("shuozhou", S + "/" + CITY + "/rollback", Map.of("version", switchOff));
        assertEquals(200, back.status(), back.body());
        assertEquals(1, back.json().size(), back.body());
        assertEquals("10", setting("shuozhou", CITY, "letters", "responseDays").get("value").asText());
        assertEquals("false", setting("shuozhou", CITY, "tipoffs", "enabled").get("value").asText());
        assertEquals("回退到第 " + switchOff + " 版", history("shuozhou", CITY).get(0).get("note").asText());
        assertEquals(403, Platform.postJson("youyu", S + "/" + CITY + "/rollback", Map.of("version", 0)).status());

        // leave the platform as it was: both scopes back to before any change
        assertEquals(200, Platform.postJson("shuozhou", S + "/" + COUNTY + "/rollback", Map.of("version", 0)).status());
        assertEquals(200, Platform.postJson("shuozhou", S + "/" + CITY + "/rollback", Map.of("version", 0)).status());
        assertEquals("default", setting("shuozhou", CITY, "tipoffs", "enabled").get("source").asText());
        assertEquals(201, tipOff("shuozhou", "shanxi.shuozhou.anweiban").status());
        assertFalse(setting("youyu", COUNTY, "tipoffs", "acceptDays").get("own").asBoolean());
    }

    @Test
    void anOfficeSetsUpAnAdHocCycleThatIsReportedOnWithItsPeriods() {
        String today = HazardRestIT.today().toString();
        String first = HazardRestIT.today().plusDays(7).toString();
        String second = HazardRestIT.today().plusDays(30).toString();
        Map<String, Object> body = Map.of("name", "安全生产大检查进展（不定期书面调度）", "receiver", "shanxi.shuozhou.anweiban",
                "reporters", List.of(COUNTY, "shanxi.shuozhou.pinglu"), "start", today,
                "milestones", List.of(Map.of("name", "第一次调度", "date", first), Map.of("name", "第二次调度", "date", second)));
        assertEquals(403, Platform.postJson("youyu", Platform.API + "/cycles/shuozhou", body).status(),
                "a county cannot set up a cycle the city's office collects");
        Answer bad = Platform.postJson("shuozhou", Platform.API + "/cycles/shuozhou", Map.of("name", "无日期",
                "receiver", "shanxi.shuozhou.anweiban", "reporters", List.of(COUNTY)));
        assertEquals(400, bad.status(), bad.body());
        assertTrue(bad.json().get("errors").has("rrule"), bad.body());
        Answer made = Platform.postJson("shuozhou", Platform.API + "/cycles/shuozhou", body);
        assertEquals(201, made.status(), made.body());
        String id = made.json().get("id").asText();
        assertTrue(id.startsWith("adhoc-") && made.json().get("adhoc").asBoolean(), made.body());
        assertEquals("shuozhou", made.json().get("createdBy").asText());
        assertTrue(Platform.get("youyu", Platform.API + "/cycles/shuozhou").body().contains("\"" + id + "\""));

        // it is reported on like the plugin's cycles: its two periods, a county's report, who is missing
        String reporting = Platform.API + "/reporting/shuozhou/" + id;
        JsonNode periods = Platform.get("youyu", reporting + "/periods?from=" + today + "&to=" + second).json();
        assertEquals(2, periods.size(), periods.toString());
        assertTrue(periods.get(0).get("label").asText().contains("第一次调度"), periods.toString());
        assertTrue(periods.get(0).get("due").asText().startsWith(first), periods.toString());
        int index = periods.get(0).get("index").asInt();
        Answer submitted = Platform.postJson("youyu", reporting + "/periods/" + index + "/submissions",
                Map.of("unit", COUNTY, "note", "已完成检查 12 家，发现隐患 3 处"));
        assertEquals(201, submitted.status(), submitted.body());
        JsonNode status = Platform.get("shuozhou", reporting + "/periods/" + index).json();
        assertEquals(1, status.get("submitted").size(), status.toString());
        assertEquals("shanxi.shuozhou.pinglu", status.get("missing").get(0).get("id").asText(), status.toString());

        // ended: no longer offered, periods not yet begun no longer asked for, what was reported stays
        assertEquals(403, Platform.send("youyu", "DELETE", Platform.API + "/cycles/shuozhou/" + id, "").status());
        Answer ended = Platform.send("shuozhou", "DELETE", Platform.API + "/cycles/shuozhou/" + id, "");
        assertEquals(200, ended.status(), ended.body());
        assertEquals(today, ended.json().get("retiredOn").asText());
        assertFalse(Platform.get("youyu", Platform.API + "/cycles/shuozhou").body().contains("\"" + id + "\""));
        JsonNode left = Platform.get("youyu", reporting + "/periods?from=" + today + "&to=" + second).json();
        assertEquals(1, left.size(), "the period under way stays, the second is no longer asked for: " + left);
        assertEquals(1, Platform.get("shuozhou", reporting + "/periods/" + index).json().get("submitted").size());
        assertEquals(404, Platform.send("shuozhou", "DELETE", Platform.API + "/cycles/shuozhou/shuozhou-monthly", "")
                .status(), "a plugin's cycle is not the office's to end");
    }

    /**
     * The listing module's own setting (issue 14: "listing report cycles"): the progress-report cycle a listing notice
     * gives when it states none — 方山县's plugin carries seed 004's weekly rule, 朔州市 has none until its office sets one.
     */
    @Test
    @SuppressWarnings("unchecked")
    void aListingNoticeWithoutAReportCycleTakesTheJurisdictionsRequirement() {
        JsonNode fangshan = setting("admin", "shanxi.lvliang.fangshan", "listing", "reportCycle");
        assertEquals("plugin", fangshan.get("source").asText(), fangshan.toString());
        assertTrue(fangshan.get("value").asText().startsWith("每星期四上午12点前"), fangshan.toString());

        long hazardId = ListingIT.hazard("admin", "shanxi.shuozhou.shuocheng", "ENFORCEMENT", true);
        Map<String, Object> request = ListingIT.request(hazardId, List.of("shanxi.shuozhou.yingji"), "shanxi.shuozhou.yingji");
        Map<String, Object> notice = new java.util.HashMap<>((Map<String, Object>) request.get("notice"));
        notice.remove("reportCycle");
        request.put("notice", notice);
        Answer none = Platform.postJson("admin", ListingIT.L, request);
        assertEquals(400, none.status(), none.body());
        assertTrue(none.json().get("errors").has("notice.reportCycle"), none.body());

        assertEquals(200, set("shuozhou", CITY, "listing", "reportCycle", "每月5日前书面报告治理进度").status());
        Answer listed = Platform.postJson("admin", ListingIT.L, request);
        assertEquals(201, listed.status(), listed.body());
        assertEquals("每月5日前书面报告治理进度", listed.json().get("notice").get("reportCycle").asText());
        assertEquals(403, set("youyu", CITY, "listing", "reportCycle", "县改市的").status(), "a county cannot change the city's");
    }

    /** Whatever happened above, both scopes go back to before any change (else the other tests find tip-offs off). */
    @AfterEach
    void restore() {
        Platform.postJson("admin", S + "/" + COUNTY + "/rollback", Map.of("version", 0));
        Platform.postJson("admin", S + "/" + CITY + "/rollback", Map.of("version", 0));
    }

    static List<JsonNode> history(String user, String scope) {
        Answer a = Platform.get(user, S + "/" + scope + "/history");
        assertEquals(200, a.status(), a.body());
        List<JsonNode> out = new ArrayList<>();
        a.json().forEach(out::add);
        return out;
    }
}

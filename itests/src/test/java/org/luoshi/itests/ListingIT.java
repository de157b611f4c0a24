package org.luoshi.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.luoshi.itests.Platform.Answer;

import com.fasterxml.jackson.databind.JsonNode;

/** Mechanism 2 (重大事故隐患挂牌督办) over REST and SOAP: who lists, every state, every refusal. */
@ExtendWith(Platform.class)
class ListingIT {
    static final String L = Platform.API + "/listings";
    static String today() { return HazardRestIT.today().toString(); }

    static long hazard(String user, String unit, String source, boolean major) {
        Map<String, Object> h = HazardRestIT.hazard(unit, "挂牌测试-" + UUID.randomUUID());
        h.put("source", source);
        h.put("major", major);
        Answer a = Platform.postJson(user, Platform.API + "/hazards", h);
        assertEquals(201, a.status(), a.body());
        return a.json().get("id").asLong();
    }

    static Map<String, Object> request(long hazardId, List<String> departments, String listingUnit) {
        Map<String, Object> r = new HashMap<>();
        r.put("hazardId", hazardId);
        r.put("supervisingDepartments", departments);
        r.put("listingUnit", listingUnit);
        r.put("listingResponsible", "局党组书记");
        r.put("rectificationUnit", "某煤矿");
        r.put("rectificationResponsible", "矿长");
        r.put("deadline", HazardRestIT.today().plusDays(30).toString());
        r.put("notice", Map.of("number", "朔应急督〔2026〕1号", "hazardBasics", "主斜井提升系统保护装置失效",
                "planDueDate", HazardRestIT.today().plusDays(5).toString(), "reportCycle", "每周四12时前报送进展",
                "completionDeadline", HazardRestIT.today().plusDays(30).toString(),
                "delistingProcedure", "整改完成后书面申请，复查验收合格后摘牌销号", "contact", "督办科科长 0349-0000000"));
        return r;
    }

    /** Lists a major hazard the only way there is: a listing by its supervising unit, with the notice. */
    static void listThrough(String user, long hazardId, String unit) {
        Answer a = Platform.postJson(user, L, request(hazardId, List.of(unit), unit));
        assertEquals(201, a.status(), a.body());
    }

    static Map<String, Object> plan() {
        Map<String, Object> p = new HashMap<>();
        p.put("responsibility", "矿长负总责，机电副矿长具体负责");
        p.put("measures", "更换保护装置并联调联试");
        p.put("funds", "企业自筹 80 万元");
        p.put("deadline", HazardRestIT.today().plusDays(20).toString());
        p.put("contingency", "提升系统故障应急预案");
        return p;
    }

    static JsonNode ok(Answer a) {
        assertEquals(200, a.status(), a.body());
        return a.json();
    }

    static void refused(Answer a, int status, String... words) {
        assertEquals(status, a.status(), a.body());
        assertTrue(a.contentType().startsWith("application/problem+json"), a.contentType());
        for (String w : words) {
            assertTrue(a.json().get("detail").asText().contains(w), "'" + w + "' not in " + a.body());
        }
    }

    @Test
    void aMajorHazardGoesFromListingToDelisting() {
        long hazardId = hazard("admin", "shanxi.shuozhou.shuocheng", "ENFORCEMENT", true);
        Answer created = Platform.postJson("admin", L, request(hazardId, List.of("shanxi.shuozhou.yingji"), "shanxi.shuozhou.yingji"));
        assertEquals(201, created.status(), created.body());
        JsonNode l = created.json();
        long id = l.get("id").asLong();
        String url = L + "/" + id;
        assertEquals("LISTED", l.get("status").asText());
        assertTrue(l.get("escalated").asBoolean(), "a city department listing a county hazard is a higher level");
        assertEquals("每周四12时前报送进展", l.get("notice").get("reportCycle").asText());
        assertTrue(Platform.get("admin", Platform.API + "/hazards/" + hazardId).json().get("listed").asBoolean());
        refused(Platform.postJson("admin", L, request(hazardId, List.of("shanxi.shuozhou.yingji"), "shanxi.shuozhou.yingji")),
                409, "已在挂牌督办中");

        refused(Platform.postJson("admin", url + "/completion", Map.of("report", "已完成", "completedOn", today())), 409, "整改方案");
        refused(Platform.postJson("admin", url + "/delisting", Map.of("date", today())), 409, "当前状态为“已挂牌”", "摘牌销号");
        Map<String, Object> noFunds = plan();
        noFunds.remove("funds");
        refused(Platform.postJson("shuocheng", url + "/plan", noFunds), 400, "五到位", "资金");
        JsonNode rectifying = ok(Platform.postJson("shuocheng", url + "/plan", plan()));
        assertEquals("RECTIFYING", rectifying.get("status").asText());
        assertEquals("企业自筹 80 万元", rectifying.get("plan").get("funds").asText());

        refused(Platform.postJson("shuocheng", url + "/tracking", Map.of("method", "ON_SITE", "date", today(),
                "person", "x", "finding", "x")), 403, "挂牌督办单位");
        refused(Platform.postJson("admin", url + "/tracking", Map.of("method", "TELEPATHY", "date", today(),
                "person", "督查组组长", "finding", "x")), 400);
        JsonNode tracked = ok(Platform.postJson("admin", url + "/tracking", Map.of("method", "VIDEO", "date", today(),
                "person", "督查组组长", "finding", "视频调度：设备已到货")));
        assertEquals("VIDEO", tracked.get("tracking").get(0).get("method").asText());

        String later = HazardRestIT.today().plusDays(45).toString();
        refused(Platform.postJson("shuocheng", url + "/extension", Map.of("requestedDeadline", later)), 400, "延期说明");
        assertEquals("EXTENSION_REQUESTED", ok(Platform.postJson("shuocheng", url + "/extension",
                Map.of("requestedDeadline", later, "explanation", "进口配件到货延迟"))).get("status").asText());
        refused(Platform.postJson("admin", url + "/extension/decision", Map.of("approve", false)), 400, "理由");
        JsonNode approved = ok(Platform.postJson("admin", url + "/extension/decision", Map.of("approve", true, "reason", "理由充分")));
        assertEquals(later, approved.get("deadline").asText());
        assertEquals("APPROVED", approved.get("extensions").get(0).get("decision").asText());

        ok(Platform.postJson("shuocheng", url + "/completion", Map.of("report", "保护装置已更换并试验合格", "completedOn", today())));
        Map<String, Object> review = new HashMap<>(Map.of("passed", false, "reviewUnit", "shanxi.shuozhou.yingji",
                "reviewer", "执法支队队长", "opinion", "试验记录不全", "date", today()));
        refused(Platform.postJson("admin", url + "/review", Map.of("passed", true, "reviewUnit", "shanxi.shuozhou.zhujian",
                "reviewer", "x", "opinion", "x", "acceptanceDocument", "x", "date", today())), 400, "复查验收应由");
        assertEquals("RECTIFYING", ok(Platform.postJson("admin", url + "/review", review)).get("status").asText());
        ok(Platform.postJson("shuocheng", url + "/completion", Map.of("report", "补齐试验记录", "completedOn", today())));
        review.put("passed", true);
        review.put("opinion", "复查合格");
        review.put("acceptanceDocument", "朔应急验〔2026〕1号");
        JsonNode accepted = ok(Platform.postJson("admin", url + "/review", review));
        assertEquals("ACCEPTED", accepted.get("status").asText());
        assertEquals("朔应急验〔2026〕1号", accepted.get("acceptanceDocument").asText());

        refused(Platform.postJson("admin", url + "/follow-ups", Map.of("kind", "DOUBLE_PENALTY", "date", today(),
                "description", "一案双罚", "enterprisePenalty", "罚款50万元")), 400);
        ok(Platform.postJson("admin", url + "/follow-ups", Map.of("kind", "DOUBLE_PENALTY", "date", today(),
                "description", "一案双罚", "enterprisePenalty", "罚款50万元", "principalPenalty", "罚款5万元")));
        JsonNode delisted = ok(Platform.postJson("admin", url + "/delisting", Map.of("date", today())));
        assertEquals("DELISTED", delisted.get("status").asText());
        assertEquals(today(), delisted.get("delistedOn").asText());
        assertEquals("罚款5万元", delisted.get("followUps").get(0).get("principalPenalty").asText());

        JsonNode trail = Platform.get("admin", Platform.API + "/audit?entityType=listing&entityId=" + id).json();
        List<String> actions = trail.findValuesAsText("action");
        assertEquals("listing.create", actions.get(0));
        assertEquals("listing.delist", actions.get(actions.size() - 1));
        assertTrue(actions.contains("listing.extension.approve") && actions.contains("listing.review.return"), actions.toString());
        assertEquals(1, Platform.get("shuozhou", L + "?status=DELISTED&q=" + java.net.URLEncoder.encode(
                delisted.get("hazardDescription").asText(), java.nio.charset.StandardCharsets.UTF_8)).json().get("total").asLong());
    }

    @Test
    void whoListsFollowsTheRuleAndSelfReportsAreNeverListed() {
        long selfReported = hazard("admin", "shanxi.shuozhou.pinglu", "SELF_REPORT", true);
        refused(Platform.postJson("admin", L, request(selfReported, List.of("shanxi.shuozhou.yingji"), "shanxi.shuozhou.yingji")),
                400, "企业自查自报");
        long minor = hazard("admin", "shanxi.shuozhou.pinglu", "ENFORCEMENT", false);
        refused(Platform.postJson("admin", L, request(minor, List.of("shanxi.shuozhou.yingji"), "shanxi.shuozhou.yingji")),
                400, "重大事故隐患");
        long h = hazard("admin", "shanxi.shuozhou.pinglu", "SUPERVISION_PATROL", true);
        refused(Platform.postJson("admin", L, request(h, List.of("shanxi.shuozhou.yingji"), "shanxi.shuozhou.zhujian")),
                400, "谁监管、谁挂牌", "市应急局");
        List<String> two = List.of("shanxi.shuozhou.yingji", "shanxi.shuozhou.zhujian");
        refused(Platform.postJson("admin", L, request(h, two, "shanxi.shuozhou.zhujian")), 400, "属地政府", "平鲁区");
        refused(Platform.postJson("pinglu", L, request(h, two, "shanxi.shuozhou.zhujian")), 400);
        Map<String, Object> designated = request(h, two, "shanxi.shuozhou.zhujian");
        designated.put("designatedBy", "shanxi.shuozhou.pinglu");
        JsonNode lead = Platform.postJson("admin", L, designated).json();
        assertEquals("LISTED", lead.get("status").asText(), lead.toString());
        assertEquals("shanxi.shuozhou.pinglu", lead.get("designatedBy").asText());

        long other = hazard("admin", "shanxi.shuozhou.pinglu", "ENFORCEMENT", true);
        Answer county = Platform.postJson("admin", L, request(other, two, "shanxi.shuozhou.pinglu"));
        assertEquals(201, county.status(), "several departments: the local government lists " + county.body());
        assertFalse(county.json().get("escalated").asBoolean());
        long foreign = hazard("admin", "shanxi.shuozhou.shuocheng", "ENFORCEMENT", true);
        assertEquals(404, Platform.postJson("pinglu", L, request(foreign, List.of("shanxi.shuozhou.pinglu"),
                "shanxi.shuozhou.pinglu")).status(), "a user outside the hazard's unit cannot even see it");
    }

    @Test
    void fixNowHazardsGoStraightToCompletionAndReviewIsDelegatedOnlyWhenEscalated() {
        long cityHazard = hazard("admin", "shanxi.shuozhou", "ENFORCEMENT", true);
        Map<String, Object> r = request(cityHazard, List.of("shanxi.shuozhou.yingji"), "shanxi.shuozhou.yingji");
        r.put("fixNow", true);
        JsonNode l = Platform.postJson("admin", L, r).json();
        long id = l.get("id").asLong();
        assertFalse(l.get("escalated").asBoolean());
        refused(Platform.postJson("admin", L + "/" + id + "/review-delegation", Map.of("reviewUnit", "shanxi.shuozhou.yingji")),
                409, "提级");
        assertEquals("COMPLETION_REPORTED", ok(Platform.postJson("admin", L + "/" + id + "/completion",
                Map.of("report", "当场整改完毕", "completedOn", today()))).get("status").asText());

        long countyHazard = hazard("admin", "shanxi.shuozhou.huairen", "ASSIGNED", true);
        Map<String, Object> byCity = request(countyHazard, List.of("shanxi.shuozhou.yingji", "shanxi.shuozhou.jiaotong"),
                "shanxi.shuozhou");
        refused(Platform.postJson("admin", L, byCity), 400, "属地政府");
        byCity.put("designatedBy", "shanxi.shuozhou");
        JsonNode escalated = Platform.postJson("admin", L, byCity).json();
        assertTrue(escalated.get("escalated").asBoolean(), escalated.toString());
        long eid = escalated.get("id").asLong();
        refused(Platform.postJson("admin", L + "/" + eid + "/review-delegation", Map.of("reviewUnit", "shanxi.shuozhou.fagai")),
                400, "日常监管");
        assertEquals("shanxi.shuozhou.jiaotong", ok(Platform.postJson("admin", L + "/" + eid + "/review-delegation",
                Map.of("reviewUnit", "shanxi.shuozhou.jiaotong"))).get("delegatedReviewUnit").asText());
    }

    @Test
    void listingOverSoap() {
        long h = hazard("admin", "shanxi.shuozhou.yingxian", "TIP_OFF", true);
        String ws = Platform.SOAP + "/listings";
        Answer listed = HazardSoapIT.call("admin", ws, "<l:listHazard><request><hazardId>" + h + "</hazardId>"
                + "<supervisingDepartments>shanxi.shuozhou.yingji</supervisingDepartments><listingUnit>shanxi.shuozhou.yingji</listingUnit>"
                + "<listingResponsible>局长</listingResponsible><rectificationUnit>某企业</rectificationUnit>"
                + "<rectificationResponsible>法定代表人</rectificationResponsible><deadline>" + HazardRestIT.today().plusDays(10)
                + "</deadline><fixNow>false</fixNow><notice><hazardBasics>基本情况</hazardBasics><planDueDate>"
                + HazardRestIT.today().plusDays(3) + "</planDueDate><reportCycle>每周</reportCycle><completionDeadline>"
                + HazardRestIT.today().plusDays(10) + "</completionDeadline><delistingProcedure>验收后销号</delistingProcedure>"
                + "<contact>科长 电话</contact></notice></request></l:listHazard>");
        assertEquals(200, listed.status(), listed.body());
        assertEquals("LISTED", HazardSoapIT.first(listed.body(), "status"));
        String id = HazardSoapIT.first(listed.body(), "id");
        Answer delist = HazardSoapIT.call("admin", ws, "<l:delist><id>" + id + "</id><date>" + today() + "</date></l:delist>");
        assertTrue(delist.body().contains("faultstring") && delist.body().contains("CONFLICT") && delist.body().contains("当前状态"),
                delist.body());
        long self = hazard("admin", "shanxi.shuozhou.yingxian", "SELF_REPORT", true);
        Answer refusedSelf = HazardSoapIT.call("admin", ws, "<l:listHazard><request><hazardId>" + self + "</hazardId>"
                + "<supervisingDepartments>shanxi.shuozhou.yingji</supervisingDepartments><listingUnit>shanxi.shuozhou.yingji</listingUnit>"
                + "<listingResponsible>局长</listingResponsible><rectificationUnit>某企业</rectificationUnit>"
                + "<rectificationResponsible>法定代表人</rectificationResponsible><deadline>" + HazardRestIT.today().plusDays(10)
                + "</deadline><notice><hazardBasics>x</hazardBasics><planDueDate>" + HazardRestIT.today().plusDays(3)
                + "</planDueDate><reportCycle>x</reportCycle><completionDeadline>" + HazardRestIT.today().plusDays(10)
                + "</completionDeadline><delistingProcedure>x</delistingProcedure><contact>x</contact></notice></request></l:listHazard>");
        assertTrue(refusedSelf.body().contains("企业自查自报"), refusedSelf.body());
    }

    @Test
    void everyStateOverSoap() {
        long h = hazard("admin", "shanxi.shuozhou.youyu", "ASSIGNED", true);
        String ws = Platform.SOAP + "/listings";
        String t = today();
        String id = HazardSoapIT.first(HazardSoapIT.call("admin", ws, "<l:listHazard><request><hazardId>" + h + "</hazardId>"
                + "<supervisingDepartments>shanxi.shuozhou.yingji</supervisingDepartments><listingUnit>shanxi.shuozhou.yingji</listingUnit>"
                + "<listingResponsible>局长</listingResponsible><rectificationUnit>某企业</rectificationUnit>"
                + "<rectificationResponsible>法定代表人</rectificationResponsible><deadline>" + HazardRestIT.today().plusDays(10)
                + "</deadline><notice><hazardBasics>x</hazardBasics><planDueDate>" + HazardRestIT.today().plusDays(3)
                + "</planDueDate><reportCycle>每周</reportCycle><completionDeadline>" + HazardRestIT.today().plusDays(10)
                + "</completionDeadline><delistingProcedure>x</delistingProcedure><contact>x</contact></notice></request></l:listHazard>")
                .body(), "id");
        String[][] steps = {
                {"<l:submitPlan><id>" + id + "</id><plan><responsibility>法定代表人负责</responsibility><measures>停产整改</measures>"
                        + "<deadline>" + HazardRestIT.today().plusDays(8) + "</deadline><contingency>应急预案</contingency></plan></l:submitPlan>",
                        "FAULT:资金"},
                {"<l:submitPlan><id>" + id + "</id><plan><responsibility>法定代表人负责</responsibility><measures>停产整改</measures>"
                        + "<funds>50万元</funds><deadline>" + HazardRestIT.today().plusDays(8) + "</deadline><contingency>应急预案</contingency>"
                        + "</plan></l:submitPlan>", "RECTIFYING"},
                {"<l:track><id>" + id + "</id><entry><method>ON_SITE</method><date>" + t + "</date><person>督查组组长</person>"
                        + "<finding>现场核查</finding></entry></l:track>", "RECTIFYING"},
                {"<l:requestExtension><id>" + id + "</id><request><requestedDeadline>" + HazardRestIT.today().plusDays(20)
                        + "</requestedDeadline></request></l:requestExtension>", "FAULT:延期说明"},
                {"<l:requestExtension><id>" + id + "</id><request><requestedDeadline>" + HazardRestIT.today().plusDays(20)
                        + "</requestedDeadline><explanation>设备到货延迟</explanation></request></l:requestExtension>", "EXTENSION_REQUESTED"},
                {"<l:decideExtension><id>" + id + "</id><approve>false</approve><reason>理由不充分</reason></l:decideExtension>", "RECTIFYING"},
                {"<l:reportCompletion><id>" + id + "</id><report>已整改</report><completedOn>" + t + "</completedOn></l:reportCompletion>",
                        "COMPLETION_REPORTED"},
                {"<l:review><id>" + id + "</id><review><passed>true</passed><reviewUnit>shanxi.shuozhou.yingji</reviewUnit>"
                        + "<reviewer>局长</reviewer><acceptanceDocument>验收书1号</acceptanceDocument><opinion>合格</opinion><date>" + t
                        + "</date></review></l:review>", "ACCEPTED"},
                {"<l:addFollowUp><id>" + id + "</id><followUp><kind>EXPOSURE</kind><date>" + t + "</date><description>公开曝光"
                        + "</description></followUp></l:addFollowUp>", "ACCEPTED"},
                {"<l:delist><id>" + id + "</id><date>" + t + "</date></l:delist>", "DELISTED"},
                {"<l:track><id>" + id + "</id><entry><method>PHONE</method><date>" + t + "</date><person>x</person>"
                        + "<finding>x</finding></entry></l:track>", "FAULT:当前状态"}};
        for (String[] step : steps) {
            Answer a = HazardSoapIT.call("admin", ws, step[0]);
            if (step[1].startsWith("FAULT:")) {
                assertTrue(a.body().contains("faultstring") && a.body().contains(step[1].substring(6)), a.body());
            } else {
                assertEquals(200, a.status(), a.body());
                assertEquals(step[1], HazardSoapIT.first(a.body(), "status"), step[0]);
            }
        }
        Answer got = HazardSoapIT.call("admin", ws, "<l:getListing><id>" + id + "</id></l:getListing>");
        assertTrue(got.body().contains("<decision>REFUSED</decision>") && got.body().contains("<kind>EXPOSURE</kind>"), got.body());
    }
}

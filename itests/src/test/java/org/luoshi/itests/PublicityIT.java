package org.luoshi.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.luoshi.itests.Platform.Answer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Mechanism 7 (seed 000 七; seed 004 五（三）): nothing internal is public by default; a typical case and the monthly
 * disclosure reach the public list only after another person approves them with the redactions noted; a withdrawal
 * takes them off at once; warning education is recorded with organisers and attendees.
 */
@ExtendWith(Platform.class)
class PublicityIT {
    static final String P = Platform.API + "/publications";
    static final String PUBLIC = Platform.API + "/public/publications?jurisdiction=shuozhou";

    static JsonNode ok(Answer a) {
        assertEquals(200, a.status(), a.body());
        return a.json();
    }

    @Test
    void aTypicalCaseIsPublishedOnlyAfterAnotherPersonApprovesIt() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> draft = new HashMap<>(Map.of("kind", "TYPICAL_CASE", "unit", "shanxi.shuozhou.anweiban",
                "title", "某煤矿遮挡瓦斯探头被依法查处-" + tag, "body", "经群众举报，执法人员核查属实，对该矿依法予以处罚。"));
        Answer created = Platform.postJson("shuozhou", P, draft);
        assertEquals(201, created.status(), created.body());
        long id = created.json().get("id").asLong();
        assertFalse(Platform.get(null, PUBLIC).body().contains(tag), "a draft is not public");
        assertEquals(409, Platform.postJson("admin", P + "/" + id + "/approval", Map.of("redactions", "无")).status(),
                "not submitted yet");
        ok(Platform.postJson("shuozhou", P + "/" + id + "/submission", ""));
        assertFalse(Platform.get(null, PUBLIC).body().contains(tag), "pending is not public");
        assertEquals(403, Platform.postJson("shuozhou", P + "/" + id + "/approval", Map.of("redactions", "已隐去人名")).status(),
                "the author does not approve their own");
        assertEquals(400, Platform.postJson("admin", P + "/" + id + "/approval", Map.of()).status(), "redactions stated");
        JsonNode published = ok(Platform.postJson("admin", P + "/" + id + "/approval",
                Map.of("redactions", "已隐去当事人姓名和车牌")));
        assertEquals("PUBLISHED", published.get("status").asText());
        assertEquals("admin", published.get("approvedBy").asText());
        JsonNode items = Platform.get(null, PUBLIC).json().get("items");
        JsonNode item = null;
        for (JsonNode i : items) {
            item = i.get("title").asText().endsWith(tag) ? i : item;
        }
        assertTrue(item != null, items.toString());
        assertEquals("市安委办", item.get("publisher").asText());
        assertFalse(item.has("approvedBy") || item.has("createdBy"), "no internal people on the public page");
        assertTrue(Platform.get(null, Platform.API + "/public/publications?jurisdiction=shanxi").body().contains(tag),
                "the province's page shows its cities' publications");
        ok(Platform.postJson("shuozhou", P + "/" + id + "/withdrawal", Map.of("reason", "当事企业申请复核")));
        assertFalse(Platform.get(null, PUBLIC).body().contains(tag), "withdrawn at once");
        assertEquals(409, Platform.postJson("shuozhou", P + "/" + id + "/withdrawal", Map.of("reason", "再次撤回")).status());
        assertEquals(401, Platform.get(null, P + "?jurisdiction=shuozhou").status(), "the internal list needs a login");
    }

    @Test
    void theMonthlyDisclosureIsDraftedFromTheHazardList() {
        String tag = "月度公开-" + UUID.randomUUID();
        Map<String, Object> h = HazardRestIT.hazard("shanxi.shuozhou.huairen", tag);
        Answer hazard = Platform.postJson("shuozhou", Platform.API + "/hazards", h);
        assertEquals(201, hazard.status(), hazard.body());
        String month = YearMonth.from(HazardRestIT.today().minusDays(3)).toString();
        Answer drafted = Platform.postJson("shuozhou", P + "/disclosures", Map.of("unit", "shanxi.shuozhou", "month", month));
        assertEquals(201, drafted.status(), drafted.body());
        JsonNode d = drafted.json();
        assertEquals("DISCLOSURE", d.get("kind").asText());
        assertEquals("DRAFT", d.get("status").asText());
        assertTrue(d.get("body").asText().contains(tag) && d.get("body").asText().contains("怀仁市"), d.toString());
        assertEquals(400, Platform.postJson("shuozhou", P + "/disclosures", Map.of("unit", "shanxi.shuozhou",
                "month", YearMonth.from(HazardRestIT.today()).plusMonths(2).toString())).status(), "not a future month");
        Answer soap = HazardSoapIT.call("shuozhou", Platform.SOAP + "/publicity", "<l:getPublication><id>"
                + d.get("id").asLong() + "</id></l:getPublication>");
        assertTrue(soap.body().contains("<kind>DISCLOSURE</kind>"), soap.body());
    }

    @Test
    void warningEducationIsRecordedWithOrganisersAndAttendees() {
        Map<String, Object> e = Map.of("kind", "VIEWING", "title", "组织观看《生命重于泰山》警示教育片",
                "date", HazardRestIT.today().minusDays(1).toString(), "organizers", List.of("shanxi.shuozhou.anweiban"),
                "attendees", List.of("shanxi.shuozhou.youyu", "shanxi.shuozhou.pinglu"), "participants", 120);
        Answer recorded = Platform.postJson("shuozhou", Platform.API + "/educations", e);
        assertEquals(201, recorded.status(), recorded.body());
        assertTrue(Platform.get("youyu", Platform.API + "/educations?jurisdiction=shuozhou").body()
                .contains("生命重于泰山"), "an attending county sees it");
        assertEquals(400, Platform.postJson("shuozhou", Platform.API + "/educations", Map.of("kind", "CONCERT",
                "title", "x", "date", HazardRestIT.today().toString(), "organizers", List.of("shanxi.shuozhou.anweiban"))).status());
        assertEquals(403, Platform.postJson("youyu", Platform.API + "/educations", e).status());
    }
}

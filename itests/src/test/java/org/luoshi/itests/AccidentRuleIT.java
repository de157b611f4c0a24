package org.luoshi.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.luoshi.itests.Platform.Answer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Lüliang's accident rule (seed 003 二（八）: 较大及以上 1 起，或 3 个月之内 2 起以上、6 个月之内 3 起以上一般生产安全事故 →
 * 市安委会对属地开展专项巡查) against the running platform, over REST and SOAP: what fires, what never fires twice, what
 * never fires; the drafts it makes in the inspections and letters modules; levels derived and bad input refused with
 * nothing written. Each test uses its own county.
 */
@ExtendWith(Platform.class)
class AccidentRuleIT {
    static final String A = Platform.API + "/accidents";
    static LocalDate today() { return HazardRestIT.today(); }

    static Map<String, Object> accident(String unit, LocalDate day, int deaths, String tag) {
        Map<String, Object> a = new HashMap<>();
        a.put("jurisdiction", "lvliang");
        a.put("unit", unit);
        a.put("occurredAt", day + "T09:30");
        a.put("place", "某镇某村 " + tag);
        a.put("sector", "煤矿");
        a.put("deaths", deaths);
        a.put("seriousInjuries", 0);
        a.put("directLoss", 120.5);
        a.put("enterprise", "某煤业有限公司");
        a.put("facts", "井下运输巷发生一起运输事故 " + tag);
        return a;
    }

    static JsonNode record(String user, Map<String, Object> a) {
        Answer r = Platform.postJson(user, A, a);
        assertEquals(201, r.status(), r.body());
        return r.json();
    }

    /** The firings of the rule "frequent" for a county, as the city sees them. */
    static int firings(String territory) {
        int n = 0;
        for (JsonNode f : Platform.get("lvliang", A + "/firings?jurisdiction=lvliang&limit=200").json().get("items")) {
            if (territory.equals(f.get("territory").asText()) && "frequent".equals(f.get("rule").asText())) {
                n++;
            }
        }
        return n;
    }

    @Test
    void twoGeneralAccidents80DaysApartDraftOneInspectionAndOneLetterAndAThirdAddsNoDuplicate() {
        String county = "shanxi.lvliang.lishi";
        String tag = UUID.randomUUID().toString().substring(0, 8);
        JsonNode first = record("lishi", accident(county, today().minusDays(200), 1, tag));
        assertEquals("GENERAL", first.get("level").asText());
        assertEquals(county, first.get("territory").asText());
        assertEquals(0, first.get("firings").size(), "one general accident fires nothing");

        JsonNode second = record("lishi", accident(county, today().minusDays(120), 0, tag));
        assertEquals(1, second.get("firings").size(), second.toString());
        JsonNode firing = second.get("firings").get(0);
        assertEquals("frequent", firing.get("rule").asText());
        assertTrue(firing.get("explanation").asText().startsWith("3 个月之内发生一般及以上生产安全事故 2 起"), firing.toString());
        assertTrue(firing.get("source").asText().contains("二（八）"));
        assertEquals(2, firing.get("accidents").size());

        JsonNode inspection = null;
        JsonNode letter = null;
        for (JsonNode action : firing.get("actions")) {
            assertEquals("DRAFTED", action.get("status").asText(), action.toString());
            if ("INSPECTION".equals(action.get("kind").asText())) {
                inspection = Platform.get("lvliang", Platform.API + "/inspections/" + action.get("recordId").asLong()).json();
            } else if ("LETTER".equals(action.get("kind").asText())) {
                letter = Platform.get("lvliang", Platform.API + "/letters/" + action.get("recordId").asLong()).json();
            }
        }
        assertTrue(inspection != null && letter != null, firing.toString());
        assertEquals("DRAFT", inspection.get("status").asText(), "a draft waits for a person: " + inspection);
        assertEquals("shanxi.lvliang.anweihui", inspection.get("organizer").asText());
        assertEquals(county, inspection.get("inspectedUnit").asText());
        assertEquals("SUPERVISION", inspection.get("kind").asText());
        assertEquals("ACCIDENT_PRONE", inspection.get("trigger").asText());
        assertEquals("DRAFT", letter.get("status").asText(), letter.toString());
        assertEquals("NOTICE", letter.get("kind").asText());
        assertEquals("FREQUENT_ACCIDENTS", letter.get("situation").asText());
        assertEquals("shanxi.lvliang.anweiban", letter.get("issuer").asText());
        assertEquals(county, letter.get("recipient").asText());
        assertEquals("accident", letter.get("sourceType").asText());

        // a third within six months: the rule does not fire again for the same accidents
        JsonNode third = record("lishi", accident(county, today().minusDays(60), 0, tag));
        assertEquals(0, third.get("firings").size(), third.toString());
        assertEquals(1, firings(county));

        // the county sees the firing on its accident; the firing is audited with the rule as its actor
        JsonNode audit = Platform.get("admin", Platform.API + "/audit?entityType=accidentFiring&limit=200").json();
        assertTrue(audit.toString().contains("rule:lvliang/frequent"), audit.toString());
        // the organiser confirms the drafted inspection: it becomes an inspection like any other
        Answer confirmed = Platform.postJson("lvliang", Platform.API + "/inspections/" + inspection.get("id").asLong()
                + "/confirmation", Map.of("groupLead", "市安委办副主任", "methods", java.util.List.of("REPORTS", "RECORDS")));
        assertEquals(200, confirmed.status(), confirmed.body());
        assertEquals("OPEN", confirmed.json().get("status").asText());
        // its lineage starts at the accidents
        JsonNode lineage = Platform.get("lvliang", Platform.API + "/lineage/inspection/" + inspection.get("id").asLong())
                .json();
        assertTrue(lineage.toString().contains("\"accident\""), lineage.toString());
    }

    @Test
    void twoAccidents100DaysApartFireNothing() {
        String county = "shanxi.lvliang.fenyang";
        String tag = UUID.randomUUID().toString().substring(0, 8);
        record("lvliang", accident(county, today().minusDays(300), 1, tag));
        JsonNode second = record("lvliang", accident(county, today().minusDays(200), 1, tag));
        assertEquals(0, second.get("firings").size(), second.toString());
        assertEquals(0, firings(county));
    }

    @Test
    void oneLargerAccidentFiresOnItsOwnAndItsLevelIsDerived() {
        String county = "shanxi.lvliang.wenshui";
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long before = Platform.get("lvliang", A + "?jurisdiction=lvliang&unit=" + county).json().get("total").asLong();
        Map<String, Object> contradicting = accident(county, today().minusDays(10), 3, tag);
        contradicting.put("level", "GENERAL");
        Answer refused = Platform.postJson("lvliang", A, contradicting);
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.json().get("errors").has("level"), refused.body());
        assertTrue(refused.json().get("errors").get("level").asText().contains("较大事故"), refused.body());
        assertEquals(before, Platform.get("lvliang", A + "?jurisdiction=lvliang&unit=" + county).json().get("total").asLong(),
                "nothing written");

        contradicting.put("level", "LARGER");
        JsonNode larger = record("lvliang", contradicting);
        assertEquals("LARGER", larger.get("level").asText());
        assertEquals(1, larger.get("firings").size(), larger.toString());
        assertTrue(larger.get("firings").get(0).get("explanation").asText().contains("较大及以上"), larger.toString());

        Map<String, Object> injuries = accident(county, today().minusDays(400), 0, tag);
        injuries.put("seriousInjuries", 55);
        assertEquals("MAJOR", record("lvliang", injuries).get("level").asText(), "55 serious injuries make it 重大");
    }

    @Test
    void anAccidentInAnotherCountyNeverCounts() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        JsonNode one = record("lvliang", accident("shanxi.lvliang.jiaocheng", today().minusDays(40), 0, tag));
        JsonNode other = record("lvliang", accident("shanxi.lvliang.xingxian", today().minusDays(20), 0, tag));
        assertEquals(0, one.get("firings").size());
        assertEquals(0, other.get("firings").size(), other.toString());
        assertEquals(0, firings("shanxi.lvliang.jiaocheng"));
        assertEquals(0, firings("shanxi.lvliang.xingxian"));
    }

    @Test
    void aCampaignSectorsAccidentProposesAnInterviewThatTheCityOfficeDecides() {
        String county = "shanxi.lvliang.zhongyang";
        Map<String, Object> gas = accident(county, LocalDate.of(2026, 6, 1), 0, UUID.randomUUID().toString());
        gas.put("sector", "燃气");
        JsonNode a = record("lvliang", gas);
        assertEquals("安全生产治本攻坚三年行动", a.get("campaign").asText(), a.toString());
        JsonNode firing = null;
        for (JsonNode f : a.get("firings")) {
            if ("campaign".equals(f.get("rule").asText())) {
                firing = f;
            }
        }
        assertTrue(firing != null, a.toString());
        JsonNode interview = firing.get("actions").get(0);
        assertEquals("INTERVIEW", interview.get("kind").asText());
        assertEquals("PROPOSED", interview.get("status").asText());
        String decision = A + "/firings/" + firing.get("id").asLong() + "/actions/0/decision";
        assertEquals(404, Platform.postJson("xiaoyi", decision, Map.of("confirm", true)).status(), "another county does not see it");
        Answer noReason = Platform.postJson("lvliang", decision, Map.of("confirm", false));
        assertEquals(400, noReason.status(), noReason.body());
        assertTrue(noReason.json().get("errors").has("note"), noReason.body());
        Answer yes = Platform.postJson("lvliang", decision, Map.of("confirm", true, "note", "由市安委办主任约谈"));
        assertEquals(200, yes.status(), yes.body());
        assertEquals("CONFIRMED", yes.json().get("actions").get(0).get("status").asText());
        assertEquals("lvliang", yes.json().get("actions").get(0).get("decidedBy").asText());
        assertEquals(409, Platform.postJson("lvliang", decision, Map.of("confirm", true)).status(), "decided once");
    }

    @Test
    void warningEducationAndATypicalCaseMayCiteAnAccident() {
        JsonNode a = record("lvliang", accident("shanxi.lvliang.liulin", today().minusDays(3), 0, UUID.randomUUID().toString()));
        long id = a.get("id").asLong();
        Map<String, Object> education = new HashMap<>(Map.of("jurisdiction", "lvliang", "kind", "VIEWING", "title",
                "以事故为镜警示教育", "date", today().toString(), "organizers", java.util.List.of("shanxi.lvliang.anweiban"),
                "accidentId", id));
        Answer recorded = Platform.postJson("lvliang", Platform.API + "/educations", education);
        assertEquals(201, recorded.status(), recorded.body());
        assertEquals(id, recorded.json().get("accidentId").asLong());
        education.put("accidentId", id + 1_000_000);
        Answer unknown = Platform.postJson("lvliang", Platform.API + "/educations", education);
        assertEquals(400, unknown.status(), unknown.body());
        assertTrue(unknown.json().get("errors").has("accidentId"), unknown.body());
        Answer typical = Platform.postJson("lvliang", Platform.API + "/publications", Map.of("kind", "TYPICAL_CASE", "unit",
                "shanxi.lvliang.anweiban", "title", "典型事故案例", "body", "正文", "sourceType", "accident", "sourceId", id));
        assertEquals(201, typical.status(), typical.body());
    }

    @Test
    void theLevelSummaryCountsThisYearsAccidentsAsTheListDoes() {
        String county = "shanxi.lvliang.jiaokou";
        LocalDate jan1 = today().withDayOfYear(1);
        record("lvliang", accident(county, today().minusDays(1), 4, UUID.randomUUID().toString()));
        JsonNode summary = Platform.get("lvliang", Platform.API + "/summary?unit=shanxi.lvliang").json();
        assertEquals("本年事故（起）", summary.get("columns").get("accidents").asText(), summary.get("columns").toString());
        JsonNode row = null;
        for (JsonNode r : summary.get("rows")) {
            if (county.equals(r.get("unit").asText())) {
                row = r;
            }
        }
        assertTrue(row != null, summary.toString());
        JsonNode list = Platform.get("lvliang", A + "?unit=" + county + "&from=" + jan1 + "&to=" + today() + "&limit=200").json();
        assertEquals(list.get("total").asLong(), row.get("more").get("accidents").asLong());
        long deaths = 0;
        long larger = 0;
        for (JsonNode a : list.get("items")) {
            deaths += a.get("deaths").asLong();
            larger += "GENERAL".equals(a.get("level").asText()) ? 0 : 1;
        }
        assertEquals(deaths, row.get("more").get("accidentDeaths").asLong());
        assertEquals(larger, row.get("more").get("accidentsLarger").asLong());
        assertTrue(larger >= 1, "4 deaths is 较大");
        long sum = 0;
        for (JsonNode r : summary.get("rows")) {
            sum += r.get("more").path("accidents").asLong();
        }
        assertEquals(sum, summary.get("total").get("more").get("accidents").asLong(), "合计 is the sum of the rows");
    }

    @Test
    void badInputIsRefusedAtItsFieldAndNothingIsWritten() {
        String county = "shanxi.lvliang.lanxian";
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String list = A + "?jurisdiction=lvliang&unit=" + county;
        long before = Platform.get("lvliang", list).json().get("total").asLong();
        Object[][] cases = {{"occurredAt", today().plusDays(2) + "T08:00", "occurredAt"}, {"deaths", -1, "deaths"},
            {"sector", "航天", "sector"}, {"unit", "shanxi.lvliang.nowhere", "unit"}, {"occurredAt", "昨天", "occurredAt"},
            {"directLoss", -5, "directLoss"}, {"reportingIssue", "LOST", "reportingIssue"}, {"facts", "", "facts"}};
        for (Object[] c : cases) {
            Map<String, Object> bad = accident(county, today().minusDays(5), 0, tag);
            bad.put((String) c[0], c[1]);
            Answer r = Platform.postJson("lvliang", A, bad);
            assertEquals(400, r.status(), c[0] + ": " + r.body());
            assertTrue(r.json().get("errors").has((String) c[2]), c[0] + ": " + r.body());
            assertTrue(r.body().matches("(?s).*[\\u4e00-\\u9fa5].*"), "a Chinese message: " + r.body());
        }
        // a county records in its own county only
        Answer elsewhere = Platform.postJson("lishi", A, accident("shanxi.lvliang.xiaoyi", today().minusDays(5), 0, tag));
        assertEquals(403, elsewhere.status(), elsewhere.body());
        assertEquals(before, Platform.get("lvliang", list).json().get("total").asLong(), "nothing written");
        assertEquals(404, Platform.get("lishi", A + "/" + record("xiaoyi", accident("shanxi.lvliang.xiaoyi",
                today().minusDays(5), 0, tag)).get("id").asLong()).status(), "a neighbouring county's accident is not shown");
    }

    @Test
    void overSoapTheRuleFiresTheSameAndBadInputIsAClientFault() {
        String url = Platform.SOAP + "/accidents";
        String county = "shanxi.lvliang.linxian";
        String tag = UUID.randomUUID().toString().substring(0, 8);
        for (int days : new int[] {90, 30}) {
            Answer r = HazardSoapIT.call("lvliang", url, "<l:recordAccident><accident><jurisdiction>lvliang</jurisdiction>"
                    + "<unit>" + county + "</unit><occurredAt>" + today().minusDays(days) + "T10:00</occurredAt>"
                    + "<place>SOAP 地点 " + tag + "</place><sector>非煤矿山</sector><deaths>1</deaths>"
                    + "<seriousInjuries>0</seriousInjuries><directLoss>80</directLoss><facts>SOAP 登记的事故 " + tag
                    + "</facts></accident></l:recordAccident>");
            assertEquals(200, r.status(), r.body());
            assertTrue(r.body().contains("<level>GENERAL</level>"), r.body());
            if (days == 30) {
                assertTrue(r.body().contains("<rule>frequent</rule>"), "the second fires: " + r.body());
            }
        }
        assertEquals(1, firings(county));
        Answer fault = HazardSoapIT.call("lvliang", url, "<l:recordAccident><accident><jurisdiction>lvliang</jurisdiction>"
                + "<unit>" + county + "</unit><occurredAt>" + today().minusDays(3) + "T10:00</occurredAt><place>某地</place>"
                + "<sector>煤矿</sector><deaths>-2</deaths><facts>负数</facts></accident></l:recordAccident>");
        assertEquals(500, fault.status(), "SOAP faults travel as HTTP 500: " + fault.body());
        assertTrue(fault.body().contains("Client"), fault.body());
        assertTrue(fault.body().contains("死亡人数"), fault.body());
    }
}

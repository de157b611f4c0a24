package org.luoshi.accidents.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.luoshi.api.accident.AccidentLevel;

/** The accident rules as Lüliang writes them (seed 003 二（八）), and the levels of 第三条. */
class RulesTest {
    private static final LocalDate D = LocalDate.of(2026, 1, 5);

    private static Map<String, String> lvliang() {
        Map<String, String> p = new HashMap<>();
        p.put("rule.frequent.name", "事故多发：市安委会对属地开展专项巡查");
        p.put("rule.frequent.territory", "county");
        p.put("rule.frequent.trigger.1", "LARGER 1 0");
        p.put("rule.frequent.trigger.2", "GENERAL 2 3");
        p.put("rule.frequent.trigger.3", "GENERAL 3 6");
        p.put("rule.frequent.inspection.organizer", "shanxi.lvliang.anweihui");
        p.put("rule.frequent.letter.issuer", "shanxi.lvliang.anweiban");
        p.put("rule.campaign.name", "约谈属地政府");
        p.put("rule.campaign.campaign", "true");
        p.put("rule.campaign.interview.by", "shanxi.lvliang.anweiban");
        p.put("campaign.zhiben.name", "安全生产治本攻坚三年行动");
        p.put("campaign.zhiben.from", "2024-01-01");
        p.put("campaign.zhiben.to", "2026-12-31");
        p.put("campaign.zhiben.sectors", "燃气,电动自行车");
        p.put("sectors", "煤矿,燃气,电动自行车,其他");
        return p;
    }

    private static Rules.Rule frequent() {
        return Rules.parse(lvliang()).rules().stream().filter(r -> r.id().equals("frequent")).findFirst().orElseThrow();
    }

    private static Rules.Accident general(long id, LocalDate day) {
        return new Rules.Accident(id, day, AccidentLevel.GENERAL, "煤矿", null);
    }

    /** Evaluates accident by accident as they are recorded, keeping what fired: the firings' accident lists. */
    private static List<List<Long>> record(Rules.Rule rule, List<Rules.Accident> accidents) {
        List<Rules.Accident> known = new ArrayList<>();
        Set<Long> counted = new HashSet<>();
        List<List<Long>> firings = new ArrayList<>();
        for (Rules.Accident a : accidents) {
            known.add(a);
            for (Rules.Hit h : Rules.evaluate(rule, known, counted, List.of())) {
                firings.add(h.accidents());
                counted.addAll(h.accidents());
            }
        }
        return firings;
    }

    @Test
    void twoGeneralAccidentsWithinThreeMonthsFireOnceAndAThirdWithinSixDoesNotFireAgain() {
        List<List<Long>> firings = record(frequent(), List.of(general(1, D), general(2, D.plusDays(80)),
                general(3, D.plusDays(150))));
        assertEquals(List.of(List.of(1L, 2L)), firings);
    }

    @Test
    void twoGeneralAccidents100DaysApartDoNotFire() {
        assertEquals(List.of(), record(frequent(), List.of(general(1, D), general(2, D.plusDays(100)))));
    }

    @Test
    void threeGeneralAccidentsWithinSixMonthsFireOnce() {
        // 0, 100, 170 days: three within 6 months always hold two within 3 (here the last two): one firing, the first
        // trigger that holds, not one per trigger
        assertEquals(List.of(List.of(2L, 3L)), record(frequent(),
                List.of(general(1, D), general(2, D.plusDays(100)), general(3, D.plusDays(170)))));
        // the six-month trigger on its own (a rule without the pair trigger)
        Map<String, String> p = lvliang();
        p.remove("rule.frequent.trigger.2");
        p.put("rule.frequent.trigger.2", "GENERAL 3 6");
        p.remove("rule.frequent.trigger.3");
        Rules.Rule sixMonths = Rules.parse(p).rules().stream().filter(r -> r.id().equals("frequent")).findFirst()
                .orElseThrow();
        assertEquals(List.of(List.of(1L, 2L, 3L)), record(sixMonths,
                List.of(general(1, D), general(2, D.plusDays(100)), general(3, D.plusDays(170)))));
        assertEquals(List.of(), record(sixMonths, List.of(general(1, D), general(2, D.plusDays(100)),
                general(3, D.plusDays(200)))), "200 days: not within six months");
    }

    @Test
    void oneLargerAccidentFiresOnItsOwnAndAccidentsRecordedLateCountByTheirDate() {
        Rules.Accident larger = new Rules.Accident(7, D, AccidentLevel.LARGER, "煤矿", null);
        assertEquals(List.of(List.of(7L)), record(frequent(), List.of(larger)));
        // recorded in the other order: the earlier accident recorded last still makes the pair
        assertEquals(List.of(List.of(2L, 1L)), record(frequent(), List.of(general(1, D.plusDays(60)), general(2, D))));
    }

    @Test
    void aLaterPairFiresAgainWithAccidentsNotCountedYet() {
        List<List<Long>> firings = record(frequent(), List.of(general(1, D), general(2, D.plusDays(30)),
                general(3, D.plusDays(200)), general(4, D.plusDays(230))));
        assertEquals(List.of(List.of(1L, 2L), List.of(3L, 4L)), firings);
    }

    @Test
    void theExplanationNamesTheWindowAndTheDates() {
        List<Rules.Hit> hits = Rules.evaluate(frequent(), List.of(general(1, D), general(2, D.plusDays(80))), Set.of(),
                List.of());
        assertEquals(1, hits.size());
        assertEquals("3 个月之内发生一般及以上生产安全事故 2 起（2026-01-05、2026-03-26）", hits.get(0).explanation());
    }

    @Test
    void anAccidentOfACampaignsSectorDuringTheCampaignFiresTheInterviewRule() {
        Rules.Settings s = Rules.parse(lvliang());
        Rules.Rule campaign = s.rules().stream().filter(r -> r.id().equals("campaign")).findFirst().orElseThrow();
        Rules.Accident gas = new Rules.Accident(5, D, AccidentLevel.GENERAL, "燃气", null);
        Rules.Accident coal = new Rules.Accident(6, D, AccidentLevel.GENERAL, "煤矿", null);
        Rules.Accident gasAfter = new Rules.Accident(8, LocalDate.of(2027, 1, 2), AccidentLevel.GENERAL, "燃气", null);
        List<Rules.Hit> hits = Rules.evaluate(campaign, List.of(gas, coal, gasAfter), Set.of(), s.campaigns());
        assertEquals(1, hits.size());
        assertEquals(List.of(5L), hits.get(0).accidents());
        assertTrue(hits.get(0).explanation().contains("安全生产治本攻坚三年行动"), hits.get(0).explanation());
    }

    @Test
    void aConcealedAccidentFiresTheReportingRule() {
        Map<String, String> p = new HashMap<>();
        p.put("rule.concealed.name", "瞒报事故一律由上级安委会挂牌督办");
        p.put("rule.concealed.reporting", "CONCEALED");
        p.put("rule.concealed.listing.by", "shanxi.shuozhou.anweiban");
        Rules.Rule r = Rules.parse(p).rules().get(0);
        List<Rules.Hit> hits = Rules.evaluate(r, List.of(general(1, D),
                new Rules.Accident(2, D, AccidentLevel.GENERAL, "煤矿", "CONCEALED")), Set.of(), List.of());
        assertEquals(1, hits.size());
        assertEquals(List.of(2L), hits.get(0).accidents());
        assertTrue(hits.get(0).explanation().contains("瞒报"));
    }

    @Test
    void malformedRulesAreRefusedNamingTheKey() {
        for (String[] bad : new String[][] {{"rule.frequent.trigger.1", "LARGE 1 0"}, {"rule.frequent.trigger.2", "GENERAL 2"},
            {"rule.frequent.trigger.1", "LARGER 2 0"}, {"rule.frequent.territory", "province"},
            {"rule.frequent.letter.kind", "INTERVIEW"}, {"campaign.zhiben.from", "2024/01/01"},
            {"campaign.zhiben.sectors", "水运"}, {"rule.frequent.colour", "red"}}) {
            Map<String, String> p = lvliang();
            p.put(bad[0], bad[1]);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Rules.parse(p), bad[0]);
            assertTrue(e.getMessage().contains("accidents.properties"), e.getMessage());
        }
        Map<String, String> nothing = new HashMap<>();
        nothing.put("rule.x.name", "x");
        nothing.put("rule.x.trigger.1", "GENERAL 1 0");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Rules.parse(nothing)).getMessage().contains("drafts nothing"));
    }

    @Test
    void levelsFollowArticle3AndTheHighestCriterionWins() {
        assertEquals(AccidentLevel.GENERAL, AccidentLevel.of(2, 9, new BigDecimal("999.99")));
        assertEquals(AccidentLevel.LARGER, AccidentLevel.of(3, 0, null));
        assertEquals(AccidentLevel.LARGER, AccidentLevel.of(0, 10, null));
        assertEquals(AccidentLevel.LARGER, AccidentLevel.of(0, 0, new BigDecimal("1000")));
        assertEquals(AccidentLevel.MAJOR, AccidentLevel.of(10, 0, null));
        assertEquals(AccidentLevel.MAJOR, AccidentLevel.of(1, 50, null));
        assertEquals(AccidentLevel.MAJOR, AccidentLevel.of(0, 0, new BigDecimal("5000")));
        assertEquals(AccidentLevel.ESPECIALLY_MAJOR, AccidentLevel.of(30, 0, null));
        assertEquals(AccidentLevel.ESPECIALLY_MAJOR, AccidentLevel.of(0, 100, null));
        assertEquals(AccidentLevel.ESPECIALLY_MAJOR, AccidentLevel.of(2, 5, new BigDecimal("10000")));
        assertEquals(AccidentLevel.MAJOR, AccidentLevel.of(9, 60, new BigDecimal("100")), "injuries make it 重大");
    }
}

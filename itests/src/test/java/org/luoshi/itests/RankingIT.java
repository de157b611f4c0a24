package org.luoshi.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.luoshi.itests.Platform.Answer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 15, evaluation and ranking (考评排队): a region's scoring rule is data — here a test city's plugin, hot-deployed
 * into {@code deploy/} with its {@code modules/ranking.properties} — and a month (March 2026) with records prepared here
 * gives the scores this test computes itself from the counts it made and the weights it typed, the rank order, the
 * tie broken by the rule's indicator and the tie left shared; a recomputation shows what changed; publishing freezes
 * the figures; the bulletin .docx read back with POI holds the table. 朔州's own rule is read from its plugin.
 */
@ExtendWith(Platform.class)
class RankingIT {
    static final String R = Platform.API + "/rankings";
    static final String EVALUATION = "pingjia.monthly";
    static final String MONTH = "2026-03";
    static final String CITY = "shanxi.pingjia";
    /** The rule's figures as this test reads the plugin below: weight, cap (0: none), direction. */
    static final double FOUND = 0.5, FOUND_CAP = 2, RECTIFIED = 1, RECTIFIED_CAP = 3, OVERDUE = 2, OVERDUE_CAP = 6,
            ACCIDENT = 5, DEATH = 3, DEATH_CAP = 9, WORK = 1, WORK_CAP = 5;

    static final String RULE = """
            evaluations = monthly
            monthly.name = 考评测试市月度考评
            monthly.source = 测试办法：市安委办每月对各县考评排队
            monthly.evaluator = shanxi.pingjia.anweiban
            monthly.bulletin = 考评测试市安全生产简报
            monthly.public = true
            monthly.base = 100
            monthly.ties = overdue
            monthly.groups = counties
            monthly.group.counties.name = 各县
            monthly.group.counties.units = kind:county
            monthly.indicators = found, rectified, overdue, accidents, deaths, work
            monthly.indicator.found.name = 排查发现问题隐患
            monthly.indicator.found.figure = hazards
            monthly.indicator.found.weight = 0.5
            monthly.indicator.found.cap = 2
            monthly.indicator.rectified.name = 问题隐患整改完成
            monthly.indicator.rectified.figure = hazards?rectified=true
            monthly.indicator.rectified.weight = 1
            monthly.indicator.rectified.cap = 3
            monthly.indicator.overdue.name = 问题隐患逾期未整改
            monthly.indicator.overdue.figure = hazards?overdue=true&cumulative=true
            monthly.indicator.overdue.direction = -
            monthly.indicator.overdue.weight = 2
            monthly.indicator.overdue.cap = 6
            monthly.indicator.accidents.name = 发生生产安全事故
            monthly.indicator.accidents.figure = accidents
            monthly.indicator.accidents.direction = -
            monthly.indicator.accidents.weight = 5
            monthly.indicator.deaths.name = 事故死亡人数
            monthly.indicator.deaths.figure = accidents?sum=deaths
            monthly.indicator.deaths.direction = -
            monthly.indicator.deaths.weight = 3
            monthly.indicator.deaths.cap = 9
            monthly.indicator.work.name = 工作推进落实情况
            monthly.indicator.work.typed = true
            monthly.indicator.work.weight = 1
            monthly.indicator.work.cap = 5
            monthly.indicator.work.min = 0
            monthly.indicator.work.max = 5
            """;
    static final List<String> COUNTIES = List.of("a", "b", "c", "d", "e", "f");
    static final Map<String, String> NAMES = Map.of("a", "甲县", "b", "乙县", "c", "丙县", "d", "丁县", "e", "戊县", "f", "己县");

    /** What this test made in March, per county: found, rectified, overdue, accidents, deaths, typed work. */
    static final Map<String, double[]> MADE = new LinkedHashMap<>();

    @BeforeAll
    static void deployTheTestCity() throws Exception {
        TestPlugin p = TestPlugin.region("org.luoshi.itests.pingjia", "pingjia", "考评测试市", "city", CITY);
        StringBuilder units = new StringBuilder("id\tname\tkind\tparent\n" + CITY + "\t考评测试市\tcity\tshanxi\n"
                + CITY + ".anweiban\t考评测试市安委办\tdepartment\t" + CITY + "\n");
        COUNTIES.forEach(c -> units.append(CITY + "." + c + "\t" + NAMES.get(c) + "\tcounty\t" + CITY + "\n"));
        p.with("LUOSHI-INF/units.tsv", units.toString()).with("LUOSHI-INF/modules/ranking.properties", RULE);
        Files.write(Platform.home().resolve("deploy/org.luoshi.itests.pingjia.jar"), p.jar());
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (!Platform.get("admin", R).body().contains(EVALUATION)) {
            assertTrue(Instant.now().isBefore(until), "the test city's rule did not arrive: " + Platform.get("admin", R).body());
            Thread.sleep(250);
        }
        Platform.addUsers("pjcounty", CITY + ".a", "pjcity", CITY);
        // March 2026: 甲县 5 found, 3 of them rectified; 乙县 2 found, 1 overdue, an accident with a death; 丙县 1 found and
        // overdue, work 4; 丁县 1 found, work 2; 戊县, 己县 nothing
        for (int i = 0; i < 5; i++) {
            long h = hazard("a", "甲县排查问题" + i, "2026-03-05", "2026-04-30");
            if (i < 3) {
                rectify(h, "2026-03-18");
            }
        }
        hazard("b", "乙县排查问题", "2026-03-06", "2026-04-30");
        hazard("b", "乙县逾期问题", "2026-03-02", "2026-03-15");
        accident("b", "2026-03-12", 1);
        hazard("c", "丙县逾期问题", "2026-03-03", "2026-03-10");
        hazard("d", "丁县排查问题", "2026-03-09", "2026-05-30");
        MADE.put("a", new double[] {5, 3, 0, 0, 0, 0});
        MADE.put("b", new double[] {2, 0, 1, 1, 1, 0});
        MADE.put("c", new double[] {1, 0, 1, 0, 0, 4});
        MADE.put("d", new double[] {1, 0, 0, 0, 0, 2});
        MADE.put("e", new double[] {0, 0, 0, 0, 0, 0});
        MADE.put("f", new double[] {0, 0, 0, 0, 0, 0});
    }

    static long hazard(String county, String what, String found, String deadline) {
        Map<String, Object> h = HazardRestIT.hazard(CITY + "." + county, what);
        h.put("jurisdiction", "pingjia");
        h.put("major", false);
        h.put("inspectionDate", found);
        h.put("deadline", deadline);
        Answer a = Platform.postJson("admin", Platform.API + "/hazards", h);
        assertEquals(201, a.status(), a.body());
        return a.json().get("id").asLong();
    }

    static void rectify(long hazard, String on) {
        Answer a = Platform.postJson("admin", Platform.API + "/hazards/" + hazard + "/progress", Map.of("status", "REPORTED",
                "progress", "整改完成", "completedOn", on));
        assertEquals(200, a.status(), a.body());
    }

    static void accident(String county, String day, int deaths) {
        Map<String, Object> a = AccidentRuleIT.accident(CITY + "." + county, java.time.LocalDate.parse(day), deaths, "考评");
        a.put("jurisdiction", "pingjia");
        Answer r = Platform.postJson("admin", Platform.API + "/accidents", a);
        assertEquals(201, r.status(), r.body());
    }

    /** The test's own score: 100 + Σ direction × min(cap, weight × value). */
    static double score(double[] m) {
        return 100 + Math.min(FOUND_CAP, FOUND * m[0]) + Math.min(RECTIFIED_CAP, RECTIFIED * m[1])
                - Math.min(OVERDUE_CAP, OVERDUE * m[2]) - ACCIDENT * m[3] - Math.min(DEATH_CAP, DEATH * m[4])
                + Math.min(WORK_CAP, WORK * m[5]);
    }

    static Map<String, JsonNode> rows(JsonNode ranking) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        ranking.get("groups").get(0).get("rows").forEach(r -> out.put(r.get("unit").asText().substring(CITY.length() + 1), r));
        return out;
    }

    static JsonNode ok(Answer a) {
        assertEquals(200, a.status(), a.body());
        return a.json();
    }

    @Test
    void aMonthIsScoredRankedRecomputedPublishedAndFrozen() throws Exception {
        String month = R + "/" + EVALUATION + "/" + MONTH;
        JsonNode rule = ok(Platform.get("admin", R + "/" + EVALUATION));
        assertEquals(6, rule.get("groups").get(0).get("units").size(), rule.toString());
        assertEquals(List.of("overdue"), List.of(rule.get("tieBreak").get(0).asText()));

        // typed values: checked, and only the evaluating office enters them
        Answer tooMuch = Platform.send("admin", "PUT", month + "/typed", Map.of("unit", CITY + ".c", "indicator", "work",
                "value", 9, "reason", "超出范围"));
        assertEquals(400, tooMuch.status(), tooMuch.body());
        assertTrue(tooMuch.json().get("errors").has("value"), tooMuch.body());
        assertEquals(400, Platform.send("admin", "PUT", month + "/typed", Map.of("unit", CITY + ".c", "indicator", "work",
                "value", 4)).status(), "a reason is required");
        assertEquals(400, Platform.send("admin", "PUT", month + "/typed", Map.of("unit", CITY + ".c", "indicator", "found",
                "value", 4, "reason", "计数指标不能录入")).status());
        assertEquals(403, Platform.send("pjcounty", "PUT", month + "/typed", Map.of("unit", CITY + ".a", "indicator", "work",
                "value", 5, "reason", "自评")).status(), "an evaluated county does not score itself");
        ok(Platform.send("admin", "PUT", month + "/typed", Map.of("unit", CITY + ".c", "indicator", "work", "value", 4,
                "reason", "按时完成月度小结，工作措施扎实")));
        ok(Platform.send("admin", "PUT", month + "/typed", Map.of("unit", CITY + ".d", "indicator", "work", "value", 2,
                "reason", "小结内容不完整")));
        assertEquals(404, Platform.get("pjcounty", month).status(), "not published: the county does not see it yet");
        assertEquals(409, Platform.postJson("admin", month + "/publication", Map.of()).status(), "compute before publishing");

        JsonNode draft = ok(Platform.postJson("admin", month + "/computation", Map.of()));
        assertEquals("DRAFT", draft.get("status").asText());
        assertEquals(0, draft.get("missing").size(), draft.get("missing").toString());
        Map<String, JsonNode> rows = rows(draft);
        for (String c : COUNTIES) {
            assertEquals(score(MADE.get(c)), rows.get(c).get("score").asDouble(), 1e-9, c + ": " + rows.get(c));
        }
        // 甲 105; 丁 102.5 and 丙 102.5 — the tie broken by 逾期 (丙 lost 2 there); 戊 and 己 100 share 4th; 乙 91 is 6th
        assertEquals(List.of("a", "d", "c", "e", "f", "b"), List.copyOf(rows.keySet()));
        assertEquals(List.of(1, 2, 3, 4, 4, 6), rows.values().stream().map(r -> r.get("rank").asInt()).toList());
        JsonNode found = rows.get("a").get("items").get(0);
        assertEquals(5, found.get("value").asInt());
        assertEquals(2.0, found.get("points").asDouble(), "capped");
        assertTrue(found.get("drillDown").asText().startsWith("/api/hazards?unit=shanxi.pingjia.a"), found.toString());
        assertEquals(5, Platform.get("admin", Platform.API + found.get("drillDown").asText().substring(4)).json().get("total").asInt(),
                "the drill-down lists the records counted");
        JsonNode work = rows.get("c").get("items").get(5);
        assertEquals("按时完成月度小结，工作措施扎实", work.get("reason").asText());

        // a hazard found late in March changes 戊县: the live view and the recomputation say what changed
        hazard("e", "戊县补录问题", "2026-03-28", "2026-04-30");
        JsonNode live = ok(Platform.get("admin", month));
        assertEquals("LIVE", live.get("status").asText());
        assertTrue(live.get("changes").toString().contains("戊县"), live.get("changes").toString());
        JsonNode again = ok(Platform.postJson("admin", month + "/computation", Map.of()));
        List<String> changes = new ArrayList<>();
        again.get("changes").forEach(c -> changes.add(c.asText()));
        assertEquals(List.of("戊县：得分 100 → 100.5，名次 4 → 4（排查发现问题隐患 0 → 1）", "己县：得分 100 → 100，名次 4 → 5"),
                changes, "己县 no longer shares 4th");

        JsonNode published = ok(Platform.postJson("admin", month + "/publication", Map.of()));
        assertEquals("PUBLISHED", published.get("status").asText());
        // the rule is public: the month went to 曝光台 for a second person's approval (four eyes)
        long publication = published.get("publicationId").asLong();
        JsonNode pending = ok(Platform.get("admin", Platform.API + "/publications/" + publication));
        assertEquals("PENDING", pending.get("status").asText());
        assertEquals("RANKING", pending.get("kind").asText());
        assertTrue(pending.get("body").asText().contains("第 1 名　甲县　105 分"), pending.get("body").asText());
        assertEquals(403, Platform.postJson("admin", Platform.API + "/publications/" + publication + "/approval",
                Map.of("redactions", "无")).status(), "not by the one who published it");
        assertEquals("PUBLISHED", ok(Platform.postJson("pjcity", Platform.API + "/publications/" + publication
                + "/approval", Map.of("redactions", "无需遮挡"))).get("status").asText());
        // frozen: a later record in March changes nothing; recomputing and typing are refused
        hazard("f", "己县补录问题", "2026-03-30", "2026-04-30");
        JsonNode frozen = ok(Platform.get("pjcounty", month));
        assertEquals(100.0, rows(frozen).get("f").get("score").asDouble());
        assertEquals("PUBLISHED", frozen.get("status").asText());
        assertEquals(409, Platform.postJson("admin", month + "/computation", Map.of()).status());
        assertEquals(409, Platform.postJson("admin", month + "/publication", Map.of()).status());
        assertEquals(409, Platform.send("admin", "PUT", month + "/typed", Map.of("unit", CITY + ".c", "indicator", "work",
                "value", 5, "reason", "发布后改分")).status());

        JsonNode history = ok(Platform.get("pjcounty", R + "/" + EVALUATION + "/history?unit=" + CITY + ".e"));
        assertEquals(List.of(MONTH), List.of(history.get(0).get("months").get(0).asText()));
        assertEquals(4, history.get(0).get("ranks").get(0).asInt());

        byte[] docx = Platform.download("pjcounty", month + "/bulletin.docx", "application/vnd.openxmlformats");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertTrue(doc.getParagraphs().get(0).getText().contains("考评测试市安全生产简报"));
            XWPFTable t = doc.getTables().get(0);
            assertEquals(7, t.getNumberOfRows(), "a header and the six counties");
            List<String> first = new ArrayList<>();
            t.getRow(1).getTableCells().forEach(cell -> first.add(cell.getText()));
            assertEquals(List.of("1", "甲县", "105", "2", "3", "0", "0", "0", "0"), first);
            assertEquals("乙县", t.getRow(6).getCell(1).getText());
            assertEquals("6", t.getRow(6).getCell(0).getText());
        }
        List<String> actions = new ArrayList<>();
        Platform.get("admin", Platform.API + "/audit?entityType=ranking&entityId=" + EVALUATION + ":" + MONTH).json()
                .forEach(a -> actions.add(a.get("action").asText()));
        assertEquals(List.of("ranking.typed", "ranking.typed", "ranking.compute", "ranking.compute", "ranking.publish"),
                actions);
    }

    @Test
    void shuozhouEvaluatesItsCountiesAndDepartmentsMonthly() {
        JsonNode rule = ok(Platform.get("shuozhou", R + "/shuozhou.monthly"));
        assertEquals("shanxi.shuozhou.anweiban", rule.get("evaluator").asText());
        assertEquals("全市安全生产简报", rule.get("bulletin").asText());
        JsonNode counties = rule.get("groups").get(0);
        assertEquals(7, counties.get("units").size(), counties.toString());
        JsonNode departments = rule.get("groups").get(1);
        assertEquals(7, departments.get("units").size(), "市应急局 … 市公安局, the evaluating 市安委办 left out: " + departments);
        assertFalse(departments.get("units").toString().contains("shanxi.shuozhou.anweiban\""), "the evaluator is not evaluated");
        assertTrue(departments.get("units").toString().contains("shanxi.shuozhou.gongan"));
        JsonNode live = ok(Platform.get("shuozhou", R + "/shuozhou.monthly/" + HazardRestIT.today().toString().substring(0, 7)));
        assertEquals("LIVE", live.get("status").asText());
        assertEquals(7, live.get("groups").get(0).get("rows").size());
        assertEquals(13, rule.get("indicators").size());
        assertEquals(0, live.get("missing").size(), "every figure of the rule is counted: " + live.get("missing"));
        assertEquals(200, Platform.get("youyu", R + "/shuozhou.monthly").status(), "an evaluated county reads the rule");
        assertEquals(404, Platform.get("youyu", R + "/shuozhou.monthly/2026-01").status(), "but no unpublished month");
        assertEquals(404, Platform.get("lishi", R + "/shuozhou.monthly").status(), "another city's county: nothing");
        assertEquals(400, Platform.postJson("shuozhou", R + "/shuozhou.monthly/2099-01/computation", Map.of()).status());
        assertEquals(404, Platform.get("shuozhou", R + "/nowhere.monthly").status());

        // the province ranks its eleven cities (晋安发〔2023〕12号: 打分排队); a city reads the rule it is ranked by
        JsonNode province = ok(Platform.get("admin", R + "/shanxi.campaign"));
        assertEquals(11, province.get("groups").get(0).get("units").size(), province.toString());
        assertFalse(province.get("published").asBoolean());
        assertEquals(200, Platform.get("shuozhou", R + "/shanxi.campaign").status());
        JsonNode cities = ok(Platform.get("admin", R + "/shanxi.campaign/" + HazardRestIT.today().toString().substring(0, 7)));
        assertEquals(0, cities.get("missing").size(), cities.get("missing").toString());
    }
}

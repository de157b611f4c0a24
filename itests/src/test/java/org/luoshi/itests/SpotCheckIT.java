package org.luoshi.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.luoshi.itests.Platform.Answer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 15, spot checks by ratio (抽查): the ratio each level must meet comes from region data (province 3%, city 10%,
 * county 100%, 朔州's city departments 20%); a city campaign over the 200 enterprises registered in 吕梁 at 10% draws
 * 20, stratified by sector, and re-drawing with the recorded seed gives the same 20 — both checked against the test's own
 * reading of the published rule; each sampled enterprise becomes a draft inspection whose findings become hazards of
 * that enterprise; the coverage report counts what was checked and marks what is overdue; a county must cover all.
 */
@ExtendWith(Platform.class)
class SpotCheckIT {
    static final String S = Platform.API + "/spot-checks";
    static final String CITY = "shanxi.lvliang";
    static final String LISHI = "shanxi.lvliang.lishi";
    /** 市应急局: a city department without a ratio of its own (the city's 10% applies). */
    static final String DEPARTMENT = "shanxi.lvliang.yingji";
    /** The test's frame: sector → enterprises; 离石区 supervises the first half of each sector, 孝义市 the rest. */
    static final Map<String, Integer> SECTORS = new LinkedHashMap<>();
    static {
        SECTORS.put("煤矿", 80);
        SECTORS.put("危险化学品", 60);
        SECTORS.put("建筑施工", 40);
        SECTORS.put("烟花爆竹", 20);
    }
    static final Map<String, String> SECTOR_OF = new HashMap<>();

    @BeforeAll
    static void register200() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, Integer> s : SECTORS.entrySet()) {
            for (int i = 0; i < s.getValue(); i++, n++) {
                String code = EnterpriseIT.code();
                SECTOR_OF.put(code, s.getKey());
                rows.add(List.of(code, "抽查测试" + s.getKey() + "企业" + (i + 1) + "-" + code.substring(8, 13), s.getKey(),
                        i < s.getValue() / 2 ? "离石区" : "孝义市", "吕梁市", "小型", "在产", "", "法定代表人"));
            }
        }
        // one closed enterprise: never in a frame
        String closed = EnterpriseIT.code();
        rows.add(List.of(closed, "抽查测试已关闭企业-" + closed.substring(8, 13), "煤矿", "离石区", "吕梁市", "小型", "关闭", "", ""));
        Answer a = Platform.sendBytes("lvliang", "POST", Platform.API + "/enterprises/import?jurisdiction=lvliang",
                "application/octet-stream", EnterpriseIT.workbook(rows));
        assertEquals(200, a.status(), a.body());
        assertEquals(n + 1, a.json().get("imported").asInt());
    }

    static Map<String, Object> campaign(String organizer, String title, List<String> sectors, Integer ratio, String start,
            String due) {
        Map<String, Object> c = new HashMap<>();
        c.put("organizer", organizer);
        c.put("title", title);
        c.put("sectors", sectors);
        if (ratio != null) {
            c.put("ratio", ratio);
        }
        c.put("startDate", start);
        c.put("dueDate", due);
        return c;
    }

    static long create(String user, Map<String, Object> campaign) {
        Answer a = Platform.postJson(user, S, campaign);
        assertEquals(201, a.status(), a.body());
        assertEquals("PLANNED", a.json().get("status").asText());
        return a.json().get("id").asLong();
    }

    /** The enterprises of the city's register in the sectors, not closed, as the register lists them: code → sector. */
    static Map<String, String> frame(List<String> sectors) {
        Map<String, String> out = new TreeMap<>();
        for (String sector : sectors) {
            for (int offset = 0;; offset += 200) {
                JsonNode page = Platform.get("lvliang", Platform.API + "/enterprises?unit=" + CITY + "&sector="
                        + java.net.URLEncoder.encode(sector, StandardCharsets.UTF_8) + "&limit=200&offset=" + offset).json();
                page.get("items").forEach(e -> {
                    if (!e.get("status").asText().equals("CLOSED")) {
                        out.put(e.get("creditCode").asText(), e.get("sector").asText());
                    }
                });
                if (page.get("items").size() < 200) {
                    break;
                }
            }
        }
        return out;
    }

    /** The test's own reading of the rule: ⌈N·r/100⌉, largest remainders, smallest SHA-256("seed:code") per sector. */
    static Set<String> expectedSample(Map<String, String> frame, int ratio, String seed) throws Exception {
        int total = frame.size();
        int n = (total * ratio + 99) / 100;
        Map<String, List<String>> bySector = new TreeMap<>();
        frame.forEach((code, sector) -> bySector.computeIfAbsent(sector, s -> new ArrayList<>()).add(code));
        Map<String, Integer> quota = new TreeMap<>();
        List<String> order = new ArrayList<>(bySector.keySet());
        int given = 0;
        for (String s : order) {
            quota.put(s, bySector.get(s).size() * n / total);
            given += quota.get(s);
        }
        order.sort((a, b) -> {
            int ra = bySector.get(a).size() * n % total;
            int rb = bySector.get(b).size() * n % total;
            if (ra != rb) {
                return Integer.compare(rb, ra);
            }
            int sizes = Integer.compare(bySector.get(b).size(), bySector.get(a).size());
            return sizes != 0 ? sizes : a.compareTo(b);
        });
        for (int i = 0; given < n; i++, given++) {
            quota.merge(order.get(i), 1, Integer::sum);
        }
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        Set<String> out = new TreeSet<>();
        for (Map.Entry<String, List<String>> s : bySector.entrySet()) {
            Map<String, String> byKey = new TreeMap<>();
            for (String code : s.getValue()) {
                byKey.put(HexFormat.of().formatHex(sha.digest((seed + ":" + code).getBytes(StandardCharsets.UTF_8))), code);
            }
            byKey.values().stream().limit(quota.get(s.getKey())).forEach(out::add);
        }
        return out;
    }

    static Set<String> codes(JsonNode items) {
        Set<String> out = new TreeSet<>();
        items.forEach(i -> out.add(i.get("creditCode").asText()));
        return out;
    }

    @Test
    void ratiosComeFromRegionData() {
        Map<String, Integer> expected = Map.of("shanxi", 3, "shanxi.shuozhou", 10, "shanxi.shuozhou.yingji", 20,
                "shanxi.shuozhou.youyu", 100, "shanxi.shuozhou.youyu.yingji", 100, CITY, 10, "shanxi.lvliang.yingji", 10,
                "shanxi.lvliang.fangshan", 100);
        expected.forEach((unit, ratio) -> {
            JsonNode r = Platform.get("admin", S + "/rule?office=" + unit).json();
            assertEquals(ratio, r.get("minimumRatio").asInt(), unit + ": " + r);
        });
        JsonNode dept = Platform.get("admin", S + "/rule?office=shanxi.shuozhou.yingji").json();
        assertEquals("cityDepartment", dept.get("level").asText());
        assertEquals("市级部门", dept.get("levelLabel").asText());
        assertTrue(dept.get("basis").asText().contains("朔安发〔2022〕3号"), dept.toString());
        assertEquals("shanxi.shuozhou", dept.get("region").asText());
        assertEquals(403, Platform.get("pinglu", S + "/rule?office=" + CITY).status());
        Answer soap = HazardSoapIT.call("lvliang", Platform.SOAP + "/spot-checks",
                "<l:getRule><office>" + CITY + "</office></l:getRule>");
        assertEquals(200, soap.status(), soap.body());
        assertTrue(soap.body().contains("<minimumRatio>10</minimumRatio>"), soap.body());
    }

    @Test
    void aCityDrawsTwentyOfTwoHundredStratifiedAndReproducibly() throws Exception {
        String today = HazardRestIT.today().toString();
        List<String> sectors = List.copyOf(SECTORS.keySet());
        Map<String, Object> low = campaign(CITY, "低于下限", sectors, 5, today, HazardRestIT.today().plusDays(30).toString());
        Answer refused = Platform.postJson("lvliang", S, low);
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.json().get("errors").get("ratio").asText().contains("10%"), refused.body());
        assertEquals(403, Platform.postJson("lishi", S, campaign(CITY, "越级", sectors, null, today, today)).status(),
                "a county cannot run the city's campaign");
        Map<String, Object> badSector = campaign(CITY, "行业", List.of("不存在的行业"), null, today, today);
        assertEquals(400, Platform.postJson("lvliang", S, badSector).status());

        Map<String, String> frame = frame(sectors);
        long id = create("lvliang", campaign(CITY, "2026 年重点行业领域企业抽查", sectors, null, today,
                HazardRestIT.today().plusDays(30).toString()));
        Answer badSeed = Platform.postJson("lvliang", S + "/" + id + "/draw", Map.of("seed", "12ab"));
        assertEquals(400, badSeed.status(), badSeed.body());
        assertEquals(404, Platform.postJson("pinglu", S + "/" + id + "/draw", Map.of()).status(), "another city's county");
        Answer drawn = Platform.postJson("lvliang", S + "/" + id + "/draw", Map.of("seed", "20261207"));
        assertEquals(200, drawn.status(), drawn.body());
        JsonNode c = drawn.json();
        assertEquals("DRAWN", c.get("status").asText());
        assertEquals("20261207", c.get("seed").asText());
        assertEquals(10, c.get("ratio").asInt());
        assertEquals(frame.size(), c.get("population").asInt(), "the frame is the register's, closed ones left out");
        int n = (frame.size() * 10 + 99) / 100;
        assertEquals(n, c.get("target").asInt());
        assertEquals(n, c.get("items").size());
        assertEquals(expectedSample(frame, 10, "20261207"), codes(c.get("items")), "the published rule, repeated here");
        Map<String, Integer> perSector = new TreeMap<>();
        c.get("items").forEach(i -> perSector.merge(i.get("sector").asText(), 1, Integer::sum));
        assertEquals(200, frame.size(), "only this test registers enterprises in 吕梁");
        assertEquals(Map.of("煤矿", 8, "危险化学品", 6, "建筑施工", 4, "烟花爆竹", 2), perSector);
        assertEquals(20, c.get("items").size());
        assertEquals(c.get("items").size(), codes(c.get("items")).size(), "never twice");
        c.get("strata").forEach(s -> assertEquals(perSector.getOrDefault(s.get("sector").asText(), 0),
                s.get("quota").asInt(), s.toString()));

        assertEquals(409, Platform.postJson("lvliang", S + "/" + id + "/draw", Map.of()).status(), "drawn once");
        JsonNode again = Platform.get("lvliang", S + "/" + id + "/redraw").json();
        assertTrue(again.get("same").asBoolean(), again.toString());
        assertEquals(codes(c.get("items")), codes(again.get("items")));
        assertEquals(200, Platform.get("admin", S + "/" + id).status(), "the province reads it");
        assertEquals(404, Platform.get("lishi", S + "/" + id).status(), "a county below does not");

        // every sampled enterprise became a draft inspection of the city, of its supervising unit, naming it
        JsonNode item = c.get("items").get(0);
        long inspection = item.get("inspectionId").asLong();
        JsonNode insp = Platform.get("lvliang", Platform.API + "/inspections/" + inspection).json();
        assertEquals("DRAFT", insp.get("status").asText());
        assertEquals(item.get("enterpriseId").asLong(), insp.get("enterpriseId").asLong());
        assertEquals(item.get("supervisingUnit").asText(), insp.get("inspectedUnit").asText());
        assertEquals(CITY, insp.get("organizer").asText());
        assertEquals(List.of("SPOT_CHECKS"), List.of(insp.get("methods").get(0).asText()));
        c.get("items").forEach(i -> assertTrue(i.get("inspectionId").asLong() > 0, i.toString()));

        // coverage before any check: 0 inspected of n
        JsonNode row = coverageRow("lvliang", CITY);
        assertEquals(n, row.get("target").asInt());
        assertEquals(n, row.get("sampled").asInt());
        assertEquals(0, row.get("inspected").asInt());
        assertFalse(row.get("met").asBoolean());

        // one check carried out: confirmed, a finding that becomes the enterprise's hazard, fed back
        String I = Platform.API + "/inspections/" + inspection;
        assertEquals(200, Platform.postJson("lvliang", I + "/confirmation", Map.of("groupLead", "市应急局执法支队",
                "startDate", today)).status());
        JsonNode found = InspectionIT.ok(Platform.postJson("lvliang", I + "/findings", Map.of("description",
                "抽查发现安全出口堵塞", "unit", item.get("supervisingUnit").asText(), "major", false)));
        long finding = found.get("findings").get(0).get("id").asLong();
        JsonNode listed = InspectionIT.ok(Platform.postJson("lvliang", I + "/findings/" + finding + "/hazard", Map.of(
                "measures", "清理通道", "rectificationResponsible", "企业负责人", "deadline",
                HazardRestIT.today().plusDays(7).toString())));
        long hazard = listed.get("findings").get(0).get("hazardId").asLong();
        JsonNode h = Platform.get("lvliang", Platform.API + "/hazards/" + hazard).json();
        assertEquals(item.get("enterpriseId").asLong(), h.get("enterpriseId").asLong(), "the finding is the enterprise's");
        InspectionIT.ok(Platform.postJson("lvliang", I + "/feedback", Map.of("date", today, "text", "发现问题 1 个，限期整改")));
        JsonNode history = Platform.get("lvliang", Platform.API + "/enterprises/" + item.get("enterpriseId").asLong()
                + "/history").json();
        assertEquals(1, history.get("counts").path("inspection").asInt(), history.toString());
        assertEquals(1, history.get("counts").path("hazard").asInt(), history.toString());

        JsonNode after = Platform.get("lvliang", S + "/" + id).json();
        assertEquals(1, after.get("inspected").asInt());
        assertEquals(1, after.get("findings").asInt());
        assertEquals(1, after.get("hazards").asInt());
        assertEquals(0, after.get("overdue").asInt());
        row = coverageRow("lvliang", CITY);
        assertEquals(1, row.get("inspected").asInt());
        assertEquals(1, row.get("findings").asInt());
        assertEquals(1, row.get("hazards").asInt());

        byte[] sheet = Platform.download("lvliang", S + "/" + id + "/sample.xlsx", "application/vnd.openxmlformats");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(sheet))) {
            assertEquals(n + 1, wb.getSheetAt(0).getLastRowNum(), "title, header and one row per sampled enterprise");
            assertEquals("统一社会信用代码", wb.getSheetAt(0).getRow(1).getCell(1).getStringCellValue());
            assertTrue(codes(c.get("items")).contains(wb.getSheetAt(0).getRow(2).getCell(1).getStringCellValue()));
        }
        byte[] coverage = Platform.download("lvliang", S + "/coverage.xlsx?unit=" + CITY, "application/vnd.openxmlformats");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(coverage))) {
            assertEquals("吕梁市", wb.getSheetAt(0).getRow(2).getCell(0).getStringCellValue());
        }
        assertEquals(2, Platform.get("admin", Platform.API + "/audit?entityType=spot-check&entityId=" + id).json().size(),
                "create and draw audited; the refused draws and the re-draw left nothing");
    }

    @Test
    void overdueChecksAreMarkedAndACountyCoversAll() throws Exception {
        String today = HazardRestIT.today().toString();
        // a campaign due yesterday: every sampled enterprise not yet inspected is overdue
        long late = create("lvliang", campaign(DEPARTMENT, "逾期抽查", List.of("烟花爆竹"), 10,
                HazardRestIT.today().minusDays(20).toString(), HazardRestIT.today().minusDays(1).toString()));
        JsonNode drawn = Platform.postJson("lvliang", S + "/" + late + "/draw", Map.of()).json();
        assertTrue(drawn.get("seed").asText().matches("[0-9]{16,19}"), "a random seed, recorded: " + drawn.get("seed"));
        assertTrue(drawn.get("late").asBoolean());
        assertEquals(drawn.get("sampled").asInt(), drawn.get("overdue").asInt());
        drawn.get("items").forEach(i -> assertTrue(i.get("overdue").asBoolean()));
        assertTrue(Platform.get("lvliang", S + "/" + late + "/redraw").json().get("same").asBoolean());

        // 离石区 must cover all (province data: 县级全覆盖): less is refused, the default takes every one
        Answer half = Platform.postJson("lishi", S, campaign(LISHI, "半数", List.of("建筑施工"), 50, today, today));
        assertEquals(400, half.status(), half.body());
        assertTrue(half.json().get("errors").get("ratio").asText().contains("100%"), half.body());
        long county = create("lishi", campaign(LISHI, "离石区建筑施工企业全覆盖检查", List.of("建筑施工"), null, today,
                HazardRestIT.today().plusDays(10).toString()));
        JsonNode all = Platform.postJson("lishi", S + "/" + county + "/draw", Map.of("seed", "7")).json();
        assertEquals(100, all.get("ratio").asInt());
        Map<String, String> lishiFrame = new TreeMap<>();
        for (int offset = 0;; offset += 200) {
            JsonNode page = Platform.get("lishi", Platform.API + "/enterprises?unit=" + LISHI + "&sector="
                    + java.net.URLEncoder.encode("建筑施工", StandardCharsets.UTF_8) + "&limit=200&offset=" + offset).json();
            page.get("items").forEach(e -> {
                if (!e.get("status").asText().equals("CLOSED")) {
                    lishiFrame.put(e.get("creditCode").asText(), e.get("sector").asText());
                }
            });
            if (page.get("items").size() < 200) {
                break;
            }
        }
        assertTrue(lishiFrame.size() >= 20, "离石区 supervises half of the test's 40: " + lishiFrame.size());
        assertEquals(lishiFrame.keySet(), codes(all.get("items")), "全覆盖: every enterprise of the county's frame");
        assertEquals(lishiFrame.size(), all.get("population").asInt());

        JsonNode departmentRow = coverageRow("lvliang", DEPARTMENT);
        assertEquals(drawn.get("sampled").asInt(), departmentRow.get("overdue").asInt(), departmentRow.toString());
        assertEquals("市级部门", departmentRow.get("levelLabel").asText());
        JsonNode countyRow = null;
        for (JsonNode r : Platform.get("lvliang", S + "/coverage?unit=" + CITY).json()) {
            if (r.get("office").asText().equals(LISHI)) {
                countyRow = r;
            }
        }
        assertTrue(countyRow != null, "the city sees its county's campaigns in the report");
        assertEquals(100, countyRow.get("minimumRatio").asInt());
        assertEquals(lishiFrame.size(), countyRow.get("target").asInt());
        assertEquals(409, Platform.postJson("lishi", S + "/" + county + "/cancel", Map.of("reason", "不再需要")).status(),
                "a drawn campaign is not withdrawn");
        long planned = create("lishi", campaign(LISHI, "计划撤销", List.of(), null, today, today));
        assertEquals(400, Platform.postJson("lishi", S + "/" + planned + "/cancel", Map.of()).status(), "a reason is needed");
        assertEquals("CANCELLED", Platform.postJson("lishi", S + "/" + planned + "/cancel", Map.of("reason", "与省级检查重复"))
                .json().get("status").asText());
    }

    static JsonNode coverageRow(String user, String office) {
        Answer a = Platform.get(user, S + "/coverage?unit=" + office);
        assertEquals(200, a.status(), a.body());
        for (JsonNode r : a.json()) {
            if (r.get("office").asText().equals(office)) {
                return r;
            }
        }
        throw new AssertionError("no coverage row for " + office + ": " + a.body());
    }
}

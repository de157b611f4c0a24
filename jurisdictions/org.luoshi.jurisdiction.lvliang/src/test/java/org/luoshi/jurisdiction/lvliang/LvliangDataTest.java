package org.luoshi.jurisdiction.lvliang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The LUOSHI-INF data files against seed 003 (吕梁市人民政府 关于做好 2025 年安全生产工作的通知, 附表 重点任务分工): the
 * expected values below are typed from the seed.
 */
class LvliangDataTest {
    private static final String BASE = "/LUOSHI-INF/";

    private static Reader open(String name) {
        InputStream in = LvliangDataTest.class.getResourceAsStream(BASE + name);
        assertNotNull(in, "missing resource " + BASE + name);
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    /** The rows of a TSV file by its header's column names; comment lines skipped. */
    private static List<Map<String, String>> tsv(String name) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(open(name))) {
            String[] header = r.readLine().split("\t", -1);
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                assertEquals(header.length, cells.length, name + ": " + line);
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], cells[i]);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static Properties properties(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = open(name)) {
            p.load(r);
        }
        return p;
    }

    private static Map<String, String> task(List<Map<String, String>> catalog, int number, String part) {
        return catalog.stream().filter(t -> t.get("number").equals(String.valueOf(number))
                && t.get("part").equals(part == null ? "" : part)).findFirst().orElseThrow(
                        () -> new AssertionError("no task " + number + " " + part));
    }

    @Test
    void identity() throws IOException {
        Properties p = properties("jurisdiction.properties");
        assertEquals("lvliang", p.getProperty("id"));
        assertEquals("吕梁市", p.getProperty("name"));
        assertEquals("city", p.getProperty("level"));
        assertEquals("shanxi", p.getProperty("parent"));
        assertEquals("shanxi.lvliang", p.getProperty("unit"));
        assertEquals("REMINDER,NOTICE,SUPERVISION", p.getProperty("letters.ladder"));
    }

    @Test
    void unitsAreTheCountiesTheCommitteeOfficesAndTheDepartmentsNamed() throws IOException {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, String> kinds = new LinkedHashMap<>();
        for (Map<String, String> u : tsv("units.tsv")) {
            assertTrue(u.get("id").equals("shanxi.lvliang") || u.get("id").startsWith("shanxi.lvliang."), u.get("id"));
            assertTrue(names.put(u.get("id"), u.get("name")) == null, "unit twice: " + u.get("id"));
            kinds.put(u.get("id"), u.get("kind"));
        }
        List<String> counties = names.keySet().stream().filter(id -> "county".equals(kinds.get(id))).map(names::get).toList();
        assertEquals(List.of("离石区", "孝义市", "汾阳市", "文水县", "交城县", "兴县", "临县", "柳林县", "石楼县", "岚县", "方山县",
                "中阳县", "交口县", "吕梁经开区"), counties, "the 13 counties, cities and districts and the development zone");
        assertEquals("方山县", names.get("shanxi.lvliang.fangshan"), "Fangshan's plugin root lies below the city");
        for (String office : List.of("煤矿安全专业委员会办公室", "非煤矿山安全专业委员会办公室", "冶金工贸安全专业委员会办公室",
                "危险化学品安全专业委员会办公室", "消防安全专业委员会办公室", "建设及燃气安全专业委员会办公室", "交通安全专业委员会办公室",
                "市安委会", "市安委办")) {
            assertTrue(names.containsValue(office), office);
        }
        // every department the 附表 names as responsible
        for (String department : List.of("市应急局", "市消防救援支队", "市交通运输局", "市行政审批局", "市财政局", "市住建局",
                "市城市管理局", "市水利局", "市市场监管局", "市能源局", "市防震减灾中心", "市规划和自然资源局", "市发改委",
                "国家金融监管总局吕梁分局")) {
            assertTrue(names.containsValue(department), department);
        }
    }

    @Test
    void theCatalogHoldsThe21TasksIn7GroupsAsPrinted() throws IOException {
        List<Map<String, String>> catalog = tsv("catalog.tsv");
        List<Map<String, String>> whole = catalog.stream().filter(t -> t.get("part").isEmpty()).toList();
        assertEquals(21, whole.size());
        for (int n = 1; n <= 21; n++) {
            assertEquals(String.valueOf(n), whole.get(n - 1).get("number"));
        }
        Set<String> groups = new LinkedHashSet<>();
        catalog.forEach(t -> groups.add(t.get("group")));
        assertEquals(List.of("一、提升安全意识", "二、落实安全责任", "三、健全体制机制", "四、整治问题隐患", "五、强化科技赋能",
                "六、强化应急救援准备", "七、强化人员能力素质"), List.copyOf(groups));

        Map<String, String> t1 = task(catalog, 1, null);
        assertTrue(t1.get("measure").startsWith("树牢安全发展理念。把习近平总书记关于安全生产和防灾减灾救灾重要讲话和指示批示作为"
                + "党委（党组）第一议题及时跟进学习"), t1.get("measure"));
        assertTrue(t1.get("measure").endsWith("严格工作措施，建立落实清单，加强跟踪问效。"));
        assertEquals("市安委会各成员单位，吕梁经开区，各县市区人民政府（以下均需吕梁经开区及县市区人民政府负责，不再一一列出）",
                t1.get("responsibleUnits"));
        // printed without number or title: numbered by its place, the body's title kept in the note
        Map<String, String> t3 = task(catalog, 3, null);
        assertTrue(t3.get("measure").startsWith("市安委办牵头制定我市生产安全事故警示教育办法并印发实施"), t3.get("measure"));
        assertTrue(t3.get("note").contains("强化事故警示教育"), t3.get("note"));
        // the table's misprint is kept, the body's wording noted
        assertTrue(task(catalog, 5, null).get("measure").contains("助力企业安发展"));
        assertTrue(task(catalog, 5, null).get("note").contains("助力企业安全发展"));
        assertTrue(task(catalog, 9, null).get("measure").startsWith("持续建设完善管理体制。持续建设完善管理体制。按照省级安排部署"));
        assertEquals("市应急局、市消防救援支队等部门分工负责", task(catalog, 9, null).get("responsibleUnits"));
        assertEquals("市交通运输局、市应急局、市行政审批局、市消防救援支队、市财政局等部门分工负责",
                task(catalog, 13, null).get("responsibleUnits"));
        assertTrue(task(catalog, 19, null).get("measure").contains("依托柳林、孝义、兴县、交城、中阳、离石等县（市、区），至少组织开展"
                + "一次煤矿、危化、冶金工贸、森林火灾、洪涝灾害、地质灾害等综合性应急演练"));
        assertEquals("市级负有安全生产监管职责的部门分工负责", task(catalog, 21, null).get("responsibleUnits"));
        assertTrue(task(catalog, 21, null).get("measure").startsWith("开展安全监管人员执法比武。对标对表先进地区经验做法"));
    }

    @Test
    void task11HasItsEightSectorsEachLedByItsCommitteeOffice() throws IOException {
        List<Map<String, String>> catalog = tsv("catalog.tsv");
        Map<String, String> units = new LinkedHashMap<>();
        tsv("units.tsv").forEach(u -> units.put(u.get("id"), u.get("name")));
        Map<String, String> leads = new LinkedHashMap<>();
        catalog.stream().filter(t -> t.get("number").equals("11") && !t.get("part").isEmpty())
                .forEach(t -> leads.put(t.get("part"), units.get(t.get("lead"))));
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("煤矿", "煤矿安全专业委员会办公室");
        expected.put("非煤矿山", "非煤矿山安全专业委员会办公室");
        expected.put("冶金工贸", "冶金工贸安全专业委员会办公室");
        expected.put("危险化学品", "危险化学品安全专业委员会办公室");
        expected.put("消防", "消防安全专业委员会办公室");
        expected.put("电动自行车", "消防安全专业委员会办公室");
        expected.put("建筑施工及燃气", "建设及燃气安全专业委员会办公室");
        expected.put("道路交通", "交通安全专业委员会办公室");
        assertEquals(expected, leads);
        assertTrue(task(catalog, 11, "煤矿").get("measure").startsWith("煤矿方面，持续抓好“两办意见”“八条硬措施”"));
        assertEquals("煤矿、非煤矿山安全专业委员会办公室牵头负责", task(catalog, 11, "非煤矿山").get("responsibleUnits"),
                "the merged cell printed beside both");
        assertTrue(task(catalog, 11, "道路交通").get("measure").startsWith("道路交通方面，着力解决“两客一危一货一面”"));
        assertTrue(task(catalog, 11, null).get("measure").startsWith("深度破解重大问题。聚焦重点行业领域"));
    }

    @Test
    void theCountedDutiesAreTargets() throws IOException {
        List<Map<String, String>> catalog = tsv("catalog.tsv");
        Map<Integer, String> targets = new LinkedHashMap<>();
        catalog.stream().filter(t -> !t.get("target").isEmpty())
                .forEach(t -> targets.put(Integer.valueOf(t.get("number")), t.get("target")));
        assertEquals(Map.of(3, "1", 4, "10", 11, "1", 19, "1"), targets);
        assertTrue(task(catalog, 4, null).get("measure").contains("至少研究解决10项具体问题"));
        assertTrue(task(catalog, 4, null).get("targetWhat").contains("办实事、解难题"));
        assertFalse(task(catalog, 2, null).get("target").length() > 0);
    }

    @Test
    void cyclesAndTheAccidentRule() throws IOException {
        Properties cycles = properties("cycles.properties");
        assertEquals("FREQ=MONTHLY;BYMONTH=6,12;BYMONTHDAY=-1", cycles.getProperty("meeting.rrule"), "每半年召开一次专题会议");
        assertEquals("HALF_YEAR", cycles.getProperty("province.periodKind"));
        assertEquals("shanxi", cycles.getProperty("province.receiver"));
        Properties rules = properties("modules/accidents.properties");
        assertEquals("LARGER 1 0", rules.getProperty("rule.frequent.trigger.1"), "较大及以上 1 起");
        assertEquals("GENERAL 2 3", rules.getProperty("rule.frequent.trigger.2"), "3 个月之内 2 起以上一般事故");
        assertEquals("GENERAL 3 6", rules.getProperty("rule.frequent.trigger.3"), "6 个月之内 3 起以上一般事故");
        assertEquals("county", rules.getProperty("rule.frequent.territory"));
        assertNull(rules.getProperty("rule.frequent.trigger.4"));
    }
}

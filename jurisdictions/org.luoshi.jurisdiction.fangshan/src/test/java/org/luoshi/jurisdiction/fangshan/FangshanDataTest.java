package org.luoshi.jurisdiction.fangshan;

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
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Checks the LUOSHI-INF data files against the seed document 方发改安全发〔2023〕35号. */
class FangshanDataTest {

    private static final String BASE = "/LUOSHI-INF/";
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(\\.[a-z0-9]+)*");
    private static final String ROOT = "shanxi.lvliang.fangshan";
    private static final String BUREAU = ROOT + ".fagai";
    private static final String OFFICE = BUREAU + ".bangongshi";
    private static final List<String> GROUPS = List.of(BUREAU + ".nengyuanzu", BUREAU + ".liangshizu",
        BUREAU + ".renfangzu", BUREAU + ".bangfucunzu");
    private static final Set<String> KINDS = Set.of("county", "department", "section", "group");
    private static final Set<String> PERIOD_KINDS = Set.of("WEEK", "MONTH", "QUARTER", "HALF_YEAR", "YEAR",
        "SINCE_PREVIOUS");

    private static Reader open(String name) {
        InputStream in = FangshanDataTest.class.getResourceAsStream(BASE + name);
        assertNotNull(in, "missing resource " + BASE + name);
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private static Properties properties(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = open(name)) {
            p.load(r);
        }
        return p;
    }

    /** Reads a TSV file: the header first, then the data rows; checks every row has the header's width. */
    private static List<String[]> tsv(String name) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(open(name))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isEmpty()) {
                    continue;
                }
                rows.add(line.split("\t", -1));
            }
        }
        assertFalse(rows.isEmpty(), name + " is empty");
        int width = rows.get(0).length;
        for (String[] row : rows) {
            assertEquals(width, row.length, name + ": wrong column count in " + String.join("|", row));
        }
        return rows;
    }

    /** Unit id to its row. */
    private static Map<String, String[]> units() throws IOException {
        Map<String, String[]> units = new HashMap<>();
        List<String[]> rows = tsv("units.tsv");
        for (int i = 1; i < rows.size(); i++) {
            assertNull(units.put(rows.get(i)[0], rows.get(i)), "duplicate id " + rows.get(i)[0]);
        }
        return units;
    }

    /** The whole task with that number (not one of its parts). */
    private static String[] task(List<String[]> catalog, int number) {
        return catalog.stream().skip(1).filter(r -> r[0].equals(String.valueOf(number)) && r[5].isEmpty()).findFirst()
            .orElseThrow(() -> new AssertionError("no task " + number));
    }

    @Test
    void jurisdictionProperties() throws IOException {
        Properties p = properties("jurisdiction.properties");
        assertEquals("fangshan", p.getProperty("id"));
        assertEquals("方山县", p.getProperty("name"));
        assertEquals("county", p.getProperty("level"));
        assertEquals("lvliang", p.getProperty("parent"));
        assertEquals(ROOT, p.getProperty("unit"));
        assertTrue(p.getProperty("source").startsWith("方发改安全发〔2023〕35号 "));
        assertTrue(p.getProperty("source").endsWith("关于印发《重大事故隐患专项排查整治 2023 行动实施方案》的通知"));
        assertTrue(units().containsKey(p.getProperty("unit")), "the jurisdiction's unit is in units.tsv");
    }

    @Test
    void unitsShape() throws IOException {
        List<String[]> rows = tsv("units.tsv");
        assertEquals(List.of("id", "name", "kind", "parent", "letterPrefix"), List.of(rows.get(0)));
        assertEquals(List.of(ROOT, "方山县", "county", "shanxi.lvliang", ""), List.of(rows.get(1)));
        assertEquals(List.of(BUREAU, "方山县发展和改革局", "department", ROOT, "方发改函"), List.of(rows.get(2)));
        Map<String, String[]> units = units();
        for (int i = 1; i < rows.size(); i++) {
            String[] row = rows.get(i);
            String id = row[0];
            String parent = row[3];
            assertTrue(ID.matcher(id).matches(), "bad id " + id);
            assertTrue(ID.matcher(parent).matches(), "bad parent id " + parent);
            assertFalse(row[1].isBlank(), "unnamed unit " + id);
            assertTrue(KINDS.contains(row[2]), "unknown kind " + row[2]);
            assertTrue(id.startsWith(parent + "."), "id " + id + " not under its parent");
            assertTrue(parent.equals("shanxi.lvliang") || units.containsKey(parent), "unknown parent " + parent);
            for (String field : row) {
                assertEquals(field.strip(), field, "stray whitespace in unit " + id);
            }
            if (row[2].equals("section") || row[2].equals("group")) {
                assertEquals(BUREAU, parent, id + " lies directly below the bureau");
            }
        }
        assertEquals(List.of("局办公室", "能源股", "粮食服务股", "人防办", "驻村工作队"),
            rows.stream().filter(r -> r[2].equals("section")).map(r -> r[1]).toList());
        assertEquals(List.of(
                "能源领域安全和高层建筑消防安全（高层建筑电气管理）专项行动领导小组",
                "粮食安全专项行动领导小组",
                "已投入使用的人防工程安全专项行动领导小组",
                "帮扶村安全专项行动工作行动领导小组"),
            rows.stream().filter(r -> r[2].equals("group")).map(r -> r[1]).toList());
        assertEquals(GROUPS, rows.stream().filter(r -> r[2].equals("group")).map(r -> r[0]).toList());
        assertTrue(rows.stream().noneMatch(r -> r[2].equals("town")), "the seed names no towns");
        assertEquals(12, rows.size(), "header + 11 units");
    }

    @Test
    void catalogShape() throws IOException {
        List<String[]> rows = tsv("catalog.tsv");
        assertEquals(List.of("number", "group", "measure", "responsibleUnits", "deadline", "part", "lead", "target",
            "targetWhat", "note", "every"), List.of(rows.get(0)));
        List<String[]> whole = rows.stream().skip(1).filter(r -> r[5].isEmpty()).toList();
        assertEquals(34, whole.size(), "15 enterprise tasks + 12 section tasks + 7 tasks of the 局党组");
        Set<String> groups = new LinkedHashSet<>();
        for (int i = 0; i < whole.size(); i++) {
            String[] row = whole.get(i);
            assertEquals(String.valueOf(i + 1), row[0], "tasks numbered 1..34 in order");
            for (int f = 0; f < 5; f++) {
                assertFalse(row[f].isBlank(), "empty field in task " + row[0]);
            }
            for (String field : row) {
                assertEquals(field.strip(), field, "stray whitespace in task " + row[0]);
                assertFalse(field.contains("<") || field.contains("**") || field.contains("#"), "markup in task " + row[0]);
            }
            assertFalse(row[2].matches("^[（(]\\d+[）)].*"), "numbering not stripped in task " + row[0]);
            assertTrue(row[4].startsWith("2023年"), "deadline of task " + row[0]);
            groups.add(row[1]);
        }
        assertEquals(13, groups.size(), "5 enterprise items + 5 section items + 3 items of the 局党组");
        int g = 0;
        for (String group : groups) {
            String list = g < 5 ? "(一)" : g < 10 ? "(二)" : "(三)";
            assertTrue(group.startsWith(list + (g % 5 + 1) + ". "), group);
            g++;
        }
        for (int i = 1; i <= 15; i++) {
            assertTrue(task(rows, i)[1].startsWith("(一)"), "task " + i + " is an enterprise task");
            assertEquals("企业主要负责人", task(rows, i)[3]);
        }
        for (int i = 16; i <= 27; i++) {
            assertTrue(task(rows, i)[1].startsWith("(二)"), "task " + i + " is a section task");
        }
        for (int i = 28; i <= 34; i++) {
            assertTrue(task(rows, i)[1].startsWith("(三)"), "task " + i + " is a task of the 局党组");
            assertEquals("局党组", task(rows, i)[3]);
        }
    }

    @Test
    void catalogSpotChecks() throws IOException {
        List<String[]> c = tsv("catalog.tsv");

        String[] t1 = task(c, 1);
        assertEquals("(一)1. 研究组织本企业重大事故隐患排查整治。", t1[1]);
        assertTrue(t1[2].startsWith("企业主要负责人要学习研究并全面掌握本行业领域重大事故隐患判定标准或重点检查事项，"));
        assertTrue(t1[2].endsWith("对标对表开展自查自改。"));
        assertEquals("2023年7月底前", t1[4]);

        String[] t4 = task(c, 4);
        assertTrue(t4[2].startsWith("专项行动期间，主要负责人每月要带队对本单位重大事故隐患排查整治情况至少开展1次检查，"));
        assertEquals("2023年12月底前", t4[4]);

        String[] t7 = task(c, 7);
        assertEquals("按规定设置安全生产管理机构或者配齐配强专兼职安全管理人員。", t7[2], "typo 員 kept as printed");

        String[] t12 = task(c, 12);
        assertEquals("(一)3. 组织对动火等危险作业开展排查整治。", t12[1]);
        assertTrue(t12[2].contains("进行1次全面排查，"), "page break inside 全面 joined");
        assertTrue(t12[2].endsWith("明确“谁招请无证人员，谁负责任”的管理制度。"));

        String[] t15 = task(c, 15);
        assertEquals("(一)5. 组织开展事故应急救援演练活动。", t15[1]);
        assertTrue(t15[2].contains("每年至少组织开展1次事故应急救援预案演练(高危行业领域企业每半年至少1次)"));

        String[] t16 = task(c, 16);
        assertEquals("(二)1. 尽快明确和大力宣传排查整治标准要求。", t16[1]);
        assertTrue(t16[2].startsWith("各牵头股室要结合实际，抓紧制定印发专项行动方案，"));
        assertEquals("各牵头股室", t16[3]);
        assertEquals("2023年5月中旬前", t16[4]);

        String[] t18 = task(c, 18);
        assertEquals("(二)2. 开展监管执法人员专题培训。", t18[1]);
        assertTrue(t18[2].startsWith("专项行动领导组要利用企业自查自改阶段的时间，"));
        assertTrue(t18[2].endsWith("提高专业素养和法治素养）"));
        assertEquals("专项行动领导组", t18[3]);
        assertEquals("2023年7月底前", t18[4]);

        String[] t19 = task(c, 19);
        assertEquals("(二)3. 聚焦排查整治重点精准严格执法。", t19[1]);
        assertTrue(t19[2].startsWith("各股室要针对企业主要负责人前述五项十五条重点任务落实情况精准严格执法，"));
        assertEquals(4, t19[2].split(Pattern.quote("\\n")).length, "four printed paragraphs kept as \\n");
        assertTrue(t19[2].endsWith("要依法对企业和企业主要负责人实行“一案双罚”。"));
        assertEquals("各股室", t19[3]);
        assertEquals("2023年8-11月", t19[4]);

        String[] t23 = task(c, 23);
        assertEquals("(二)4. 建立倒查机制严格问责问效。", t23[1]);
        assertTrue(t23[2].contains("却查不出、或查出后应处罚未处罚"), "page break joined");
        assertTrue(t23[2].contains("实行“一案三查”（同时追究企业、镇、各股室责任）"));

        String[] t25 = task(c, 25);
        assertEquals("(二)5. 创新监管和服务方式切实提升监管执法效能。", t25[1]);
        assertEquals("负有安全监管职责的各股室要积极运用“四不两直”、明查暗访、异地执法等工作方式不断提高执法质量。", t25[2]);
        assertEquals("负有安全监管职责的各股室", t25[3]);

        String[] t27 = task(c, 27);
        assertTrue(t27[2].endsWith("积极服务企业对电焊等特种作业人员的排查整治工作和考证工作。"));
    }

    @Test
    void cycles() throws IOException {
        Properties p = properties("cycles.properties");
        Map<String, String[]> units = units();
        Set<String> ids = new TreeSet<>();
        for (String key : p.stringPropertyNames()) {
            ids.add(key.substring(0, key.indexOf('.')));
        }
        assertEquals(Set.of("dispatch", "hazards-groups", "hazards-county", "disclosure", "dispatch-meeting", "phases"), ids);
        for (String id : ids) {
            assertFalse(id.contains("."), id);
            assertNotNull(p.getProperty(id + ".name"), id + ".name");
            LocalDate start = LocalDate.parse(p.getProperty(id + ".start"));
            assertFalse(start.isBefore(LocalDate.of(2023, 4, 25)), id + " starts within the action");
            String until = p.getProperty(id + ".until");
            if (until != null) {
                assertEquals(LocalDate.of(2023, 12, 31), LocalDate.parse(until), id + " ends with the action");
            }
            String periodKind = p.getProperty(id + ".periodKind");
            assertTrue(periodKind == null || PERIOD_KINDS.contains(periodKind), id + ".periodKind");
            boolean milestones = p.containsKey(id + ".milestone.1");
            assertTrue(p.getProperty(id + ".rrule") != null || milestones, id + " needs an rrule or milestones");
            for (int n = 1; p.containsKey(id + ".milestone." + n); n++) {
                String[] m = p.getProperty(id + ".milestone." + n).strip().split(" ", 2);
                LocalDate.parse(m[0]);
                assertFalse(m[1].isBlank());
            }
            String receiver = p.getProperty(id + ".receiver");
            assertNotNull(receiver, id + ".receiver");
            assertTrue(units.containsKey(receiver.strip()), id + ": receiver " + receiver + " not in units.tsv");
            String reporters = p.getProperty(id + ".reporters");
            assertNotNull(reporters, id + ".reporters");
            for (String r : reporters.split(",")) {
                assertTrue(units.containsKey(r.strip()), id + ": reporter " + r + " not in units.tsv");
                assertFalse(r.strip().equals(receiver.strip()), id + ": reports to itself");
            }
        }

        assertEquals("FREQ=MONTHLY;BYMONTHDAY=28", p.getProperty("dispatch.rrule"));
        assertEquals("2023-06-01", p.getProperty("dispatch.start"));
        assertEquals("28", p.getProperty("dispatch.cutOffDay"));
        assertEquals("2023-04-25", p.getProperty("dispatch.cumulativeFrom"));
        assertEquals(OFFICE, p.getProperty("dispatch.receiver"));
        assertEquals(GROUPS, List.of(p.getProperty("dispatch.reporters").split(",")));

        assertEquals("FREQ=MONTHLY;BYMONTHDAY=25", p.getProperty("hazards-groups.rrule"));
        assertEquals(OFFICE, p.getProperty("hazards-groups.receiver"));
        assertEquals(GROUPS, List.of(p.getProperty("hazards-groups.reporters").split(",")));
        assertTrue(p.getProperty("hazards-county.rrule").contains("BYMONTHDAY=29"));
        assertEquals(ROOT, p.getProperty("hazards-county.receiver"));
        assertEquals(OFFICE, p.getProperty("hazards-county.reporters"));

        // 五(三) 每月公开一次, 六(三) 每月组织召开一次调度会议: monthly, by the office, recorded with the bureau's group
        for (String monthly : List.of("disclosure", "dispatch-meeting")) {
            assertEquals("FREQ=MONTHLY;BYMONTHDAY=-1", p.getProperty(monthly + ".rrule"), monthly);
            assertEquals("MONTH", p.getProperty(monthly + ".periodKind"), monthly);
            assertEquals(OFFICE, p.getProperty(monthly + ".reporters"), monthly);
            assertEquals(BUREAU, p.getProperty(monthly + ".receiver"), monthly);
        }
        // 五(二): the Thursday feedback runs per listed hazard from its day of assignment (the listing's rule)
        Properties listing = properties("modules/listing.properties");
        assertEquals("FREQ=WEEKLY;BYDAY=TH", listing.getProperty("reportRule"));
        assertEquals(LocalTime.NOON, LocalTime.parse(listing.getProperty("reportDueTime")));
        assertEquals("县相关分管领导@county", listing.getProperty("delistSignOffs"));

        assertEquals("2023-04-25", p.getProperty("phases.start"));
        assertTrue(p.getProperty("phases.milestone.1").startsWith("2023-05-20 动员部署"));
        assertTrue(p.getProperty("phases.milestone.2").startsWith("2023-07-31 企业自查自改和部门帮扶"));
        assertTrue(p.getProperty("phases.milestone.3").startsWith("2023-11-30 部门精准执法"));
        assertTrue(p.getProperty("phases.milestone.4").startsWith("2023-12-31 巩固提高"));
        assertFalse(p.containsKey("phases.milestone.5"));
    }

    /** Issue 16, item 9: the leading groups' roles by title, as seed 004 二 assigns them (typed here from the seed). */
    @Test
    void rolesByTitle() throws IOException {
        List<String[]> rows = tsv("roles.tsv");
        assertEquals(List.of("unit", "group", "role", "title"), List.of(rows.get(0)));
        Map<String, String[]> units = units();
        Map<String, List<String>> byRole = new HashMap<>();
        for (String[] r : rows.subList(1, rows.size())) {
            assertTrue(units.containsKey(r[0]), r[0]);
            byRole.computeIfAbsent(r[1] + "|" + r[2], k -> new ArrayList<>()).add(r[3]);
        }
        String group = "局重大事故隐患专项排查整治2023行动领导组";
        assertEquals(List.of("局党组书记"), byRole.get(group + "|组长"), "组长由局党组书记…担任");
        assertEquals(List.of("局党组成员", "分管能源工作的主任", "分管粮食和人防工作的同志"), byRole.get(group + "|副组长"));
        assertEquals(List.of("各股室主要负责人"), byRole.get(group + "|成员"), "成员由各股室主要负责人组成");
        assertEquals(List.of("分管能源工作的主任"),
            byRole.get("能源领域安全和高层建筑消防安全（高层建筑电气管理）专项行动领导小组|组长"));
    }

    /** Role titles, never the personal names the seed prints (二（一）、（二）): none of them is in any data file. */
    @Test
    void noPersonalNameOfTheSeedInTheData() throws IOException {
        List<String> names = List.of("王国锋", "李昉珍", "刘珍", "张侯平", "杨红平", "李建山", "高峰翔", "孙小勇", "杨建成",
            "高建业", "常永兴", "康志勇", "赵嘉栋", "高宝珍", "李秀平", "薛新明", "靳新平", "张雁平", "张婷", "张晓程", "靳益明",
            "杨云珍", "郝建平");
        for (String file : List.of("jurisdiction.properties", "units.tsv", "catalog.tsv", "cycles.properties", "roles.tsv",
                "modules/listing.properties", "forms/dispatch.properties", "forms/dispatch.tsv")) {
            String text;
            try (BufferedReader r = new BufferedReader(open(file))) {
                text = r.lines().reduce("", (a, b) -> a + "\n" + b);
            }
            for (String name : names) {
                assertFalse(text.contains(name), file + " names " + name);
            }
        }
    }
}

package org.luoshi.jurisdiction.shuozhou;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Checks the LUOSHI-INF data files against the seed document 朔安发〔2022〕3号. */
class CatalogDataTest {

    private static final String BASE = "/LUOSHI-INF/";
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(\\.[a-z0-9]+)*");
    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
        "十一", "十二", "十三", "十四", "十五"};

    private static Reader open(String name) {
        InputStream in = CatalogDataTest.class.getResourceAsStream(BASE + name);
        assertNotNull(in, "missing resource " + BASE + name);
        return new InputStreamReader(in, StandardCharsets.UTF_8);
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

    private static String[] task(List<String[]> catalog, int number) {
        String[] row = catalog.get(number);
        assertEquals(String.valueOf(number), row[0]);
        return row;
    }

    @Test
    void jurisdictionProperties() throws IOException {
        Properties p = new Properties();
        try (Reader r = open("jurisdiction.properties")) {
            p.load(r);
        }
        assertEquals("shuozhou", p.getProperty("id"));
        assertEquals("朔州市", p.getProperty("name"));
        assertEquals("city", p.getProperty("level"));
        assertEquals("shanxi", p.getProperty("parent"));
        assertEquals("shanxi.shuozhou", p.getProperty("unit"));
        assertTrue(p.getProperty("source").startsWith("朔安发〔2022〕3号 "));
        assertTrue(p.getProperty("source").endsWith("大检查大整治大提升行动的通知"));
    }

    @Test
    void catalogShape() throws IOException {
        List<String[]> rows = tsv("catalog.tsv");
        assertEquals(List.of("number", "group", "measure", "responsibleUnits", "deadline"), List.of(rows.get(0)));
        assertEquals(59, rows.size(), "header + 58 tasks");
        Set<String> groups = new LinkedHashSet<>();
        for (int i = 1; i < rows.size(); i++) {
            String[] row = rows.get(i);
            assertEquals(String.valueOf(i), row[0], "tasks numbered 1..58 in order");
            for (String field : row) {
                assertFalse(field.isBlank(), "empty field in task " + i);
                assertEquals(field.strip(), field, "stray whitespace in task " + i);
                assertFalse(field.contains("<"), "HTML left in task " + i);
            }
            assertFalse(row[2].matches("^\\d+\\..*"), "numbering not stripped in task " + i);
            groups.add(row[1]);
        }
        assertEquals(15, groups.size());
        int g = 0;
        for (String group : groups) {
            assertTrue(group.startsWith(NUMERALS[g] + "、"), group);
            g++;
        }
    }

    @Test
    void catalogSpotChecks() throws IOException {
        List<String[]> c = tsv("catalog.tsv");

        String[] t1 = task(c, 1);
        assertEquals("一、严格落实地方党委安全生产责任。", t1[1]);
        assertTrue(t1[2].startsWith("落实“党政同责、一岗双责、齐抓共管、失职追责”的要求"));
        assertEquals("5月底前", t1[4]);

        String[] t2 = task(c, 2);
        assertTrue(t2[2].startsWith("各级党委常委会每季度至少召开一次会议，"));
        assertEquals("各级党委、政府", t2[3]);
        assertEquals("长期坚持", t2[4]);

        String[] t4 = task(c, 4);
        assertEquals("各级党委、政府，各级组织、机构编制等部门及各级安委办", t4[3]);
        assertEquals("6月底前", t4[4]);

        String[] t12 = task(c, 12);
        assertEquals("二、严格落实地方政府安全生产责任。", t12[1]);
        assertTrue(t12[2].startsWith("市安委会将所有成员单位和驻朔企业、市属重点企业"));
        assertEquals("各级安委办", t12[3]);
        assertEquals("2023年1月底前", t12[4]);

        String[] t25 = task(c, 25);
        assertEquals("六、深入扎实开展全国安全生产大检查。", t25[1]);
        assertEquals("5月10月底前", t25[4], "deadline kept as printed in the 附件");

        String[] t35 = task(c, 35);
        assertTrue(t35[2].startsWith("各行业领域安全监管部門要将"), "typo kept as printed");

        String[] t43 = task(c, 43);
        assertEquals("十一、坚决整治执法检查宽松软问题。", t43[1]);
        assertTrue(t43[2].startsWith("各负有安全监管职责的部门要建立省、市、县三级执法信息直报系统"));
        assertEquals("市级负有安全监管职责部门", t43[3]);
        assertEquals("11月底前", t43[4]);

        String[] t58 = task(c, 58);
        assertEquals("十五、统筹做好经济发展、疫情防控和安全生产工作。", t58[1]);
        assertTrue(t58[2].startsWith("在煤矿、非煤矿山、危险化学品、道路运输、建筑施工、民爆物品等重点行业领域"));
        assertTrue(t58[2].endsWith("鼓励其他行业领域投保安全生产责任保险。"));
        assertEquals("各级应急、交通、住建等负有安全监管职责部门，各生产经营单位", t58[3]);
        assertEquals("长期坚持", t58[4]);
    }

    @Test
    void units() throws IOException {
        List<String[]> rows = tsv("units.tsv");
        assertEquals(List.of("id", "name", "kind", "parent", "letterPrefix"), List.of(rows.get(0)));
        Set<String> ids = new HashSet<>();
        for (int i = 1; i < rows.size(); i++) {
            String id = rows.get(i)[0];
            assertTrue(ID.matcher(id).matches(), "bad id " + id);
            assertTrue(ids.add(id), "duplicate id " + id);
        }
        assertEquals(List.of("shanxi.shuozhou", "朔州市", "city", "shanxi", ""), List.of(rows.get(1)));
        Set<String> kinds = Set.of("city", "county", "department", "police");
        for (int i = 1; i < rows.size(); i++) {
            String[] row = rows.get(i);
            assertFalse(row[1].isBlank(), "unnamed unit " + row[0]);
            assertTrue(kinds.contains(row[2]), "unknown kind " + row[2]);
            String parent = row[3];
            assertTrue(parent.equals("shanxi") || ids.contains(parent), "unknown parent " + parent);
            assertTrue(ID.matcher(parent).matches(), "bad parent id " + parent);
            assertTrue(row[0].startsWith(parent + "."), "id " + row[0] + " not under its parent");
        }
        assertTrue(ids.containsAll(List.of("shanxi.shuozhou.shuocheng", "shanxi.shuozhou.pinglu",
            "shanxi.shuozhou.huairen", "shanxi.shuozhou.shanyin", "shanxi.shuozhou.yingxian",
            "shanxi.shuozhou.youyu", "shanxi.shuozhou.kaifaqu", "shanxi.shuozhou.anweiban")));
    }

    /** Issue 16, item 9: 二、组织领导 by role title (typed here from the seed), never by the names it prints. */
    @Test
    void rolesByTitleNeverByName() throws IOException {
        List<String[]> rows = tsv("roles.tsv");
        assertEquals(List.of("unit", "group", "role", "title"), List.of(rows.get(0)));
        java.util.Map<String, List<String>> byRole = new java.util.HashMap<>();
        for (String[] r : rows.subList(1, rows.size())) {
            byRole.computeIfAbsent(r[1] + "|" + r[2], k -> new java.util.ArrayList<>()).add(r[3]);
        }
        String group = "全市安全生产大检查大整治大提升集中行动领导小组";
        assertEquals(List.of("市委书记", "市委副书记、市长"), byRole.get(group + "|组长"));
        assertEquals(List.of("市委常委、副市长"), byRole.get(group + "|常务副组长"));
        assertEquals(List.of("市政府各位副市长和市政府秘书长"), byRole.get(group + "|副组长"));
        assertEquals(List.of("各行业领域分管副市长"), byRole.get("市级安全生产大检查大整治大提升行动专项领导小组（各行业领域）|组长"));
        for (String file : List.of("jurisdiction.properties", "units.tsv", "catalog.tsv", "cycles.properties", "roles.tsv")) {
            String text;
            try (java.io.BufferedReader r = new java.io.BufferedReader(open(file))) {
                text = r.lines().reduce("", (a, b) -> a + "\n" + b);
            }
            for (String name : List.of("姜四清", "吴秀玲", "武跃飞", "夏海军", "孟福荣")) {
                assertFalse(text.contains(name), file + " names " + name);
            }
        }
    }

    /** Issue 16, item 4: each group's whole 国家要求 as printed, heading first (spot checks typed from the seed). */
    @Test
    void groupsCarryTheirWholeNationalRequirement() throws IOException {
        List<String[]> rows = tsv("groups.tsv");
        assertEquals(List.of("group", "text"), List.of(rows.get(0)));
        assertEquals(16, rows.size(), "header + the fifteen 国家要求");
        java.util.Set<String> groups = new java.util.HashSet<>();
        for (String[] t : tsv("catalog.tsv").subList(1, tsv("catalog.tsv").size())) {
            groups.add(t[1]);
        }
        for (String[] g : rows.subList(1, rows.size())) {
            assertTrue(groups.contains(g[0]), g[0]);
            assertTrue(g[1].startsWith(g[0]), g[0]);
            assertFalse(g[1].contains("<") || g[1].contains("**"), "markup in " + g[0]);
        }
        assertEquals("十四、严肃查处瞒报谎报迟报漏报事故行为。严格落实事故直报制度，生产安全事故隐瞒不报、谎报或者拖延不报的，"
            + "对直接责任人和负有管理和领导责任的人员依规依纪依法从严追究责任。对初步认定的瞒报事故，一律由上级安委会挂牌督办，必要时提级调查。",
            rows.get(14)[1]);
    }

    /**
     * Issue 16, item 4: the monthly "一小结、一报表、两清单" (五（三）一是坚持考评通报) is a report form — the summary typed, the
     * 报表 and the two 清单 uploaded as attachments (the notice gives their names, not their layouts). Values typed from
     * the seed.
     */
    @Test
    void monthlyReportIsAFormOfOneSummaryAndThreeAttachments() throws IOException {
        Properties cycles = new Properties();
        try (Reader r = open("cycles.properties")) {
            cycles.load(r);
        }
        assertEquals("monthly", cycles.getProperty("monthly.form"));
        assertEquals("一小结、一报表、两清单", cycles.getProperty("monthly.name"));

        Properties form = new Properties();
        try (Reader r = open("forms/monthly.properties")) {
            form.load(r);
        }
        assertEquals("一小结、一报表、两清单", form.getProperty("title"));
        assertEquals(null, form.getProperty("tables"), "one table per reporter (the default)");
        assertEquals("各县（市、区）安委办和市直有关部门要于每月2日前将“一小结、一报表、两清单”（大检查大整治大提升和专项整治三年行动小结，"
            + "大检查大整治大提升行动情况报表，安全生产十五项措施落实清单、三年行动2022年重点任务清单)报市政府安委办。",
            form.getProperty("note.1"));
        assertEquals(null, form.getProperty("note.2"));

        List<String[]> fields = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(open("forms/monthly.tsv"))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    fields.add(line.split("\t", -1));
                }
            }
        }
        assertEquals(List.of("key", "block", "no", "label", "part", "measure", "type", "figure"), List.of(fields.get(0)));
        List<List<String>> expected = List.of(
            List.of("S1", "小结", "1", "大检查大整治大提升和专项整治三年行动小结", "", "", "TEXT", ""),
            List.of("R1", "报表", "1", "大检查大整治大提升行动情况报表", "", "", "FILE", ""),
            List.of("L1", "两清单", "1", "安全生产十五项措施落实清单", "", "", "FILE", ""),
            List.of("L2", "两清单", "2", "三年行动2022年重点任务清单", "", "", "FILE", ""));
        assertEquals(expected.size() + 1, fields.size(), "header + the four items, nothing invented");
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), List.of(fields.get(i + 1)));
            assertTrue(form.getProperty("note.1").contains(expected.get(i).get(3)), "named in the notice: "
                + expected.get(i).get(3));
        }
    }
}

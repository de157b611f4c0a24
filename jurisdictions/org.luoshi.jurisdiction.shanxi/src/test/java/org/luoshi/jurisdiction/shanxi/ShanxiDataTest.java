package org.luoshi.jurisdiction.shanxi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** The province's data: its eleven cities, the quarterly dispatch and its content items, the 2023 campaign. */
class ShanxiDataTest {
    private static Reader open(String name) {
        InputStream in = ShanxiDataTest.class.getResourceAsStream("/LUOSHI-INF/" + name);
        assertNotNull(in, "missing " + name);
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private static Properties properties(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = open(name)) {
            p.load(r);
        }
        return p;
    }

    private static List<String[]> rows(String name) throws IOException {
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(open(name))) {
            String header = r.readLine();
            int width = header.split("\t", -1).length;
            for (String line; (line = r.readLine()) != null;) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] cells = line.split("\t", -1);
                    assertEquals(width, cells.length, name + ": " + line);
                    out.add(cells);
                }
            }
        }
        return out;
    }

    @Test
    void theProvinceAndItsElevenCities() throws IOException {
        Properties j = properties("jurisdiction.properties");
        assertEquals("shanxi", j.getProperty("id"));
        assertEquals("province", j.getProperty("level"));
        List<String[]> units = rows("units.tsv");
        assertEquals(29, units.size(), "the office, 11 cities, the campaign's office and 16 sector groups' offices");
        assertEquals("shanxi", units.get(0)[0]);
        assertEquals(11, units.stream().filter(u -> u[2].equals("city")).count());
        assertTrue(units.stream().skip(1).allMatch(u -> u[3].equals("shanxi")));
        // 晋安发〔2023〕12号 二（一） and 五（二）: the sectors whose groups' offices report, as typed from the seed
        for (String sector : List.of("煤矿", "非煤矿山", "危险化学品", "建筑施工", "交通运输（道路交通）", "民爆物品", "文化旅游",
                "消防安全", "冶金工贸", "教育", "民政", "农业农村", "商务", "卫健", "体育", "粮储")) {
            assertTrue(units.stream().anyMatch(u -> u[1].equals(sector + "行业领域专项行动领导组办公室") && u[2].equals("group")),
                    sector);
        }
        assertTrue(units.stream().anyMatch(u -> u[0].equals("shanxi.shuozhou") && u[1].equals("朔州市")));
        assertTrue(units.stream().anyMatch(u -> u[0].equals("shanxi.lvliang") && u[1].equals("吕梁市")));
    }

    @Test
    void quarterlyDispatchCollectsTheContentItemsOfTheMechanism() throws IOException {
        Properties c = properties("cycles.properties");
        assertEquals("FREQ=MONTHLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1", c.getProperty("quarterly.rrule"));
        assertEquals("QUARTER", c.getProperty("quarterly.periodKind"));
        assertEquals("quarterly", c.getProperty("quarterly.form"));
        assertEquals("FREQ=MONTHLY;BYMONTHDAY=30,-1;BYSETPOS=1", c.getProperty("campaign-2023.rrule"));
        assertTrue(c.getProperty("campaign-2023-milestones.milestone.1").startsWith("2024-03-10 "));
        assertTrue(c.getProperty("campaign-2023-plan.milestone.1").startsWith("2023-11-26 "));
        assertEquals("shanxi.zhuanxiangban", c.getProperty("campaign-2023-plan.receiver"));
        assertEquals(27, c.getProperty("campaign-2023.reporters").split(",").length, "11 cities + 16 sector offices");
        assertEquals(11, c.getProperty("quarterly.reporters").split(",").length, "the quarterly dispatch: the cities");
        List<String> blocks = new ArrayList<>();
        for (String[] f : rows("forms/quarterly.tsv")) {
            if (!blocks.contains(f[1])) {
                blocks.add(f[1]);
            }
        }
        assertEquals(List.of("年度重点工作和专项行动任务推进落实", "问题隐患整改", "重大事故隐患挂牌督办", "存在的主要问题",
                "下一步风险研判和工作措施"), blocks, "三（二） in its printed order");
    }
}

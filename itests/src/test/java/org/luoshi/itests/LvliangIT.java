package org.luoshi.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.luoshi.itests.Platform.Answer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The Lüliang city plugin (seed 003) in the running platform: its catalog of 21 tasks in 7 groups with task 11's eight
 * sectors and their lead offices (expected values typed from the seed), the counted duties as targets, its units with
 * Fangshan's under them, the plugin hot-removed and returned without touching another bundle, and Fangshan working
 * without it.
 */
@ExtendWith(Platform.class)
class LvliangIT {
    static final String PLUGIN = "org.luoshi.jurisdiction.lvliang";

    private static Map<String, String> unitNames(String jurisdiction) {
        Map<String, String> names = new LinkedHashMap<>();
        for (JsonNode u : Platform.get("admin", Platform.API + "/jurisdictions/" + jurisdiction + "/units").json()) {
            names.put(u.get("id").asText(), u.get("name").asText());
        }
        return names;
    }

    @Test
    void theCatalogHas21TasksIn7GroupsAndTask11HasItsEightSectorsWithTheirLeadOffices() {
        JsonNode catalog = Platform.get("admin", Platform.API + "/jurisdictions/lvliang/catalog").json();
        Set<String> groups = new LinkedHashSet<>();
        Set<Integer> numbers = new LinkedHashSet<>();
        Map<String, String> leads = new LinkedHashMap<>();
        Map<String, String> names = unitNames("lvliang");
        Map<Integer, Integer> targets = new LinkedHashMap<>();
        for (JsonNode t : catalog) {
            groups.add(t.get("group").asText());
            if (t.get("part").isNull()) {
                numbers.add(t.get("number").asInt());
            } else {
                assertEquals(11, t.get("number").asInt(), t.toString());
                leads.put(t.get("part").asText(), names.get(t.get("lead").asText()));
            }
            if (!t.get("target").isNull()) {
                targets.put(t.get("number").asInt(), t.get("target").asInt());
            }
        }
        assertEquals(29, catalog.size(), "21 tasks and 8 sector rows");
        assertEquals(21, numbers.size());
        assertEquals(List.of("一、提升安全意识", "二、落实安全责任", "三、健全体制机制", "四、整治问题隐患", "五、强化科技赋能",
                "六、强化应急救援准备", "七、强化人员能力素质"), List.copyOf(groups));
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
        assertEquals(Map.of(3, 1, 4, 10, 11, 1, 19, 1), targets, "每年至少一次培训、至少研究解决10项、1—2项突出问题、一次演练");
        JsonNode t4 = null;
        for (JsonNode t : catalog) {
            if (t.get("number").asInt() == 4) {
                t4 = t;
            }
        }
        assertTrue(t4.get("measure").asText().startsWith("压实党政领导责任。认真贯彻落实《地方党政领导干部安全生产责任制规定》"),
                t4.toString());
        assertTrue(t4.get("measure").asText().contains("每半年召开一次专题会议"));
        assertEquals("市安委会成员单位", t4.get("responsibleUnits").asText());
    }

    @Test
    void theUnitsHoldTheCountiesAndFangshansUnitsResolveUnderLvliang() {
        Map<String, String> names = unitNames("lvliang");
        for (String county : List.of("离石区", "孝义市", "汾阳市", "文水县", "交城县", "兴县", "临县", "柳林县", "石楼县", "岚县",
                "方山县", "中阳县", "交口县", "吕梁经开区")) {
            assertTrue(names.containsValue(county), county);
        }
        assertEquals("lvliang", Platform.get("admin", Platform.API + "/jurisdictions/fangshan").json().get("parent").asText());
        JsonNode cycles = Platform.get("admin", Platform.API + "/jurisdictions/lvliang/cycles").json();
        assertTrue(cycles.toString().contains("每半年一次"), cycles.toString());
        assertEquals(List.of("shanxi.lvliang.fangshan", "shanxi.lvliang.fangshan.fagai"),
                unitNames("fangshan").keySet().stream().limit(2).toList());
    }

    @Test
    void importingTask11BringsItsSectorsAndATargetCountsItsProgress() {
        int year = HazardRestIT.today().getYear() - 1;
        Answer imported = Platform.postJson("lvliang", Platform.API + "/tasks/import",
                Map.of("jurisdiction", "lvliang", "unit", "shanxi.lvliang.anweiban", "year", year, "numbers", List.of(4, 11)));
        assertEquals(201, imported.status(), imported.body());
        JsonNode tasks = imported.json();
        assertEquals(10, tasks.size(), "task 4, task 11 and its eight sectors (the platform of a test run starts empty)");
        JsonNode t4 = null;
        int parts = 0;
        for (JsonNode t : tasks) {
            if (t.get("catalogNumber").asInt() == 4) {
                t4 = t;
            } else if (!t.get("part").isNull()) {
                parts++;
                assertTrue(t.get("lead").asText().startsWith("shanxi.lvliang."), t.toString());
            }
        }
        assertEquals(8, parts);
        assertEquals(10, t4.get("target").asInt());
        assertEquals(0, t4.get("done").asInt());
        assertEquals(0, Platform.postJson("lvliang", Platform.API + "/tasks/import", Map.of("jurisdiction", "lvliang", "unit",
                "shanxi.lvliang.anweiban", "year", year, "numbers", List.of(11))).json().size(), "no task twice");

        String entries = Platform.API + "/tasks/" + t4.get("id").asLong() + "/entries";
        Map<String, Object> entry = new LinkedHashMap<>(Map.of("kind", "PROGRESS", "date", HazardRestIT.today().toString(),
                "person", "市安委办综合科科长", "text", "研究解决执法装备不足等问题", "count", 3));
        Answer progress = Platform.postJson("lvliang", entries, entry);
        assertEquals(200, progress.status(), progress.body());
        assertEquals(3, progress.json().get("done").asInt());
        entry.put("count", -1);
        Answer negative = Platform.postJson("lvliang", entries, entry);
        assertEquals(400, negative.status());
        assertTrue(negative.json().get("errors").has("count"), negative.body());
        entry.put("count", 1);
        entry.put("kind", "SUPERVISION");
        assertEquals(400, Platform.postJson("lvliang", entries, entry).status(), "supervision counts nothing");
        assertEquals(3, Platform.get("lvliang", Platform.API + "/tasks/" + t4.get("id").asLong()).json().get("done").asInt());
    }

    @Test
    void thePluginIsHotRemovedAndReturnedWithoutTouchingAnotherBundleAndFangshanKeepsWorking() throws Exception {
        Map<String, String> before = LifecycleIT.bundleStates();
        assertTrue(before.containsKey(PLUGIN), before.toString());
        Path jar = Platform.home().resolve("deploy/" + PLUGIN + ".jar");
        Path aside = Platform.home().resolve(PLUGIN + ".jar.aside");
        Files.move(jar, aside);
        try {
            await(false);
            assertEquals(404, Platform.get("admin", Platform.API + "/jurisdictions/lvliang/catalog").status());
            // Fangshan without its city: its own units, catalog and records as before
            assertTrue(installed("fangshan"));
            assertTrue(unitNames("fangshan").containsKey("shanxi.lvliang.fangshan.fagai.nengyuanzu"));
            assertEquals(200, Platform.get("fangshan", Platform.API + "/hazards?jurisdiction=fangshan").status());
            assertFalse(unitNames("fangshan").isEmpty());
        } finally {
            Files.move(aside, jar);
        }
        await(true);
        assertEquals(29, Platform.get("admin", Platform.API + "/jurisdictions/lvliang/catalog").json().size());
        Map<String, String> after = LifecycleIT.bundleStates();
        after.remove(PLUGIN);
        before.remove(PLUGIN);
        assertEquals(before, after, "no other bundle stopped, refreshed or changed state");
    }

    private static boolean installed(String id) {
        return Platform.get(null, Platform.API + "/health").json().get("jurisdictions").toString().contains("\"" + id + "\"");
    }

    private static void await(boolean present) throws InterruptedException {
        long start = System.nanoTime();
        while (installed("lvliang") != present) {
            if (System.nanoTime() - start > TimeUnit.SECONDS.toNanos(5)) {
                throw new AssertionError("lvliang " + (present ? "did not return" : "did not leave") + " within 5 s");
            }
            Thread.sleep(50);
        }
    }
}

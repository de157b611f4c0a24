package org.luoshi.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.luoshi.itests.Platform.Answer;

import com.fasterxml.jackson.databind.JsonNode;

/** Health, installed jurisdictions and the whole Shuozhou catalog, over HTTP against the booted distribution. */
@ExtendWith(Platform.class)
class CatalogIT {

    @Test
    void healthIsUpAndNamesShuozhouWithoutLogin() {
        Answer a = Platform.get(null, Platform.API + "/health");
        assertEquals(200, a.status(), a.body());
        assertEquals("UP", a.json().get("status").asText());
        assertTrue(a.json().get("jurisdictions").toString().contains("\"shuozhou\""), a.body());
    }

    @Test
    void jurisdictionsListShuozhouAsACityUnderShanxi() {
        JsonNode list = Platform.get("admin", Platform.API + "/jurisdictions").json();
        JsonNode sz = null;
        for (JsonNode j : list) {
            if (j.get("id").asText().equals("shuozhou")) {
                sz = j;
            }
        }
        assertTrue(sz != null, list.toString());
        assertEquals("朔州市", sz.get("name").asText());
        assertEquals("city", sz.get("level").asText());
        assertEquals("shanxi", sz.get("parent").asText());
        assertTrue(!sz.get("version").asText().isBlank());
    }

    @Test
    void shuozhouCatalogHoldsAll58TasksAsPrinted() {
        Answer a = Platform.get("admin", Platform.API + "/jurisdictions/shuozhou/catalog");
        assertEquals(200, a.status(), a.body());
        JsonNode tasks = a.json();
        assertEquals(58, tasks.size());
        Set<String> groups = new HashSet<>();
        for (int i = 0; i < 58; i++) {
            JsonNode t = tasks.get(i);
            assertEquals(i + 1, t.get("number").asInt());
            for (String f : new String[] {"group", "measure", "responsibleUnits", "deadline"}) {
                assertTrue(!t.get(f).asText().isBlank(), "task " + (i + 1) + " lacks " + f);
            }
            groups.add(t.get("group").asText());
        }
        assertEquals(15, groups.size(), "15 national measures");
        // spot checks against seed 002 (附件 table)
        assertTask(tasks, 1, "一、严格落实地方党委安全生产责任。", "落实“党政同责、一岗双责、齐抓共管、失职追责”的要求", "各级党委、政府", "5月底前");
        assertTask(tasks, 12, "二、严格落实地方政府安全生产责任。", "市安委会将所有成员单位和驻朔企业、市属重点企业一并纳入安全生产年度目标责任考核对象",
                "各级安委办", "2023年1月底前");
        assertTask(tasks, 25, "六、深入扎实开展全国安全生产大检查。", "各级各部门各单位结合行业领域实际制定并组织实施安全生产大检查大整治大提升行动方案。",
                "各级各部门各单位", "5月10月底前");
        assertTask(tasks, 43, "十一、坚决整治执法检查宽松软问题。", "各负有安全监管职责的部门要建立省、市、县三级执法信息直报系统",
                "市级负有安全监管职责部门", "11月底前");
        assertTask(tasks, 51, "十三、重奖激励安全生产隐患举报。", "负有安全监管职责的部门要在政府门户网站公开举报电话、邮箱",
                "各负有安全监管职责部门，各生产经营单位", "5月底前");
        assertTask(tasks, 58, "十五、统筹做好经济发展、疫情防控和安全生产工作。", "在煤矿、非煤矿山、危险化学品、道路运输、建筑施工、民爆物品等重点行业领域全面实施安全生产责任保险",
                "各级应急、交通、住建等负有安全监管职责部门，各生产经营单位", "长期坚持");
    }

    private static void assertTask(JsonNode tasks, int number, String group, String measureStart, String units,
            String deadline) {
        JsonNode t = tasks.get(number - 1);
        assertEquals(number, t.get("number").asInt());
        assertEquals(group, t.get("group").asText());
        assertTrue(t.get("measure").asText().startsWith(measureStart), t.get("measure").asText());
        assertEquals(units, t.get("responsibleUnits").asText());
        assertEquals(deadline, t.get("deadline").asText());
    }

    @Test
    void unitsOfShuozhouArePathsBelowTheCity() {
        JsonNode units = Platform.get("admin", Platform.API + "/jurisdictions/shuozhou/units").json();
        assertTrue(units.size() >= 8, units.toString());
        for (JsonNode u : units) {
            assertTrue(u.get("id").asText().startsWith("shanxi.shuozhou"), u.toString());
        }
    }

    @Test
    void unknownJurisdictionIsAProblem404() {
        Answer a = Platform.get("admin", Platform.API + "/jurisdictions/atlantis/catalog");
        assertEquals(404, a.status());
        assertTrue(a.contentType().startsWith("application/problem+json"), a.contentType());
        assertEquals(404, a.json().get("status").asInt());
        assertTrue(a.json().get("detail").asText().contains("atlantis"));
    }

    @Test
    void everythingButHealthNeedsLogin() {
        Answer anonymous = Platform.get(null, Platform.API + "/jurisdictions");
        assertEquals(401, anonymous.status());
        assertTrue(anonymous.contentType().startsWith("application/problem+json"));
        Answer wrong = Platform.get("nobody", Platform.API + "/jurisdictions");
        assertEquals(401, wrong.status());
    }

    @Test
    void openApiDocumentDescribesTheHazardList() {
        Answer a = Platform.get(null, Platform.API + "/openapi.json");
        assertEquals(200, a.status());
        JsonNode doc = a.json();
        assertTrue(doc.get("openapi").asText().startsWith("3."));
        assertTrue(doc.get("paths").has("/hazards"));
        assertTrue(doc.get("paths").has("/jurisdictions/{id}/catalog"));
    }

    @Test
    void everyLuoshiBundleIsActive() {
        JsonNode bundles = Platform.get("admin", Platform.API + "/admin/bundles").json();
        int luoshi = 0;
        for (JsonNode b : bundles) {
            if (b.get("symbolicName").asText().startsWith("org.luoshi.")) {
                luoshi++;
                assertEquals("ACTIVE", b.get("state").asText(), b.toString());
            }
        }
        assertTrue(luoshi >= 13, "luoshi bundles: " + luoshi);
    }

    @Test
    void fangshanShipsItsTasksUnitsAndDispatchCycle() {
        assertTrue(Platform.get(null, Platform.API + "/health").json().get("jurisdictions").toString().contains("\"fangshan\""));
        JsonNode j = Platform.get("admin", Platform.API + "/jurisdictions/fangshan").json();
        assertEquals("方山县", j.get("name").asText());
        assertEquals("lvliang", j.get("parent").asText());
        JsonNode tasks = Platform.get("admin", Platform.API + "/jurisdictions/fangshan/catalog").json();
        assertEquals(35, tasks.size(), "34 tasks and the part of task 15 for 高危行业领域企业");
        assertEquals("企业主要负责人", tasks.get(0).get("responsibleUnits").asText());
        JsonNode cycles = Platform.get("admin", Platform.API + "/jurisdictions/fangshan/cycles").json();
        JsonNode dispatch = null;
        for (JsonNode c : cycles) {
            if (c.get("id").asText().equals("dispatch")) {
                dispatch = c;
            }
        }
        assertTrue(dispatch != null, cycles.toString());
        assertEquals(28, dispatch.get("cutOffDay").asInt());
        JsonNode june = Platform.get("admin", Platform.API + "/reporting/fangshan/dispatch/periods?from=2023-06-01&to=2023-06-30").json().get(0);
        assertEquals("2023-05-29", june.get("periodStart").asText(), june.toString());
        assertEquals("2023-06-28", june.get("cutOff").asText(), june.toString());
    }
}

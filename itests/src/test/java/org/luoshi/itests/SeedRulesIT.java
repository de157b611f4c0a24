package org.luoshi.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.luoshi.itests.Platform.Answer;

/**
 * Issue 16, the seeds' rules carried as region data — each compared with the seed's own words, typed here.
 */
@ExtendWith(Platform.class)
class SeedRulesIT {
    /** Seed 004: "对企业自查以及执法检查发现的重大事故隐患，要挂牌督办"; seed 000 二（一）: "企业自查自报的重大事故隐患不再挂牌". */
    @Test
    void aSelfReportedMajorHazardIsListedInFangshanAndRefusedInShuozhou() {
        String section = "shanxi.lvliang.fangshan.fagai.nengyuangu";
        Map<String, Object> fangshan = HazardRestIT.hazard(section, "企业自查发现：储油罐区防雷接地失效-" + System.nanoTime());
        fangshan.put("jurisdiction", "fangshan");
        fangshan.put("source", "SELF_REPORT");
        Answer made = Platform.postJson("admin", Platform.API + "/hazards", fangshan);
        assertEquals(201, made.status(), made.body());
        Answer listed = Platform.postJson("admin", ListingIT.L, ListingIT.request(made.json().get("id").asLong(),
                List.of("shanxi.lvliang.fangshan.fagai"), "shanxi.lvliang.fangshan.fagai"));
        assertEquals(201, listed.status(), "方山县 lists its enterprises' self-reported major hazards: " + listed.body());

        Map<String, Object> shuozhou = HazardRestIT.hazard(EnterpriseIT.YOUYU, "企业自查发现：主通风机备用电源失效-" + System.nanoTime());
        shuozhou.put("source", "SELF_REPORT");
        Answer other = Platform.postJson("admin", Platform.API + "/hazards", shuozhou);
        assertEquals(201, other.status(), other.body());
        Answer refused = Platform.postJson("admin", ListingIT.L, ListingIT.request(other.json().get("id").asLong(),
                List.of(EnterpriseIT.YOUYU_YINGJI), EnterpriseIT.YOUYU_YINGJI));
        ListingIT.refused(refused, 400, "自查自报", "不挂牌督办");
    }

    /**
     * Seed 000 五（一）: "各级安委会、安委办和负有安全生产监督管理职责的部门原则上对下级安委会、本级安委会成员单位及企业…开展巡查检查" —
     * downwards and to the level's own member departments; never its own government, upwards or sideways.
     */
    @Test
    void inspectionsGoToLowerLevelsMemberDepartmentsAndEnterprisesOnly() {
        record InspectionCase(String user, String organizer, String inspected, int status) {
        }
        List<InspectionCase> cases = List.of(
                new InspectionCase("shuozhou", "shanxi.shuozhou.anweiban", "shanxi.shuozhou.yingji", 201), // 本级成员单位
                new InspectionCase("shuozhou", "shanxi.shuozhou.anweiban", EnterpriseIT.YOUYU, 201),         // 下级安委会
                new InspectionCase("shuozhou", "shanxi.shuozhou.anweiban", "shanxi.shuozhou", 400),          // its own government
                new InspectionCase("youyu", EnterpriseIT.YOUYU, EnterpriseIT.YOUYU_YINGJI, 201),             // 本级成员单位
                new InspectionCase("youyu", EnterpriseIT.YOUYU, "shanxi.shuozhou", 400),                     // upwards
                new InspectionCase("youyu", EnterpriseIT.YOUYU, "shanxi.shuozhou.pinglu", 400));             // sideways
        for (InspectionCase c : cases) {
            Map<String, Object> in = InspectionIT.inspection("层级-" + System.nanoTime());
            in.put("organizer", c.organizer());
            in.put("inspectedUnit", c.inspected());
            in.put("findings", List.of());
            Answer a = Platform.postJson(c.user(), InspectionIT.I, in);
            assertEquals(c.status(), a.status(), c + ": " + a.body());
            if (c.status() == 400) {
                assertEquals(true, a.json().get("errors").has("inspectedUnit"), a.body());
            }
        }
    }
}

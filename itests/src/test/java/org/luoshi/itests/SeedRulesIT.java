package org.luoshi.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.luoshi.itests.Platform.Answer;

import com.fasterxml.jackson.databind.JsonNode;

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

    static final String FAGAI = "shanxi.lvliang.fangshan.fagai";

    /** Issue 16, item 1: seed 004 三（三）, the 局党组's seven tasks, typed from the seed. */
    @Test
    void fangshanCarriesTheSevenTasksOfTheBureausPartyGroup() {
        JsonNode catalog = Platform.get("admin", Platform.API + "/jurisdictions/fangshan/catalog").json();
        Map<Integer, JsonNode> whole = new HashMap<>();
        List<JsonNode> parts = new ArrayList<>();
        catalog.forEach(t -> {
            if (t.get("part").isNull()) {
                whole.put(t.get("number").asInt(), t);
            } else {
                parts.add(t);
            }
        });
        assertEquals(34, whole.size(), "15 enterprise tasks, 12 section tasks, 7 tasks of the 局党组");
        assertEquals(1, parts.size());
        String[][] party = {
            {"28", "(三)1. 牢固树立安全红线意识。", "局党组要深入学习贯彻习近平总书记关于安全生产重要论述，始终牢记和坚决贯彻“发展决不能以牺牲人的生命为代价，这是一条不可逾越的红线”，自觉担负起“促一方发展、保一方平安”的政治责任。"},
            {"31", "(三)2. 全面做好排查整治动员部署。", "局党组要迅速研究制定专项行动工作方案，建立健全专项行动组织领导和常态化督导检查机制。党组书记要亲自组织召开专题会议进行动员部署。"},
            {"32", "(三)2. 全面做好排查整治动员部署。", "局党组主要负责同志每季度至少听取一次工作进展情况汇报，研究解决安全生产重大问题，督促推动跨行业领域重大事故隐患排查整治。"},
            {"34", "(三)3. 严格安全生产督查督办和考核奖惩。", "把排查整治开展情况作为 2023 年度考核的重点内容，加强过程考核和结果考核，对存在安全检查图形式走过场、监管执法“宽松软虚”、对风险隐患视而不见、见而不查、查而不改的地方，一律不得评为“优秀”。"}};
        for (String[] t : party) {
            JsonNode c = whole.get(Integer.parseInt(t[0]));
            assertEquals(t[1], c.get("group").asText(), t[0]);
            assertEquals(t[2], c.get("measure").asText(), t[0]);
            assertEquals("局党组", c.get("responsibleUnits").asText(), t[0]);
        }
        for (int n = 28; n <= 34; n++) {
            assertTrue(whole.get(n).get("group").asText().startsWith("(三)"), "task " + n);
        }
    }

    /**
     * Issue 16, item 1: the recurring duties of seed 004 — "（4）专项行动期间，主要负责人每月要带队…至少开展1次检查",
     * "（15）每年至少组织开展1次…(高危行业领域企业每半年至少1次)", "（5）局党组主要负责同志每季度至少听取一次" — tracked per period.
     */
    @Test
    void fangshansRecurringDutiesAreTrackedPerPeriod() {
        Answer imported = Platform.postJson("fangshan", Platform.API + "/tasks/import",
                Map.of("jurisdiction", "fangshan", "unit", FAGAI, "year", 2023, "numbers", List.of(4, 15, 32, 16, 19)));
        assertEquals(201, imported.status(), imported.body());
        Map<String, JsonNode> tasks = new HashMap<>();
        imported.json().forEach(t -> tasks.put(t.get("catalogNumber").asText()
                + (t.get("part").isNull() ? "" : "/" + t.get("part").asText()), t));
        assertEquals(6, tasks.size(), "five tasks and the part of 15: " + tasks.keySet());

        JsonNode monthly = tasks.get("4");
        assertEquals(1, monthly.get("target").asInt());
        assertEquals(8, monthly.get("periods").size(), "May to December 2023 (the plan is dated 17 May)");
        assertEquals("2023-05-17", monthly.get("periods").get(0).get("from").asText());
        assertTrue(monthly.get("behind").asBoolean(), "every month of 2023 ended with no check recorded");
        Answer june = Platform.postJson("fangshan", Platform.API + "/tasks/" + monthly.get("id").asLong() + "/entries",
                Map.of("kind", "PROGRESS", "date", "2023-06-05", "person", "局办公室主任", "text", "主要负责人带队检查", "count", 1));
        assertEquals(200, june.status(), june.body());
        assertEquals("MET", june.json().get("periods").get(1).get("state").asText(), "June: 1 of 1");
        assertEquals("SHORT", june.json().get("periods").get(2).get("state").asText(), "July: none");

        assertEquals("YEAR", tasks.get("15").get("every").asText());
        assertEquals(1, tasks.get("15").get("periods").size());
        JsonNode risky = tasks.get("15/高危行业领域企业");
        assertEquals(List.of("2023年上半年", "2023年下半年"), labels(risky));
        assertEquals(List.of("2023年第二季度", "2023年第三季度", "2023年第四季度"), labels(tasks.get("32")));

        // Issue 16, item 8: readings of the printed deadlines, shown beside the text
        JsonNode mobilisation = tasks.get("16").get("deadline");
        assertEquals("2023年5月中旬前", mobilisation.get("text").asText());
        assertEquals("2023-05-20", mobilisation.get("date").asText(), "中旬 ends on the 20th");
        assertTrue(mobilisation.get("reading").asText().contains("中旬按当月20日计"), mobilisation.toString());
        JsonNode enforcement = tasks.get("19").get("deadline");
        assertEquals("2023年8-11月", enforcement.get("text").asText());
        assertEquals("2023-11-30", enforcement.get("date").asText(), "a range of months ends with its last month");
        assertTrue(tasks.get("19").get("overdue").asBoolean(), "so it can go overdue");
    }

    private static List<String> labels(JsonNode task) {
        List<String> out = new ArrayList<>();
        task.get("periods").forEach(p -> out.add(p.get("label").asText()));
        return out;
    }

    /** Issue 16, item 8: 朔州's task 25 is printed "5月10月底前" (the body says 5月10日前): a person settles it, the text stays. */
    @Test
    void aMisprintedDeadlineIsCorrectedByAPersonWithAReason() {
        int year = 2019;
        JsonNode t = TaskIT.importTasks("youyu", EnterpriseIT.YOUYU, year, List.of(25), 201).get(0);
        assertEquals("UNPARSED", t.get("deadline").get("kind").asText());
        String url = Platform.API + "/tasks/" + t.get("id").asLong() + "/deadline-correction";
        Answer noReason = Platform.postJson("youyu", url, Map.of("date", year + "-05-10"));
        assertEquals(400, noReason.status(), noReason.body());
        assertTrue(noReason.body().contains("reason"), noReason.body());
        Answer badDate = Platform.postJson("youyu", url, Map.of("date", year + "-05-40", "reason", "正文为“5月10日前”"));
        assertEquals(400, badDate.status(), badDate.body());
        assertEquals(404, Platform.postJson("pinglu", url, Map.of("date", year + "-05-10", "reason", "越权")).status(),
                "another county does not even see it");
        Answer fixed = Platform.postJson("youyu", url, Map.of("date", year + "-05-10", "reason", "正文为“5月10日前”"));
        assertEquals(200, fixed.status(), fixed.body());
        JsonNode d = fixed.json().get("deadline");
        assertEquals("DATE", d.get("kind").asText());
        assertEquals("5月10月底前", d.get("text").asText(), "the printed text is kept");
        assertEquals(year + "-05-10", d.get("date").asText());
        assertEquals("youyu", d.get("correctedBy").asText());
        assertTrue(d.get("reading").asText().contains("正文为“5月10日前”"), d.toString());
        assertTrue(fixed.json().get("overdue").asBoolean(), "a settled date can go overdue");
        JsonNode audit = Platform.get("admin", Platform.API + "/audit?entityType=task&entityId=" + t.get("id").asLong()).json();
        assertTrue(audit.toString().contains("task.deadline-correction"), audit.toString());
        JsonNode unparsed = Platform.get("youyu", Platform.API + "/tasks?unit=" + EnterpriseIT.YOUYU + "&year=" + year
                + "&unparsedDeadline=true").json();
        assertEquals(0, unparsed.get("total").asInt(), "no longer waiting for a person");
    }

    /**
     * Issue 16, item 6: seed 001 五（四） "各市安委办和各行业领域专项行动领导组办公室要于11月26日前将专项行动实施方案报省专项行动领导组
     * 办公室；…每月 30 日前向省安委办报送工作进展情况".
     */
    @Test
    void theProvincesCampaignCollectsFromCitiesAndSectorGroupsOffices() {
        JsonNode units = Platform.get("admin", Platform.API + "/jurisdictions/shanxi/units").json();
        Map<String, String> names = new HashMap<>();
        units.forEach(u -> names.put(u.get("id").asText(), u.get("name").asText()));
        JsonNode cycles = Platform.get("admin", Platform.API + "/jurisdictions/shanxi/cycles").json();
        JsonNode progress = null;
        JsonNode plan = null;
        for (JsonNode c : cycles) {
            if (c.get("id").asText().equals("campaign-2023")) {
                progress = c;
            } else if (c.get("id").asText().equals("campaign-2023-plan")) {
                plan = c;
            }
        }
        List<String> reporters = new ArrayList<>();
        progress.get("reporters").forEach(r -> reporters.add(names.get(r.asText())));
        assertEquals("山西省安全生产委员会办公室", names.get(progress.get("receiver").asText()), "向省安委办报送");
        assertEquals(27, reporters.size(), reporters.toString());
        for (String sector : List.of("煤矿", "非煤矿山", "危险化学品", "建筑施工", "交通运输（道路交通）", "民爆物品", "文化旅游",
                "消防安全", "冶金工贸", "教育", "民政", "农业农村", "商务", "卫健", "体育", "粮储")) {
            assertTrue(reporters.contains(sector + "行业领域专项行动领导组办公室"), sector);
        }
        assertTrue(reporters.containsAll(List.of("朔州市", "吕梁市", "太原市")));
        assertEquals("全省重大事故隐患专项排查整治2023行动领导组办公室", names.get(plan.get("receiver").asText()),
                "报省专项行动领导组办公室");
        assertEquals(27, plan.get("reporters").size());
        assertFalse(reporters.contains(null));
    }

    /**
     * Issue 16, items 3, 5 and 7 in 方山县 (seed 004 五（二）): "自交办之日起，每星期四上午 12 点前…反馈整改治理情况，需办结销号
     * 的必须经县相关分管领导审核并签字确认". The notice's plan due date and report days go overdue; 摘牌销号 waits for the
     * county leader's own sign-off.
     */
    @Test
    @SuppressWarnings("unchecked")
    void fangshanListingsReportOnThursdaysAndWaitForTheCountyLeadersSignOff() throws Exception {
        String section = "shanxi.lvliang.fangshan.fagai.nengyuangu";
        Map<String, Object> hazard = HazardRestIT.hazard(section, "加油站储罐区可燃气体报警装置失效-" + System.nanoTime());
        hazard.put("jurisdiction", "fangshan");
        Answer made = Platform.postJson("admin", Platform.API + "/hazards", hazard);
        assertEquals(201, made.status(), made.body());
        Map<String, Object> request = ListingIT.request(made.json().get("id").asLong(), List.of(FAGAI), FAGAI);
        Map<String, Object> notice = new HashMap<>((Map<String, Object>) request.get("notice"));
        notice.remove("reportCycle"); // the county's own requirement applies
        notice.put("planDueDate", HazardRestIT.today().minusDays(1).toString());
        request.put("notice", notice);
        Answer created = Platform.postJson("admin", ListingIT.L, request);
        assertEquals(201, created.status(), created.body());
        JsonNode listed = created.json();
        String url = ListingIT.L + "/" + listed.get("id").asLong();
        assertEquals("每星期四上午12点前以正式文件向县专项行动领导小组办公室反馈整改治理情况",
                listed.get("notice").get("reportCycle").asText());
        assertEquals("FREQ=WEEKLY;BYDAY=TH", listed.get("notice").get("reportRule").asText());
        assertTrue(listed.get("planOverdue").asBoolean(), "the plan was due yesterday");
        java.time.OffsetDateTime next = java.time.OffsetDateTime.parse(listed.get("nextReportDue").asText());
        assertEquals(java.time.LocalTime.NOON, next.toLocalTime(), "上午 12 点");
        assertTrue(!next.toLocalDate().isBefore(HazardRestIT.today())
                && next.toLocalDate().isBefore(HazardRestIT.today().plusDays(15)), next.toString());
        assertEquals(0, listed.get("reportsMissed").asInt(), "counted from the day of assignment, not a fixed date");
        assertFalse(listed.get("progressOverdue").asBoolean());
        assertEquals(List.of("县相关分管领导"), List.of(listed.get("signOffsRequired").get(0).asText()));

        // the notice as a document, with the county's rules in it
        byte[] docx = Platform.download("fangshan", Platform.API + "/exports/listing-notices/" + listed.get("id").asLong()
                + ".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                new java.io.ByteArrayInputStream(docx))) {
            String text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc).getText();
            assertTrue(text.contains("重大事故隐患挂牌督办通知书") && text.contains("朔应急督〔2026〕1号"), text);
            assertTrue(text.contains("每星期四上午12点前以正式文件向县专项行动领导小组办公室反馈整改治理情况"), text);
            assertTrue(text.contains("摘牌销号前须经县相关分管领导审核并签字确认"), text);
        }
        assertEquals(404, Platform.get("pinglu", Platform.API + "/exports/listing-notices/" + listed.get("id").asLong()
                + ".docx").status());

        // 五（一）: the numbered monthly list of major hazards, generated from the records (an older one comes first)
        Map<String, Object> older = HazardRestIT.hazard(section, "油罐区防火堤破损-" + System.nanoTime());
        older.put("jurisdiction", "fangshan");
        older.put("inspectionDate", HazardRestIT.today().minusMonths(2).toString());
        assertEquals(201, Platform.postJson("admin", Platform.API + "/hazards", older).status());
        String month = java.time.YearMonth.from(HazardRestIT.today()).toString();
        byte[] xlsx = Platform.download("fangshan", Platform.API + "/exports/major-hazards.xlsx?unit=" + FAGAI + "&month="
                + month, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        Map<String, List<String>> rows = new HashMap<>();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(xlsx))) {
            org.apache.poi.ss.usermodel.DataFormatter f = new org.apache.poi.ss.usermodel.DataFormatter();
            int number = 0;
            for (org.apache.poi.ss.usermodel.Row r : wb.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                r.forEach(c -> cells.add(f.formatCellValue(c)));
                if (cells.size() > 3 && cells.get(0).matches("[0-9]+")) {
                    assertEquals(String.valueOf(++number), cells.get(0), "numbered item by item: " + cells);
                    rows.put(cells.get(3), cells);
                }
            }
        }
        List<String> ours = rows.get(hazard.get("description"));
        List<String> old = rows.get(older.get("description"));
        assertTrue(ours != null && old != null, rows.keySet().toString());
        assertTrue(Integer.parseInt(old.get(0)) < Integer.parseInt(ours.get(0)), "in the order found");
        assertEquals(List.of("是", "是"), List.of(ours.get(8), ours.get(9)), "listed, new this month: " + ours);
        assertEquals("否", old.get(9));
        ListingIT.refused(Platform.get("fangshan", Platform.API + "/exports/major-hazards.xlsx?unit=" + FAGAI
                + "&month=2023-13"), 400, "yyyy-MM");

        JsonNode rectifying = ListingIT.ok(Platform.postJson("nengyuangu", url + "/plan", ListingIT.plan()));
        assertFalse(rectifying.get("planOverdue").asBoolean());
        assertEquals(404, Platform.postJson("pinglu", url + "/progress-reports",
                Map.of("date", ListingIT.today(), "text", "越权")).status());
        ListingIT.refused(Platform.postJson("nengyuangu", url + "/progress-reports", Map.of("date", ListingIT.today())),
                400, "整改进展");
        JsonNode reported = ListingIT.ok(Platform.postJson("nengyuangu", url + "/progress-reports",
                Map.of("date", ListingIT.today(), "text", "报警装置已订货，临时人工巡检每两小时一次", "documentNumber", "方发改安〔2026〕1号")));
        assertEquals("方发改安〔2026〕1号", reported.get("progressReports").get(0).get("documentNumber").asText());

        ListingIT.ok(Platform.postJson("nengyuangu", url + "/completion", Map.of("report", "报警装置已更换并联调", "completedOn", ListingIT.today())));
        ListingIT.ok(Platform.postJson("admin", url + "/review", Map.of("passed", true, "reviewUnit", FAGAI,
                "reviewer", "能源股股长", "opinion", "复查合格", "acceptanceDocument", "方发改验〔2026〕1号", "date", ListingIT.today())));
        ListingIT.refused(Platform.postJson("admin", url + "/delisting", Map.of("date", ListingIT.today())), 409,
                "签字确认", "县相关分管领导");

        Map<String, Object> signOff = new HashMap<>(Map.of("role", "县相关分管领导", "date", ListingIT.today(),
                "opinion", "同意销号"));
        Platform.addUsers("fsfuxianzhang", "shanxi.lvliang.fangshan");
        ListingIT.refused(Platform.postJson("fsfuxianzhang", url + "/sign-offs", signOff), 400, "职务");
        ListingIT.refused(Platform.postJson("fangshan", url + "/sign-offs", signOff), 400, "方山县的账号本人签字确认");
        Answer profile = Platform.send("fsfuxianzhang", "PUT", PeopleIT.P + "/fsfuxianzhang",
                Map.of("name", "测试副县长", "title", "副县长（分管发展改革工作）"));
        assertEquals(200, profile.status(), profile.body());
        ListingIT.refused(Platform.postJson("fsfuxianzhang", url + "/sign-offs", Map.of("role", "县长", "date",
                ListingIT.today(), "opinion", "同意")), 400, "县相关分管领导");
        assertEquals(404, Platform.postJson("pinglu", url + "/sign-offs", signOff).status(), "another county");
        JsonNode signed = ListingIT.ok(Platform.postJson("fsfuxianzhang", url + "/sign-offs", signOff));
        JsonNode s = signed.get("signOffs").get(0);
        assertEquals("fsfuxianzhang", s.get("signedBy").asText());
        assertEquals("副县长（分管发展改革工作）", s.get("signerTitle").asText());
        ListingIT.refused(Platform.postJson("fsfuxianzhang", url + "/sign-offs", signOff), 409, "已签字确认");
        JsonNode delisted = ListingIT.ok(Platform.postJson("admin", url + "/delisting", Map.of("date", ListingIT.today())));
        assertEquals("DELISTED", delisted.get("status").asText());
        JsonNode audit = Platform.get("admin", Platform.API + "/audit?entityType=listing&entityId="
                + listed.get("id").asLong()).json();
        assertTrue(audit.toString().contains("listing.signoff") && audit.toString().contains("listing.progress"), audit.toString());

        // where the region requires none (朔州), nothing changes: no sign-off, no report schedule
        Answer other = Platform.postJson("admin", Platform.API + "/hazards",
                HazardRestIT.hazard(EnterpriseIT.YOUYU, "主井绞车制动闸瓦磨损超限-" + System.nanoTime()));
        Answer plainAnswer = Platform.postJson("admin", ListingIT.L, ListingIT.request(
                other.json().get("id").asLong(), List.of(EnterpriseIT.YOUYU_YINGJI), EnterpriseIT.YOUYU_YINGJI));
        assertEquals(201, plainAnswer.status(), plainAnswer.body());
        JsonNode plain = plainAnswer.json();
        assertEquals(0, plain.get("signOffsRequired").size());
        assertTrue(plain.get("nextReportDue").isNull());
    }

    /** Issue 16, item 9: the leading groups by role title, served to every face (seed 004 二（一）, seed 002 二（一）). */
    @Test
    void leadingGroupsAreKnownByRoleTitle() {
        JsonNode fangshan = Platform.get("fangshan", Platform.API + "/jurisdictions/fangshan/roles").json();
        List<String> leads = new ArrayList<>();
        fangshan.forEach(r -> {
            if (r.get("role").asText().equals("组长") && r.get("group").asText().equals("局重大事故隐患专项排查整治2023行动领导组")) {
                leads.add(r.get("title").asText());
            }
        });
        assertEquals(List.of("局党组书记"), leads);
        JsonNode shuozhou = Platform.get("shuozhou", Platform.API + "/jurisdictions/shuozhou/roles").json();
        assertTrue(shuozhou.toString().contains("市委常委、副市长") && !shuozhou.toString().contains("武跃飞"), shuozhou.toString());
        assertEquals(404, Platform.get("shuozhou", Platform.API + "/jurisdictions/atlantis/roles").status());
    }
}

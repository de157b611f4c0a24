package org.luoshi.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.luoshi.itests.Platform.Answer;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Listed supervision of a major hazard (重大事故隐患挂牌督办) in the UI of the running platform, in real headless Chromium:
 * a major hazard made over REST is listed by the department supervising it (市应急局), its plan is refused without
 * funds and accepted with all five elements, it is tracked, reported complete, accepted and delisted; REST then finds
 * the listing DELISTED.
 */
@ExtendWith(Platform.class)
class UiListingIT extends ChromiumSession {

    @Test
    void aMajorHazardIsListedSupervisedAcceptedAndDelisted() {
        String text = "界面挂牌-主通风机无备用电源-" + UUID.randomUUID().toString().substring(0, 8);
        Answer created = Platform.postJson("admin", Platform.API + "/hazards",
                HazardRestIT.hazard("shanxi.shuozhou.shuocheng", text));
        assertEquals(201, created.status(), created.body());

        login("admin");
        browser.get(Platform.UI + "/listings");
        click("new-listing");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("save-listing")));
        pick("#listing-hazard input", text);
        // the hazard's own record fills the rectifying side and the notice's basics
        wait.until(d -> "某煤矿".equals(value("#listing-rectification-unit input")));
        pick("#listing-departments input", "市应急局");
        // one supervising department: it lists the hazard (谁监管、谁挂牌)
        wait.until(d -> "市应急局".equals(value("#listing-unit input")));
        type("#listing-responsible input", "分管副局长");
        type("#notice-number input", "朔安办督〔2026〕9号");
        type("#notice-report-cycle input", "每周四12时前");
        type("#notice-contact input", "督查科科长 0349-1234567");
        click("save-listing");
        status("已挂牌");
        assertTrue(value("#detail-description textarea").contains(text));
        // the step bar: listed, the plan is what it waits for; the lineage: it came of the hazard
        assertEquals("done", state("listing-steps-1"));
        assertEquals("current", state("listing-steps-2"));
        assertEquals("ahead", state("listing-steps-5"));
        String hazardId = created.json().get("id").asText();
        assertTrue(text("lineage-from").contains("问题隐患 " + hazardId), text("lineage-from"));

        // a plan without funds is refused, and the message names the missing element
        type("#plan-responsibility textarea", "矿长负总责，机电副矿长具体负责");
        type("#plan-measures textarea", "加装双回路备用电源并做切换试验");
        type("#plan-contingency textarea", "停电时立即撤出井下人员并启动应急预案");
        click("submit-plan");
        notification("资金");
        assertEquals("已挂牌", text("listing-status"));
        type("#plan-funds input", "企业自筹 30 万元");
        click("submit-plan");
        status("整改中");

        type("#track-person input", "督查科科长");
        type("#track-finding textarea", "现场检查备用电源安装进度-" + text);
        click("add-tracking");
        wait.until(d -> cells().contains("现场检查备用电源安装进度-" + text));

        type("#completion-report textarea", "备用电源已安装，切换试验合格");
        setDate("#completion-date input", HazardRestIT.today().toString());
        click("report-completion");
        status("已报整改完成");

        wait.until(d -> "市应急局".equals(value("#review-unit input")));
        pick("#review-unit input", "市应急局");
        type("#reviewer input", "执法支队支队长");
        type("#acceptance-document input", "朔应急验〔2026〕9号");
        type("#review-opinion textarea", "复查验收合格");
        click("accept");
        status("已复查验收");

        click("delist");
        status("已摘牌销号");
        assertEquals("done", state("listing-steps-5"), "every step done");
        assertEquals(HazardRestIT.today().toString(), value("#detail-delisted-on input"));

        // the listing is real: the REST face finds it delisted, and the hazard marked as listed
        String q = URLEncoder.encode(text, StandardCharsets.UTF_8);
        JsonNode page = Platform.get("admin", Platform.API + "/listings?q=" + q).json();
        assertEquals(1, page.get("total").asLong(), page.toString());
        JsonNode listing = page.get("items").get(0);
        assertEquals("DELISTED", listing.get("status").asText(), listing.toString());
        assertEquals("shanxi.shuozhou.yingji", listing.get("listingUnit").asText());
        assertEquals("企业自筹 30 万元", listing.get("plan").get("funds").asText());
        assertEquals(1, listing.get("tracking").size());
        JsonNode hazard = Platform.get("admin", Platform.API + "/hazards?q=" + q).json().get("items").get(0);
        assertTrue(hazard.get("listed").asBoolean(), hazard.toString());
    }

    /**
     * Issue 16 in 方山县: the responsible section reports progress on its Thursday schedule, the bureau's own account
     * cannot sign for the county leader, the leader signs with their own account, then the listing is delisted.
     */
    @Test
    @SuppressWarnings("unchecked")
    void aFangshanListingIsReportedOnSignedOffByTheCountyLeaderAndDelisted() throws Exception {
        String section = "shanxi.lvliang.fangshan.fagai.nengyuangu";
        String text = "界面签字-液化气储罐安全阀失效-" + UUID.randomUUID().toString().substring(0, 8);
        java.util.Map<String, Object> h = HazardRestIT.hazard(section, text);
        h.put("jurisdiction", "fangshan");
        long hazardId = Platform.postJson("admin", Platform.API + "/hazards", h).json().get("id").asLong();
        String fagai = "shanxi.lvliang.fangshan.fagai";
        java.util.Map<String, Object> request = ListingIT.request(hazardId, java.util.List.of(fagai), fagai);
        java.util.Map<String, Object> notice = new java.util.HashMap<>((java.util.Map<String, Object>) request.get("notice"));
        notice.remove("reportCycle");
        request.put("notice", notice);
        Answer listed = Platform.postJson("admin", ListingIT.L, request);
        assertEquals(201, listed.status(), listed.body());
        long id = listed.json().get("id").asLong();
        String url = ListingIT.L + "/" + id;
        ListingIT.ok(Platform.postJson("nengyuangu", url + "/plan", ListingIT.plan()));

        login("nengyuangu");
        browser.get(Platform.UI + "/listings?id=" + id);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report-progress")));
        assertTrue(text("progress-schedule").contains("下次报告截止") && text("progress-schedule").contains("12:00"),
                text("progress-schedule"));
        click("report-progress");
        notification("整改进展"); // nothing typed: the field says what is missing
        type("#progress-number input", "方发改安〔2026〕9号");
        type("#progress-text textarea", "安全阀已送检，储罐停用-" + text);
        click("report-progress");
        wait.until(d -> cells().contains("安全阀已送检，储罐停用-" + text));

        ListingIT.ok(Platform.postJson("nengyuangu", url + "/completion", java.util.Map.of("report", "安全阀已更换",
                "completedOn", ListingIT.today())));
        ListingIT.ok(Platform.postJson("admin", url + "/review", java.util.Map.of("passed", true, "reviewUnit", fagai,
                "reviewer", "能源股股长", "opinion", "复查合格", "acceptanceDocument", "方发改验〔2026〕9号", "date", ListingIT.today())));

        Platform.addUsers("fsfuxianzhang2", "shanxi.lvliang.fangshan");
        assertEquals(200, Platform.send("fsfuxianzhang2", "PUT", PeopleIT.P + "/fsfuxianzhang2",
                java.util.Map.of("name", "测试副县长乙", "title", "副县长（分管能源工作）")).status());
        login("fsfuxianzhang2");
        browser.get(Platform.UI + "/listings?id=" + id);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-off")));
        assertTrue(text("signoff-required").contains("尚缺：县相关分管领导"), text("signoff-required"));
        type("#signoff-opinion textarea", "经审核，整改到位，同意销号");
        click("sign-off");
        notification("已签字确认");
        wait.until(d -> cells().contains("测试副县长乙（副县长（分管能源工作））"));

        login("admin");
        browser.get(Platform.UI + "/listings?id=" + id);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("delist")));
        click("delist");
        status("已摘牌销号");
    }

    /** Issue 16, item 8: the misprint "5月10月底前" is settled in the task dialog; the printed text stays beside the date. */
    @Test
    void aMisprintedDeadlineIsCorrectedInTheTaskDialog() {
        JsonNode task = TaskIT.importTasks("youyu", "shanxi.shuozhou.youyu", 2018, java.util.List.of(25), 201).get(0);
        login("youyu");
        browser.get(Platform.UI + "/tasks?id=" + task.get("id").asLong());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("correct-deadline")));
        assertTrue(value("#task-deadline input").contains("待确认"), value("#task-deadline input"));
        setDate("#correct-date input", "2018-05-10");
        click("correct-deadline");
        notification("更正理由"); // a reason is required, at its field
        type("#correct-reason input", "正文为“5月10日前”");
        click("correct-deadline");
        notification("已更正完成时限");
        wait.until(d -> value("#task-deadline input").contains("5月10月底前（2018-05-10）"));
        JsonNode after = Platform.get("youyu", Platform.API + "/tasks/" + task.get("id").asLong()).json();
        assertEquals("youyu", after.get("deadline").get("correctedBy").asText());
        assertEquals("5月10月底前", after.get("deadline").get("text").asText());
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    /** A step's state in a step bar: done, current or ahead. */
    static String state(String id) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        return (String) browser.executeScript("return document.getElementById(arguments[0]).dataset.state", id);
    }

    static void status(String label) {
        wait.until(d -> label.equals(text("listing-status")));
    }

}

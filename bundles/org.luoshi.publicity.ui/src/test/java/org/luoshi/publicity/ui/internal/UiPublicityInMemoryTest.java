package org.luoshi.publicity.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.luoshi.api.Actor;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.hazard.HazardDTO;
import org.luoshi.api.hazard.HazardSource;
import org.luoshi.api.publicity.EducationDTO;
import org.luoshi.api.publicity.PublicationDTO;
import org.luoshi.lists.ui.internal.InMemoryHazards;
import org.luoshi.lists.ui.internal.InMemorySummary;
import org.luoshi.lists.ui.internal.InMemoryTasks;
import org.luoshi.lists.ui.internal.ListsViews;
import org.luoshi.ui.internal.Browser;
import org.luoshi.ui.internal.InMemoryFiles;
import org.luoshi.ui.internal.InMemoryServices;
import org.luoshi.ui.internal.UiServer;
import org.luoshi.ui.kit.ViewContribution;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * UI component test of 宣传曝光 with in-memory services, in headless Chromium: a typical case refused without a title and
 * with a source number that is not a number, drafted and submitted; its author cannot approve it (no button, the
 * service refuses) and it is not public; another user approves it stating the redactions (refused without), and only
 * then is it public; another is sent back with a reason; the published one is withdrawn with a reason and leaves the
 * public side; the month's disclosure is drafted from the hazard list; warning education recorded and listed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UiPublicityInMemoryTest {
    /** The view contributions of the modules this test crosses, as DS would bind them. */
    private static final List<ViewContribution> VIEWS = List.of(new ListsViews(), new PublicityViews());
    private static final LocalDate TODAY = LocalDate.now(InMemoryServices.ZONE);
    private static final String TITLE = "朔城区某加油站违规储存散装汽油被责令停业整改";

    private final InMemoryServices.Registry registry = new InMemoryServices.Registry();
    private final InMemoryHazards hazards = new InMemoryHazards();
    private final InMemoryPublicity publicity = new InMemoryPublicity(registry, hazards);
    private final Actor city = new InMemoryServices.Users().authenticate("shuozhou", "shuozhou").orElseThrow();
    private final Actor admin = new InMemoryServices.Users().authenticate("admin", "admin").orElseThrow();
    private UiServer server;
    private Browser browser;

    @BeforeAll
    void start() {
        InMemoryTasks tasks = new InMemoryTasks(registry);
        server = InMemoryServices.start(InMemoryServices.config(0, "127.0.0.1"), registry,
                new InMemoryServices.Users(), VIEWS, hazards, tasks, new InMemorySummary(registry, hazards, tasks), publicity,
                new InMemoryFiles(registry));
        browser = new Browser("http://127.0.0.1:" + server.port() + "/");
        browser.login("shuozhou");
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.stop();
        }
    }

    private PublicationDTO typicalCase() {
        return publicity.records.stream().filter(p -> TITLE.equals(p.title)).findFirst().orElseThrow();
    }

    @Test
    @Order(1)
    void aTypicalCaseIsDraftedAndSubmittedButItsAuthorCannotApproveIt() {
        browser.click("nav-publicity");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("publication-grid")));
        browser.wait.until(d -> "朔州市".equals(browser.value("#publicity-jurisdiction input")));
        browser.click("new-publication");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("save-publication")));
        assertEquals("典型案例", browser.value("#publication-kind input"));
        assertEquals("朔州市安委办", browser.value("#publication-unit input"));
        browser.type("#publication-body textarea", "群众通过随手拍举报，某加油站在站内违规储存散装汽油。经核查属实，已责令停业整改。");
        browser.click("save-publication");
        browser.notification("标题不能为空");
        browser.wait.until(d -> browser.attribute("publication-title", "invalid"));
        assertTrue(publicity.records.isEmpty());

        browser.type("#publication-title input", TITLE);
        browser.pick("#publication-source-type input", "问题线索");
        browser.type("#publication-source-id input", "七");
        browser.click("save-publication");
        browser.notification("来源编号应为数字");
        assertTrue(publicity.records.isEmpty());
        browser.type("#publication-source-id input", "7");
        browser.click("save-publication");
        browser.notification("已保存草稿");
        browser.wait.until(d -> "草稿".equals(browser.text("publication-status")));
        assertEquals("tipoff", typicalCase().sourceType);
        assertEquals(Long.valueOf(7), typicalCase().sourceId);
        assertEquals("TYPICAL_CASE", typicalCase().kind);
        assertEquals("shuozhou", typicalCase().createdBy);

        browser.click("submit-publication");
        browser.notification("已提交审核");
        browser.wait.until(d -> "待审核".equals(browser.text("publication-status")));
        assertEquals("PENDING", typicalCase().status);
        // the author is told to find someone else; the service refuses the author too
        assertTrue(browser.text("publication-approval-hint").contains("须由撰稿人和提交人以外的人员审核发布"));
        assertFalse(browser.present("approve-publication"));
        LuoshiException refused = assertThrows(LuoshiException.class,
                () -> publicity.approve(city, typicalCase().id, "人名"));
        assertTrue(refused.getMessage().contains("撰稿人和提交人以外"));
        assertEquals("PENDING", typicalCase().status);
        assertTrue(publicity.published("shuozhou", null, 0, 20).isEmpty(), "nothing public before approval");
        browser.click("close-publication");
        browser.waitForCell("#publication-grid", TITLE);
        browser.waitForCell("#publication-grid", "待审核");
    }

    @Test
    @Order(2)
    void anotherUserApprovesItWithTheRedactionsAndOnlyThenIsItPublic() {
        browser.login("admin");
        browser.open("publicity");
        browser.clickCell("#publication-grid", TITLE);
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("approve-publication")));
        assertFalse(browser.present("publication-approval-hint"));
        browser.click("approve-publication");
        browser.notification("请确认已核对的遮挡内容");
        assertEquals("PENDING", typicalCase().status);
        browser.check("approve-redaction-items", "人名");
        browser.check("approve-redaction-items", "车牌号");
        browser.type("#approve-redactions-other input", "加油站员工工牌");
        browser.shot("publicity-1-approve");
        browser.click("approve-publication");
        browser.notification("已审核发布");
        browser.wait.until(d -> "已发布".equals(browser.text("publication-status")));
        assertEquals("PUBLISHED", typicalCase().status);
        assertEquals("admin", typicalCase().approvedBy);
        assertEquals("人名、车牌号、加油站员工工牌", typicalCase().redactions);
        assertEquals("人名、车牌号、加油站员工工牌", browser.value("#publication-redactions input"));
        assertEquals(1, publicity.published("shuozhou", null, 0, 20).size());
        assertEquals(TITLE, publicity.published("shuozhou", null, 0, 20).get(0).title);
        browser.click("close-publication");
    }

    @Test
    @Order(3)
    void aPendingOneIsSentBackAndAPublishedOneWithdrawn() {
        PublicationDTO in = new PublicationDTO();
        in.jurisdiction = "shuozhou";
        in.kind = "EXPOSURE";
        in.unit = "shanxi.shuozhou";
        in.title = "曝光：某企业拒不整改重大事故隐患";
        in.body = "某企业对检查发现的重大事故隐患拒不整改。";
        PublicationDTO exposure = publicity.draft(city, in);
        publicity.submit(city, exposure.id);

        browser.open("publicity?jurisdiction=shuozhou&id=" + exposure.id);
        browser.wait.until(d -> "待审核".equals(browser.text("publication-status")));
        browser.click("reject-publication");
        browser.notification("退回理由不能为空");
        browser.type("#reject-reason textarea", "正文未写明企业整改要求，请补充");
        browser.click("reject-publication");
        browser.notification("已退回修改");
        browser.wait.until(d -> "草稿".equals(browser.text("publication-status")));
        assertEquals("退回理由：正文未写明企业整改要求，请补充", browser.text("publication-note"));
        assertEquals("DRAFT", publicity.get(admin, exposure.id).status);
        browser.click("close-publication");

        browser.open("publicity?jurisdiction=shuozhou&id=" + typicalCase().id);
        browser.wait.until(d -> "已发布".equals(browser.text("publication-status")));
        browser.click("withdraw-publication");
        browser.notification("撤回理由不能为空");
        assertEquals("PUBLISHED", typicalCase().status);
        browser.type("#withdraw-reason textarea", "案件当事人提出复议，暂缓公开");
        browser.click("withdraw-publication");
        browser.notification("已撤回");
        browser.wait.until(d -> "已撤回".equals(browser.text("publication-status")));
        assertEquals("WITHDRAWN", typicalCase().status);
        assertEquals("done", browser.step("publication-steps-2"));
        assertEquals("current", browser.step("publication-steps-3"));
        assertTrue(browser.text("publication-steps-3").contains("已撤回"));
        assertTrue(publicity.published("shuozhou", null, 0, 20).isEmpty(), "withdrawn: off the public side at once");
        browser.click("close-publication");
        browser.pick("#publications-status input", "已撤回");
        browser.wait.until(d -> browser.rows("publication-grid") == 1);
        browser.waitForCell("#publication-grid", TITLE);
    }

    @Test
    @Order(4)
    void theMonthlyDisclosureIsDraftedFromTheHazardList() {
        HazardDTO h = new HazardDTO();
        h.jurisdiction = "shuozhou";
        h.unit = "shanxi.shuozhou.shuocheng";
        h.source = HazardSource.ENFORCEMENT;
        h.inspectionDate = TODAY.toString();
        h.description = "某煤矿主通风机无备用电源";
        h.major = true;
        h.listed = false;
        h.deadline = TODAY.plusDays(30).toString();
        hazards.create(admin, h);

        browser.login("shuozhou");
        browser.open("publicity");
        browser.click("draft-disclosure");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("make-disclosure")));
        assertEquals(YearMonth.now(InMemoryServices.ZONE).toString(), browser.value("#disclosure-month input"));
        browser.type("#disclosure-month input", "本月");
        browser.click("make-disclosure");
        browser.notification("月度公开须写明月份");
        browser.wait.until(d -> browser.attribute("disclosure-month", "invalid"));
        browser.type("#disclosure-month input", YearMonth.now(InMemoryServices.ZONE).toString());
        browser.click("make-disclosure");
        browser.notification("已生成月度公开草稿");
        browser.wait.until(d -> "草稿".equals(browser.text("publication-status")));
        assertTrue(browser.value("#publication-body textarea").contains("某煤矿主通风机无备用电源"));
        PublicationDTO d = publicity.records.get(publicity.records.size() - 1);
        assertEquals("DISCLOSURE", d.kind);
        assertEquals(YearMonth.now(InMemoryServices.ZONE).toString(), d.month);
        assertEquals("shanxi.shuozhou", d.unit);
        browser.click("close-publication");
    }

    @Test
    @Order(5)
    void warningEducationIsRecordedAndListed() {
        browser.click("tab-educations");
        browser.click("new-education");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("save-education")));
        browser.click("save-education");
        browser.notification("名称不能为空");
        assertTrue(publicity.educations.isEmpty());
        browser.type("#education-title input", "组织观看《生命重于泰山》警示教育片");
        browser.pick("#education-attendees input", "朔城区");
        browser.pick("#education-attendees input", "市应急局");
        browser.type("#education-participants input", "120");
        browser.click("save-education");
        browser.notification("已登记警示教育");
        assertEquals(1, publicity.educations.size());
        EducationDTO e = publicity.educations.get(0);
        assertEquals("VIEWING", e.kind);
        assertEquals("shanxi.shuozhou", e.organizers.get(0));
        assertEquals(2, e.attendees.size());
        assertEquals(Integer.valueOf(120), e.participants);
        browser.waitForCell("#education-grid", "组织观看《生命重于泰山》警示教育片");
        browser.waitForCell("#education-grid", "120");
        browser.shot("publicity-2-education");
    }
}

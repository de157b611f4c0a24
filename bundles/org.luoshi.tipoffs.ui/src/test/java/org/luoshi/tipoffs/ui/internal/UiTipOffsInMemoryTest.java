package org.luoshi.tipoffs.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.luoshi.api.hazard.HazardDTO;
import org.luoshi.api.hazard.HazardSource;
import org.luoshi.api.tipoff.PublicStatusDTO;
import org.luoshi.api.tipoff.TipOffDTO;
import org.luoshi.lists.ui.internal.InMemoryHazards;
import org.luoshi.lists.ui.internal.InMemorySummary;
import org.luoshi.lists.ui.internal.InMemoryTasks;
import org.luoshi.lists.ui.internal.ListsViews;
import org.luoshi.publicity.ui.internal.InMemoryPublicity;
import org.luoshi.publicity.ui.internal.PublicityViews;
import org.luoshi.ui.internal.Browser;
import org.luoshi.ui.internal.InMemoryFiles;
import org.luoshi.ui.internal.InMemoryServices;
import org.luoshi.ui.internal.UiServer;
import org.luoshi.ui.kit.ViewContribution;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * UI component test of 问题线索 (the handlers' side) with in-memory services, in headless Chromium: a named tip-off
 * refused without its content and contact, registered, its receipt code shown once (and working); the list never shows
 * who reported; a user who is not a handler sees “举报人信息仅对承办人可见” and no identity anywhere on the page; accepted,
 * assigned down to a county, accepted there (the county's handler then sees who reported), verified as a major hazard
 * (refused without the hazard's deadline, then a hazard-list entry 群众举报核实), closed, rewarded and paid; a public
 * tip-off past its acceptance deadline marked overdue, asked for material and rejected with a reason the reporter
 * reads.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UiTipOffsInMemoryTest {
    /** The view contributions of the modules this test crosses, as DS would bind them. */
    private static final List<ViewContribution> VIEWS = List.of(new ListsViews(), new TipOffViews(), new PublicityViews());
    private static final LocalDate TODAY = LocalDate.now(InMemoryServices.ZONE);
    private static final String NAME = "张举报";
    private static final String PHONE = "13912345678";
    private static final String CONTENT = "某加油站违规在站内储存散装汽油";
    private static final String SHUOCHENG = "shanxi.shuozhou.shuocheng";

    private final InMemoryServices.Registry registry = new InMemoryServices.Registry();
    private final InMemoryHazards hazards = new InMemoryHazards();
    private final InMemoryTipOffs tipOffs = new InMemoryTipOffs(registry, hazards);
    private UiServer server;
    private Browser browser;
    private String code;

    @BeforeAll
    void start() {
        InMemoryTasks tasks = new InMemoryTasks(registry);
        server = InMemoryServices.start(InMemoryServices.config(0, "127.0.0.1"), registry,
                new InMemoryServices.Users(), VIEWS, hazards, tasks, new InMemorySummary(registry, hazards, tasks), tipOffs,
                new InMemoryPublicity(registry, hazards),
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

    private TipOffDTO first() {
        return tipOffs.record(1);
    }

    private void noIdentityOnThePage() {
        String html = browser.pageHtml();
        String text = browser.pageText();
        assertFalse(html.contains(NAME) || html.contains(PHONE) || text.contains(NAME) || text.contains(PHONE),
                "the reporter's identity is on the page");
    }

    @Test
    @Order(1)
    void aNamedTipOffIsRegisteredAndItsReceiptCodeShownOnce() {
        browser.click("nav-tipoffs");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tipoff-grid")));
        browser.wait.until(d -> "朔州市".equals(browser.value("#tipoffs-jurisdiction input")));
        browser.click("new-tipoff");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("save-tipoff")));
        assertEquals("电话", browser.value("#tipoff-channel input"));
        assertEquals(TODAY.toString(), browser.value("#tipoff-received-on input"));
        browser.type("#tipoff-reporter-name input", NAME);
        browser.click("save-tipoff");
        browser.notification("举报内容不能为空");
        browser.wait.until(d -> browser.attribute("tipoff-content", "invalid"));
        assertTrue(browser.attribute("tipoff-reporter-contact", "invalid"));
        assertTrue(tipOffs.records.isEmpty());

        browser.type("#tipoff-subject input", "某加油站");
        browser.type("#tipoff-content textarea", CONTENT);
        browser.type("#tipoff-place input", "朔城区");
        browser.type("#tipoff-reporter-contact input", PHONE);
        browser.pick("#tipoff-reply-channel input", "短信告知");
        browser.click("save-tipoff");
        browser.notification("已登记举报");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tipoff-receipt-code")));
        code = browser.text("tipoff-receipt-code");
        browser.shot("tipoffs-1-receipt");
        assertTrue(code.matches("[A-Z2-9]{4}(-[A-Z2-9]{4}){3}"), code);
        assertEquals(1, tipOffs.records.size());
        assertEquals("SMS", first().replyChannel);
        assertEquals("RECEIVED", first().status);
        // the person who registered it handles it: the identity is shown to them
        assertEquals(NAME, browser.value("#tipoff-reporter-name input"));
        assertEquals(PHONE, browser.value("#tipoff-reporter-contact input"));
        assertEquals("待受理", browser.text("tipoff-status"));
        PublicStatusDTO status = tipOffs.publicStatus(code);
        assertEquals("受理中", status.statusLabel);

        browser.click("close-tipoff-dialog");
        browser.waitForCell("#tipoff-grid", CONTENT);
        browser.waitForCell("#tipoff-grid", "某加油站");
        noIdentityOnThePage();
        // once: opened again, the code is gone
        browser.clickCell("#tipoff-grid", CONTENT);
        browser.wait.until(d -> "待受理".equals(browser.text("tipoff-status")));
        assertFalse(browser.present("tipoff-receipt-code"));
        assertFalse(browser.pageText().contains(code));
        browser.click("close-tipoff-dialog");
    }

    @Test
    @Order(2)
    void aUserWhoIsNotAHandlerNeverSeesTheIdentity() {
        browser.login("admin");
        browser.open("tipoffs");
        browser.clickCell("#tipoff-grid", CONTENT);
        browser.wait.until(d -> "待受理".equals(browser.text("tipoff-status")));
        assertEquals("举报人信息仅对承办人可见", browser.text("tipoff-identity"));
        browser.shot("tipoffs-2-withheld");
        assertFalse(browser.present("tipoff-reporter-name"));
        noIdentityOnThePage();
        assertTrue(tipOffs.identityViews.stream().noneMatch(v -> v.startsWith("admin:")));
        browser.click("close-tipoff-dialog");
    }

    @Test
    @Order(3)
    void acceptedAssignedDownVerifiedClosedAndRewarded() {
        browser.login("shuozhou");
        browser.open("tipoffs?jurisdiction=shuozhou&id=1");
        browser.type("#accept-note input", "属实可能性大");
        browser.click("accept-tipoff");
        browser.notification("已受理");
        browser.wait.until(d -> "已受理".equals(browser.text("tipoff-status")));

        browser.pick("#route-kind input", "交办（交本地区下级单位）");
        browser.pick("#route-to input", "朔城区");
        browser.click("route-tipoff");
        browser.notification("已交办转办");
        browser.wait.until(d -> "待受理".equals(browser.text("tipoff-status")));
        assertEquals(SHUOCHENG, first().unit);
        browser.waitForCell("#tipoff-routes", "朔城区");
        browser.click("close-tipoff-dialog");

        // the county registers (accepts) it: its handler then sees who reported
        browser.login("shuocheng");
        browser.open("tipoffs?jurisdiction=shuozhou&id=1");
        browser.wait.until(d -> "举报人信息仅对承办人可见".equals(browser.text("tipoff-identity")));
        noIdentityOnThePage();
        browser.click("accept-tipoff");
        browser.notification("已受理");
        browser.wait.until(d -> NAME.equals(browser.value("#tipoff-reporter-name input")));

        browser.pick("#verify-outcome input", "重大事故隐患属实");
        browser.type("#verify-action textarea", "责令停业整改，清除散装汽油");
        browser.type("#verify-measures textarea", "清除散装汽油，停业整顿");
        browser.type("#verify-rectification-unit input", "某加油站");
        browser.type("#verify-responsible input", "站长");
        browser.clearNotifications();
        browser.click("verify-tipoff");
        browser.notification("整改时限不能为空");
        browser.wait.until(d -> browser.attribute("verify-deadline", "invalid"));
        assertEquals("ACCEPTED", first().status);
        assertTrue(hazards.records.isEmpty());
        browser.type("#verify-deadline input", TODAY.plusDays(7).toString());
        browser.click("verify-tipoff");
        browser.notification("已登记核查结果，已列入问题隐患清单：隐患 #1");
        browser.wait.until(d -> "已核查".equals(browser.text("tipoff-status")));
        assertEquals("隐患 #1", browser.value("#tipoff-hazard-id input"));
        HazardDTO h = hazards.records.get(0);
        assertEquals(HazardSource.TIP_OFF, h.source);
        assertEquals(SHUOCHENG, h.unit);
        assertTrue(h.major);
        assertFalse(h.description.contains(NAME), "no identity in the hazard list");

        browser.click("close-tipoff");
        browser.notification("告知举报人的核查结果不能为空");
        browser.type("#close-reply textarea", "经核查，举报属实，已责令该加油站停业整改。");
        browser.type("#close-report textarea", "核查处理报告：现场查获散装汽油 200 升。");
        browser.click("close-tipoff");
        browser.notification("已结案");
        browser.wait.until(d -> "已办结".equals(browser.text("tipoff-status")));
        assertEquals("朔州市安委办", browser.value("#tipoff-reported-to input"));
        assertEquals("经核查，举报属实，已责令该加油站停业整改。", tipOffs.publicStatus(code).reply);

        browser.type("#reward-amount input", "-5");
        browser.type("#reward-approved-by input", "区应急局局长");
        browser.click("approve-reward");
        browser.notification("金额应大于 0");
        browser.wait.until(d -> browser.attribute("reward-amount", "invalid"));
        browser.type("#reward-amount input", "2000");
        browser.click("approve-reward");
        browser.notification("已批准奖励");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pay-reward")));
        assertEquals("2000", browser.value("#tipoff-reward-amount input"));
        browser.type("#reward-payment-record input", "区财政国库支付凭证 2026-001");
        browser.click("pay-reward");
        browser.notification("已登记奖励发放");
        assertNotNull(first().rewardPaidAt);
        assertFalse(browser.present("pay-reward"));
        browser.click("close-tipoff-dialog");
    }

    @Test
    @Order(4)
    void aPublicTipOffPastItsDeadlineIsMarkedAskedForMaterialAndRejected() {
        TipOffDTO in = new TipOffDTO();
        in.channel = "SNAPSHOT";
        in.content = "某工地塔吊司机无证作业";
        in.anonymous = true;
        String publicCode = tipOffs.submitPublic("shuozhou", in);
        TipOffDTO stored = tipOffs.record(2);
        stored.acceptDeadline = TODAY.minusDays(1).toString();

        browser.login("shuozhou");
        browser.open("tipoffs");
        browser.pick("#tipoffs-status input", "待受理");
        browser.wait.until(d -> browser.rows("tipoff-grid") == 1);
        browser.waitForCell("#tipoff-grid", "某工地塔吊司机无证作业");
        browser.waitForCell("#tipoff-grid", "逾期未受理");
        browser.waitForCell("#tipoff-grid", "随手拍");
        browser.clickCell("#tipoff-grid", "某工地塔吊司机无证作业");
        browser.wait.until(d -> String.valueOf(browser.text("tipoff-overdue")).startsWith("逾期未受理"));
        browser.shot("tipoffs-3-overdue");
        assertEquals("匿名举报", browser.text("tipoff-identity"));

        browser.click("request-material");
        browser.notification("需补充的材料不能为空");
        browser.type("#material-what input", "请提供工地名称和具体位置");
        browser.click("request-material");
        browser.notification("已要求举报人补充材料");
        browser.wait.until(d -> "待补充材料".equals(browser.text("tipoff-status")));
        PublicStatusDTO asked = tipOffs.publicStatus(publicCode);
        assertEquals("请补充材料", asked.statusLabel);
        assertEquals("请提供工地名称和具体位置", asked.decisionNote);

        browser.type("#reject-reason textarea", "举报人未补充材料，无法核实");
        browser.click("reject-tipoff");
        browser.notification("已不予受理");
        browser.wait.until(d -> "不予受理".equals(browser.text("tipoff-status")));
        assertEquals("举报人未补充材料，无法核实", browser.value("#tipoff-decision-note input"));
        PublicStatusDTO rejected = tipOffs.publicStatus(publicCode);
        assertEquals("不予受理", rejected.statusLabel);
        assertEquals("举报人未补充材料，无法核实", rejected.decisionNote);
        assertNull(rejected.reply);
        assertFalse(browser.present("accept-tipoff"));
        browser.click("close-tipoff-dialog");
        List<String> cells = browser.cells("#tipoff-grid");
        assertFalse(cells.contains("逾期未受理"), "a decided tip-off is no longer overdue: " + cells);
    }
}

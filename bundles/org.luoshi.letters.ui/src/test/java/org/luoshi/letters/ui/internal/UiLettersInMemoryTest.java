package org.luoshi.letters.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.luoshi.api.Actor;
import org.luoshi.api.hazard.HazardDTO;
import org.luoshi.api.hazard.HazardSource;
import org.luoshi.api.letter.LetterDTO;
import org.luoshi.api.task.TaskImportDTO;
import org.luoshi.lists.ui.internal.InMemoryHazards;
import org.luoshi.lists.ui.internal.InMemorySummary;
import org.luoshi.lists.ui.internal.InMemoryTasks;
import org.luoshi.lists.ui.internal.ListsViews;
import org.luoshi.ui.internal.Browser;
import org.luoshi.ui.internal.InMemoryExports;
import org.luoshi.ui.internal.InMemoryFiles;
import org.luoshi.ui.internal.InMemoryServices;
import org.luoshi.ui.internal.UiServer;
import org.luoshi.ui.kit.ViewContribution;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * UI component test of 提醒提示督办函 with in-memory services, in headless Chromium: automatic drafts for an overdue
 * hazard and an overdue task, a draft refused without a title, edited and sent (numbered), signed for and answered by
 * the receiving county's user, an overdue letter escalated to a 提示函, a new letter drafted by hand, and the download.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UiLettersInMemoryTest {
    /** The view contributions of the modules this test crosses, as DS would bind them. */
    private static final List<ViewContribution> VIEWS = List.of(new ListsViews(), new LetterViews());
    private static final LocalDate TODAY = LocalDate.now(InMemoryServices.ZONE);
    private static final String SHUOCHENG = "shanxi.shuozhou.shuocheng";
    private static final String HAZARD_TITLE = "关于督促问题隐患按期整改的提醒函";
    private static final String TASK_TITLE = "关于加快推进重点工作任务落实的提醒函";

    private final InMemoryServices.Registry registry = new InMemoryServices.Registry();
    private final InMemoryHazards hazards = new InMemoryHazards();
    private final InMemoryTasks tasks = new InMemoryTasks(registry);
    private final InMemoryLetters letters = new InMemoryLetters(registry, tasks, hazards);
    private final Actor admin = new InMemoryServices.Users().authenticate("admin", "admin").orElseThrow();
    private UiServer server;
    private Browser browser;
    private long hazardId;

    @BeforeAll
    void start() {
        // an overdue hazard and an overdue task (catalog task 1, "5月底前" of last year) at 朔城区
        HazardDTO h = new HazardDTO();
        h.jurisdiction = "shuozhou";
        h.unit = SHUOCHENG;
        h.source = HazardSource.ENFORCEMENT;
        h.inspectionDate = TODAY.minusDays(30).toString();
        h.description = "某煤矿主通风机无备用电源";
        h.major = true;
        h.listed = false;
        h.deadline = TODAY.minusDays(1).toString();
        hazardId = hazards.create(admin, h).id;
        TaskImportDTO in = new TaskImportDTO();
        in.jurisdiction = "shuozhou";
        in.unit = SHUOCHENG;
        in.year = TODAY.getYear() - 1;
        in.numbers = List.of(1);
        tasks.importCatalog(admin, in);

        server = InMemoryServices.start(InMemoryServices.config(0, "127.0.0.1"), registry,
                new InMemoryServices.Users(), VIEWS, hazards, tasks, new InMemorySummary(registry, hazards, tasks), letters,
                new InMemoryFiles(registry));
        browser = new Browser("http://127.0.0.1:" + server.port() + "/");
        browser.login("admin");
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

    private LetterDTO hazardLetter() {
        return letters.records.stream().filter(l -> "hazard".equals(l.sourceType) && l.sourceId == hazardId).findFirst()
                .orElseThrow();
    }

    @Test
    @Order(1)
    void draftsAreMadeForTheOverdueRecordsAndNothingIsSent() {
        browser.click("nav-letters");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("letter-grid")));
        browser.wait.until(d -> "朔州市".equals(browser.value("#letters-jurisdiction input")));
        // the admin is above the city: it issues as the jurisdiction's office by default
        browser.wait.until(d -> "朔州市安委办".equals(browser.value("#letters-issuer input")));
        browser.click("auto-drafts");
        browser.notification("已生成 2 份待审草稿");
        assertEquals(2, letters.records.size());
        assertTrue(letters.records.stream().allMatch(l -> "DRAFT".equals(l.status) && l.number == null));
        assertTrue(letters.records.stream().allMatch(l -> SHUOCHENG.equals(l.recipient)));
        assertEquals("NOT_RECTIFIED", hazardLetter().situation);
        browser.waitForCell("#letter-grid", HAZARD_TITLE);
        browser.waitForCell("#letter-grid", TASK_TITLE);
        browser.waitForCell("#letter-grid", "草稿");
        browser.waitForCell("#letter-grid", "提醒函");
        browser.waitForCell("#letter-grid", "重点任务推进缓慢、逾期或落实不力");
        assertEquals("共 2 条", browser.text("letters-total"));

        // never twice for the same record
        browser.clearNotifications();
        browser.click("auto-drafts");
        browser.notification("没有需要发函的逾期任务或隐患");
        assertEquals(2, letters.records.size());
    }

    @Test
    @Order(2)
    void aDraftIsRefusedWithoutTitleThenEditedAndSent() {
        browser.clickCell("#letter-grid", HAZARD_TITLE);
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("send-letter")));
        assertEquals("草稿", browser.text("letter-status"));
        assertTrue(browser.value("#letter-body textarea").contains("某煤矿主通风机无备用电源"));
        // no export service: the download says so
        assertTrue(browser.attribute("download-letter", "disabled"));

        browser.type("#letter-title input", "");
        browser.click("save-letter");
        browser.notification("标题不能为空");
        browser.wait.until(d -> browser.attribute("letter-title", "invalid"));
        assertEquals(HAZARD_TITLE, hazardLetter().title, "nothing saved");

        browser.type("#letter-title input", HAZARD_TITLE);
        browser.type("#letter-body textarea", "你单位问题隐患“某煤矿主通风机无备用电源”逾期未整改到位，请于 3 日内完成整改。");
        browser.click("save-letter");
        browser.notification("已保存修改");
        assertTrue(hazardLetter().body.contains("请于 3 日内完成整改"), hazardLetter().body);
        assertEquals("DRAFT", hazardLetter().status);

        browser.type("#letter-required textarea", "整改完成后报送整改情况报告");
        browser.click("send-letter");
        String number = "朔州市安委办函〔" + TODAY.getYear() + "〕1号";
        browser.notification("已发送：" + number);
        browser.wait.until(d -> "已发送".equals(browser.text("letter-status")));
        assertEquals("SENT", hazardLetter().status);
        assertEquals(number, hazardLetter().number);
        assertEquals("admin", hazardLetter().sentBy);
        assertEquals("整改完成后报送整改情况报告", hazardLetter().requiredResponse, "unsaved edits are sent with it");
        assertEquals(number, browser.value("#letter-number input"));
        assertTrue(browser.attribute("letter-body", "readonly"), "a sent letter is no longer edited");
        browser.shot("letters-1-sent");
        browser.click("close-letter");
    }

    @Test
    @Order(3)
    void theRecipientSignsForItAndAnswersIt() {
        browser.login("shuocheng");
        browser.open("letters");
        browser.wait.until(d -> "朔州市".equals(browser.value("#letters-jurisdiction input")));
        // the other letter is still a draft: not the recipient's business
        browser.waitForCell("#letter-grid", HAZARD_TITLE);
        assertFalse(browser.cells("#letter-grid").contains(TASK_TITLE), browser.cells("#letter-grid").toString());
        browser.clickCell("#letter-grid", HAZARD_TITLE);
        browser.click("sign-letter");
        browser.notification("已签收");
        browser.wait.until(d -> "已签收".equals(browser.text("letter-status")));
        assertEquals("SIGNED", hazardLetter().status);
        assertEquals("shuocheng", hazardLetter().signedBy);
        assertTrue(browser.value("#letter-signed input").startsWith("shuocheng（" + TODAY), browser.value("#letter-signed input"));

        browser.click("answer-letter");
        browser.notification("整改方案不能为空");
        assertEquals("SIGNED", hazardLetter().status);
        browser.type("#answer-plan textarea", "加装双回路备用电源，矿长负总责");
        browser.type("#answer-report textarea", "备用电源已安装，切换试验合格");
        browser.click("answer-letter");
        browser.notification("已回复");
        browser.wait.until(d -> "已回复".equals(browser.text("letter-status")));
        assertEquals("ANSWERED", hazardLetter().status);
        assertEquals("备用电源已安装，切换试验合格", hazardLetter().report);
        assertEquals("加装双回路备用电源，矿长负总责", browser.value("#letter-plan textarea"));
        browser.click("close-letter");
    }

    @Test
    @Order(4)
    void anUnansweredLetterPastItsDeadlineIsEscalated() {
        browser.login("admin");
        LetterDTO task = letters.records.stream().filter(l -> "task".equals(l.sourceType)).findFirst().orElseThrow();
        letters.send(admin, task.id);
        // the deadline passes without an answer
        task.responseDeadline = TODAY.minusDays(1).toString();
        browser.open("letters");
        browser.waitForCell("#letter-grid", "可升级为提示函");
        browser.waitForCell("#letter-grid", "逾期");
        browser.clickCell("#letter-grid", task.number);
        browser.click("escalate-letter");
        browser.notification("已起草提示函");
        LetterDTO next = letters.records.stream().filter(l -> task.id.equals(l.previousId)).findFirst().orElseThrow();
        assertEquals("NOTICE", next.kind);
        assertEquals("DRAFT", next.status);
        assertEquals(SHUOCHENG, next.recipient);
        browser.wait.until(d -> "草稿".equals(browser.text("letter-status")));
        assertTrue(browser.text("letter-previous").contains("#" + task.id));
        browser.click("close-letter");
        browser.wait.until(d -> !browser.cells("#letter-grid").contains("可升级为提示函"));
    }

    @Test
    @Order(5)
    void aLetterIsDraftedByHand() {
        int before = letters.records.size();
        browser.click("new-letter");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("save-letter")));
        browser.pick("#letter-situation input", "恶劣天气可能影响安全生产");
        browser.pick("#letter-recipient input", "市应急局");
        browser.type("#letter-title input", "关于做好强降雨天气安全防范工作的提示函");
        browser.pick("#letter-kind input", "提示函");
        browser.type("#letter-body textarea", "据气象部门预报，未来三天我市将出现强降雨天气。");
        browser.click("save-letter");
        browser.notification("已保存草稿");
        assertEquals(before + 1, letters.records.size());
        LetterDTO made = letters.records.get(letters.records.size() - 1);
        assertEquals("NOTICE", made.kind);
        assertEquals("SEVERE_WEATHER", made.situation);
        assertEquals("shanxi.shuozhou.yingji", made.recipient);
        assertEquals("shanxi.shuozhou", made.issuer);
        assertEquals(TODAY.plusDays(10).toString(), made.responseDeadline);
        assertNull(made.number);
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("send-letter")));
        browser.click("close-letter");
        browser.waitForCell("#letter-grid", "关于做好强降雨天气安全防范工作的提示函");
    }

    @Test
    @Order(6)
    void aLetterIsDownloadedAsADocument() {
        InMemoryExports exports = new InMemoryExports();
        InMemoryServices.bind(server.services(), exports);
        try {
            browser.open("letters?jurisdiction=shuozhou&id=" + hazardLetter().id);
            browser.wait.until(d -> "已回复".equals(browser.text("letter-status")));
            browser.wait.until(d -> !browser.attribute("download-letter", "disabled"));
            String body = browser.download("download-letter-link");
            assertEquals("fake-docx " + HAZARD_TITLE + " 朔州市安委办 → 朔城区", body);
            assertEquals("函件", exports.calls.get(0).form());
        } finally {
            InMemoryServices.unbind(server.services(), exports);
        }
    }

    @Test
    @Order(7)
    void aLetterSentOnPaperIsRecordedAsSent() {
        browser.open("letters");
        browser.click("register-letter");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("save-letter")));
        browser.type("#letter-number input", "朔安办函〔" + TODAY.getYear() + "〕9号");
        browser.type("#letter-sent-on input", TODAY.minusDays(20).toString());
        browser.pick("#letter-kind input", "督办函");
        browser.pick("#letter-situation input", "领导批示需跟踪落实");
        browser.pick("#letter-recipient input", "朔城区");
        browser.type("#letter-deadline input", TODAY.minusDays(5).toString());
        browser.type("#letter-title input", "关于落实市领导批示精神的督办函");
        browser.type("#letter-body textarea", "市领导对朔城区安全生产工作作出批示。");
        browser.click("save-letter");
        browser.notification("已补录：朔安办函〔" + TODAY.getYear() + "〕9号");
        LetterDTO paper = letters.records.get(letters.records.size() - 1);
        assertEquals("SENT", paper.status);
        assertEquals("SUPERVISION", paper.kind);
        assertEquals("INSTRUCTION", paper.situation);
        assertTrue(paper.sentAt.startsWith(TODAY.minusDays(20).toString()), paper.sentAt);
        assertEquals(TODAY.minusDays(5).toString(), paper.responseDeadline);
        browser.wait.until(d -> "已发送".equals(browser.text("letter-status")));
        assertEquals("逾期未回复", browser.text("letter-overdue"));
        // the ladder's last rung: nothing to escalate to
        assertFalse(browser.present("escalate-letter"));
        browser.click("close-letter");
    }
}

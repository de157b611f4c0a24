package org.luoshi.inspections.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.luoshi.api.hazard.HazardStatus;
import org.luoshi.api.inspection.FindingDTO;
import org.luoshi.api.inspection.InspectionDTO;
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
 * UI component test of 巡查检查 with in-memory services, in headless Chromium: a 督导检查 refused without its trigger and
 * recorded with a finding; a second finding added; a finding turned into a hazard-list entry (refused without a
 * deadline, then linked, its hazard id shown); closing refused while findings are open (the message shown, nothing
 * changed); feedback; the inspected county's report with 举一反三 (and no organiser's buttons for it); a finding closed
 * with a note; closing once the hazard is accepted; filters and pages of the list.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UiInspectionsInMemoryTest {
    /** The view contributions of the modules this test crosses, as DS would bind them. */
    private static final List<ViewContribution> VIEWS = List.of(new ListsViews(), new InspectionViews());
    private static final LocalDate TODAY = LocalDate.now(InMemoryServices.ZONE);
    private static final String SHUOCHENG = "shanxi.shuozhou.shuocheng";
    private static final String TITLE = "国庆节前安全生产督导检查";
    private static final String MAJOR = "某煤矿井下瓦斯监测探头失效";
    private static final String MINOR = "区应急局值班记录不全";

    private final InMemoryServices.Registry registry = new InMemoryServices.Registry();
    private final InMemoryHazards hazards = new InMemoryHazards();
    private final InMemoryInspections inspections = new InMemoryInspections(registry, hazards);
    private final Actor city = new InMemoryServices.Users().authenticate("shuozhou", "shuozhou").orElseThrow();
    private UiServer server;
    private Browser browser;

    @BeforeAll
    void start() {
        InMemoryTasks tasks = new InMemoryTasks(registry);
        server = InMemoryServices.start(InMemoryServices.config(0, "127.0.0.1"), registry,
                new InMemoryServices.Users(), VIEWS, hazards, tasks, new InMemorySummary(registry, hazards, tasks), inspections,
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

    private InspectionDTO recorded() {
        return inspections.records.get(0);
    }

    private FindingDTO finding(String description) {
        return recorded().findings.stream().filter(f -> f.description.equals(description)).findFirst().orElseThrow();
    }

    @Test
    @Order(1)
    void aSupervisionInspectionIsRecordedWithItsTriggerAndAFinding() {
        browser.click("nav-inspections");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("inspection-grid")));
        browser.wait.until(d -> "朔州市".equals(browser.value("#inspections-jurisdiction input")));
        browser.click("new-inspection");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("save-inspection")));
        assertEquals("朔州市安委办", browser.value("#inspection-organizer input"));
        browser.pick("#inspection-kind input", "督导检查");
        browser.type("#inspection-title input", TITLE);
        browser.type("#inspection-group-lead input", "市安委办副主任");
        browser.type("#inspection-group-members textarea", "市应急局执法支队\n市住建局安全科");
        browser.pick("#inspection-inspected-unit input", "朔城区");
        browser.check("inspection-methods", "听取被巡查检查地区的工作汇报和有关部门的专题汇报");
        browser.check("inspection-methods", "以明查暗访随机抽查等方式对有关企业开展专项检查");
        browser.type("#finding-description textarea", MAJOR);
        browser.wait.until(d -> "朔城区".equals(browser.value("#finding-unit input")));
        browser.toggle("finding-major");
        browser.click("add-finding");
        browser.waitForCell("#inspection-new-findings", MAJOR);
        browser.waitForCell("#inspection-new-findings", "重大事故隐患");
        browser.shot("inspections-1-form");

        // a 督导检查 says what triggered it
        browser.click("save-inspection");
        browser.notification("督导检查须说明情形");
        browser.wait.until(d -> browser.attribute("inspection-trigger", "invalid"));
        assertTrue(inspections.records.isEmpty(), "nothing recorded");

        browser.pick("#inspection-trigger input", "重要节假日");
        browser.click("save-inspection");
        browser.notification("已登记巡查检查");
        assertEquals(1, inspections.records.size());
        InspectionDTO i = recorded();
        assertEquals("SUPERVISION", i.kind);
        assertEquals("HOLIDAY", i.trigger);
        assertEquals("shanxi.shuozhou", i.organizer);
        assertEquals(SHUOCHENG, i.inspectedUnit);
        assertEquals(List.of("市应急局执法支队", "市住建局安全科"), i.groupMembers);
        assertEquals(List.of("REPORTS", "SPOT_CHECKS"), i.methods);
        assertEquals(TODAY.toString(), i.startDate);
        assertEquals(1, i.findings.size());
        assertTrue(i.findings.get(0).major);
        assertEquals(SHUOCHENG, i.findings.get(0).unit);
        browser.wait.until(d -> "检查中".equals(browser.text("inspection-status")));
        browser.waitForCell("#inspection-findings", MAJOR);
    }

    @Test
    @Order(2)
    void aFindingIsAddedAndAnotherTurnedIntoAHazardEntry() {
        browser.type("#finding-description textarea", MINOR);
        browser.click("add-finding");
        browser.notification("已添加问题");
        browser.waitForCell("#inspection-findings", MINOR);
        assertEquals(2, recorded().findings.size());
        assertFalse(finding(MINOR).major);

        long f = finding(MAJOR).id;
        browser.click("finding-to-hazard-" + f);
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("save-finding-hazard")));
        assertEquals(MAJOR, browser.value("#hazard-description textarea"));
        assertEquals("市安委办副主任", browser.value("#hazard-inspector input"));
        browser.type("#hazard-measures textarea", "更换探头，停止采掘作业");
        browser.type("#hazard-rectification-unit input", "某煤矿");
        browser.type("#hazard-rectification-responsible input", "矿长");
        browser.clearNotifications();
        browser.click("save-finding-hazard");
        browser.notification("整改时限不能为空");
        browser.wait.until(d -> browser.attribute("hazard-deadline", "invalid"));
        assertTrue(hazards.records.isEmpty(), "no hazard without a deadline");

        browser.type("#hazard-deadline input", TODAY.plusDays(10).toString());
        browser.click("save-finding-hazard");
        browser.notification("已列入问题隐患清单：隐患 #1");
        browser.wait.until(d -> "隐患 #1".equals(browser.text("finding-hazard-" + f)));
        assertEquals(1, hazards.records.size());
        HazardDTO h = hazards.records.get(0);
        assertEquals(HazardSource.SUPERVISION_PATROL, h.source);
        assertEquals(SHUOCHENG, h.unit);
        assertEquals(MAJOR, h.description);
        assertTrue(h.major);
        assertEquals("朔州市安委办", h.inspectionUnit);
        assertEquals("矿长", h.rectificationResponsible);
        assertEquals(TODAY.plusDays(10).toString(), h.deadline);
        assertEquals(Long.valueOf(1), finding(MAJOR).hazardId);
        assertFalse(browser.present("finding-to-hazard-" + f), "once per finding");
        assertTrue(browser.present("finding-to-hazard-" + finding(MINOR).id));
        browser.shot("inspections-2-linked");
    }

    @Test
    @Order(3)
    void closingIsRefusedWhileFindingsAreOpenAndChangesNothing() {
        browser.clearNotifications();
        browser.click("close-inspection");
        browser.notification("还有 2 个问题未销号");
        browser.wait.until(d -> String.valueOf(browser.text("close-refusal")).contains("还有 2 个问题未销号"));
        browser.shot("inspections-3-refused");
        assertEquals("OPEN", recorded().status);
        assertEquals("检查中", browser.text("inspection-status"));
        assertEquals("current", browser.step("inspection-steps-1"));
        assertEquals("ahead", browser.step("inspection-steps-2"));

        browser.type("#feedback-text textarea", "发现问题 2 个，请于 10 日内整改并报告");
        browser.click("send-feedback");
        browser.notification("已反馈");
        browser.wait.until(d -> "已反馈".equals(browser.text("inspection-status")));
        assertEquals("FED_BACK", recorded().status);
        assertEquals("done", browser.step("inspection-steps-2"));
        assertEquals("current", browser.step("inspection-steps-3"));
        assertEquals(TODAY.toString(), recorded().feedbackDate);
        assertEquals("发现问题 2 个，请于 10 日内整改并报告", browser.value("#inspection-feedback textarea"));
        browser.click("close-inspection-dialog");
    }

    @Test
    @Order(4)
    void theInspectedCountyReportsItsRectification() {
        browser.login("shuocheng");
        browser.open("inspections");
        browser.clickCell("#inspection-grid", TITLE);
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("send-report")));
        // the organiser's steps are not the county's
        assertFalse(browser.present("close-inspection"));
        assertFalse(browser.present("finding-to-hazard-" + finding(MINOR).id));
        assertFalse(browser.present("add-finding"));

        browser.click("send-report");
        browser.notification("整改报告不能为空");
        assertEquals("FED_BACK", recorded().status);
        browser.type("#report-text textarea", "值班制度已完善，煤矿探头已更换");
        browser.type("#report-similar textarea", "全区 12 座煤矿举一反三排查探头 340 个");
        browser.click("send-report");
        browser.notification("已报告整改情况");
        browser.wait.until(d -> "已报告整改".equals(browser.text("inspection-status")));
        assertEquals("REPORTED", recorded().status);
        assertEquals("全区 12 座煤矿举一反三排查探头 340 个", recorded().similarCases);
        assertEquals("全区 12 座煤矿举一反三排查探头 340 个", browser.value("#inspection-similar-cases textarea"));
        browser.click("close-inspection-dialog");
    }

    @Test
    @Order(5)
    void closedOnceEveryFindingIsClosed() {
        browser.login("shuozhou");
        browser.open("inspections?jurisdiction=shuozhou&id=" + recorded().id);
        long minor = finding(MINOR).id;
        browser.click("finding-close-" + minor);
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("save-finding-close")));
        browser.click("save-finding-close");
        browser.notification("销号说明不能为空");
        browser.type("#finding-close-note textarea", "已当场整改完毕");
        browser.click("save-finding-close");
        browser.notification("问题 #" + minor + " 已销号");
        browser.wait.until(d -> String.valueOf(browser.text("finding-state-" + minor)).startsWith("已销号"));
        assertEquals("已当场整改完毕", finding(MINOR).closingNote);

        // the listed finding closes with its hazard's acceptance
        browser.clearNotifications();
        browser.click("close-inspection");
        browser.notification("还有 1 个问题未销号");
        assertEquals("REPORTED", recorded().status);

        hazards.records.get(0).status = HazardStatus.ACCEPTED;
        browser.click("close-inspection-dialog");
        browser.open("inspections?jurisdiction=shuozhou&id=" + recorded().id);
        browser.wait.until(d -> String.valueOf(browser.text("finding-state-" + finding(MAJOR).id)).startsWith("已销号"));
        browser.click("close-inspection");
        browser.notification("巡查检查已结束");
        browser.wait.until(d -> "已结束".equals(browser.text("inspection-status")));
        assertEquals("CLOSED", recorded().status);
        assertEquals("done", browser.step("inspection-steps-4"));
        assertFalse(browser.present("close-inspection"));
        assertFalse(browser.present("add-finding"));
        browser.click("close-inspection-dialog");
    }

    @Test
    @Order(6)
    void theListIsFilteredAndPaged() {
        for (int n = 1; n <= 24; n++) {
            InspectionDTO in = new InspectionDTO();
            in.jurisdiction = "shuozhou";
            in.kind = "ASSESSMENT";
            in.title = "年度考核巡查-" + n;
            in.organizer = "shanxi.shuozhou";
            in.groupLead = "市安委办主任";
            in.inspectedUnit = "shanxi.shuozhou.yingji";
            in.startDate = TODAY.minusDays(1).toString();
            in.methods = List.of("TALKS");
            inspections.create(city, in);
        }
        browser.open("inspections");
        browser.wait.until(d -> browser.rows("inspection-grid") == 20);
        assertTrue(browser.attribute("inspections-prev-page", "disabled"));
        assertFalse(browser.attribute("inspections-next-page", "disabled"));
        browser.pick("#inspections-kind input", "督导检查");
        browser.wait.until(d -> browser.rows("inspection-grid") == 1);
        browser.waitForCell("#inspection-grid", TITLE);
        browser.waitForCell("#inspection-grid", "已结束");
        browser.pick("#inspections-kind input", "考核巡查");
        browser.wait.until(d -> browser.rows("inspection-grid") == 20);
        browser.click("inspections-next-page");
        browser.wait.until(d -> browser.rows("inspection-grid") == 4);
        assertEquals("第 2 / 2 页", browser.text("inspections-page-info"));
        assertEquals("共 24 条", browser.text("inspections-total"));
        assertTrue(browser.attribute("inspections-next-page", "disabled"));
        browser.pick("#inspections-status input", "已结束");
        browser.wait.until(d -> browser.rows("inspection-grid") == 0);
        assertEquals("第 1 / 1 页", browser.text("inspections-page-info"));
        assertEquals("共 0 条", browser.text("inspections-total"));
    }
}

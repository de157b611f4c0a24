package org.luoshi.dispatch.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.luoshi.api.dispatch.MeetingDTO;
import org.luoshi.api.task.TaskDTO;
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
 * UI component test of 调度会议 with in-memory services, in headless Chromium: a meeting without its kind is refused
 * with the service's message and nothing is stored; a video dispatch meeting is recorded with the units attending, the
 * progress, a lagging unit that spoke and two assignments, which become tasks of the organiser's list; the list and the
 * meeting's record show it, and an assignment opens its task.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UiMeetingsInMemoryTest {
    /** The view contributions of the modules this test crosses, as DS would bind them. */
    private static final List<ViewContribution> VIEWS = List.of(new ListsViews(), new DispatchViews());
    private static final LocalDate TODAY = LocalDate.now(InMemoryServices.ZONE);
    private static final String TITLE = "全市安全生产工作视频调度会";

    private final InMemoryServices.Registry registry = new InMemoryServices.Registry();
    private final InMemoryHazards hazards = new InMemoryHazards();
    private final InMemoryTasks tasks = new InMemoryTasks(registry);
    private final InMemoryMeetings meetings = new InMemoryMeetings(registry, tasks);
    private UiServer server;
    private Browser browser;

    @BeforeAll
    void start() {
        InMemoryReporting reporting = new InMemoryReporting(registry);
        server = InMemoryServices.start(InMemoryServices.config(0, "127.0.0.1"), registry,
                new InMemoryServices.Users(), VIEWS, hazards, tasks, new InMemorySummary(registry, hazards, tasks), reporting,
                new InMemoryForms(registry, reporting, hazards), meetings,
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

    @Test
    @Order(1)
    void aMeetingWithoutItsKindIsRefused() {
        browser.click("nav-meetings");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("meeting-grid")));
        assertEquals("共 0 次", browser.text("meetings-total"));
        browser.click("new-meeting");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("save-meeting")));
        browser.wait.until(d -> "朔州市安委办".equals(browser.value("#meeting-unit input")));
        assertEquals(TODAY.toString(), browser.value("#meeting-date input"));
        browser.type("#meeting-title input", TITLE);
        browser.click("save-meeting");
        browser.notification("会议类型不能为空");
        browser.wait.until(d -> browser.attribute("meeting-kind", "invalid"));
        assertTrue(meetings.records.isEmpty(), "nothing stored");
        assertTrue(tasks.records.isEmpty());
    }

    @Test
    @Order(2)
    void aMeetingIsRecordedAndItsAssignmentsBecomeTasks() {
        browser.pick("#meeting-kind input", "视频调度会");
        browser.pick("#meeting-attending input", "朔城区");
        browser.pick("#meeting-attending input", "市应急局");
        browser.type("#meeting-progress textarea", "各县区汇报隐患排查整治进展");
        browser.type("#meeting-experience textarea", "朔城区介绍“清单制”管理经验");
        browser.pick("#meeting-laggards input", "市应急局");

        browser.click("add-assignment");
        browser.wait.until(d -> browser.attribute("assignment-measure", "invalid"));
        browser.type("#assignment-measure textarea", "开展汛期地质灾害隐患再排查");
        browser.type("#assignment-units input", "市应急局、各县区");
        browser.type("#assignment-persons input", "分管副局长");
        browser.type("#assignment-deadline input", "年底前");
        browser.click("add-assignment");
        browser.waitForCell("#meeting-assignments", "开展汛期地质灾害隐患再排查");
        browser.type("#assignment-measure textarea", "临时事项（将删除）");
        browser.click("add-assignment");
        browser.waitForCell("#meeting-assignments", "临时事项（将删除）");
        browser.click("remove-assignment-2");
        browser.wait.until(d -> !browser.cells("#meeting-assignments").contains("临时事项（将删除）"));
        browser.type("#assignment-measure textarea", "督促后进单位制定整改计划");
        browser.type("#assignment-deadline input", TODAY.plusDays(30).toString());
        browser.click("add-assignment");
        browser.waitForCell("#meeting-assignments", "督促后进单位制定整改计划");
        browser.shot("meetings-1-form");

        browser.click("save-meeting");
        browser.notification("已登记会议“" + TITLE + "”，2 项交办事项已列入重点工作任务清单");
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("save-meeting")));

        assertEquals(1, meetings.records.size());
        MeetingDTO m = meetings.records.get(0);
        assertEquals("VIDEO", m.kind);
        assertEquals("shanxi.shuozhou", m.unit);
        assertEquals(TODAY.toString(), m.date);
        assertEquals(List.of("shanxi.shuozhou.shuocheng", "shanxi.shuozhou.yingji"), m.attendingUnits);
        assertEquals(List.of("shanxi.shuozhou.yingji"), m.laggards);
        assertEquals("各县区汇报隐患排查整治进展", m.progress);
        assertEquals(2, m.assignments.size());
        assertEquals("开展汛期地质灾害隐患再排查", m.assignments.get(0).measure);
        assertEquals("年底前", m.assignments.get(0).deadline);
        assertEquals(2, tasks.records.size());
        TaskDTO t = tasks.records.get(0);
        assertEquals(m.assignments.get(0).taskId, t.id);
        assertEquals("shanxi.shuozhou", t.unit);
        assertEquals("视频调度会：" + TITLE + "（" + TODAY + "）", t.mainTask);
        assertEquals(TODAY.getYear() + "-12-31", t.deadline.date);

        browser.waitForCell("#meeting-grid", TITLE);
        browser.waitForCell("#meeting-grid", "视频调度会");
        browser.waitForCell("#meeting-grid", "市应急局");
        assertEquals("共 1 次", browser.text("meetings-total"));
    }

    @Test
    @Order(3)
    void theRecordShowsTheTasksMadeFromTheMeeting() {
        browser.clickCell("#meeting-grid", TITLE);
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("meeting-detail-assignments")));
        assertEquals("朔城区、市应急局", browser.value("#meeting-detail-attending textarea"));
        assertEquals("市应急局", browser.value("#meeting-detail-laggards textarea"));
        String taskId = "#" + meetings.records.get(0).assignments.get(1).taskId;
        browser.waitForCell("#meeting-detail-assignments", taskId);
        browser.clickCell("#meeting-detail-assignments", "督促后进单位制定整改计划");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("close-task")));
        browser.wait.until(d -> browser.value("#task-measure textarea") != null
                && browser.value("#task-measure textarea").contains("督促后进单位制定整改计划"));
        browser.click("close-task");
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("close-task")));
        browser.click("close-meeting");
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("meeting-detail-assignments")));
    }
}

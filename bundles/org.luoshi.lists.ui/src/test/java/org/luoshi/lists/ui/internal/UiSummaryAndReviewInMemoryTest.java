package org.luoshi.lists.ui.internal;

import org.luoshi.ui.internal.Browser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.luoshi.api.hazard.ProgressUpdateDTO;
import org.luoshi.api.task.TaskDTO;
import org.luoshi.api.task.TaskImportDTO;
import org.luoshi.ui.internal.InMemoryFiles;
import org.luoshi.ui.internal.InMemoryServices;
import org.luoshi.ui.internal.UiServer;
import org.luoshi.ui.kit.ViewContribution;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * UI component test of the level summary (汇总统计) and the review of a hazard (复查验收), with in-memory services, in
 * headless Chromium: the figures of a small data set cell by cell, drill-downs from figures to the hazard and task
 * lists with their filters preset and the matching count, and a hazard reported, sent back, reported again and
 * accepted through the hazard dialog (a refusal shown with the service's reason).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UiSummaryAndReviewInMemoryTest {
    /** The view contributions of the modules this test crosses, as DS would bind them. */
    private static final List<ViewContribution> VIEWS = List.of(new ListsViews());
    private static final LocalDate TODAY = LocalDate.now(InMemoryServices.ZONE);
    private static final String CITY = "shanxi.shuozhou";
    private static final String SHUOCHENG = "shanxi.shuozhou.shuocheng";
    private static final String YINGJI = "shanxi.shuozhou.yingji";
    private static final String REVIEWED = "某加油站卸油区防护栏缺失";

    private final InMemoryServices.Registry registry = new InMemoryServices.Registry();
    private final InMemoryHazards hazards = new InMemoryHazards();
    private final InMemoryTasks tasks = new InMemoryTasks(registry);
    private final Actor admin = new InMemoryServices.Users().authenticate("admin", "admin").orElseThrow();
    private UiServer server;
    private WebDriver driver;
    private WebDriverWait wait;
    private String base;

    @BeforeAll
    void start() {
        server = InMemoryServices.start(InMemoryServices.config(0, "127.0.0.1"), registry,
                new InMemoryServices.Users(), VIEWS, hazards, tasks, new InMemorySummary(registry, hazards, tasks),
                new InMemoryFiles(registry));
        base = "http://127.0.0.1:" + server.port() + "/";

        // 朔城区: an overdue major hazard, a self-reported one, and one of a town below it (declared by no plugin)
        hazard(SHUOCHENG, HazardSource.ENFORCEMENT, true, "2020-01-02", "2020-03-31", "粉尘涉爆企业除尘系统未设置泄爆装置");
        hazard(SHUOCHENG, HazardSource.SELF_REPORT, false, null, TODAY.plusDays(20).toString(), "企业自查：配电室无挡鼠板");
        hazard(SHUOCHENG + ".beiguan", HazardSource.ASSIGNED, false, null, TODAY.plusDays(20).toString(), "北关街道某市场消防通道堵塞");
        // the city's own record, and one of 市应急局 reported as rectified
        hazard(CITY, HazardSource.TIP_OFF, true, null, TODAY.plusDays(10).toString(), "群众举报：某小区燃气管道私改");
        long reported = hazard(YINGJI, HazardSource.SUPERVISION_PATROL, false, null, TODAY.plusDays(10).toString(),
                "危化品仓库温湿度监测缺失");
        report(reported, "已安装温湿度监测仪");
        // 朔城区's task list of 2022: 5月底前 (overdue), 长期坚持 (completed), a misprint (not dated)
        TaskImportDTO in = new TaskImportDTO();
        in.jurisdiction = "shuozhou";
        in.unit = SHUOCHENG;
        in.year = 2022;
        tasks.importCatalog(admin, in);
        TaskDTO ongoing = tasks.records.stream().filter(t -> t.catalogNumber == 2).findFirst().orElseThrow();
        tasks.complete(admin, ongoing.id, TODAY.toString());
    }

    private long hazard(String unit, HazardSource source, boolean major, String inspected, String deadline, String text) {
        HazardDTO h = new HazardDTO();
        h.jurisdiction = "shuozhou";
        h.unit = unit;
        h.source = source;
        h.inspectionUnit = "市安委办督查组";
        h.inspectionDate = inspected == null ? TODAY.minusDays(2).toString() : inspected;
        h.description = text;
        h.major = major;
        h.deadline = deadline;
        return hazards.create(admin, h).id;
    }

    private void report(long id, String progress) {
        ProgressUpdateDTO u = new ProgressUpdateDTO();
        u.status = HazardStatus.REPORTED;
        u.progress = progress;
        u.completedOn = TODAY.toString();
        hazards.updateProgress(admin, id, u);
    }

    @AfterAll
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.stop();
        }
    }

    private WebDriver browser() {
        if (driver == null) {
            // the harness's headless Chromium (fails the test when Chromium is missing)
            Browser shared = new Browser(base);
            driver = shared.driver;
            wait = shared.wait;
            driver.get(base + "login");
            type("#username input", "admin");
            type("#password input", "admin");
            driver.findElement(By.id("login")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
        }
        return driver;
    }

    @Test
    @Order(1)
    void summaryShowsTheFiguresOfEachRow() {
        open("nav-summary", "summary-grid");
        // the admin's first unit (the province, declared by no plugin here) comes first; pick the city's office
        pick("#summary-unit input", "朔州市安委办");
        wait.until(d -> rows().size() == 5);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary-as-of"), "截至 " + TODAY));
        List<List<String>> rows = rows();
        //                     单位  总数 督导 帮扶 执法 自查 举报 交办 重大 挂牌 已整改 逾期 任务 完成 任务逾期
        assertEquals(List.of("朔州市安委办（本级）", "1", "0", "0", "0", "0", "1", "0", "1", "0", "0", "0", "0", "0", "0"),
                rows.get(0), "own row first: the city's own record only");
        assertEquals(List.of("朔州市发展和改革委员会", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0"),
                rows.get(1));
        assertEquals(List.of("朔城区", "3", "0", "0", "1", "1", "0", "1", "1", "0", "0", "1", "3", "1", "1"),
                rows.get(2), "with the town below it");
        assertEquals(List.of("市应急局", "1", "1", "0", "0", "0", "0", "0", "0", "0", "1", "0", "0", "0", "0"),
                rows.get(3));
        assertEquals(List.of("合计", "5", "1", "0", "1", "1", "1", "1", "2", "0", "1", "1", "3", "1", "1"),
                rows.get(4));
        assertEquals(List.of("单位", "隐患总数", "督导巡查", "帮扶指导", "执法检查", "企业自查自报", "群众举报核实", "上级交办",
                "重大隐患", "挂牌督办", "已整改", "逾期", "任务数", "已完成", "任务逾期"), headers());

        // figures link by the id scheme; the own row links nowhere (the total row holds the unit's subtree)
        assertEquals("3", text("drill-" + SHUOCHENG + "-hazards"));
        assertEquals("1", text("drill-" + SHUOCHENG + "-major"));
        assertEquals("1", text("drill-" + YINGJI + "-source-SUPERVISION_PATROL"));
        assertEquals("5", text("drill-" + CITY + "-hazards"), "the city's links are the total row's");
        assertTrue(driver.findElements(By.id("drill-" + CITY + "-rectified")).isEmpty(), "已整改 has no list filter");
        assertEquals(12, count("[id^='drill-" + SHUOCHENG + "-']"),
                "朔城区: 隐患总数, six sources, 重大, 逾期, three task figures (not 挂牌督办, 已整改)");
        assertTrue(href("drill-" + SHUOCHENG + "-major").endsWith("hazards?unit=" + SHUOCHENG + "&major=true"),
                href("drill-" + SHUOCHENG + "-major"));
        assertTrue(href("drill-" + SHUOCHENG + "-tasks-done").endsWith("tasks?unit=" + SHUOCHENG + "&completed=true"),
                href("drill-" + SHUOCHENG + "-tasks-done"));
        shot("21-summary");

        // another level: 朔城区 alone
        pick("#summary-unit input", "朔城区");
        wait.until(d -> rows().size() == 3 && rows().get(0).get(0).equals("朔城区（本级）"));
        assertEquals("2", rows().get(0).get(1), "朔城区's own records");
        assertEquals(List.of("shanxi.shuozhou.shuocheng.beiguan", "1", "0", "0", "0", "0", "0", "1", "0", "0", "0", "0",
                "0", "0", "0"), rows().get(1), "a unit below that no plugin declares is shown by its id");
        assertEquals("3", rows().get(2).get(1));
    }

    @Test
    @Order(2)
    void figuresDrillDownToTheListsWithTheFiltersPreset() {
        browser();
        // 朔城区's 重大隐患 → the hazard list of 朔城区 (and below) with 重大 = 是
        summaryOf(CITY);
        click("drill-" + SHUOCHENG + "-major");
        wait.until(ExpectedConditions.urlContains("hazards?unit=" + SHUOCHENG + "&major=true"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("total"), "共 1 条"));
        wait.until(d -> "朔城区".equals(value("#filter-unit input")));
        assertEquals("是", value("#filter-major input"));
        waitForCell("#hazard-grid", "粉尘涉爆企业除尘系统未设置泄爆装置");
        shot("22-drilled");

        // 隐患总数 of the same row: the other filters are cleared, the town below counts
        summaryOf(CITY);
        click("drill-" + SHUOCHENG + "-hazards");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("total"), "共 3 条"));
        assertEquals("", value("#filter-major input"));
        waitForCell("#hazard-grid", "北关街道某市场消防通道堵塞");

        // a source of 市应急局
        summaryOf(CITY);
        click("drill-" + YINGJI + "-source-SUPERVISION_PATROL");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("total"), "共 1 条"));
        wait.until(d -> "督导巡查".equals(value("#filter-source input")));
        assertEquals("市应急局", value("#filter-unit input"));

        // the total's 逾期: the city and everything below it
        summaryOf(CITY);
        click("drill-" + CITY + "-overdue");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("total"), "共 1 条"));
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.getElementById('filter-overdue').checked")));
        assertEquals("朔州市安委办", value("#filter-unit input"));

        // task figures go to the task list
        summaryOf(CITY);
        click("drill-" + SHUOCHENG + "-tasks-overdue");
        wait.until(ExpectedConditions.urlContains("tasks?unit=" + SHUOCHENG + "&overdue=true"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("total"), "共 1 条"));
        waitForCell("#task-grid", "制定党政领导干部安全生产责任制实施细则");
        summaryOf(CITY);
        click("drill-" + SHUOCHENG + "-tasks-done");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("total"), "共 1 条"));
        assertEquals("已完成", value("#filter-completed input"));
        waitForCell("#task-grid", "组织全市重点行业领域企业开展隐患自查自改");

        // an address typed by hand: a bad value is ignored with a message
        driver.get(base + "hazards?unit=" + SHUOCHENG + "&source=NONSENSE");
        notification("来源 NONSENSE");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("total"), "共 3 条"));
    }

    @Test
    @Order(3)
    void aReportedHazardIsSentBackReportedAgainAndAccepted() {
        long id = hazard(SHUOCHENG, HazardSource.SUPERVISION_PATROL, false, null, TODAY.plusDays(15).toString(), REVIEWED);
        report(id, "已加装防护栏");
        driver.get(base + "hazards?unit=" + SHUOCHENG + "&status=REPORTED");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("total"), "共 1 条"));
        assertEquals("整改完成待验收", value("#filter-status input"));
        openRow(REVIEWED);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("return-hazard")));
        assertEquals(Boolean.TRUE, ((JavascriptExecutor) driver).executeScript(
                "return document.getElementById('save').hasAttribute('disabled')"), "no progress report while reported");

        // sending back without reasons is refused with the service's reason
        click("return-hazard");
        notification("退回理由不能为空");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#review-opinion [slot='error-message']"), "退回理由不能为空"));
        assertEquals(HazardStatus.REPORTED, record(id).status);

        type("#review-opinion textarea", "防护栏高度不足 1.2 米");
        type("#review-unit input", "朔州市安委办");
        type("#reviewer input", "督查组组长");
        shot("23-review");
        click("return-hazard");
        notification("已退回整改");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("cancel")));
        // the list keeps its filter (整改完成待验收): the hazard left it
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("total"), "共 0 条"));
        HazardDTO back = record(id);
        assertEquals(HazardStatus.RECTIFYING, back.status);
        assertEquals("退回（" + TODAY + "）：防护栏高度不足 1.2 米", back.review);
        assertNull(back.completedOn, "completion date cleared");
        assertEquals("督查组组长", back.reviewer);

        // reported again from the dialog, the reasons in view
        pick("#filter-status input", "整改中");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("total"), "共 1 条"));
        openRow(REVIEWED);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#progress textarea")));
        assertTrue(driver.findElements(By.id("accept-hazard")).isEmpty(), "no review while rectifying");
        assertEquals("退回（" + TODAY + "）：防护栏高度不足 1.2 米", value("#hazard-review textarea"));
        type("#progress textarea", "防护栏已加高至 1.2 米");
        pick("#status input", "整改完成待验收");
        wait.until(d -> TODAY.toString().equals(value("#completed-on input")));
        click("save");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("cancel")));
        assertEquals(HazardStatus.REPORTED, record(id).status);

        // accepted
        pick("#filter-status input", "整改完成待验收");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("total"), "共 1 条"));
        openRow(REVIEWED);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("accept-hazard")));
        type("#review-opinion textarea", "复查合格");
        type("#review-unit input", "朔州市安委办");
        type("#reviewer input", "督查组组长");
        click("accept-hazard");
        notification("已复查验收");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("cancel")));
        pick("#filter-status input", "已复查验收");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("total"), "共 1 条"));
        waitForCell("#hazard-grid", REVIEWED);
        HazardDTO accepted = record(id);
        assertEquals(HazardStatus.ACCEPTED, accepted.status);
        assertEquals("复查合格", accepted.review);
        assertEquals("朔州市安委办", accepted.reviewUnit);

        // an accepted hazard offers neither a review nor a progress report
        openRow(REVIEWED);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("hazard-review")));
        assertTrue(driver.findElements(By.id("accept-hazard")).isEmpty());
        assertEquals("复查合格", value("#hazard-review textarea"));
        click("cancel");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("cancel")));
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private HazardDTO record(long id) {
        return hazards.get(admin, id);
    }

    /** Issue 12: Esc on a half-filled form asks before throwing the input away; an untouched one just closes. */
    @Test
    @Order(4)
    void escapeOnAHalfFilledFormAsksFirst() {
        open("nav-hazards", "add-hazard");
        click("add-hazard");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#description textarea")));
        WebElement text = driver.findElement(By.cssSelector("#description textarea"));
        text.sendKeys("现场发现配电箱未接地");
        text.sendKeys(org.openqa.selenium.Keys.TAB);
        driver.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ESCAPE);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("discard-confirm")));
        // 继续填写: the form and what was typed stay
        pressDialogButton("继续填写");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("discard-confirm")));
        assertEquals("现场发现配电箱未接地", value("#description textarea"));
        // asked again, 放弃并关闭: gone
        driver.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ESCAPE);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("discard-confirm")));
        pressDialogButton("放弃并关闭");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("#description textarea")));
        // an untouched form closes at once
        click("add-hazard");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#description textarea")));
        driver.findElement(By.cssSelector("#description textarea")).sendKeys(org.openqa.selenium.Keys.ESCAPE);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("#description textarea")));
        assertTrue(driver.findElements(By.id("discard-confirm")).stream().noneMatch(WebElement::isDisplayed));
    }

    /**
     * 目录已更新: after a plugin upgrade rewords catalog task 3, its task is marked in the list (beside its 目录序号, with
     * the explanation as tooltip) and in its dialog; the other tasks are not, and task 3 keeps its text.
     */
    @Test
    @Order(5)
    void aTaskWhoseCatalogEntryChangedIsMarked() {
        browser();
        org.luoshi.api.jurisdiction.CatalogTaskDTO entry = registry.catalog.stream().filter(c -> c.number == 3)
                .findFirst().orElseThrow();
        String printed = entry.measure;
        entry.measure = "畅通举报渠道，落实举报奖励制度，每季度通报一次";
        try {
            driver.get(base + "tasks?unit=" + SHUOCHENG);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("total"), "共 3 条"));
            wait.until(d -> cellTexts("#task-grid").contains("3目录已更新"));
            List<String> cells = cellTexts("#task-grid");
            assertTrue(cells.contains(printed), "the task keeps the text it was made with");
            assertTrue(cells.stream().noneMatch(c -> c.equals("1目录已更新") || c.equals("2目录已更新")), cells.toString());
            assertEquals(List.of("目录已更新"), badges("#task-grid vaadin-grid-cell-content .catalog-changed[theme~='badge']"));
            assertEquals("该任务所依据的任务目录条目已被辖区插件更新或删除；任务保留导入时的内容",
                    ((JavascriptExecutor) driver).executeScript("return document.querySelector("
                            + "\"#task-grid vaadin-grid-cell-content .catalog-changed[theme~='badge']\").title"));
            shot("24-catalog-changed");

            openTask(printed);
            WebElement badge = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("task-catalog-changed")));
            assertEquals("目录已更新", badge.getText());
            assertTrue(badge.getAttribute("theme").contains("badge"), badge.getAttribute("theme"));
            assertEquals("该任务所依据的任务目录条目已被辖区插件更新或删除；任务保留导入时的内容", badge.getAttribute("title"));
            assertEquals(printed, value("#task-measure textarea"));
            shot("25-catalog-changed-dialog");
            click("close-task");
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("close-task")));

            openTask("制定党政领导干部安全生产责任制实施细则");
            assertTrue(driver.findElements(By.id("task-catalog-changed")).isEmpty(), "task 1's entry is unchanged");
            click("close-task");
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("close-task")));
        } finally {
            entry.measure = printed;
        }
    }

    private void openTask(String measure) {
        waitForCell("#task-grid", measure);
        wait.until(d -> {
            WebElement cell = d.findElements(By.cssSelector("#task-grid vaadin-grid-cell-content")).stream()
                    .filter(e -> e.getText().equals(measure)).findFirst().orElse(null);
            if (cell == null) {
                return false;
            }
            ((JavascriptExecutor) d).executeScript(org.luoshi.ui.internal.Browser.CLICK, cell);
            return true;
        });
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("close-task")));
    }

    @SuppressWarnings("unchecked")
    private List<String> badges(String css) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript("return Array.from(document.querySelectorAll("
                + "arguments[0])).map(e => e.textContent.trim())", css);
    }

    /** Clicks the confirm dialog's button with that text (its buttons live in the overlay, not under the element). */
    private void pressDialogButton(String label) {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("const b = Array.from(document"
                + ".querySelectorAll('vaadin-button')).filter(x => x.textContent.trim() === arguments[0] && x.offsetParent !== null);"
                + "if (b.length === 0) { return false; } b[b.length - 1].click(); return true;", label)));
    }

    private void summaryOf(String unit) {
        driver.get(base + "summary?unit=" + unit);
        wait.until(d -> rows().size() > 1);
    }

    /** The summary grid's rows (in row order, hidden pool rows left out), each as its cells' texts in column order. */
    @SuppressWarnings("unchecked")
    private List<List<String>> rows() {
        return (List<List<String>>) ((JavascriptExecutor) driver).executeScript(
                "const grid = document.getElementById('summary-grid');"
                        + "if (!grid || !grid.shadowRoot) return [];"
                        + "const rows = Array.from(grid.shadowRoot.querySelectorAll('tbody#items tr'))"
                        + "  .filter(tr => !tr.hidden && tr.getAttribute('aria-rowindex'))"
                        + "  .sort((a, b) => a.getAttribute('aria-rowindex') - b.getAttribute('aria-rowindex'));"
                        + "return rows.map(tr => Array.from(tr.querySelectorAll('td'))"
                        + "  .filter(td => !(td.getAttribute('part') || '').includes('details-cell')).map(td => {"
                        + "  const slot = td.querySelector('slot');"
                        + "  const content = slot ? slot.assignedElements()[0] : null;"
                        + "  return content ? content.textContent.trim() : ''; }));");
    }

    @SuppressWarnings("unchecked")
    private List<String> headers() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(
                "const grid = document.getElementById('summary-grid');"
                        + "return Array.from(grid.shadowRoot.querySelectorAll('thead tr:last-child th')).map(th => {"
                        + "  const slot = th.querySelector('slot');"
                        + "  const content = slot ? slot.assignedElements()[0] : null;"
                        + "  return content ? content.textContent.trim() : ''; });");
    }

    private long count(String css) {
        return ((Number) ((JavascriptExecutor) driver).executeScript(
                "return document.querySelectorAll(arguments[0]).length", css)).longValue();
    }

    private String href(String id) {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "const e = document.getElementById(arguments[0]); return e ? e.href : null", id);
    }

    private void openRow(String description) {
        waitForCell("#hazard-grid", description);
        wait.until(d -> {
            WebElement cell = d.findElements(By.cssSelector("#hazard-grid vaadin-grid-cell-content")).stream()
                    .filter(e -> e.getText().equals(description)).findFirst().orElse(null);
            if (cell == null) {
                return false;
            }
            try {
                cell.click();
            } catch (org.openqa.selenium.ElementClickInterceptedException covered) {
                ((JavascriptExecutor) d).executeScript(org.luoshi.ui.internal.Browser.CLICK, cell);
            }
            return true;
        });
        // the dialog's own element has no size: wait for its footer
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cancel")));
    }

    private void open(String navId, String waitForId) {
        browser();
        // a notification may lie over the navigation bar
        WebElement link = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(navId)));
        ((JavascriptExecutor) driver).executeScript(org.luoshi.ui.internal.Browser.CLICK, link);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id(waitForId)));
    }

    /** An element's text, read in one go. */
    private String text(String id) {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "const e = document.getElementById(arguments[0]); return e ? e.textContent.trim() : null", id);
    }

    /** An input's value, read in one go. */
    private String value(String css) {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "const e = document.querySelector(arguments[0]); return e ? e.value : null", css);
    }

    @SuppressWarnings("unchecked")
    private void notification(String part) {
        wait.until(d -> ((List<String>) ((JavascriptExecutor) d).executeScript("return Array.from(document"
                + ".querySelectorAll('.luoshi-notification')).map(e => e.textContent)")).stream()
                .anyMatch(t -> t.contains(part)));
    }

    private void click(String id) {
        WebElement e = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'center'})", e);
        try {
            wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
        } catch (org.openqa.selenium.ElementClickInterceptedException covered) {
            // under a notification
            ((JavascriptExecutor) driver).executeScript(org.luoshi.ui.internal.Browser.CLICK, driver.findElement(By.id(id)));
        }
    }

    /** Types into a combo box and clicks the offered item that contains the text. */
    private void pick(String css, String text) {
        WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
        input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        ((JavascriptExecutor) driver).executeScript("arguments[0].focus()", input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text);
        wait.until(d -> {
            WebElement item = d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                    .filter(e -> e.isDisplayed() && e.getText().equals(text)).findFirst().orElse(null);
            if (item == null) {
                return false;
            }
            item.click();
            return true;
        });
        driver.findElement(By.cssSelector(css)).sendKeys(Keys.TAB);
        wait.until(d -> text.equals(value(css)));
    }

    private void type(String css, String text) {
        WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
        input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        // focus rather than click: a notification may lie over the field
        ((JavascriptExecutor) driver).executeScript("arguments[0].focus()", input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text);
        input.sendKeys(Keys.TAB);
    }

    /** The texts of a grid's cells, read in one go (the grid re-renders them at any time). */
    @SuppressWarnings("unchecked")
    private List<String> cellTexts(String gridCss) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript("return Array.from(document.querySelectorAll("
                + "arguments[0] + ' vaadin-grid-cell-content')).map(e => e.textContent.trim())", gridCss);
    }

    private void waitForCell(String gridCss, String text) {
        wait.until(d -> cellTexts(gridCss).contains(text));
    }

    /** With -Dluoshi.ui.screenshots=true, saves a screenshot to target/screenshots/NAME.png. */
    private void shot(String name) {
        if (!Boolean.getBoolean("luoshi.ui.screenshots")) {
            return;
        }
        try {
            byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(Path.of("target", "screenshots", name + ".png"), png);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

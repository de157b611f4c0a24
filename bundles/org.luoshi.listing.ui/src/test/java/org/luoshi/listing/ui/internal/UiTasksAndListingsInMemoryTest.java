package org.luoshi.listing.ui.internal;

import org.luoshi.ui.internal.Browser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
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
import org.luoshi.api.listing.ListingDTO;
import org.luoshi.api.listing.ListingStatus;
import org.luoshi.api.task.DeadlineDTO;
import org.luoshi.api.task.TaskDTO;
import org.luoshi.lists.ui.internal.InMemoryHazards;
import org.luoshi.lists.ui.internal.InMemorySummary;
import org.luoshi.lists.ui.internal.InMemoryTasks;
import org.luoshi.lists.ui.internal.ListsViews;
import org.luoshi.ui.internal.InMemoryExports;
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
 * UI component test of the key work task list and the listed supervision of major hazards, with in-memory services,
 * in headless Chromium: export buttons disabled without an export service, tasks made from the catalog (a misprinted
 * deadline flagged 待确认), a task assigned, reported on and completed, a major hazard walked from 挂牌督办 to 摘牌销号
 * (refusals shown with the service's reason), and the export once an export service is bound.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UiTasksAndListingsInMemoryTest {
    /** The view contributions of the modules this test crosses, as DS would bind them. */
    private static final List<ViewContribution> VIEWS = List.of(new ListsViews(), new ListingViews());
    private static final LocalDate TODAY = LocalDate.now(InMemoryServices.ZONE);
    private static final String HAZARD = "某煤矿主通风机无备用电源";

    private final InMemoryServices.Registry registry = new InMemoryServices.Registry();
    private final InMemoryHazards hazards = new InMemoryHazards();
    private final InMemoryTasks tasks = new InMemoryTasks(registry);
    private final InMemoryListings listings = new InMemoryListings(hazards, registry);
    private final InMemoryExports exports = new InMemoryExports();
    private final Actor admin = new InMemoryServices.Users().authenticate("admin", "admin").orElseThrow();
    private UiServer server;
    private WebDriver driver;
    private WebDriverWait wait;
    private String base;

    @BeforeAll
    void start() {
        server = InMemoryServices.start(InMemoryServices.config(0, "127.0.0.1"), registry,
                new InMemoryServices.Users(), VIEWS, hazards, tasks, listings,
                new InMemorySummary(registry, hazards, tasks),
                new InMemoryFiles(registry));
        base = "http://127.0.0.1:" + server.port() + "/";
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
    void exportButtonsAreDisabledWithoutTheExportService() {
        for (String[] view : new String[][] { { "nav-tasks", "export-tasks" }, { "nav-hazards", "export-hazards" },
                { "nav-listings", "export-listings" } }) {
            open(view[0], view[1]);
            wait.until(d -> d.findElement(By.id(view[1])).getDomAttribute("disabled") != null);
            WebElement link = driver.findElement(By.id(view[1] + "-link"));
            assertEquals("导出服务未安装", link.getDomAttribute("title"), view[1] + " says why");
            assertNull(link.getDomAttribute("href"), view[1] + " has nothing to download");
        }
        shot("11-export-disabled");
    }

    @Test
    @Order(2)
    void tasksAreMadeFromTheCatalogWithTheMisprintedDeadlineFlagged() {
        open("nav-tasks", "task-grid");
        click("import-tasks");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("import-confirm")));
        // one jurisdiction: it and its office are preset, the year is this year
        wait.until(d -> "朔州市".equals(value("#import-jurisdiction input")));
        assertEquals("朔州市安委办", value("#import-unit input"));
        assertEquals(String.valueOf(TODAY.getYear()), value("#import-year input"));
        click("import-confirm");
        notification("已生成 3 项任务");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("import-confirm")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("total"), "共 3 条"));
        wait.until(d -> cellTexts("#task-grid").stream().anyMatch(c -> c.contains("5月10月底前") && c.contains("待确认")));
        assertTrue(cellTexts("#task-grid").stream().anyMatch(c -> c.contains("长期坚持") && c.contains("长期")),
                "ongoing deadline marked");
        shot("12-tasks");

        assertEquals(3, tasks.records.size());
        TaskDTO misprint = tasks.records.stream().filter(t -> t.catalogNumber == 3).findFirst().orElseThrow();
        assertEquals(DeadlineDTO.UNPARSED, misprint.deadline.kind);
        assertEquals("shanxi.shuozhou", misprint.unit);

        // the same catalog again makes nothing twice
        click("import-tasks");
        click("import-confirm");
        notification("已生成 0 项任务");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("import-confirm")));
        assertEquals(3, tasks.records.size());

        click("filter-unparsed");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("total"), "共 1 条"));
        waitForCell("#task-grid", "畅通举报渠道，落实举报奖励制度");
        click("filter-unparsed");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("total"), "共 3 条"));
    }

    @Test
    @Order(3)
    void aTaskIsAssignedReportedAndCompleted() {
        open("nav-tasks", "task-grid");
        waitForCell("#task-grid", "畅通举报渠道，落实举报奖励制度");
        cell("#task-grid", "畅通举报渠道，落实举报奖励制度").click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#assign-deadline input")));
        assertTrue(value("#task-deadline input").contains("待确认"), value("#task-deadline input"));

        // a deadline nobody can read is refused with the service's reason
        type("#assign-deadline input", "尽快");
        click("assign-task");
        notification("无法识别完成时限");
        type("#assign-deadline input", "6月底前");
        type("#assign-persons input", "局党组书记");
        click("assign-task");
        notification("已保存分工");
        wait.until(d -> value("#task-deadline input").contains(TODAY.getYear() + "-06-30"));

        type("#entry-person input", "督查科科长");
        type("#entry-text textarea", "已印发举报奖励办法");
        click("add-entry");
        wait.until(d -> cellTexts("#entry-grid").contains("已印发举报奖励办法"));
        assertTrue(cellTexts("#entry-grid").contains("推进落实情况"));

        click("complete-task");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("task-done")));
        shot("13-task");
        click("close-task");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("task-dialog")));
        waitForCell("#task-grid", TODAY.toString());

        TaskDTO t = tasks.records.stream().filter(x -> x.catalogNumber == 3).findFirst().orElseThrow();
        assertEquals(DeadlineDTO.DATE, t.deadline.kind);
        assertEquals("局党组书记", t.responsiblePersons);
        assertEquals(1, t.progress.size());
        assertEquals("督查科科长", t.progress.get(0).person);
        assertEquals(TODAY.toString(), t.completedOn);
    }

    @Test
    @Order(4)
    void aMajorHazardIsListedSupervisedAcceptedAndDelisted() {
        HazardDTO h = new HazardDTO();
        h.jurisdiction = "shuozhou";
        h.unit = "shanxi.shuozhou.shuocheng";
        h.source = HazardSource.ENFORCEMENT;
        h.inspectionUnit = "市应急局";
        h.inspectionDate = TODAY.minusDays(1).toString();
        h.description = HAZARD;
        h.major = true;
        h.measures = "加装备用电源";
        h.rectificationUnit = "某煤矿";
        h.rectificationResponsible = "矿长";
        h.deadline = TODAY.plusDays(30).toString();
        long hazardId = hazards.create(admin, h).id;

        open("nav-listings", "listing-grid");
        click("new-listing");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("save-listing")));
        pick("#listing-hazard input", HAZARD);
        wait.until(d -> "某煤矿".equals(value("#listing-rectification-unit input")));
        pick("#listing-departments input", "市应急局");
        // one supervising department: it lists (谁监管、谁挂牌)
        wait.until(d -> "市应急局".equals(value("#listing-unit input")));
        type("#listing-responsible input", "分管副局长");
        type("#notice-number input", "朔安办督〔2026〕3号");
        type("#notice-report-cycle input", "每周四12时前");
        type("#notice-contact input", "督查科 0349-1234567");

        // another unit may not list it: the refusal says why
        pick("#listing-unit input", "朔州市发展和改革委员会");
        click("save-listing");
        notification("谁监管、谁挂牌");
        assertTrue(listings.records.isEmpty(), "refused listing not stored");
        pick("#listing-unit input", "市应急局");
        shot("14-listing-form");
        click("save-listing");
        status("已挂牌");
        assertEquals(1, listings.records.size());
        assertTrue(hazards.records.stream().anyMatch(x -> x.id == hazardId && Boolean.TRUE.equals(x.listed)));
        assertEquals("朔安办督〔2026〕3号", value("#detail-notice-number input"));

        // the plan needs all five elements
        type("#plan-responsibility textarea", "矿长负总责，机电副矿长具体负责");
        assertEquals("加装备用电源", value("#plan-measures textarea"));
        type("#plan-contingency textarea", "停电时立即撤人并启动应急预案");
        click("submit-plan");
        notification("资金");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#plan-funds [slot='error-message']"), "资金"));
        assertEquals("已挂牌", text("listing-status"));
        type("#plan-funds input", "企业自筹 30 万元");
        click("submit-plan");
        status("整改中");
        assertEquals("企业自筹 30 万元", value("#detail-plan-funds input"));

        type("#track-person input", "督查科科长");
        type("#track-finding textarea", "现场检查备用电源安装进度");
        click("add-tracking");
        wait.until(d -> cellTexts("#tracking-grid").contains("现场检查备用电源安装进度"));
        assertTrue(cellTexts("#tracking-grid").contains("现场检查"));

        String extended = TODAY.plusDays(60).toString();
        setDate("#ext-deadline input", extended);
        type("#ext-explanation textarea", "备用发电机组到货延迟");
        click("request-extension");
        status("延期申请中");
        click("approve-extension");
        status("整改中");
        wait.until(d -> value("#detail-deadline input").startsWith(extended));
        assertTrue(cellTexts("#extension-grid").contains("已同意"));

        type("#completion-report textarea", "备用电源已安装并试运行");
        click("report-completion");
        status("已报整改完成");

        // sent back once with the reason, then reported again and accepted
        wait.until(d -> "市应急局".equals(value("#review-unit input")));
        type("#reviewer input", "执法支队支队长");
        type("#review-opinion textarea", "双电源切换试验记录不全");
        click("send-back");
        status("整改中");
        assertTrue(value("#detail-review textarea").contains("双电源切换试验记录不全"));
        type("#completion-report textarea", "已补齐双电源切换试验记录");
        click("report-completion");
        status("已报整改完成");
        type("#reviewer input", "执法支队支队长");
        type("#acceptance-document input", "朔应急验〔2026〕1号");
        type("#review-opinion textarea", "复查验收合格");
        click("accept");
        status("已复查验收");

        click("delist");
        status("已摘牌销号");
        assertEquals(TODAY.toString(), value("#detail-delisted-on input"));
        shot("15-delisted");

        ListingDTO l = listings.records.get(0);
        assertEquals(ListingStatus.DELISTED, l.status);
        assertEquals("shanxi.shuozhou.yingji", l.listingUnit);
        assertEquals(extended, l.deadline);
        assertEquals(1, l.tracking.size());
        assertEquals("ON_SITE", l.tracking.get(0).method);
        assertEquals("APPROVED", l.extensions.get(0).decision);
        assertEquals("朔应急验〔2026〕1号", l.acceptanceDocument);
        assertNotNull(l.plan);
        assertEquals("企业自筹 30 万元", l.plan.funds);

        click("close-listing");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("listing-detail")));
        waitForCell("#listing-grid", "已摘牌销号");
    }

    @Test
    @Order(5)
    void exportDownloadsTheFilteredRowsOnceTheServiceIsBound() {
        InMemoryServices.bind(server.services(), exports);
        open("nav-tasks", "export-tasks");
        wait.until(d -> d.findElement(By.id("export-tasks")).getDomAttribute("disabled") == null);
        pick("#filter-jurisdiction input", "朔州市");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("total"), "共 3 条"));
        String href = driver.findElement(By.id("export-tasks-link")).getDomProperty("href");
        assertNotNull(href);
        assertTrue(URLDecoder.decode(href, StandardCharsets.UTF_8).endsWith("重点工作任务清单-" + TODAY + ".xlsx"), href);
        String answer = download("export-tasks-link");
        assertTrue(answer.startsWith("200|application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), answer);
        assertTrue(answer.endsWith("fake-xlsx 附件1 rows=3"), answer);
        InMemoryExports.Call call = exports.calls.get(exports.calls.size() - 1);
        assertEquals("朔州市安委办", call.header().fillingUnit, "the office of the jurisdiction filtered on fills the form");
        assertEquals(TODAY.toString(), call.header().date);

        open("nav-listings", "export-listings");
        wait.until(d -> d.findElement(By.id("export-listings")).getDomAttribute("disabled") == null);
        assertTrue(download("export-listings-link").endsWith("fake-xlsx 附件3 rows=1"));
        open("nav-hazards", "export-hazards");
        wait.until(d -> d.findElement(By.id("export-hazards")).getDomAttribute("disabled") == null);
        assertTrue(download("export-hazards-link").endsWith("fake-xlsx 附件2 rows=1"));

        // the service goes away: the buttons are disabled again on the next view
        InMemoryServices.unbind(server.services(), exports);
        open("nav-tasks", "export-tasks");
        wait.until(d -> d.findElement(By.id("export-tasks")).getDomAttribute("disabled") != null);
        assertEquals("导出服务未安装", driver.findElement(By.id("export-tasks-link")).getDomAttribute("title"));
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    /** Fetches a link in the page (with the session's cookie): "status|content type|body". */
    private String download(String linkId) {
        Object answer = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(document.getElementById(arguments[0]).href, {credentials: 'same-origin'})"
                        + ".then(r => r.text().then(t => done(r.status + '|' + r.headers.get('content-type') + '|' + t)))"
                        + ".catch(e => done('error ' + e));", linkId);
        return String.valueOf(answer);
    }

    private void open(String navId, String waitForId) {
        browser();
        // a notification may lie over the navigation bar
        WebElement link = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(navId)));
        ((JavascriptExecutor) driver).executeScript(org.luoshi.ui.internal.Browser.CLICK, link);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id(waitForId)));
        if (driver.findElements(By.id("total")).size() > 0) {
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("total"), "共"));
        }
    }

    private void status(String label) {
        wait.until(d -> label.equals(text("listing-status")));
    }

    /** An element's text, read in one go (dialogs re-render after each step). */
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
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
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
        // focus rather than click: a notification may lie over the field
        ((JavascriptExecutor) driver).executeScript("arguments[0].focus()", input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text);
        // the offered items are re-rendered while the filter applies: find and click in one retried step
        wait.until(d -> {
            WebElement item = d.findElements(By.cssSelector("vaadin-combo-box-item, vaadin-multi-select-combo-box-item"))
                    .stream().filter(e -> e.isDisplayed() && e.getText().contains(text)).findFirst().orElse(null);
            if (item == null) {
                return false;
            }
            item.click();
            return true;
        });
        driver.findElement(By.cssSelector(css)).sendKeys(Keys.TAB);
    }

    private void setDate(String css, String iso) {
        WebElement input = driver.findElement(By.cssSelector(css));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus()",
                input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(iso);
        input.sendKeys(Keys.ENTER);
        wait.until(d -> iso.equals(d.findElement(By.cssSelector(css)).getDomProperty("value")));
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

    private WebElement cell(String gridCss, String text) {
        return driver.findElements(By.cssSelector(gridCss + " vaadin-grid-cell-content")).stream()
                .filter(e -> e.getText().equals(text)).findFirst().orElseThrow();
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

package org.luoshi.dispatch.ui.internal;

import org.luoshi.ui.internal.Browser;
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
import org.luoshi.api.dispatch.SubmissionDTO;
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
 * UI component test of 报送管理 with in-memory services, in headless Chromium: the cycle's periods of this year, a
 * report submitted for the current month, a second report of the same unit refused with the service's reason, and the
 * receiver's view of the period with the unit moved from 未报送 to 已报送; the export button follows the export service.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UiReportingInMemoryTest {
    /** The view contributions of the modules this test crosses, as DS would bind them. */
    private static final List<ViewContribution> VIEWS = List.of(new ListsViews(), new DispatchViews());
    private static final LocalDate TODAY = LocalDate.now(InMemoryServices.ZONE);
    private static final String CURRENT = TODAY.getYear() + "年" + TODAY.getMonthValue() + "月";

    private final InMemoryServices.Registry registry = new InMemoryServices.Registry();
    private final InMemoryHazards hazards = new InMemoryHazards();
    private final InMemoryTasks tasks = new InMemoryTasks(registry);
    private final InMemoryReporting reporting = new InMemoryReporting(registry);
    private UiServer server;
    private WebDriver driver;
    private WebDriverWait wait;
    private String base;

    @BeforeAll
    void start() {
        server = InMemoryServices.start(InMemoryServices.config(0, "127.0.0.1"), registry,
                new InMemoryServices.Users(), VIEWS, hazards, tasks, new InMemorySummary(registry, hazards, tasks), reporting,
                new InMemoryForms(registry, reporting, hazards), new InMemoryMeetings(registry, tasks),
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
    void periodsOfTheCycleAndTheStatusOfTheCurrentOne() {
        browser();
        WebElement link = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nav-reporting")));
        ((JavascriptExecutor) driver).executeScript(org.luoshi.ui.internal.Browser.CLICK, link);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("period-grid")));
        pick("#reporting-jurisdiction input", "朔州市");
        pick("#reporting-cycle input", InMemoryReporting.CYCLE_NAME);

        // twelve monthly periods of this year, due on the 28th at 18:00 (a weekend rolled to the Monday)
        waitForCell("#period-grid", TODAY.getYear() + "年1月");
        waitForCell("#period-grid", TODAY.getYear() + "年12月");
        waitForCell("#period-grid", CURRENT);
        waitForCell("#period-grid", TODAY.withDayOfMonth(1) + " 至 " + TODAY.withDayOfMonth(TODAY.lengthOfMonth()));
        assertTrue(cellTexts("#period-grid").stream().anyMatch(t -> t.matches("\\d{4}-\\d{2}-(28|29|30) 18:00(（顺延）)?")),
                cellTexts("#period-grid").toString());
        assertTrue(cellTexts("#period-grid").stream().anyMatch(t -> t.startsWith("已报 0 / 应报 3")),
                "the receiving office's 报送状态: counts, not a list of units: " + cellTexts("#period-grid"));

        // the admin sees the receiver (朔州市安委办): the current period's status, nobody has reported
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("period-status")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("period-status-counts"), "已报送 0 / 未报送 3"));
        waitForCell("#missing-grid", "朔城区");
        assertFalse(cellTexts("#submitted-grid").contains("朔城区"));
        // no export service installed
        assertEquals(Boolean.TRUE, ((JavascriptExecutor) driver).executeScript(
                "return document.getElementById('export-report-status').hasAttribute('disabled')"));
    }

    @Test
    @Order(2)
    void aReportIsSubmittedOnceAndTheReceiverSeesIt() {
        click("submit-report");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report-confirm")));
        pick("#report-unit input", "朔城区");
        type("#report-note textarea", "本月开展隐患排查 12 次，整改 8 项");
        click("report-confirm");
        notification("朔城区 已报送 “" + CURRENT + "”");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("report-confirm")));

        List<SubmissionDTO> in = reporting.submissions;
        assertEquals(1, in.size());
        assertEquals("shanxi.shuozhou.shuocheng", in.get(0).unit);
        assertEquals(TODAY.getMonthValue(), in.get(0).periodIndex);
        assertEquals("admin", in.get(0).submittedBy);

        // the receiver's view: 朔城区 moved from 未报送 to 已报送
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("period-status-counts"), "已报送 1 / 未报送 2"));
        waitForCell("#submitted-grid", "朔城区");
        waitForCell("#submitted-grid", "admin");
        waitForCell("#submitted-grid", in.get(0).late ? "是" : "否");
        wait.until(d -> !cellTexts("#missing-grid").contains("朔城区"));
        waitForCell("#missing-grid", "市应急局");
        wait.until(d -> cellTexts("#period-grid").stream().anyMatch(t -> t.startsWith("已报 1 / 应报 3")));

        // a second report of the same unit for the same period is refused with the service's reason
        click("submit-report");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report-confirm")));
        pick("#report-unit input", "朔城区");
        type("#report-note textarea", "补充报送");
        click("report-confirm");
        notification("朔城区 已报送 “" + CURRENT + "”");
        assertEquals(1, reporting.submissions.size());
        click("report-cancel");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("report-confirm")));
    }

    @Test
    @Order(3)
    void theExportFollowsTheExportService() {
        InMemoryExports exports = new InMemoryExports();
        InMemoryServices.bind(server.services(), exports);
        try {
            driver.get(base + "reporting");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("period-status-counts"), "已报送 1 / 未报送 2"));
            wait.until(d -> Boolean.FALSE.equals(((JavascriptExecutor) d).executeScript(
                    "return document.getElementById('export-report-status').hasAttribute('disabled')")));
            String href = (String) ((JavascriptExecutor) driver).executeScript(
                    "return document.getElementById('export-report-status-link').href");
            assertTrue(href != null && href.contains("VAADIN/dynamic"), String.valueOf(href));
        } finally {
            InMemoryServices.unbind(server.services(), exports);
        }
    }

    /**
     * 新增不定期调度: saving without a name is refused at the field with the service's reason; with a name, one date
     * and two reporters the office's own cycle is added, listed with （自设） and selected with its one period.
     */
    @Test
    @Order(4)
    void anOfficeSetsUpACycleOfItsOwn() {
        browser();
        driver.get(base + "reporting");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("period-grid")));
        pick("#reporting-jurisdiction input", "朔州市");
        click("adhoc-cycle-add");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("adhoc-save")));
        assertEquals("第一次调度", value("#adhoc-date-name input"));
        wait.until(d -> "朔州市安委办".equals(value("#adhoc-receiver input")));

        // no name: refused, the reason shown and the field marked; the dialog stays open
        click("adhoc-save");
        notification("名称不能为空");
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.getElementById('adhoc-name').hasAttribute('invalid')")));
        assertTrue(reporting.adhoc.isEmpty());

        type("#adhoc-name input", "汛期安全生产专项调度");
        pickMany("#adhoc-reporters input", "朔城区");
        pickMany("#adhoc-reporters input", "市应急局");
        LocalDate due = TODAY.plusDays(7);
        type("#adhoc-date input", due.toString());
        click("adhoc-date-add");
        waitForCell("#adhoc-dates", "第一次调度");
        waitForCell("#adhoc-dates", due.toString());
        click("adhoc-save");
        notification("已新增不定期调度：汛期安全生产专项调度");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("adhoc-save")));

        assertEquals(1, reporting.adhoc.size());
        assertEquals("adhoc-1", reporting.adhoc.get(0).id);
        assertEquals("shanxi.shuozhou", reporting.adhoc.get(0).receiver);
        assertEquals(List.of("shanxi.shuozhou.shuocheng", "shanxi.shuozhou.yingji"), reporting.adhoc.get(0).reporters);
        assertEquals(1, reporting.adhoc.get(0).milestones.size());
        assertEquals(due.toString(), reporting.adhoc.get(0).milestones.get(0).date);
        // listed as the office's own, selected, with its one period
        wait.until(d -> "汛期安全生产专项调度（自设）".equals(value("#reporting-cycle input")));
        waitForCell("#period-grid", "第一次调度");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("adhoc-cycle-retire")));
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

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
            ((JavascriptExecutor) driver).executeScript(org.luoshi.ui.internal.Browser.CLICK, driver.findElement(By.id(id)));
        }
    }

    /** Types into a combo box and clicks the offered item with exactly that text. */
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

    /** Types into a multi-select combo box and clicks the offered item with exactly that text (it stays open). */
    private void pickMany(String css, String text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        ((JavascriptExecutor) driver).executeScript("arguments[0].focus()", input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text);
        wait.until(d -> {
            WebElement item = d.findElements(By.cssSelector("vaadin-multi-select-combo-box-item")).stream()
                    .filter(e -> e.isDisplayed() && e.getText().equals(text)).findFirst().orElse(null);
            if (item == null) {
                return false;
            }
            item.click();
            return true;
        });
        driver.findElement(By.cssSelector(css)).sendKeys(Keys.ESCAPE);
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("return Array.from(document"
                + ".querySelectorAll('#adhoc-reporters vaadin-multi-select-combo-box-chip')).some(c => c.label === arguments[0]"
                + " || c.textContent.trim() === arguments[0])", text)));
    }

    private String value(String css) {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "const e = document.querySelector(arguments[0]); return e ? e.value : null", css);
    }

    private void type(String css, String text) {
        WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
        input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        ((JavascriptExecutor) driver).executeScript("arguments[0].focus()", input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text);
        input.sendKeys(Keys.TAB);
    }

    @SuppressWarnings("unchecked")
    private List<String> cellTexts(String gridCss) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript("return Array.from(document.querySelectorAll("
                + "arguments[0] + ' vaadin-grid-cell-content')).map(e => e.textContent.trim())", gridCss);
    }

    private void waitForCell(String gridCss, String text) {
        wait.until(d -> cellTexts(gridCss).contains(text));
    }

    /** The reporting county sees its own state (it may not read the whole period's status, so it was left blank). */
    @Test
    @Order(20)
    void theReportingCountySeesItsOwnState() {
        browser();
        driver.get(base + "login");
        driver.manage().deleteAllCookies();
        driver.get(base + "login");
        type("#username input", "shuocheng");
        type("#password input", "shuocheng");
        driver.findElement(By.id("login")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
        driver.get(base + "reporting");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("period-grid")));
        pick("#reporting-jurisdiction input", "朔州市");
        pick("#reporting-cycle input", InMemoryReporting.CYCLE_NAME);
        String state = reporting.submissions.get(0).late ? "逾期报送" : "已报送";
        wait.until(d -> cellTexts("#period-grid").contains(state));
        assertTrue(cellTexts("#period-grid").stream().anyMatch(t -> t.startsWith("未报送")), "the other months: "
                + cellTexts("#period-grid"));
        assertEquals(Integer.toString(TODAY.getYear()) + " 年", ((JavascriptExecutor) driver).executeScript(
                "return document.querySelector('#reporting-year').selectedItem?.textContent?.trim()"
                        + " || document.querySelector('#reporting-year vaadin-select-value-button')?.textContent?.trim()"));
    }
}

package org.luoshi.transfers.ui.internal;

import org.luoshi.ui.internal.Browser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.luoshi.api.hazard.HazardDTO;
import org.luoshi.api.hazard.HazardService;
import org.luoshi.api.hazard.HazardSource;
import org.luoshi.api.hazard.HazardStatus;
import org.luoshi.api.tipoff.TipOffService;
import org.luoshi.api.transfer.TransferService;
import org.luoshi.dispatch.ui.internal.DispatchViews;
import org.luoshi.dispatch.ui.internal.InMemoryForms;
import org.luoshi.dispatch.ui.internal.InMemoryMeetings;
import org.luoshi.dispatch.ui.internal.InMemoryReporting;
import org.luoshi.inspections.ui.internal.InMemoryInspections;
import org.luoshi.inspections.ui.internal.InspectionViews;
import org.luoshi.letters.ui.internal.InMemoryLetters;
import org.luoshi.letters.ui.internal.LetterViews;
import org.luoshi.listing.ui.internal.InMemoryListings;
import org.luoshi.listing.ui.internal.ListingViews;
import org.luoshi.lists.ui.internal.InMemoryHazards;
import org.luoshi.lists.ui.internal.InMemorySummary;
import org.luoshi.lists.ui.internal.InMemoryTasks;
import org.luoshi.lists.ui.internal.ListsViews;
import org.luoshi.publicity.ui.internal.InMemoryPublicity;
import org.luoshi.publicity.ui.internal.PublicityViews;
import org.luoshi.tipoffs.ui.internal.InMemoryTipOffs;
import org.luoshi.tipoffs.ui.internal.TipOffViews;
import org.luoshi.ui.internal.InMemoryFiles;
import org.luoshi.ui.internal.InMemoryServices;
import org.luoshi.ui.internal.ProbeView;
import org.luoshi.ui.internal.UiServer;
import org.luoshi.ui.kit.ViewContribution;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * UI component test of the shell with every module's views and fakes (the former smoke test of org.luoshi.ui; it lives
 * here, the one UI bundle whose tests may see every module): starts {@link UiServer} outside OSGi (plain class path)
 * with the fakes of {@link InMemoryServices}, and drives it in headless Chromium: login, jurisdictions and catalog, adding a hazard,
 * required-field and service-side validation, a progress report, a module stopped and started again while the session
 * goes on (menu entry, notice in its view, notification from an open view, the public page), logout.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UiModulesInMemorySmokeTest {
    /** The view contributions of the modules this test crosses, as DS would bind them. */
    private static final List<ViewContribution> VIEWS = List.of(new ListsViews(), new ListingViews(), new DispatchViews(), new LetterViews(), new InspectionViews(), new TipOffViews(), new PublicityViews(), new TransferViews());

    private final InMemoryServices.Registry registry = new InMemoryServices.Registry();
    private final InMemoryHazards hazards = new InMemoryHazards();
    private UiServer server;
    private WebDriver driver;
    private WebDriverWait wait;
    private String base;

    @BeforeAll
    void start() {
        InMemoryTasks tasks = new InMemoryTasks(registry);
        InMemoryReporting reporting = new InMemoryReporting(registry);
        server = InMemoryServices.start(InMemoryServices.config(0, "127.0.0.1"), registry,
                new InMemoryServices.Users(), VIEWS, hazards, tasks,
                new InMemoryListings(hazards, registry), new InMemorySummary(registry, hazards, tasks),
                reporting, new InMemoryForms(registry, reporting, hazards),
                new InMemoryLetters(registry, tasks, hazards), new InMemoryMeetings(registry, tasks),
                new InMemoryInspections(registry, hazards), new InMemoryTipOffs(registry, hazards),
                new InMemoryPublicity(registry, hazards), InMemoryTransfers.idle(registry, hazards),
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
        }
        return driver;
    }

    @Test
    @Order(1)
    void bootstrapPageIsServedWithoutBrowser() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> root = http.send(HttpRequest.newBuilder(URI.create(base)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, root.statusCode());
        assertTrue(root.body().contains("VAADIN/build/"), "Vaadin production bootstrap page: " + root.body());
        assertFalse(root.body().contains("Exception"), root.body());
    }

    @Test
    @Order(2)
    void unknownUserIsRefusedInChinese() {
        browser().get(base + "hazards");
        // not logged in: every view forwards to the login view
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#username input")));
        assertTrue(driver.getCurrentUrl().endsWith("/login"), driver.getCurrentUrl());
        type("#username input", "admin");
        type("#password input", "wrong");
        driver.findElement(By.id("login")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("login-error"), "用户名或密码错误"));
        shot("1-login-refused");
    }

    @Test
    @Order(3)
    void loginShowsJurisdictionsAndCatalog() {
        browser().get(base + "login");
        type("#username input", "admin");
        type("#password input", "admin");
        driver.findElement(By.id("login")).click();
        // the page asked for before the login (hazards) wins; go to the jurisdictions from the navigation
        wait.until(ExpectedConditions.elementToBeClickable(By.id("nav-jurisdictions"))).click();
        waitForCell("#jurisdiction-grid", "朔州市");
        waitForCell("#catalog-grid", "制定党政领导干部安全生产责任制实施细则");
        waitForCell("#catalog-grid", "组织全市重点行业领域企业开展隐患自查自改");
        shot("2-jurisdictions");
        type("#catalog-search input", "自查自改");
        wait.until(d -> !cellTexts("#catalog-grid").contains("制定党政领导干部安全生产责任制实施细则"));
        assertTrue(cellTexts("#catalog-grid").contains("组织全市重点行业领域企业开展隐患自查自改"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("catalog-count"), "共 1 项"));
    }

    @Test
    @Order(4)
    void emptyFormShowsChineseRequiredMessages() {
        openHazards();
        driver.findElement(By.id("add-hazard")).click();
        WebElement save = wait.until(ExpectedConditions.elementToBeClickable(By.id("save")));
        save.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#description [slot='error-message']"), "问题隐患描述不能为空"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#deadline [slot='error-message']"), "整改时限不能为空"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#source [slot='error-message']"), "来源不能为空"));
        shot("3-required");
        assertTrue(hazards.records.isEmpty(), "nothing saved");
        driver.findElement(By.id("cancel")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("save")));
    }

    @Test
    @Order(5)
    void addedHazardAppearsInTheList() {
        openHazards();
        driver.findElement(By.id("add-hazard")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("save")));
        fillRequired("某煤矿井下局部通风机未设置风电闭锁", "2030-06-30", null);
        type("#inspector input", "检查组组长");
        driver.findElement(By.id("save")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("save")));
        waitForCell("#hazard-grid", "某煤矿井下局部通风机未设置风电闭锁");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("total"), "共 1 条"));
        List<String> cells = cellTexts("#hazard-grid");
        assertTrue(cells.contains("朔州市安委办"), "unit name shown: " + cells);
        assertTrue(cells.contains("督导巡查"), "source label shown: " + cells);
        assertTrue(cells.contains("已登记"), "status label shown: " + cells);
        shot("4-list");

        assertEquals(1, hazards.records.size());
        HazardDTO saved = hazards.records.get(0);
        assertEquals("shuozhou", saved.jurisdiction);
        assertEquals("shanxi.shuozhou", saved.unit);
        assertEquals(HazardSource.SUPERVISION_PATROL, saved.source);
        assertEquals("2030-06-30", saved.deadline);
        assertEquals(java.time.LocalDate.now(InMemoryServices.ZONE).toString(), saved.inspectionDate);
        assertEquals("检查组组长", saved.inspector);
    }

    @Test
    @Order(6)
    void serviceRefusalIsShownOnTheField() {
        openHazards();
        driver.findElement(By.id("add-hazard")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("save")));
        fillRequired("日期在未来的隐患", "2099-12-31", "2099-01-01");
        driver.findElement(By.id("save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#inspection-date [slot='error-message']"), "检查时间不能晚于今天"));
        wait.until(d -> d.findElements(By.cssSelector(".luoshi-notification")).stream()
                .anyMatch(e -> e.getText().contains("检查时间不能晚于今天")));
        assertEquals(1, hazards.records.size(), "refused record not saved");
        driver.findElement(By.id("cancel")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("save")));
    }

    @Test
    @Order(7)
    void progressIsReportedFromTheRow() {
        openHazards();
        waitForCell("#hazard-grid", "某煤矿井下局部通风机未设置风电闭锁");
        driver.findElements(By.cssSelector("#hazard-grid vaadin-grid-cell-content")).stream()
                .filter(e -> e.getText().equals("某煤矿井下局部通风机未设置风电闭锁")).findFirst().orElseThrow().click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#progress textarea")));
        type("#progress textarea", "已加装风电闭锁装置并试运行");
        shot("5-progress");
        driver.findElement(By.id("save")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("save")));
        waitForCell("#hazard-grid", "整改中");
        assertEquals(HazardStatus.RECTIFYING, hazards.records.get(0).status);
        assertEquals("已加装风电闭锁装置并试运行", hazards.records.get(0).progress);
    }

    @Test
    @Order(8)
    void filtersPagingAndOverdue() {
        // an overdue record, and enough records for a second page
        org.luoshi.api.Actor admin = new InMemoryServices.Users().authenticate("admin", "admin").orElseThrow();
        HazardDTO late = new HazardDTO();
        late.jurisdiction = "shuozhou";
        late.unit = "shanxi.shuozhou.fgw";
        late.source = HazardSource.ENFORCEMENT;
        late.inspectionDate = "2020-01-02";
        late.description = "逾期未整改的粉尘涉爆隐患";
        late.major = true;
        late.deadline = "2020-03-31";
        hazards.create(admin, late);
        for (int i = 0; i < 20; i++) {
            HazardDTO h = new HazardDTO();
            h.jurisdiction = "shuozhou";
            h.unit = "shanxi.shuozhou";
            h.source = HazardSource.SELF_REPORT;
            h.description = "批量隐患 " + i;
            h.deadline = "2031-01-01";
            hazards.create(admin, h);
        }
        openHazards();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("total"), "共 22 条"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("page-info"), "第 1 / 2 页"));
        assertEquals(20, hazards.list(admin, new org.luoshi.api.hazard.HazardQuery()).items.size());
        driver.findElement(By.id("next-page")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("page-info"), "第 2 / 2 页"));
        waitForCell("#hazard-grid", "某煤矿井下局部通风机未设置风电闭锁");
        waitForCell("#hazard-grid", "逾期");
        driver.findElement(By.id("prev-page")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("page-info"), "第 1 / 2 页"));

        type("#filter-text input", "粉尘");
        driver.findElement(By.id("search")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("total"), "共 1 条"));
        waitForCell("#hazard-grid", "逾期未整改的粉尘涉爆隐患");
        assertTrue(cellTexts("#hazard-grid").contains("是"), "major shown as 是");
        shot("7-filtered");

        driver.findElement(By.id("reset-filters")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("total"), "共 22 条"));
        type("#filter-source input", "企业自查自报");
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(Keys.ENTER).perform();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("total"), "共 20 条"));
        driver.findElement(By.id("reset-filters")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("total"), "共 22 条"));
    }

    @Test
    @Order(9)
    void aStoppedModuleLeavesTheMenuWhileTheSessionAndOtherViewsGoOn() {
        openHazards();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nav-transfers")));
        String session = driver.manage().getCookieNamed("JSESSIONID").getValue();
        Object transfers = server.services().remove(TransferService.class);
        assertNotNull(transfers, "the transfer fake was bound");
        try {
            // the next navigation drops its menu entry; the user stays logged in, the others stay
            driver.navigate().refresh();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("hazard-grid")));
            wait.until(d -> d.findElements(By.id("nav-transfers")).isEmpty());
            assertFalse(driver.findElements(By.id("nav-hazards")).isEmpty(), "other entries stay");
            assertFalse(driver.findElements(By.id("nav-jurisdictions")).isEmpty(), "other entries stay");

            // its address (an old link or bookmark) shows a notice in the page, not an error
            driver.get(base + "transfers");
            WebElement notice = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("module-unavailable")));
            assertTrue(notice.getText().contains("“行刑衔接”模块未启用或已停止，请联系管理员。"), notice.getText());
            assertTrue(driver.getCurrentUrl().endsWith("/transfers"), driver.getCurrentUrl());
            assertTrue(driver.findElements(By.id("transfer-grid")).isEmpty(), "no view content");
            shot("9-module-unavailable");

            // another view works in the same session
            openHazards();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("total"), "共 22 条"));
            assertTrue(driver.findElements(By.id("module-unavailable")).isEmpty());
            assertEquals(session, driver.manage().getCookieNamed("JSESSIONID").getValue(), "same session");
        } finally {
            InMemoryServices.bind(server.services(), transfers);
        }
        // back again: the entry returns at the next navigation and leads to the view
        driver.navigate().refresh();
        WebElement link = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nav-transfers")));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(org.luoshi.ui.internal.Browser.CLICK, link);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("transfer-grid")));
        assertTrue(driver.findElements(By.id("module-unavailable")).isEmpty());
        assertEquals(session, driver.manage().getCookieNamed("JSESSIONID").getValue(), "same session");
    }

    @Test
    @Order(10)
    void aModuleStoppedUnderAnOpenViewIsANotification() {
        openHazards();
        Object hazardService = server.services().remove(HazardService.class);
        try {
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(org.luoshi.ui.internal.Browser.CLICK,
                    driver.findElement(By.id("search")));
            wait.until(d -> d.findElements(By.cssSelector(".luoshi-notification")).stream()
                    .anyMatch(e -> e.getText().contains("问题隐患整改清单模块未启用")));
            // its address shows the notice, and the menu loses the entry
            driver.get(base + "hazards");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("module-unavailable")));
            assertTrue(driver.findElements(By.id("nav-hazards")).isEmpty());
        } finally {
            InMemoryServices.bind(server.services(), hazardService);
        }
        openHazardsByAddress();
    }

    @Test
    @Order(11)
    void publicPageHidesThePartsOfAStoppedModule() {
        Object tipOffs = server.services().remove(TipOffService.class);
        try {
            browser().get(base + "public");
            WebElement notice = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("module-unavailable")));
            assertTrue(notice.getText().contains("“问题线索”模块未启用或已停止"), notice.getText());
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("public-items-section")));
            assertFalse(driver.findElements(By.id("public-snapshot")).stream().anyMatch(WebElement::isDisplayed));
            assertFalse(driver.findElements(By.id("public-status-section")).stream().anyMatch(WebElement::isDisplayed));
        } finally {
            InMemoryServices.bind(server.services(), tipOffs);
        }
        driver.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("public-snapshot")));
        assertTrue(driver.findElements(By.id("module-unavailable")).isEmpty());
        openHazardsByAddress();
    }

    @Test
    @Order(12)
    void aViewContributedAtRunTimeComesAndGoesWithItsMenuEntry() {
        openHazards();
        String session = driver.manage().getCookieNamed("JSESSIONID").getValue();
        assertTrue(driver.findElements(By.id("nav-probe")).isEmpty(), "no probe before it is contributed");
        ProbeView.Contribution probe = new ProbeView.Contribution();
        server.addViews(probe);
        try {
            driver.navigate().refresh();
            WebElement link = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nav-probe")));
            assertEquals("探针", link.getText());
            driver.get(base + "probe");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("probe-view"), "探针：admin"));
            assertFalse(driver.findElements(By.id("nav-hazards")).isEmpty(), "the main layout around it");
        } finally {
            server.removeViews(probe);
        }
        // gone: the menu loses the entry at the next navigation, its address is not found; same session
        openHazardsByAddress();
        assertTrue(driver.findElements(By.id("nav-probe")).isEmpty(), "the probe entry is gone");
        driver.get(base + "probe");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "页面不存在"));
        assertTrue(driver.findElements(By.id("probe-view")).isEmpty());
        assertEquals(session, driver.manage().getCookieNamed("JSESSIONID").getValue(), "same session");
        openHazardsByAddress();
    }

    @Test
    @Order(13)
    void logoutReturnsToLogin() {
        openHazards();
        driver.findElement(By.id("logout")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#username input")));
        driver.get(base + "jurisdictions");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#username input")));
        assertTrue(driver.getCurrentUrl().endsWith("/login"), driver.getCurrentUrl());
    }

    /** With -Dluoshi.ui.screenshots=true, saves a screenshot to target/screenshots/NAME.png (to look at the UI). */
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

    private void openHazardsByAddress() {
        driver.get(base + "hazards");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("hazard-grid")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("total"), "共"));
    }

    private void openHazards() {
        browser();
        // a notification may lie over the navigation bar: click the link itself
        WebElement link = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nav-hazards")));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(org.luoshi.ui.internal.Browser.CLICK, link);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("hazard-grid")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("total"), "共"));
    }

    /** Fills the required fields the form does not preset (jurisdiction and unit are preset: one of each). */
    private void fillRequired(String description, String deadline, String inspectionDate) {
        type("#source input", "督导巡查");
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(Keys.ENTER).perform();
        wait.until(d -> "督导巡查".equals(d.findElement(By.cssSelector("#source input")).getDomProperty("value")));
        type("#inspection-unit input", "朔州市安委办督查组");
        type("#description textarea", description);
        setDate("#deadline input", deadline);
        if (inspectionDate != null) {
            setDate("#inspection-date input", inspectionDate);
        }
    }

    private void setDate(String css, String iso) {
        WebElement input = driver.findElement(By.cssSelector(css));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(iso);
        input.sendKeys(Keys.ENTER);
        wait.until(d -> iso.equals(d.findElement(By.cssSelector(css)).getDomProperty("value")));
    }

    private void type(String css, String text) {
        WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
        input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        input.click();
        input.clear();
        input.sendKeys(text);
        input.sendKeys(Keys.TAB);
    }

    private List<String> cellTexts(String gridCss) {
        return driver.findElements(By.cssSelector(gridCss + " vaadin-grid-cell-content")).stream()
                .map(WebElement::getText).toList();
    }

    private void waitForCell(String gridCss, String text) {
        wait.until(d -> cellTexts(gridCss).contains(text));
    }
}

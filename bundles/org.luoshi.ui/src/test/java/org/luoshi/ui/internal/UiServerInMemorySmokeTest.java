package org.luoshi.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * UI component test of the shell alone: starts {@link UiServer} outside OSGi (plain class path) with the mandatory
 * services of {@link InMemoryServices} and no module, and drives it in headless Chromium: the bootstrap page, a refused
 * login, jurisdictions and catalog, a view contributed at run time (the probe) coming and going, logout. The modules'
 * views are tested in their own UI bundles (org.luoshi.&lt;module&gt;.ui).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UiServerInMemorySmokeTest {

    private final InMemoryServices.Registry registry = new InMemoryServices.Registry();
    private UiServer server;
    private WebDriver driver;
    private WebDriverWait wait;
    private String base;

    @BeforeAll
    void start() {
        // the shell alone: no module contributes views, only the mandatory services are bound
        server = InMemoryServices.start(InMemoryServices.config(0, "127.0.0.1"), registry,
                new InMemoryServices.Users(), List.of());
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
        browser().get(base + "jurisdictions");
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
        // the page asked for before the login (jurisdictions) wins; go to the jurisdictions from the navigation
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
    @Order(12)
    void aViewContributedAtRunTimeComesAndGoesWithItsMenuEntry() {
        openJurisdictions();
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
            assertFalse(driver.findElements(By.id("nav-jurisdictions")).isEmpty(), "the main layout around it");
        } finally {
            server.removeViews(probe);
        }
        // gone: the menu loses the entry at the next navigation, its address is not found; same session
        openJurisdictionsByAddress();
        assertTrue(driver.findElements(By.id("nav-probe")).isEmpty(), "the probe entry is gone");
        driver.get(base + "probe");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "页面不存在"));
        assertTrue(driver.findElements(By.id("probe-view")).isEmpty());
        assertEquals(session, driver.manage().getCookieNamed("JSESSIONID").getValue(), "same session");
        openJurisdictionsByAddress();
    }

    @Test
    @Order(13)
    void logoutReturnsToLogin() {
        openJurisdictions();
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

    private void openJurisdictionsByAddress() {
        driver.get(base + "jurisdictions");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("jurisdiction-grid")));
        waitForCell("#jurisdiction-grid", "朔州市");
    }

    private void openJurisdictions() {
        browser();
        // a notification may lie over the navigation bar: click the link itself
        WebElement link = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nav-jurisdictions")));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(org.luoshi.ui.internal.Browser.CLICK, link);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("jurisdiction-grid")));
        waitForCell("#jurisdiction-grid", "朔州市");
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

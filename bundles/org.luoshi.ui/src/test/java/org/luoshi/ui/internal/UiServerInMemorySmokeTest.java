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
 * login, jurisdictions and catalog, the administrator's 插件管理 (with {@link InMemoryPlugins}) and its refusal of
 * everyone else, a view contributed at run time (the probe) coming and going, logout, and 模块配置 (with {@link
 * InMemorySettings}): settings listed with their sources, changed, cleared and rolled back, read-only above the user's
 * unit, and the menu entry of a contribution whose module is disabled for the user's jurisdiction hidden. The modules'
 * views are tested in their own UI bundles (org.luoshi.&lt;module&gt;.ui).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UiServerInMemorySmokeTest {

    private final InMemoryServices.Registry registry = new InMemoryServices.Registry();
    private UiServer server;
    private WebDriver driver;
    private WebDriverWait wait;
    private Browser ui;
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
            ui = new Browser(base);
            driver = ui.driver;
            wait = ui.wait;
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
    @Order(10)
    void adminChecksThenUpgradesRollsBackInstallsAndRemovesPlugins() {
        InMemoryPlugins plugins = new InMemoryPlugins();
        InMemoryServices.bind(server.services(), plugins);
        try {
            browser();
            ui.login("admin");
            WebElement entry = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nav-plugins")));
            assertEquals("插件管理", entry.getText());
            ui.js(Browser.CLICK, entry);
            ui.waitForCell("#plugins-grid", "运行中");
            // the jurisdiction's name above its id
            assertTrue(ui.cells("#plugins-grid").contains("朔州市shuozhou"), ui.cells("#plugins-grid").toString());
            assertTrue(ui.cells("#plugins-grid").contains("deploy 目录"), ui.cells("#plugins-grid").toString());
            String digestId = "plugin-digest-org-luoshi-jurisdiction-shuozhou";
            assertEquals(InMemoryPlugins.DIGEST.substring(0, 12) + "…", ui.text(digestId));
            assertEquals("4 / 3 / 1 / 1", ui.text("plugin-counts-org-luoshi-jurisdiction-shuozhou"));
            assertEquals(InMemoryPlugins.DIGEST, ui.js("return document.getElementById(arguments[0]).title", digestId));
            assertFalse(ui.present("plugin-rollback-org-luoshi-jurisdiction-shuozhou"), "nothing to roll back to yet");

            // an upgrade above the platform's 10 MB file limit (plugin jars may have 20 MB): checked, shown, confirmed
            byte[] jar = new byte[11 * 1024 * 1024];
            java.util.Arrays.fill(jar, (byte) ' ');
            byte[] head = (InMemoryPlugins.SHUOZHOU + ";2023.1;trusted\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            System.arraycopy(head, 0, jar, 0, head.length);
            ui.upload("plugin-upload", "shuozhou-2023.1.jar", "application/java-archive", jar);
            checkDialog();
            assertEquals("升级（当前版本 2022.1）", ui.text("plugin-check-action"));
            assertEquals("2023.1", ui.text("plugin-check-version"));
            assertTrue(ui.text("plugin-check-trust").startsWith("可信"), ui.text("plugin-check-trust"));
            assertTrue(ui.text("plugin-changes-task").contains("修改 2：长期坚持 → 6月底前"), ui.text("plugin-changes-task"));
            assertTrue(ui.text("plugin-changes-unit").contains("新增 shanxi.shuozhou.pinglu：平鲁区"),
                    ui.text("plugin-changes-unit"));
            assertEquals("升级", ui.text("plugin-confirm"));
            assertFalse(ui.attribute("plugin-confirm", "disabled"));
            ui.shot("plugins-1-check");
            ui.click("plugin-confirm");
            ui.notification("已升级 朔州市 插件到 2023.1（2 处变更）");
            wait.until(d -> !ui.present("plugin-check-action"));
            ui.waitForCell("#plugins-grid", "2023.1");
            assertTrue(ui.cells("#plugins-grid").contains("平台管理"), ui.cells("#plugins-grid").toString());

            // rolled back after a confirmation
            ui.clearNotifications();
            ui.click("plugin-rollback-org-luoshi-jurisdiction-shuozhou");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("plugin-action-text"), "回退到版本 2022.1？"));
            ui.click("plugin-action-confirm");
            ui.notification("已将 朔州市 插件回退到 2022.1");
            ui.waitForCell("#plugins-grid", "2022.1");
            assertEquals("2022.1", plugins.list(adminActor()).get(0).version);

            // 升级… of one plugin: a jar of another plugin is not taken, the plugin's own new version is
            ui.click("plugin-upgrade-org-luoshi-jurisdiction-shuozhou");
            ui.upload("plugin-upgrade-upload", "other.jar", "application/java-archive",
                    "org.luoshi.jurisdiction.other;1.0;trusted".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            checkDialog();
            assertTrue(ui.text("plugin-check-problems").contains("不是要升级的 " + InMemoryPlugins.SHUOZHOU),
                    ui.text("plugin-check-problems"));
            assertTrue(ui.attribute("plugin-confirm", "disabled"), "another plugin: the button is disabled");
            ui.click("plugin-cancel");
            wait.until(d -> !ui.present("plugin-check-action"));
            ui.upload("plugin-upgrade-upload", "shuozhou-2024.1.jar", "application/java-archive",
                    (InMemoryPlugins.SHUOZHOU + ";2024.1;trusted").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            checkDialog();
            ui.clearNotifications();
            ui.click("plugin-confirm");
            ui.notification("已升级 朔州市 插件到 2024.1");
            wait.until(d -> !ui.present("plugin-upgrade-upload") && !ui.present("plugin-check-action"));
            ui.waitForCell("#plugins-grid", "2024.1");

            // a jar with problems that the trust policy does not take: shown in red, not installable
            ui.upload("plugin-upload", "bad.jar", "application/java-archive",
                    "org.luoshi.jurisdiction.bad;1.0;untrusted;bad".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            checkDialog();
            assertTrue(ui.text("plugin-check-problems").contains("catalog.csv 第 3 行"), ui.text("plugin-check-problems"));
            assertTrue(ui.text("plugin-check-trust").startsWith("不可信"), ui.text("plugin-check-trust"));
            assertEquals("安装新插件", ui.text("plugin-check-action"));
            assertTrue(ui.attribute("plugin-confirm", "disabled"), "not acceptable: the button is disabled");
            ui.click("plugin-cancel");
            wait.until(d -> !ui.present("plugin-check-action"));

            // from the local Maven repository: a wrong address is refused at the field, a right one installs
            ui.type("#plugin-url input", "http://example.org/x.jar");
            ui.click("plugin-url-check");
            wait.until(d -> ui.attribute("plugin-url", "invalid"));
            ui.type("#plugin-url input", "mvn:org.luoshi/org.luoshi.jurisdiction.xinzhou/1.0.0");
            ui.click("plugin-url-check");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("plugin-check-action"), "安装新插件"));
            assertEquals("安装", ui.text("plugin-confirm"));
            ui.clearNotifications();
            ui.click("plugin-confirm");
            ui.notification("已安装 忻州市 插件 1.0.0");
            ui.waitForCell("#plugins-grid", "忻州市xinzhou");

            // removed after a confirmation that the records stay; then only 恢复 is offered
            ui.click("plugin-remove-org-luoshi-jurisdiction-xinzhou");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("plugin-action-text"), "记录保留"));
            ui.click("plugin-action-confirm");
            ui.waitForCell("#plugins-grid", "已删除（可恢复）");
            assertTrue(ui.present("plugin-restore-org-luoshi-jurisdiction-xinzhou"));
            assertFalse(ui.present("plugin-upgrade-org-luoshi-jurisdiction-xinzhou"));
            assertFalse(ui.present("plugin-remove-org-luoshi-jurisdiction-xinzhou"));
            ui.shot("plugins-2-list");
        } finally {
            InMemoryServices.unbind(server.services(), plugins);
        }
    }

    @Test
    @Order(11)
    void pluginManagementIsRefusedToOtherUsers() {
        InMemoryPlugins plugins = new InMemoryPlugins();
        InMemoryServices.bind(server.services(), plugins);
        try {
            browser();
            ui.login("shuozhou");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nav-jurisdictions")));
            assertFalse(ui.present("nav-plugins"), "no menu entry for a user who is not an administrator");
            ui.open("plugins");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("plugins-forbidden"), "无权访问插件管理"));
            assertFalse(ui.present("plugins-grid"));
            assertFalse(ui.present("plugin-upload"));
        } finally {
            InMemoryServices.unbind(server.services(), plugins);
        }
        // without the service the administrator has no entry either
        ui.login("admin");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nav-jurisdictions")));
        assertFalse(ui.present("nav-plugins"), "no entry while the service is missing");
    }

    /** Waits for the check dialog; a timeout names the notifications shown meanwhile (a refused upload or check). */
    private void checkDialog() {
        java.util.Set<String> seen = new java.util.LinkedHashSet<>();
        try {
            wait.until(d -> {
                seen.addAll(ui.notifications());
                // the dialog's host is not displayed itself: its content is
                return ui.shown("plugin-check-action");
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no check dialog; notifications: " + seen, e);
        }
    }

    private static org.luoshi.api.Actor adminActor() {
        return new InMemoryServices.Users().authenticate("admin", "admin").orElseThrow();
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

    @Test
    @Order(14)
    void settingsAreListedEditedAndRolledBackAndADisabledModuleLosesItsMenuEntry() {
        InMemorySettings settings = new InMemorySettings(registry);
        InMemoryServices.bind(server.services(), settings);
        // the probe as a module's contribution: it belongs to the module tipoffs of 模块配置
        ProbeView.Contribution probe = new ProbeView.Contribution();
        server.addViews(probe, java.util.Map.of(org.luoshi.api.settings.ModuleDeclaration.MODULE, "tipoffs"));
        try {
            browser();
            ui.login("shuozhou");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nav-probe")));
            WebElement entry = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nav-settings")));
            assertEquals("模块配置", entry.getText());
            ui.js(Browser.CLICK, entry);
            ui.waitForCell("#settings-grid", "问题线索核查");
            // the user's own scope first, every value with where it comes from
            assertEquals("朔州市", ui.value("#settings-scope input"));
            assertEquals("是", ui.text("setting-current-tipoffs-enabled"));
            assertEquals("默认", ui.text("setting-source-tipoffs-enabled"));
            assertEquals("7", ui.text("setting-current-letters-responseDays"));
            assertEquals("辖区插件", ui.text("setting-source-letters-responseDays"));
            assertEquals("提醒函 → 提示函 → 督办函", ui.text("setting-current-letters-ladder"));
            assertFalse(ui.present("setting-clear-tipoffs-enabled"), "nothing set here: nothing to clear");
            ui.shot("settings-1-list");

            // the module disabled at the city: saved, shown as set here, and its menu entry gone
            ui.click("setting-edit-tipoffs-enabled");
            wait.until(d -> ui.shown("setting-value"));
            assertTrue(ui.checked("setting-value"));
            ui.toggle("setting-value");
            ui.click("setting-save");
            ui.notification("已将 朔州市 的 问题线索核查·启用本模块 设为 否");
            wait.until(d -> "否".equals(ui.text("setting-current-tipoffs-enabled")));
            assertEquals("市级 朔州市（本级设置）", ui.text("setting-source-tipoffs-enabled"));
            assertEquals("false", settings.value("tipoffs", "enabled", "shanxi.shuozhou"));
            assertTrue(ui.present("setting-clear-tipoffs-enabled"));
            openJurisdictionsByAddress();
            assertFalse(ui.present("nav-probe"), "the disabled module's entry is hidden");
            assertTrue(ui.present("nav-settings"));

            // a number out of range is refused at the field, then a good one saved; an option by its label
            ui.open("settings");
            ui.click("setting-edit-tipoffs-acceptDays");
            ui.type("#setting-value input", "99");
            ui.click("setting-save");
            wait.until(d -> ui.attribute("setting-value", "invalid"));
            assertEquals("“受理时限（日）”超出允许的范围", ui.text("setting-error"));
            ui.clearNotifications();
            ui.type("#setting-value input", "3");
            ui.click("setting-save");
            ui.notification("已将 朔州市 的 问题线索核查·受理时限（日） 设为 3");
            ui.click("setting-edit-letters-ladder");
            ui.choose("setting-value", "只发督办函");
            ui.click("setting-save");
            ui.notification("已将 朔州市 的 提醒提示督办函·逐级督促顺序 设为 只发督办函");
            wait.until(d -> "只发督办函".equals(ui.text("setting-current-letters-ladder")));
            ui.waitForCell("#settings-history", "未设置（沿用上级） → 否");
            assertTrue(ui.cells("#settings-history").contains("问题线索核查 · 启用本模块"), ui.cells("#settings-history").toString());
            assertTrue(ui.cells("#settings-history").contains("未设置（沿用上级） → 只发督办函"));
            assertEquals("共 3 次修改", ui.text("settings-history-count"));
            ui.shot("settings-2-history");

            // the county below inherits: no entry there either; the city's scope is read-only for its user
            ui.login("shuocheng");
            assertFalse(ui.present("nav-probe"), "disabled at the city above");
            ui.open("settings");
            wait.until(d -> "朔城区".equals(ui.value("#settings-scope input")));
            wait.until(d -> "否".equals(ui.text("setting-current-tipoffs-enabled")));
            assertEquals("市级 朔州市", ui.text("setting-source-tipoffs-enabled"));
            assertTrue(ui.present("setting-edit-tipoffs-enabled"), "the user's own scope is editable");
            ui.pick("#settings-scope input", "朔州市");
            wait.until(d -> "市级 朔州市（本级设置）".equals(ui.text("setting-source-tipoffs-enabled")));
            ui.waitForCell("#settings-history", "未设置（沿用上级） → 否");
            assertFalse(ui.present("setting-edit-tipoffs-enabled"), "no edit button above the user's unit");
            assertFalse(ui.present("setting-clear-tipoffs-enabled"));
            assertFalse(ui.present("settings-rollback-1"), "no rollback above the user's unit");
            assertFalse(ui.shown("settings-rollback-0"));
            assertTrue(ui.text("settings-scope-hint").contains("仅可查看"), ui.text("settings-scope-hint"));

            // back at the city: cleared after a confirmation, the entry comes back; then rolled back and cleared
            ui.login("shuozhou");
            ui.open("settings");
            ui.click("setting-clear-tipoffs-enabled");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("settings-action-text"), "沿用上级"));
            ui.click("settings-action-confirm");
            ui.notification("已恢复上级设置：朔州市 的 问题线索核查·启用本模块 现为 是");
            wait.until(d -> "默认".equals(ui.text("setting-source-tipoffs-enabled")));
            openJurisdictionsByAddress();
            assertTrue(ui.present("nav-probe"), "enabled again: the entry is back");
            ui.open("settings");
            ui.click("settings-rollback-1");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("settings-action-text"), "回退到第 1 版？"));
            ui.clearNotifications();
            ui.click("settings-action-confirm");
            ui.notification("已回退到第 1 版（3 项变更）");
            wait.until(d -> "否".equals(ui.text("setting-current-tipoffs-enabled")));
            assertEquals("提醒函 → 提示函 → 督办函", ui.text("setting-current-letters-ladder"));
            ui.click("settings-rollback-0");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("settings-action-text"), "全部模块配置"));
            ui.click("settings-action-confirm");
            ui.notification("已清除本级全部设置（1 项变更）");
            wait.until(d -> "是".equals(ui.text("setting-current-tipoffs-enabled")));
            assertTrue(settings.values.get("shanxi.shuozhou").isEmpty(), settings.values.toString());
        } finally {
            server.removeViews(probe);
            InMemoryServices.unbind(server.services(), settings);
        }
        // without 模块配置 no entry
        openJurisdictionsByAddress();
        assertFalse(ui.present("nav-settings"));
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

package org.luoshi.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * 插件管理 in Chromium (issue 14): the administrator chooses a plugin jar in the page's file picker, reads the check
 * (安装新插件, trusted, its counts) and installs it; the platform serves the new county at once; then removes it from the
 * grid. An office's user has no menu entry and is refused at the URL. 接入管理 likewise: the administrator makes an
 * integrator's read-only account for a county, copies the token shown once, the token reads that county over REST,
 * then the administrator revokes it from the grid and the token stops working.
 */
@ExtendWith(Platform.class)
class UiPluginIT extends ChromiumSession {
    static final String ROW = TestPlugin.BUNDLE.replace('.', '-');

    @Test
    void theAdministratorInstallsAPluginFromThePage() throws Exception {
        byte[] v1 = TestPlugin.v1().jar();
        PluginManagementIT.trust(v1, "trustedDigests = " + TestPlugin.sha256(v1));
        Path file = Files.createTempDirectory("ui-plugin").resolve("ceshi-1.0.0.jar");
        Files.write(file, v1);

        login("admin");
        browser.get(Platform.UI + "/plugins");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("plugins-grid")));
        // the file picker of the upload, as a person's click on 上传插件 jar opens it
        WebElement upload = browser.findElement(By.id("plugin-upload"));
        WebElement input = upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"));
        input.sendKeys(file.toString());

        wait.until(d -> text("plugin-check-action") != null && text("plugin-check-action").contains("安装新插件"));
        assertEquals("true", browser.findElement(By.id("plugin-check-trust")).getAttribute("data-trusted"),
                text("plugin-check-trust"));
        assertTrue(text("plugin-check-jurisdiction").contains("测试县"), text("plugin-check-jurisdiction"));
        click("plugin-confirm");
        notification("已安装 测试县 插件 1.0.0");

        JsonNode p = PluginManagementIT.plugin("admin");
        assertEquals("ACTIVE", p.get("state").asText(), p.toString());
        assertEquals("admin", p.get("changedBy").asText());
        assertEquals(200, Platform.get("admin", Platform.API + "/jurisdictions/ceshi/units").status());
        wait.until(d -> text("plugin-digest-" + ROW) != null);
        String shown = text("plugin-digest-" + ROW).replace("…", "");
        assertTrue(shown.length() >= 12 && TestPlugin.sha256(v1).startsWith(shown), shown);

        click("plugin-remove-" + ROW);
        click("plugin-action-confirm");
        wait.until(d -> {
            JsonNode now = PluginManagementIT.plugin("admin");
            return now != null && "REMOVED".equals(now.get("state").asText());
        });
        assertEquals(404, Platform.get("admin", Platform.API + "/jurisdictions/ceshi/units").status());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("plugin-restore-" + ROW)));

        login("shuozhou");
        assertTrue(browser.findElements(By.id("nav-plugins")).isEmpty(), "no menu entry for an office");
        browser.get(Platform.UI + "/plugins");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("plugins-forbidden")));
        assertTrue(browser.findElements(By.id("plugins-grid")).isEmpty());
    }

    /**
     * Issue 16, item 11: the statutory calendar ends with the last year whose arrangement is loaded; while the coming
     * year has none, administrators see the warning on every page and find the years on 法定节假日; offices see neither.
     */
    @Test
    void theAdministratorIsWarnedOfAComingYearWithoutAHolidayArrangement() {
        String warning = Platform.get("admin", Platform.API + "/admin/calendar").json().path("warning").asText("");
        login("admin");
        if (warning.isEmpty()) {
            assertTrue(browser.findElements(By.id("calendar-warning")).stream().noneMatch(WebElement::isDisplayed));
        } else {
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("calendar-warning")));
            assertEquals(warning, text("calendar-warning-text"));
        }
        click("nav-calendar");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("calendar-grid")));
        wait.until(d -> cells().contains("2026年") && cells().contains("随平台发布"));

        login("shuozhou");
        assertTrue(browser.findElements(By.id("nav-calendar")).isEmpty(), "no menu entry for an office");
        assertTrue(browser.findElements(By.id("calendar-warning")).stream().noneMatch(WebElement::isDisplayed));
    }

    @Test
    void theAdministratorGivesAnIntegratorATokenAndRevokesIt() {
        String name = IntegratorIT.name("ui-youyu");
        login("admin");
        browser.get(Platform.UI + "/integration");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("integration-accounts")));
        click("integration-create");
        click("integration-save"); // empty: the reasons at the fields, nothing made
        wait.until(d -> "true".equals(browser.findElement(By.id("integration-name")).getAttribute("invalid")));
        type("#integration-name input", name);
        type("#integration-title input", "右玉县执法系统对接（界面）");
        pick("#integration-units input", "右玉县");
        click("integration-save");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("integration-token")));
        String token = value("#integration-token input");
        assertTrue(token != null && token.startsWith("lst_"), String.valueOf(token));
        click("integration-token-done");

        Platform.Answer read = Platform.get(token, Platform.API + "/hazards?limit=1");
        assertEquals(200, read.status(), read.body());
        assertEquals(403, Platform.postJson(token, Platform.API + "/hazards",
                HazardRestIT.hazard("shanxi.shuozhou.youyu", "界面令牌只读")).status());
        JsonNode made = Platform.get("admin", IntegratorIT.ACCOUNTS + "/" + name).json();
        assertEquals("READ", made.get("access").asText());
        assertEquals("[\"shanxi.shuozhou.youyu\"]", made.get("units").toString());
        assertEquals("admin", made.get("createdBy").asText());

        click("integration-revoke-" + name);
        click("integration-revoke-action-confirm");
        notification("已停用 " + name);
        assertEquals(401, Platform.get(token, Platform.API + "/hazards?limit=1").status());

        login("shuozhou");
        assertTrue(browser.findElements(By.id("nav-integration")).isEmpty(), "no menu entry for an office");
        browser.get(Platform.UI + "/integration");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("integration-forbidden")));
    }
}

package org.luoshi.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.luoshi.itests.Platform.Answer;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The public 曝光台 of the running platform, in real headless Chromium: a citizen, in a browser of their own that never
 * logs in, sends an anonymous 随手拍 to 朔州市 and reads the receipt code; the city office accepts, verifies and closes the
 * tip-off over REST; in the UI the city's user drafts a typical case citing the tip-off and submits it (it may not
 * approve it), the provincial administrator approves it stating the redactions; the citizen then finds the tip-off 已办结
 * with the reply by the receipt code, and the typical case on the public page; REST's public list has it too, without
 * anything internal.
 */
@ExtendWith(Platform.class)
class UiPublicIT {
    /** The citizen's browser: never logged in. */
    static ChromeDriver citizen;
    /** The staff's browser. */
    static ChromeDriver staff;
    /** The browser the helpers drive right now, and its wait. */
    static ChromeDriver browser;
    static WebDriverWait wait;

    static ChromeDriver chromium() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--lang=zh-CN",
                "--window-size=1400,1000");
        return new ChromeDriver(options);
    }

    @BeforeAll
    static void openBrowsers() {
        citizen = chromium();
        staff = chromium();
    }

    @AfterAll
    static void closeBrowsers() {
        for (ChromeDriver d : new ChromeDriver[] {citizen, staff}) {
            if (d != null) {
                d.quit();
            }
        }
    }

    /** Drives the given browser from now on. */
    static void use(ChromeDriver driver) {
        browser = driver;
        wait = new WebDriverWait(browser, Duration.ofSeconds(30), Duration.ofMillis(50)); // polled every 50 ms, not 500
        // forms re-render after every step: an element found a moment ago may be gone
        wait.ignoring(StaleElementReferenceException.class);
    }

    static void login(String user) {
        browser.get(Platform.UI + "/");
        browser.manage().deleteAllCookies();
        browser.get(Platform.UI + "/login");
        type("#username input", user);
        type("#password input", user);
        click("login");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
    }

    @Test
    void aSnapshotIsHandledAndItsTypicalCasePublishedAfterApproval() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String content = "界面随手拍-商场消防通道被货物堵塞-" + tag;
        String reply = "经核查，举报属实，已责令该商场立即清理消防通道并处罚款（" + tag + "）。";
        String title = "典型案例：商场堵塞消防通道被责令改正并处罚款-" + tag;

        // the citizen: from the login page to the public page, no login
        use(citizen);
        browser.get(Platform.UI + "/login");
        click("public-link");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("public-page")));
        assertTrue(browser.findElements(By.id("username")).isEmpty(), "the public page is not sent to the login");
        assertTrue(browser.findElements(By.id("logout")).isEmpty(), "not the staff's layout");
        pick("#public-jurisdiction input", "朔州市");
        assertTrue(Boolean.TRUE.equals(browser.executeScript(
                "return document.getElementById('public-anonymous').checked")), "anonymous unless chosen otherwise");
        type("#public-content textarea", content);
        type("#public-place input", "朔城区某商场");
        click("public-submit");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("public-receipt-code")));
        String code = text("public-receipt-code");
        assertTrue(code.matches("[A-Z2-9]{4}(-[A-Z2-9]{4}){3}"), code);
        JsonNode received = Platform.get(null, Platform.API + "/public/tipoffs/receipts/" + code).json();
        assertEquals("受理中", received.get("statusLabel").asText(), received.toString());

        // the city office finds it (without any identity), accepts, verifies and closes it over REST
        long id = -1;
        for (JsonNode t : Platform.get("shuozhou", Platform.API + "/tipoffs?jurisdiction=shuozhou&status=RECEIVED&limit=200")
                .json().get("items")) {
            if (content.equals(t.path("content").asText())) {
                id = t.get("id").asLong();
                assertEquals("SNAPSHOT", t.get("channel").asText(), t.toString());
                assertTrue(t.get("anonymous").asBoolean(), t.toString());
                assertTrue(t.get("reporterName").isNull(), t.toString());
            }
        }
        assertTrue(id > 0, "the 随手拍 reaches the city office");
        String t = Platform.API + "/tipoffs/" + id;
        ok(Platform.postJson("shuozhou", t + "/acceptance", Map.of()));
        ok(Platform.postJson("shuozhou", t + "/verification", Map.of("outcome", "VIOLATION", "action", "责令改正并处罚款")));
        JsonNode closed = ok(Platform.postJson("shuozhou", t + "/closing", Map.of("reply", reply,
                "report", "核查处理报告：现场核实消防通道被货物堵塞，已责令改正并处罚款（" + tag + "）。")));
        assertEquals("CLOSED", closed.get("status").asText(), closed.toString());

        // the city's user drafts a typical case citing the tip-off and submits it
        use(staff);
        login("shuozhou");
        browser.get(Platform.UI + "/publicity");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("publication-grid")));
        pick("#publicity-jurisdiction input", "朔州市");
        click("new-publication");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("save-publication")));
        assertEquals("典型案例", value("#publication-kind input"));
        type("#publication-title input", title);
        type("#publication-body textarea", "群众通过随手拍举报某商场消防通道被货物堵塞。经核查属实，执法部门责令改正并处罚款。（" + tag + "）");
        pick("#publication-source-type input", "问题线索");
        type("#publication-source-id input", String.valueOf(id));
        click("save-publication");
        notification("已保存草稿");
        status("草稿");
        click("submit-publication");
        notification("已提交审核");
        status("待审核");
        // its author may not approve it
        assertTrue(text("publication-approval-hint").contains("以外的人员审核"), text("publication-approval-hint"));
        assertTrue(browser.findElements(By.id("approve-publication")).isEmpty());

        JsonNode draft = null;
        for (JsonNode p : Platform.get("shuozhou", Platform.API + "/publications?jurisdiction=shuozhou&status=PENDING&limit=200")
                .json().get("items")) {
            if (title.equals(p.path("title").asText())) {
                draft = p;
            }
        }
        assertNotNull(draft, "the submitted typical case");
        long publicationId = draft.get("id").asLong();
        assertEquals("TYPICAL_CASE", draft.get("kind").asText());
        assertEquals("tipoff", draft.get("sourceType").asText());
        assertEquals(id, draft.get("sourceId").asLong());
        assertEquals("shuozhou", draft.get("createdBy").asText());
        assertFalse(Platform.get(null, Platform.API + "/public/publications?jurisdiction=shuozhou&limit=100").body()
                .contains(tag), "nothing public before approval");

        // another person approves it, stating the redactions checked
        login("admin");
        browser.get(Platform.UI + "/publicity?jurisdiction=shuozhou&id=" + publicationId);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("approve-publication")));
        check("approve-redaction-items", "人名");
        check("approve-redaction-items", "车牌号");
        click("approve-publication");
        notification("已审核发布");
        status("已发布");
        JsonNode published = Platform.get("admin", Platform.API + "/publications/" + publicationId).json();
        assertEquals("PUBLISHED", published.get("status").asText(), published.toString());
        assertEquals("admin", published.get("approvedBy").asText());
        assertTrue(published.get("redactions").asText().contains("人名"), published.toString());

        // the citizen: the tip-off is closed with the reply, and the typical case is public
        use(citizen);
        browser.get(Platform.UI + "/public");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("public-page")));
        type("#public-code input", code);
        click("public-query");
        wait.until(d -> "已办结".equals(text("public-status")));
        assertEquals(reply, text("public-reply"));
        pick("#public-items-jurisdiction input", "朔州市");
        pick("#public-items-kind input", "典型案例");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("public-item-" + publicationId)));
        assertEquals(title, text("public-item-" + publicationId + "-title"));
        String html = (String) browser.executeScript("return document.body.innerHTML");
        assertFalse(html.contains("shanxi.shuozhou"), "no unit ids on the public page");
        assertFalse(html.contains("核查处理报告"), "no internal report on the public page");

        Answer items = Platform.get(null, Platform.API + "/public/publications?jurisdiction=shuozhou&limit=100");
        assertEquals(200, items.status(), items.body());
        JsonNode item = null;
        for (JsonNode i : items.json().get("items")) {
            if (i.path("id").asLong() == publicationId) {
                item = i;
            }
        }
        assertNotNull(item, items.body());
        assertEquals(title, item.get("title").asText());
        assertEquals("TYPICAL_CASE", item.get("kind").asText());
        assertFalse(item.has("createdBy") || item.has("approvedBy") || item.has("redactions") || item.has("unit"),
                item.toString());
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    static JsonNode ok(Answer a) {
        assertEquals(200, a.status(), a.body());
        return a.json();
    }

    static void status(String label) {
        wait.until(d -> label.equals(text("publication-status")));
    }

    static String text(String id) {
        return (String) browser.executeScript(
                "const e = document.getElementById(arguments[0]); return e ? e.textContent.trim() : null", id);
    }

    static String value(String css) {
        return (String) browser.executeScript("const e = document.querySelector(arguments[0]); return e ? e.value : null",
                css);
    }

    /** Waits for a notification (class luoshi-notification) containing the text. */
    @SuppressWarnings("unchecked")
    static void notification(String part) {
        wait.until(d -> ((List<String>) browser.executeScript("return Array.from(document.querySelectorAll("
                + "'.luoshi-notification')).map(e => e.textContent)")).stream().anyMatch(t -> t.contains(part)));
    }

    static void click(String id) {
        WebElement e = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
        try {
            wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
        } catch (ElementClickInterceptedException covered) {
            // a notification lies over it
            browser.executeScript(ChromiumSession.CLICK, browser.findElement(By.id(id)));
        }
    }

    /** Ticks the box of a checkbox group (by the group's id) whose label is exactly the text. */
    static void check(String groupId, String label) {
        wait.until(d -> {
            WebElement box = d.findElements(By.cssSelector("#" + groupId + " vaadin-checkbox")).stream()
                    .filter(e -> e.getText().trim().equals(label)).findFirst().orElse(null);
            if (box == null) {
                return false;
            }
            browser.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click()",
                    box.findElement(By.cssSelector("input")));
            return true;
        });
    }

    static void type(String css, String text) {
        WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus()", input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text);
        input.sendKeys(Keys.TAB);
    }

    /** Types into a combo box and clicks the offered item that contains the text. */
    static void pick(String css, String text) {
        WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus()", input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text);
        wait.until(d -> {
            WebElement item = d.findElements(By.cssSelector("vaadin-combo-box-item, vaadin-multi-select-combo-box-item"))
                    .stream().filter(e -> e.isDisplayed() && e.getText().contains(text)).findFirst().orElse(null);
            if (item == null) {
                return false;
            }
            item.click();
            return true;
        });
        browser.findElement(By.cssSelector(css)).sendKeys(Keys.TAB);
    }

    /** Issue 12: on a 390 px phone the public page fits the screen; nothing, the 查询 button included, runs off it. */
    @Test
    void thePublicPageFitsAPhone() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--lang=zh-CN");
        options.setExperimentalOption("mobileEmulation", java.util.Map.of("deviceMetrics",
                java.util.Map.of("width", 390, "height", 844, "pixelRatio", 3.0, "touch", true)));
        ChromeDriver phone = new ChromeDriver(options);
        try {
            for (int width : new int[] {390, 360}) {
                if (width != 390) {
                    phone.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", width,
                            "height", 800, "deviceScaleFactor", 3, "mobile", true));
                }
                phone.get(Platform.UI + "/public");
                new WebDriverWait(phone, Duration.ofSeconds(30), Duration.ofMillis(50))
                        .until(ExpectedConditions.presenceOfElementLocated(By.id("public-query")));
                Object measured = phone.executeScript("const q = document.getElementById('public-query').getBoundingClientRect();"
                        + "return [document.documentElement.scrollWidth, window.innerWidth, Math.ceil(q.right)]");
                @SuppressWarnings("unchecked")
                java.util.List<Number> m = (java.util.List<Number>) measured;
                assertTrue(m.get(0).intValue() <= m.get(1).intValue(), width + " px: the page is " + m.get(0) + " px wide");
                assertTrue(m.get(2).intValue() <= m.get(1).intValue(), width + " px: 查询 ends at " + m.get(2) + " px");
            }
        } finally {
            phone.quit();
        }
    }
}

package org.luoshi.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * A reminder letter (提醒函) in the UI of the running platform, in real headless Chromium: a hazard of 怀仁市 made over
 * REST is overdue; the city's user, writing as 市安委办, has the platform draft letters for the overdue records
 * (生成待审草稿), edits the body of the draft made for that hazard and sends it (numbered 朔安办函〔year〕n号); 怀仁市's
 * user finds it and signs for it (签收); REST then finds the letter SIGNED by huairen.
 */
@ExtendWith(Platform.class)
class UiLetterIT {
    static final String RECIPIENT = "shanxi.shuozhou.huairen";
    static ChromeDriver browser;
    static WebDriverWait wait;

    @BeforeAll
    static void openBrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--lang=zh-CN",
                "--window-size=1400,1000");
        browser = new ChromeDriver(options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        // dialogs re-render after every step: an element found a moment ago may be gone
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
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
    void anAutomaticDraftIsEditedSentAndSignedFor() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String description = "界面函件-配电室未设置挡鼠板-" + tag;
        Map<String, Object> h = HazardRestIT.hazard(RECIPIENT, description);
        h.put("inspectionDate", HazardRestIT.TODAY.minusDays(30).toString());
        h.put("deadline", HazardRestIT.TODAY.minusDays(1).toString());
        Answer created = Platform.postJson("admin", Platform.API + "/hazards", h);
        assertEquals(201, created.status(), created.body());
        long hazardId = created.json().get("id").asLong();

        login("shuozhou");
        click("nav-letters");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("letter-grid")));
        pick("#letters-jurisdiction input", "朔州市");
        pick("#letters-issuer input", "市安委办");
        click("auto-drafts");
        notification("份待审草稿");

        // the draft made for the hazard: nothing sent yet
        JsonNode draft = null;
        for (JsonNode l : Platform.get("shuozhou", Platform.API + "/letters?jurisdiction=shuozhou").json()) {
            if ("hazard".equals(l.path("sourceType").asText()) && l.path("sourceId").asLong() == hazardId) {
                draft = l;
            }
        }
        assertNotNull(draft, "a draft for the overdue hazard");
        long id = draft.get("id").asLong();
        assertEquals("DRAFT", draft.get("status").asText());
        assertEquals(RECIPIENT, draft.get("recipient").asText());
        assertEquals("shanxi.shuozhou.anweiban", draft.get("issuer").asText());

        type("#letters-text input", tag);
        clickCell(String.valueOf(id));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("send-letter")));
        assertEquals("草稿", text("letter-status"));
        assertTrue(value("#letter-body textarea").contains(description), value("#letter-body textarea"));
        String body = value("#letter-body textarea") + "请于 3 日内完成整改并书面报告（" + tag + "）。";
        type("#letter-body textarea", body);
        click("save-letter");
        notification("已保存修改");
        click("send-letter");
        notification("已发送");
        wait.until(d -> "已发送".equals(text("letter-status")));
        String number = value("#letter-number input");
        int year = HazardRestIT.TODAY.getYear();
        assertTrue(number.matches("朔安办函〔" + year + "〕\\d+号"), number);

        JsonNode sent = Platform.get("shuozhou", Platform.API + "/letters/" + id).json();
        assertEquals("SENT", sent.get("status").asText(), sent.toString());
        assertEquals(number, sent.get("number").asText());
        assertEquals(body.strip(), sent.get("body").asText().strip(), "the edited body was sent");
        assertEquals("shuozhou", sent.get("sentBy").asText());

        // the recipient: 怀仁市 finds the letter and signs for it
        login("huairen");
        browser.get(Platform.UI + "/letters");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("letter-grid")));
        pick("#letters-jurisdiction input", "朔州市");
        type("#letters-text input", tag);
        clickCell(String.valueOf(id));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-letter")));
        assertEquals(number, value("#letter-number input"));
        click("sign-letter");
        notification("已签收");
        wait.until(d -> "已签收".equals(text("letter-status")));

        JsonNode signed = Platform.get("huairen", Platform.API + "/letters/" + id).json();
        assertEquals("SIGNED", signed.get("status").asText(), signed.toString());
        assertEquals("huairen", signed.get("signedBy").asText());
        assertTrue(signed.hasNonNull("signedAt"), signed.toString());
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    static String text(String id) {
        return (String) browser.executeScript(
                "const e = document.getElementById(arguments[0]); return e ? e.textContent.trim() : null", id);
    }

    static String value(String css) {
        return (String) browser.executeScript("const e = document.querySelector(arguments[0]); return e ? e.value : null",
                css);
    }

    /** Clicks the cell of the letter grid that shows exactly the text (a click on a row opens the letter). */
    static void clickCell(String text) {
        wait.until(d -> {
            WebElement cell = d.findElements(By.cssSelector("#letter-grid vaadin-grid-cell-content")).stream()
                    .filter(e -> e.getText().trim().equals(text)).findFirst().orElse(null);
            if (cell == null) {
                return false;
            }
            browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", cell);
            try {
                cell.click();
            } catch (ElementClickInterceptedException covered) {
                browser.executeScript("arguments[0].click()", cell);
            }
            return true;
        });
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
            browser.executeScript("arguments[0].click()", browser.findElement(By.id(id)));
        }
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
}

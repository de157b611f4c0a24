package org.luoshi.itests;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium per UI test class (opened before its tests, closed after) and the steps the UI tests share:
 * log in, click, type, pick from a combo box, set a date, read texts, grid cells and notifications.
 */
abstract class ChromiumSession {
    /** Clicks an element by script: a side navigation entry through the link in its shadow root, anything else itself. */
    static final String CLICK = "const e = arguments[0], a = e.shadowRoot && e.shadowRoot.querySelector('a[href]'); (a || e).click()";

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
        wait = new WebDriverWait(browser, Duration.ofSeconds(30), Duration.ofMillis(50)); // polled every 50 ms, not 500
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
    static void click(String id) {
        WebElement e = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
        try {
            wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
        } catch (ElementClickInterceptedException covered) {
            // a notification lies over it
            browser.executeScript(CLICK, browser.findElement(By.id(id)));
        }
    }
    static void type(String css, String text) {
        WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus()", input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text);
        input.sendKeys(Keys.TAB);
    }
    /** Types into a combo box (single or multi-select) and clicks the offered item that contains the text. */
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
    static String text(String id) {
        return (String) browser.executeScript(
                "const e = document.getElementById(arguments[0]); return e ? e.textContent.trim() : null", id);
    }
    /** Waits for a notification (class luoshi-notification) containing the text. */
    @SuppressWarnings("unchecked")
    static void notification(String part) {
        try {
            wait.until(d -> ((List<String>) browser.executeScript("return Array.from(document.querySelectorAll("
                    + "'.luoshi-notification')).map(e => e.textContent)")).stream().anyMatch(t -> t.contains(part)));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no notification with “" + part + "”; shown: " + browser.executeScript(
                    "return Array.from(document.querySelectorAll('.luoshi-notification')).map(e => e.textContent)"), e);
        }
    }
    static String value(String css) {
        return (String) browser.executeScript("const e = document.querySelector(arguments[0]); return e ? e.value : null",
                css);
    }
    @SuppressWarnings("unchecked")
    static List<String> cells() {
        return (List<String>) browser.executeScript("return Array.from(document.querySelectorAll("
                + "'vaadin-grid-cell-content')).map(e => e.textContent.trim())");
    }
    static void setDate(String css, String iso) {
        WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus()", input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(iso);
        input.sendKeys(Keys.ENTER);
        wait.until(d -> iso.equals(value(css)));
    }
}

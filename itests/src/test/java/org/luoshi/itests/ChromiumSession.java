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
 * One headless Chromium shared by the UI test classes (see {@link #shared}) and the steps the UI tests share:
 * log in, click, type, pick from a combo box, set a date, read texts, grid cells and notifications.
 */
abstract class ChromiumSession {
    /** Clicks an element by script: a side navigation entry through the link in its shadow root, anything else itself. */
    static final String CLICK = "const e = arguments[0], a = e.shadowRoot && e.shadowRoot.querySelector('a[href]'); (a || e).click()";

    static ChromeDriver browser;
    static WebDriverWait wait;
    /**
     * The one headless Chromium all UI test classes share (starting one costs seconds on this machine): opened by the
     * first class, cleared of cookies for each next one, closed when the test JVM ends. A class that drives browsers of
     * its own (UiPublicIT) points {@link #browser} at them and closes them itself.
     */
    private static ChromeDriver shared;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (shared != null) {
                try {
                    shared.quit();
                } catch (RuntimeException gone) {
                    // already gone
                }
            }
        }));
    }

    @BeforeAll
    static void openBrowser() {
        if (shared != null) {
            try {
                shared.get("about:blank");
                shared.manage().deleteAllCookies();
            } catch (RuntimeException crashed) {
                try {
                    shared.quit();
                } catch (RuntimeException gone) {
                    // already gone
                }
                shared = null;
            }
        }
        if (shared == null) {
            ChromeOptions options = new ChromeOptions();
            options.setBinary("/usr/bin/chromium");
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--no-first-run", "--lang=zh-CN",
                    "--window-size=1400,1000");
            shared = new ChromeDriver(options);
        }
        browser = shared;
        wait = new WebDriverWait(browser, Duration.ofSeconds(30), Duration.ofMillis(50)); // polled every 50 ms, not 500
        // dialogs re-render after every step: an element found a moment ago may be gone
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterAll
    static void closeBrowser() {
        // the shared browser stays open for the next class (see shared); leave it on a blank page
        if (shared != null) {
            try {
                shared.get("about:blank");
            } catch (RuntimeException crashed) {
                shared = null;
            }
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

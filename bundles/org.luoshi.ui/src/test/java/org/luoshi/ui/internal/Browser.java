package org.luoshi.ui.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Chromium for the component tests of the dispatch, letter and meeting views, with their small helpers. */
public final class Browser implements AutoCloseable {
    /** Clicks an element by script: a side navigation entry through the link in its shadow root, anything else itself. */
    public static final String CLICK = "const e = arguments[0], a = e.shadowRoot && e.shadowRoot.querySelector('a[href]'); (a || e).click()";

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    public final ChromeDriver driver;
    public final WebDriverWait wait;
    private final String base;

    /**
     * Browsers given back by closed instances, for the next test class of this JVM (starting a Chromium costs seconds
     * on this machine): each is cleared of every cookie before it is used again; all close when the JVM ends.
     */
    private static final java.util.Deque<ChromeDriver> IDLE = new java.util.ArrayDeque<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            synchronized (IDLE) {
                for (ChromeDriver d : IDLE) {
                    try {
                        d.quit();
                    } catch (RuntimeException gone) {
                        // already gone
                    }
                }
                IDLE.clear();
            }
        }));
    }

    public Browser(String base) {
        // a missing browser fails the test: a skipped UI test proves nothing
        assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium and chromedriver are needed: apt-get install -y chromium chromium-driver");
        driver = take();
        // polled every 50 ms, not the default 500: each step of a test waits for the UI at least once
        wait = new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(50));
        // dialogs and forms re-render after every step: an element found a moment ago may be gone
        wait.ignoring(StaleElementReferenceException.class);
        this.base = base;
    }

    /** An idle browser, cleared, or a new one. */
    private static ChromeDriver take() {
        while (true) {
            ChromeDriver d;
            synchronized (IDLE) {
                d = IDLE.poll();
            }
            if (d == null) {
                break;
            }
            try {
                d.get("about:blank");
                d.executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
                return d;
            } catch (RuntimeException crashed) {
                try {
                    d.quit();
                } catch (RuntimeException gone) {
                    // already gone
                }
            }
        }
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--window-size=1400,1000", "--lang=zh-CN");
        return new ChromeDriver(options);
    }

    /** Gives the browser back for the next test class (it is closed when the JVM ends). */
    @Override
    public void close() {
        try {
            driver.get("about:blank");
            synchronized (IDLE) {
                IDLE.push(driver);
            }
        } catch (RuntimeException crashed) {
            try {
                driver.quit();
            } catch (RuntimeException gone) {
                // already gone
            }
        }
    }

    public void login(String user) {
        driver.get(base);
        driver.manage().deleteAllCookies();
        driver.get(base + "login");
        type("#username input", user);
        type("#password input", user);
        click("login");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
    }

    public void open(String path) {
        driver.get(base + path);
    }

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    public void click(String id) {
        WebElement e = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        js("arguments[0].scrollIntoView({block: 'center', inline: 'center'})", e);
        try {
            wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
        } catch (ElementClickInterceptedException covered) {
            // a notification lies over it
            js(CLICK, driver.findElement(By.id(id)));
        }
    }

    public void type(String css, String text) {
        WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
        js("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus()", input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        if (!text.isEmpty()) {
            input.sendKeys(text);
        }
        input.sendKeys(Keys.TAB);
    }

    /** Types into a combo box (single or multi-select) and clicks the offered item with exactly that text. */
    public void pick(String css, String text) {
        WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
        js("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus()", input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text);
        wait.until(d -> {
            WebElement item = d.findElements(By.cssSelector("vaadin-combo-box-item, vaadin-multi-select-combo-box-item"))
                    .stream().filter(e -> e.isDisplayed() && e.getText().equals(text)).findFirst().orElse(null);
            if (item == null) {
                return false;
            }
            item.click();
            return true;
        });
        driver.findElement(By.cssSelector(css)).sendKeys(Keys.TAB);
    }

    /** Opens a select (vaadin-select) and clicks the item with that text. */
    public void choose(String id, String text) {
        // the value button, not the host: with an error message below it, the host's middle is not the button
        WebElement button = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#" + id + " vaadin-select-value-button")));
        js("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
        wait.until(d -> {
            WebElement item = d.findElements(By.cssSelector("vaadin-select-item")).stream()
                    .filter(e -> e.isDisplayed() && e.getText().trim().equals(text)).findFirst().orElse(null);
            if (item == null) {
                return false;
            }
            item.click();
            return true;
        });
        wait.until(d -> text.equals(js("const e = document.getElementById(arguments[0]); "
                + "const v = e && e.querySelector('vaadin-select-value-button'); return v ? v.textContent.trim() : null", id)));
    }

    /** Clicks the checkbox of a checkbox group (by the group's id) whose label is exactly the text. */
    public void check(String groupId, String label) {
        wait.until(d -> {
            WebElement box = d.findElements(By.cssSelector("#" + groupId + " vaadin-checkbox")).stream()
                    .filter(e -> e.getText().trim().equals(label)).findFirst().orElse(null);
            if (box == null) {
                return false;
            }
            js("arguments[0].scrollIntoView({block: 'center'})", box);
            js(CLICK, box.findElement(By.cssSelector("input")));
            return true;
        });
    }

    /** Clicks a single checkbox (by id) on its box: a wide checkbox's middle may be empty space. */
    public void toggle(String id) {
        WebElement box = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        js("arguments[0].scrollIntoView({block: 'center'})", box);
        js(CLICK, box.findElement(By.cssSelector("input")));
    }

    /** Whether a checkbox (by id) is checked. */
    public boolean checked(String id) {
        return Boolean.TRUE.equals(js("const e = document.getElementById(arguments[0]); return e ? e.checked : false", id));
    }

    /** The number of rows a grid holds (its {@code size}), rendered or not. */
    public long rows(String gridId) {
        Object size = js("const e = document.getElementById(arguments[0]); return e ? e.size : -1", gridId);
        return size == null ? -1 : ((Number) size).longValue();
    }

    /** The visible text of the page's body (what a reader sees). */
    public String pageText() {
        return (String) js("return document.body.innerText");
    }

    /** The light DOM of the page's body (attributes included). */
    public String pageHtml() {
        return (String) js("return document.body.innerHTML");
    }

    public String value(String css) {
        return (String) js("const e = document.querySelector(arguments[0]); return e ? e.value : null", css);
    }

    public String text(String id) {
        return (String) js("const e = document.getElementById(arguments[0]); return e ? e.textContent.trim() : null", id);
    }

    public boolean attribute(String id, String name) {
        return Boolean.TRUE.equals(js("const e = document.getElementById(arguments[0]); "
                + "return e ? e.hasAttribute(arguments[1]) : false", id, name));
    }

    /** Present and displayed (an invisible Vaadin component is either not sent at all or hidden). */
    /** The state a step bar shows for a step (done, current or ahead; see the kit's StepBar). */
    public String step(String id) {
        return (String) js("const e = document.getElementById(arguments[0]); return e ? e.getAttribute('data-state') : null;",
                id);
    }

    public boolean shown(String id) {
        return driver.findElements(By.id(id)).stream().anyMatch(WebElement::isDisplayed);
    }

    public boolean present(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    /** Waits for a notification containing the text; a timeout names the notifications shown. */
    public void notification(String part) {
        try {
            wait.until(d -> notifications().stream().anyMatch(t -> t.contains(part)));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no notification with “" + part + "”; shown: " + notifications(), e);
        }
    }

    @SuppressWarnings("unchecked")
    public List<String> notifications() {
        return (List<String>) js("return Array.from(document.querySelectorAll('.luoshi-notification'))"
                + ".map(e => e.textContent)");
    }

    /** Closes every notification shown, so that the next wait sees only new ones. */
    public void clearNotifications() {
        js("document.querySelectorAll('vaadin-notification-card').forEach(c => c.remove())");
    }

    /** The texts of a grid's cells that are shown (the grid keeps the cells of removed rows, hidden, for reuse). */
    @SuppressWarnings("unchecked")
    public List<String> cells(String gridCss) {
        return (List<String>) js("return Array.from(document.querySelectorAll(arguments[0] + ' vaadin-grid-cell-content'))"
                + ".filter(e => e.getClientRects().length > 0).map(e => e.textContent.trim())", gridCss);
    }

    public void waitForCell(String gridCss, String text) {
        wait.until(d -> cells(gridCss).contains(text));
    }

    /** Clicks the cell of a grid that shows exactly the text (a click on a row opens its dialog). */
    public void clickCell(String gridCss, String text) {
        wait.until(d -> {
            WebElement cell = d.findElements(By.cssSelector(gridCss + " vaadin-grid-cell-content")).stream()
                    .filter(e -> e.getText().trim().equals(text)).findFirst().orElse(null);
            if (cell == null) {
                return false;
            }
            js("arguments[0].scrollIntoView({block: 'center'})", cell);
            try {
                cell.click();
            } catch (ElementClickInterceptedException covered) {
                js(CLICK, cell);
            }
            return true;
        });
    }

    /** The body of a download link (an export), fetched by the page itself with its session. */
    public String download(String linkId) {
        return (String) ((JavascriptExecutor) driver).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(document.getElementById(arguments[0]).href).then(r => r.text()).then(done, e => done('ERROR ' + e))",
                linkId);
    }

    /** Hands a file to a vaadin-upload (by id) as if chosen in the browser's file dialog; it uploads at once. */
    public void upload(String id, String name, String mediaType, byte[] bytes) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        js("const up = document.getElementById(arguments[0]); const bin = atob(arguments[2]);"
                + "const b = new Uint8Array(bin.length); for (let i = 0; i < bin.length; i++) { b[i] = bin.charCodeAt(i); }"
                + "up._addFiles([new File([b], arguments[1], {type: arguments[3]})]);", id, name,
                java.util.Base64.getEncoder().encodeToString(bytes), mediaType);
    }

    public void shot(String name) {
        if (!Boolean.getBoolean("luoshi.ui.screenshots")) {
            return;
        }
        try {
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(Path.of("target", "screenshots", name + ".png"), png);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

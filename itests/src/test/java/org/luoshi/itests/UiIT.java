package org.luoshi.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The Vaadin UI of the running platform, driven in real headless Chromium. */
@ExtendWith(Platform.class)
class UiIT {
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
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    static WebElement input(String componentId, String tag) {
        return wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + componentId + " " + tag)));
    }

    static void login(String user) {
        browser.get(Platform.UI + "/");
        browser.manage().deleteAllCookies();
        browser.get(Platform.UI + "/login");
        input("username", "input").sendKeys(user);
        input("password", "input").sendKeys(user);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("login"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
    }

    @Test
    void wrongPasswordShowsAChineseMessage() {
        browser.get(Platform.UI + "/");
        browser.manage().deleteAllCookies();
        browser.get(Platform.UI + "/login");
        input("username", "input").sendKeys("admin");
        input("password", "input").sendKeys("wrong");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("login"))).click();
        wait.until(d -> d.getPageSource().contains("用户名或密码错误"));
    }

    @Test
    void adminAddsAHazardAndFindsItInTheList() {
        login("admin");
        browser.get(Platform.UI + "/hazards");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("add-hazard"))).click();

        // an empty form is refused with messages, nothing saved
        wait.until(ExpectedConditions.elementToBeClickable(By.id("save"))).click();
        wait.until(d -> d.getPageSource().contains("不能为空"));

        String text = "界面登记-消防通道堵塞-" + UUID.randomUUID().toString().substring(0, 8);
        choose("#jurisdiction input", "朔州市"); // two regions are installed: pick one
        choose("#unit input", "朔城区");
        choose("#source input", "执法检查");
        type("#inspection-unit input", "市应急局");
        type("#description textarea", text);
        setDate("#inspection-date input", HazardRestIT.today().minusDays(1).toString());
        setDate("#deadline input", HazardRestIT.today().plusDays(10).toString());
        wait.until(ExpectedConditions.elementToBeClickable(By.id("save"))).click();

        wait.until(d -> d.findElement(By.id("hazard-grid")).getText().contains(text)
                || ((String) ((JavascriptExecutor) d).executeScript(
                        "return Array.from(document.querySelectorAll('vaadin-grid-cell-content')).map(e => e.textContent).join('|')"))
                        .contains(text));
        // the record is real: the REST face finds it
        String q = java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(1, HazardRestIT.total("admin", "&q=" + q));
        assertTrue(Platform.get("admin", Platform.API + "/hazards?q=" + q).body().contains("shanxi.shuozhou.shuocheng"));
    }

    @Test
    void jurisdictionsViewShowsTheShuozhouCatalog() {
        login("admin");
        browser.get(Platform.UI + "/jurisdictions");
        wait.until(d -> cells(d).contains("朔州市"));
        wait.until(d -> {
            if (!cells(d).contains("2023年1月底前")) {
                d.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                        .filter(e -> e.getText().equals("朔州市")).findFirst().ifPresent(WebElement::click);
                return false;
            }
            return true;
        });
    }

    @Test
    void summaryDrillsDownToTheHazardListWithTheSameCount() {
        login("shuozhou");
        browser.get(Platform.UI + "/summary");
        // the city office's own level: its own row, a row per county, the total
        wait.until(d -> cells(d).contains("朔城区") && cells(d).contains("合计"));
        String link = "drill-shanxi.shuozhou.shuocheng-hazards";
        WebElement figure = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(link)));
        long shown = Long.parseLong(figure.getText().strip());
        // the chart beside the table compares the same figures (drawn by ECharts; its label gives them in words)
        wait.until(d -> (Boolean) browser.executeScript("const e = document.getElementById('summary-chart-canvas');"
                + " return !!e && !!window.echarts && !!echarts.getInstanceByDom(e)"));
        String chart = browser.findElement(By.id("summary-chart-canvas")).getAttribute("aria-label");
        assertTrue(chart.contains("问题隐患：") && chart.contains("朔城区 " + shown), chart);
        wait.until(ExpectedConditions.elementToBeClickable(By.id(link))).click();

        wait.until(ExpectedConditions.urlContains("hazards?unit=shanxi.shuozhou.shuocheng"));
        wait.until(d -> d.findElements(By.id("total")).stream().anyMatch(e -> e.getText().matches("共 [\\d,]+ 条")));
        String label = browser.findElement(By.id("total")).getText();
        long listed = Long.parseLong(label.replaceAll("\\D", ""));
        long expected = HazardRestIT.total("shuozhou", "&unit=shanxi.shuozhou.shuocheng");
        assertEquals(expected, listed, "the list's total label: " + label);
        assertEquals(expected, shown, "the summary's figure");
        assertEquals("朔城区", browser.findElement(By.cssSelector("#filter-unit input")).getDomProperty("value"));
    }

    static String cells(org.openqa.selenium.WebDriver d) {
        return (String) ((JavascriptExecutor) d).executeScript(
                "return Array.from(document.querySelectorAll('vaadin-grid-cell-content')).map(e => e.textContent).join('|')");
    }

    static void choose(String css, String label) {
        type(css, label);
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        wait.until(d -> label.equals(d.findElement(By.cssSelector(css)).getDomProperty("value")));
    }

    static void type(String css, String text) {
        WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
        input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        input.click();
        input.clear();
        input.sendKeys(text);
        if (!css.endsWith("textarea") && !css.startsWith("#unit") && !css.startsWith("#source")
                && !css.startsWith("#jurisdiction")) {
            input.sendKeys(Keys.TAB);
        }
    }

    static void setDate(String css, String iso) {
        WebElement input = browser.findElement(By.cssSelector(css));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(iso);
        input.sendKeys(Keys.ENTER);
        wait.until(d -> iso.equals(d.findElement(By.cssSelector(css)).getDomProperty("value")));
    }
}

package org.luoshi.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
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
 * A supervision inspection (督导检查) in the UI of the running platform, in real headless Chromium: the city's user, as
 * 市安委办, records a 督导检查 of 右玉县 before a holiday with one major finding, turns the finding into a hazard-list entry
 * in one step and sees the hazard's id; closing is refused while the finding is open. REST then finds the inspection
 * with the finding linked, and the hazard with source SUPERVISION_PATROL (督导巡查) at 右玉县, visible to the county too.
 */
@ExtendWith(Platform.class)
class UiInspectionIT {
    static final String COUNTY = "shanxi.shuozhou.youyu";
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
    void aSupervisionInspectionsFindingBecomesAHazardEntry() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String title = "界面督导检查-国庆节前安全生产督导检查-" + tag;
        String finding = "界面巡查-某煤矿井下瓦斯监测探头失效-" + tag;

        login("shuozhou");
        click("nav-inspections");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("inspection-grid")));
        pick("#inspections-jurisdiction input", "朔州市");
        click("new-inspection");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("save-inspection")));
        pick("#inspection-organizer input", "市安委办");
        pick("#inspection-kind input", "督导检查");
        // the trigger is asked for a 督导检查 only
        wait.until(d -> Boolean.FALSE.equals(browser.executeScript(
                "return document.getElementById('inspection-trigger').hasAttribute('disabled')")));
        pick("#inspection-trigger input", "重要节假日");
        type("#inspection-title input", title);
        type("#inspection-group-lead input", "市安委办副主任");
        type("#inspection-group-members textarea", "市应急局执法支队\n市住建局安全科");
        pick("#inspection-inspected-unit input", "右玉县");
        check("inspection-methods", "听取被巡查检查地区的工作汇报和有关部门的专题汇报");
        check("inspection-methods", "以明查暗访随机抽查等方式对有关企业开展专项检查");
        type("#finding-description textarea", finding);
        wait.until(d -> "右玉县".equals(value("#finding-unit input")));
        toggle("finding-major");
        click("add-finding");
        wait.until(d -> cells().contains(finding));
        click("save-inspection");
        notification("已登记巡查检查");
        wait.until(d -> "检查中".equals(text("inspection-status")));
        long id = Long.parseLong(text("inspection-id").replaceAll("\\D", ""));

        JsonNode recorded = Platform.get("shuozhou", Platform.API + "/inspections/" + id).json();
        assertEquals(title, recorded.get("title").asText(), recorded.toString());
        assertEquals("SUPERVISION", recorded.get("kind").asText());
        assertEquals("HOLIDAY", recorded.get("trigger").asText());
        assertEquals("shanxi.shuozhou.anweiban", recorded.get("organizer").asText());
        assertEquals(COUNTY, recorded.get("inspectedUnit").asText());
        assertEquals(2, recorded.get("methods").size(), recorded.toString());
        assertEquals(1, recorded.get("findings").size(), recorded.toString());
        JsonNode f = recorded.get("findings").get(0);
        long findingId = f.get("id").asLong();
        assertEquals(finding, f.get("description").asText());
        assertTrue(f.get("major").asBoolean(), f.toString());

        // the finding becomes a hazard-list entry in one step
        click("finding-to-hazard-" + findingId);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("save-finding-hazard")));
        type("#hazard-measures textarea", "更换探头，停止采掘作业");
        type("#hazard-rectification-unit input", "某煤矿");
        type("#hazard-rectification-responsible input", "矿长");
        setDate("#hazard-deadline input", HazardRestIT.TODAY.plusDays(10).toString());
        click("save-finding-hazard");
        notification("已列入问题隐患清单");
        wait.until(d -> String.valueOf(text("finding-hazard-" + findingId)).startsWith("隐患 #"));
        long shown = Long.parseLong(text("finding-hazard-" + findingId).replaceAll("\\D", ""));
        assertTrue(browser.findElements(By.id("finding-to-hazard-" + findingId)).isEmpty(), "once per finding");

        // closing is refused while the finding is open, and the refusal is shown
        click("close-inspection");
        notification("个问题未销号");
        wait.until(d -> String.valueOf(text("close-refusal")).contains("个问题未销号"));

        JsonNode linked = Platform.get("shuozhou", Platform.API + "/inspections/" + id).json();
        assertEquals("OPEN", linked.get("status").asText(), linked.toString());
        long hazardId = linked.get("findings").get(0).get("hazardId").asLong();
        assertEquals(shown, hazardId, "the hazard id shown is the one linked");
        JsonNode hazard = Platform.get("shuozhou", Platform.API + "/hazards/" + hazardId).json();
        assertEquals("SUPERVISION_PATROL", hazard.get("source").asText(), hazard.toString());
        assertEquals(COUNTY, hazard.get("unit").asText());
        assertEquals(finding, hazard.get("description").asText());
        assertTrue(hazard.get("major").asBoolean());
        assertEquals("市安委办", hazard.get("inspectionUnit").asText());
        assertEquals("矿长", hazard.get("rectificationResponsible").asText());
        assertEquals(HazardRestIT.TODAY.plusDays(10).toString(), hazard.get("deadline").asText());
        Answer county = Platform.get("youyu", Platform.API + "/hazards/" + hazardId);
        assertEquals(200, county.status(), "the inspected county sees its hazard: " + county.body());
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

    @SuppressWarnings("unchecked")
    static List<String> cells() {
        return (List<String>) browser.executeScript("return Array.from(document.querySelectorAll("
                + "'vaadin-grid-cell-content')).map(e => e.textContent.trim())");
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

    /** Clicks a checkbox (by id) on its box: the middle of a wide checkbox may be empty space. */
    static void toggle(String id) {
        WebElement box = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click()",
                box.findElement(By.cssSelector("input")));
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

    static void setDate(String css, String iso) {
        WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus()", input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(iso);
        input.sendKeys(Keys.ENTER);
        wait.until(d -> iso.equals(value(css)));
    }
}

package org.luoshi.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.luoshi.itests.Platform.Answer;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A supervision inspection (督导检查) in the UI of the running platform, in real headless Chromium: the city's user, as
 * 市安委办, records a 督导检查 of 右玉县 before a holiday with one major finding, turns the finding into a hazard-list entry
 * in one step and sees the hazard's id; closing is refused while the finding is open. REST then finds the inspection
 * with the finding linked, and the hazard with source SUPERVISION_PATROL (督导巡查) at 右玉县, visible to the county too.
 */
@ExtendWith(Platform.class)
class UiInspectionIT extends ChromiumSession {
    static final String COUNTY = "shanxi.shuozhou.youyu";

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
        setDate("#hazard-deadline input", HazardRestIT.today().plusDays(10).toString());
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
        assertEquals(HazardRestIT.today().plusDays(10).toString(), hazard.get("deadline").asText());
        Answer county = Platform.get("youyu", Platform.API + "/hazards/" + hazardId);
        assertEquals(200, county.status(), "the inspected county sees its hazard: " + county.body());
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

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

}

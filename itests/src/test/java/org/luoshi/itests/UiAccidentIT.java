package org.luoshi.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An accident recorded in the UI of the running platform, in real headless Chromium, fires Lüliang's rule: 石楼县 had
 * one general accident 50 days ago (recorded over REST); the city office (user lvliang) records a second in the UI (the
 * form shows the level the figures make), sees what the rule drafted, opens the drafted 督导检查 from the accident and
 * confirms it there; REST then shows the inspection under way.
 */
@ExtendWith(Platform.class)
class UiAccidentIT extends ChromiumSession {
    static final String COUNTY = "shanxi.lvliang.shilou";

    @Test
    void anAccidentRecordedInTheUiDraftsAnInspectionThatTheOfficeConfirms() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        AccidentRuleIT.record("lvliang", AccidentRuleIT.accident(COUNTY, HazardRestIT.today().minusDays(50), 0, tag));

        login("lvliang");
        click("nav-accidents");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("accident-grid")));
        wait.until(d -> "吕梁市".equals(value("#accidents-jurisdiction input")));
        click("new-accident");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("save-accident")));
        pick("#accident-unit input", "石楼县");
        // the date-time picker takes its value as typed in the browser's locale; set it as the picker's own change
        browser.executeScript("const p = document.getElementById('accident-when'); p.value = arguments[0];"
                + " p.dispatchEvent(new CustomEvent('change', {bubbles: true}));", HazardRestIT.today().minusDays(2) + "T16:20");
        type("#accident-place input", "石楼县某镇 " + tag);
        pick("#accident-sector input", "道路交通");
        type("#accident-deaths input", "3");
        wait.until(d -> String.valueOf(text("accident-level")).endsWith("较大事故"));
        type("#accident-deaths input", "1");
        wait.until(d -> String.valueOf(text("accident-level")).endsWith("一般事故"));
        type("#accident-facts textarea", "界面登记：一辆货车与农用车相撞 " + tag);
        click("save-accident");
        notification("触发 1 条规则");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("accident-rules")));
        assertTrue(text("accident-rules").contains("3 个月之内发生一般及以上生产安全事故 2 起"), text("accident-rules"));

        JsonNode page = Platform.get("lvliang", AccidentRuleIT.A + "?jurisdiction=lvliang&unit=" + COUNTY).json();
        JsonNode mine = null;
        for (JsonNode a : page.get("items")) {
            if (a.get("place").asText().equals("石楼县某镇 " + tag) && a.get("occurredAt").asText().endsWith("T16:20")) {
                mine = a;
            }
        }
        assertTrue(mine != null, page.toString());
        assertEquals("道路交通", mine.get("sector").asText());
        assertEquals("GENERAL", mine.get("level").asText());
        JsonNode firing = mine.get("firings").get(0);
        long inspection = -1;
        for (JsonNode action : firing.get("actions")) {
            if ("INSPECTION".equals(action.get("kind").asText())) {
                inspection = action.get("recordId").asLong();
            }
        }
        assertTrue(inspection > 0, firing.toString());

        // the drafted inspection, opened from the accident, confirmed by the organiser
        click("firing-" + firing.get("id").asLong() + "-action-1-open");
        wait.until(d -> "待确认".equals(text("inspection-status")));
        type("#confirm-lead input", "市安委办副主任");
        browser.executeScript("document.querySelectorAll('#confirm-methods vaadin-checkbox')[0].click()");
        click("confirm-inspection");
        notification("已确认开展");
        wait.until(d -> "检查中".equals(text("inspection-status")));
        JsonNode confirmed = Platform.get("lvliang", Platform.API + "/inspections/" + inspection).json();
        assertEquals("OPEN", confirmed.get("status").asText(), confirmed.toString());
        assertEquals("市安委办副主任", confirmed.get("groupLead").asText());
        assertEquals(List.of("REPORTS"), List.of(confirmed.get("methods").get(0).asText()));
    }
}

package org.luoshi.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.luoshi.itests.Platform.Answer;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A reminder letter (提醒函) in the UI of the running platform, in real headless Chromium: a hazard of 怀仁市 made over
 * REST is overdue; the city's user, writing as 市安委办, has the platform draft letters for the overdue records
 * (生成待审草稿), edits the body of the draft made for that hazard and sends it (numbered 朔安办函〔year〕n号); 怀仁市's
 * user finds it and signs for it (签收); REST then finds the letter SIGNED by huairen.
 */
@ExtendWith(Platform.class)
class UiLetterIT extends ChromiumSession {
    static final String RECIPIENT = "shanxi.shuozhou.huairen";

    @Test
    void anAutomaticDraftIsEditedSentAndSignedFor() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String description = "界面函件-配电室未设置挡鼠板-" + tag;
        Map<String, Object> h = HazardRestIT.hazard(RECIPIENT, description);
        h.put("inspectionDate", HazardRestIT.today().minusDays(30).toString());
        h.put("deadline", HazardRestIT.today().minusDays(1).toString());
        Answer created = Platform.postJson("admin", Platform.API + "/hazards", h);
        assertEquals(201, created.status(), created.body());
        long hazardId = created.json().get("id").asLong();

        login("shuozhou");
        click("nav-letters");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("letter-grid")));
        pick("#letters-jurisdiction input", "朔州市");
        wait.until(d -> "市安委办".equals(value("#letters-issuer input")));  // the issuing office, not 朔州市 itself
        click("auto-drafts");
        notification("份待审草稿");

        // the draft made for the hazard: nothing sent yet
        JsonNode draft = null;
        for (JsonNode l : Platform.get("shuozhou", Platform.API + "/letters?jurisdiction=shuozhou&limit=200").json()
                .get("items")) {
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
        assertTrue(browser.findElements(By.id("sign-letter")).isEmpty(), "the issuing city is offered no 签收 of its own letter");
        String number = value("#letter-number input");
        int year = HazardRestIT.today().getYear();
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
                browser.executeScript(CLICK, cell);
            }
            return true;
        });
    }

}

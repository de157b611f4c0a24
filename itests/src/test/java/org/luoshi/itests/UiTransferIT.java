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
 * 行刑衔接 in the UI of the running platform, in real headless Chromium: 右玉县 (user youyu) records a hazard over REST,
 * then in the UI sends a transfer from 右玉县应急局 to 右玉县公安局 citing that hazard (situation ORDER_REFUSED); the
 * county's public security (user youyugongan) opens it in the UI and accepts it; REST then shows it ACCEPTED by
 * youyugongan.
 */
@ExtendWith(Platform.class)
class UiTransferIT extends ChromiumSession {
    static final String DEPT = "shanxi.shuozhou.youyu.yingji";
    static final String POLICE = "shanxi.shuozhou.youyu.gongan";
    static final String ORDER_REFUSED = "因存在重大事故隐患被依法责令停产停业、停止施工、停止使用有关设备、设施、场所或者"
            + "立即采取排除危险的整改措施，而拒不执行";

    @Test
    void aTransferSentInTheUiIsAcceptedByThePoliceInTheUi() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long hazardId = TransferIT.hazard("界面移送-" + tag);
        String facts = "界面移送-某煤矿被责令停产整顿后拒不执行，继续组织井下作业-" + tag;

        login("youyu");
        click("nav-transfers");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("transfer-grid")));
        click("new-transfer");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("send-transfer")));
        choose("transfer-situation", ORDER_REFUSED);
        pick("#transfer-from-unit input", "右玉县应急局");
        pick("#transfer-to-unit input", "右玉县公安局");
        type("#transfer-facts textarea", facts);
        // the source is picked by words of its description (a number could be typed as well)
        pick("#transfer-source-id input", "界面移送-" + tag);
        wait.until(d -> String.valueOf(hazardId).equals(String.valueOf(browser.executeScript(
                "return document.getElementById('transfer-source-id').value"))) || value("#transfer-source-id input")
                .startsWith("#" + hazardId));
        click("add-transfer-source");
        wait.until(d -> cells().contains("#" + hazardId));
        click("send-transfer");
        notification("已移送");
        wait.until(d -> "已移送".equals(text("transfer-status")));
        long id = Long.parseLong(text("transfer-id").replaceAll("\\D", ""));

        JsonNode sent = Platform.get("youyu", TransferIT.T + "/" + id).json();
        assertEquals("ORDER_REFUSED", sent.get("situation").asText(), sent.toString());
        assertEquals(DEPT, sent.get("fromUnit").asText());
        assertEquals(POLICE, sent.get("toUnit").asText());
        assertEquals(facts, sent.get("facts").asText());
        assertEquals("hazard", sent.get("sources").get(0).get("type").asText(), sent.toString());
        assertEquals(hazardId, sent.get("sources").get(0).get("id").asLong());
        assertEquals("SENT", sent.get("status").asText());
        // the sender is offered no 受理
        assertTrue(browser.findElements(By.id("accept-transfer")).isEmpty(), "the sender cannot accept");

        login("youyugongan");
        browser.get(Platform.UI + "/transfers?id=" + id);
        wait.until(d -> "已移送".equals(text("transfer-status")));
        click("accept-transfer");
        notification("已受理");
        wait.until(d -> "已受理".equals(text("transfer-status")));

        Answer accepted = Platform.get("youyugongan", TransferIT.T + "/" + id);
        assertEquals(200, accepted.status(), accepted.body());
        JsonNode t = accepted.json();
        assertEquals("ACCEPTED", t.get("status").asText(), t.toString());
        assertEquals("youyugongan", t.get("acceptedBy").asText(), t.toString());
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    /** Opens a select (vaadin-select, by id) and clicks the item with exactly that text. */
    static void choose(String id, String text) {
        WebElement button = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#" + id + " vaadin-select-value-button")));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
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
        wait.until(d -> text.equals(browser.executeScript("const e = document.getElementById(arguments[0]); "
                + "const v = e && e.querySelector('vaadin-select-value-button'); return v ? v.textContent.trim() : null",
                id)));
    }
}

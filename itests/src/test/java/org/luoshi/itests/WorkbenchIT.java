package org.luoshi.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.luoshi.itests.Platform.Answer;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 12: the workbench (工作台) — every module's to-dos for the user, counts that are the totals of the lists they
 * link to, and charts — over REST ({@code /api/workbench}) and as the home page in Chromium.
 */
@ExtendWith(Platform.class)
class WorkbenchIT extends ChromiumSession {
    static final String W = Platform.API + "/workbench";

    private static JsonNode workbench(String user) {
        Answer a = Platform.get(user, W);
        assertEquals(200, a.status(), a.body());
        return a.json();
    }

    private static List<JsonNode> items(JsonNode wb, String kind, String recordId) {
        List<JsonNode> out = new ArrayList<>();
        wb.get("items").forEach(i -> {
            if (i.get("kind").asText().equals(kind) && i.get("recordId").asText().equals(recordId)) {
                out.add(i);
            }
        });
        return out;
    }

    private static long sendLetter(String recipient, String title) {
        Map<String, Object> letter = LetterIT.letter("SUPERVISION");
        letter.put("recipient", recipient);
        letter.put("title", title);
        Answer d = Platform.postJson("shuozhou", LetterIT.L, letter);
        assertEquals(201, d.status(), d.body());
        long id = d.json().get("id").asLong();
        assertEquals(200, Platform.postJson("shuozhou", LetterIT.L + "/" + id + "/sending", "").status());
        return id;
    }

    @Test
    void everyCountIsTheTotalOfTheListItLinksTo() {
        int checked = 0;
        for (String user : List.of("admin", "shuozhou", "shuocheng", "youyu", "fangshan", "nengyuanzu")) {
            JsonNode wb = workbench(user);
            assertTrue(wb.get("counts").size() >= 3, user + ": " + wb.get("counts"));
            for (JsonNode c : wb.get("counts")) {
                JsonNode list = Platform.get(user, Platform.API + c.get("api").asText()).json();
                assertEquals(c.get("total").asLong(), list.get("total").asLong(), user + " " + c.get("key") + " " + c.get("api"));
                checked++;
                if (c.hasNonNull("overdueApi")) {
                    JsonNode late = Platform.get(user, Platform.API + c.get("overdueApi").asText()).json();
                    assertEquals(c.get("overdue").asLong(), late.get("total").asLong(), user + " " + c.get("overdueApi"));
                    checked++;
                }
            }
        }
        assertTrue(checked >= 30, "figures checked: " + checked);
    }

    @Test
    void aLetterWaitsOnTheRecipientsWorkbenchUntilItIsAnswered() {
        String title = "关于工作台测试的督办函-" + UUID.randomUUID();
        long id = sendLetter("shanxi.shuozhou.youyu", title);
        String key = String.valueOf(id);
        List<JsonNode> sign = items(workbench("youyu"), "letter.sign", key);
        assertEquals(1, sign.size(), "the recipient signs it");
        assertEquals("letters?id=" + id, sign.get(0).get("route").asText());
        assertEquals(HazardRestIT.today().plusDays(10).toString(), sign.get(0).get("due").asText());
        assertEquals(10, sign.get(0).get("daysLeft").asLong());
        assertTrue(sign.get(0).get("title").asText().contains("关于工作台测试的督办函"));
        assertTrue(items(workbench("shuozhou"), "letter.sign", key).isEmpty(), "the issuer sees it from above: no to-do");
        assertFalse(workbench("pinglu").toString().contains(title), "a sibling county never sees it");

        assertEquals(200, Platform.postJson("youyu", LetterIT.L + "/" + id + "/signature", "").status());
        assertTrue(items(workbench("youyu"), "letter.sign", key).isEmpty());
        assertEquals(1, items(workbench("youyu"), "letter.answer", key).size(), "then it waits for the answer");

        Answer answered = Platform.postJson("youyu", LetterIT.L + "/" + id + "/answer",
                Map.of("plan", "制定整改方案", "report", "已按期整改"));
        assertEquals(200, answered.status(), answered.body());
        assertTrue(items(workbench("youyu"), "letter.answer", key).isEmpty(), "answered: nothing left to do");
    }

    @Test
    void anOverdueHazardOfTheOwnUnitComesFirstWithItsDaysOverdue() {
        Map<String, Object> h = HazardRestIT.hazard("shanxi.shuozhou.youyu", "工作台逾期隐患-" + UUID.randomUUID());
        h.put("inspectionDate", HazardRestIT.today().minusDays(10).toString());
        h.put("deadline", HazardRestIT.today().minusDays(2).toString());
        h.put("major", false);
        Answer created = Platform.postJson("youyu", Platform.API + "/hazards", h);
        assertEquals(201, created.status(), created.body());
        String id = created.json().get("id").asText();

        JsonNode wb = workbench("youyu");
        List<JsonNode> mine = items(wb, "hazard.deadline", id);
        assertEquals(1, mine.size(), wb.toString());
        assertTrue(mine.get(0).get("overdue").asBoolean());
        assertEquals(-2, mine.get(0).get("daysLeft").asLong());
        assertEquals("整改逾期", mine.get(0).get("kindName").asText());
        assertEquals("右玉县", mine.get(0).get("unitName").asText());
        long previous = Long.MIN_VALUE;
        boolean undated = false;
        for (JsonNode i : wb.get("items")) {
            if (i.get("daysLeft").isNull()) {
                undated = true;
                continue;
            }
            assertFalse(undated, "items without a deadline come last");
            assertTrue(i.get("daysLeft").asLong() >= previous, "overdue first, then the nearest deadline: " + wb.get("items"));
            previous = i.get("daysLeft").asLong();
        }
        assertTrue(items(workbench("shuozhou"), "hazard.deadline", id).isEmpty(),
                "the city's to-dos are its own; the county's overdue hazard is in its counts");
    }

    @Test
    void theHomePageShowsTheToDosCountsBadgesAndChartsAndOpensTheRecord() throws Exception {
        String title = "关于主页待办测试的督办函-" + UUID.randomUUID();
        long id = sendLetter("shanxi.shuozhou.youyu", title);
        JsonNode wb = workbench("youyu");
        long letters = 0;
        for (JsonNode i : wb.get("items")) {
            letters += i.get("route").asText().startsWith("letters?") ? 1 : 0;
        }
        login("youyu");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("todo-grid")));
        wait.until(d -> text("workbench-status").startsWith("共 "));
        WebElement total = browser.findElement(By.id("count-hazards-total"));
        JsonNode hazards = null;
        for (JsonNode c : wb.get("counts")) {
            if (c.get("key").asText().equals("hazards")) {
                hazards = c;
            }
        }
        assertNotNull(hazards);
        assertEquals(String.format("%,d", hazards.get("total").asLong()), total.getText());
        assertEquals(String.valueOf(letters), text("badge-nav-letters"), "the menu's badge counts the letters to do");
        assertEquals(String.valueOf(wb.get("items").size()), text("badge-nav-workbench"));
        // ECharts drew the charts (into a canvas it owns)
        wait.until(d -> (Boolean) browser.executeScript("return !!window.echarts && !!document.getElementById('chart-hazard-months')"
                + " && !!echarts.getInstanceByDom(document.getElementById('chart-hazard-months'))"));
        assertTrue(browser.findElement(By.id("chart-hazard-sources")).getAttribute("aria-label").startsWith("问题隐患来源："));
        Path shots = Path.of("target", "screenshots");
        Files.createDirectories(shots);
        Files.write(shots.resolve("workbench.png"), browser.getScreenshotAs(OutputType.BYTES));

        WebElement link = wait.until(d -> d.findElements(By.cssSelector("#todo-grid a")).stream()
                .filter(a -> a.getText().contains("关于主页待办测试的督办函")).findFirst().orElse(null));
        browser.executeScript(CLICK, link);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-letter"))); // the recipient signs it there
        assertTrue(browser.getCurrentUrl().endsWith("letters?id=" + id), browser.getCurrentUrl());
    }
}

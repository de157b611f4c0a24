package org.luoshi.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The 调度表 of 方山县 (方发改安全发〔2023〕35号) filled in the UI of the running platform, in real headless Chromium: the
 * bureau's user chooses the dispatch cycle, a period no test has reported yet, the 能源 special-action group and its
 * 本股室 table; the computed figures are shown read-only (the records behind 1. 企业自查发现的重大事故隐患 are as many as
 * the figure says), every typed value is typed by its type, the table is submitted and frozen with 提交人 and the late
 * mark (the periods are of 2023); REST then finds the report stored with exactly the typed values.
 */
@ExtendWith(Platform.class)
class UiDispatchIT extends ChromiumSession {
    static final String GROUP = "shanxi.lvliang.fangshan.fagai.nengyuanzu";
    static final String FORMS = Platform.API + "/forms/fangshan/dispatch";

    /** The latest period of the dispatch cycle in which the 能源 group has not sent its 本股室 table (label, index). */
    static JsonNode freePeriod() {
        JsonNode periods = Platform.get("fangshan",
                Platform.API + "/reporting/fangshan/dispatch/periods?from=2023-01-01&to=2023-12-31").json();
        assertTrue(periods.size() > 0, periods.toString());
        for (int i = periods.size() - 1; i >= 0; i--) {
            JsonNode p = periods.get(i);
            JsonNode in = Platform.get("fangshan", FORMS + "/reports?limit=200&period=" + p.get("index").asInt()).json()
                    .get("items");
            boolean taken = false;
            for (JsonNode r : in) {
                taken |= GROUP.equals(r.get("unit").asText()) && "section".equals(r.get("table").asText());
            }
            if (!taken) {
                return p;
            }
        }
        throw new AssertionError("every period of the dispatch cycle already has the group's 本股室 table");
    }

    @Test
    void theGroupFillsAndSubmitsItsTableAndRestFindsTheTypedValues() {
        JsonNode period = freePeriod();
        int index = period.get("index").asInt();
        String label = period.get("label").asText();
        String text = "界面调度表-" + UUID.randomUUID().toString().substring(0, 8);

        login("fangshan");
        click("nav-dispatch");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("dispatch-cycle")));
        pick("#dispatch-jurisdiction input", "方山县");
        pick("#dispatch-cycle input", "行动进展情况调度表");
        pick("#dispatch-period input", label);
        pick("#dispatch-unit input", "能源领域安全和高层建筑消防安全");
        pick("#dispatch-table input", "本股室");
        wait.until(d -> text("dispatch-form-title").contains("调度表"));
        wait.until(d -> text("dispatch-form-header").contains("表：本股室") && text("dispatch-form-header").contains(label));
        assertEquals("未提交", text("dispatch-status"));
        assertTrue(text("dispatch-period-info").contains("统计区间：" + period.get("figuresFrom").asText() + " 至 "
                + period.get("cutOff").asText()), text("dispatch-period-info"));
        assertTrue(text("dispatch-notes").contains("填报说明"));

        // the computed figures: read-only, with the records behind them
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-key='A1']")));
        assertTrue(attribute("dispatch-field-A1", "readonly"), "computed figures are not typed");
        String a1 = value("#dispatch-field-A1 input");
        click("drill-A1");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("drill-total"), "共 " + a1 + " 条"));
        click("drill-close");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("drill-total")));

        // every typed field, by its type
        @SuppressWarnings("unchecked")
        List<List<String>> typed = (List<List<String>>) browser.executeScript("return Array.from(document"
                + ".querySelectorAll('[data-form-input]')).filter(e => e.dataset.computed !== 'true')"
                + ".map(e => [e.id, e.dataset.key, e.dataset.type])");
        assertFalse(typed.isEmpty());
        Map<String, String> expected = new LinkedHashMap<>();
        int n = 0;
        boolean firstCount = true;
        boolean firstAmount = true;
        for (List<String> field : typed) {
            String id = field.get(0);
            String key = field.get(1);
            String type = field.get(2);
            n++;
            switch (type) {
                case "COUNT" -> {
                    if (firstCount) {
                        // kept as typed and marked at once (it became 15), then a full-width number counts as digits
                        type("#" + id + " input", "1.5");
                        wait.until(d -> attribute(id, "invalid"));
                        assertEquals("1.5", value("#" + id + " input"), "nothing typed is rewritten");
                        assertTrue(errorMessage(id).contains("整数"), errorMessage(id));
                        type("#" + id + " input", "\uff11\uff12");
                        wait.until(d -> !attribute(id, "invalid"));
                        expected.put(key, "12");
                        firstCount = false;
                        continue;
                    }
                    String v = String.valueOf(n % 9);
                    type("#" + id + " input", v);
                    expected.put(key, v);
                }
                case "AMOUNT" -> {
                    if (firstAmount) {
                        type("#" + id + " input", "-5");
                        wait.until(d -> attribute(id, "invalid"));
                        assertEquals("-5", value("#" + id + " input"));
                        firstAmount = false;
                    }
                    String v = n + ".25";
                    type("#" + id + " input", v);
                    expected.put(key, v);
                }
                case "YESNO" -> {
                    choose(id, "是");
                    expected.put(key, "是");
                }
                default -> {
                    type("#" + id + " textarea", text + "-" + key);
                    expected.put(key, text + "-" + key);
                }
            }
        }

        // 暂存: kept as typed for later; away and back, the values are there
        String firstId = typed.get(0).get(0);
        String firstValue = value("#" + firstId + " input, #" + firstId + " textarea");
        click("dispatch-save-draft");
        notification("已暂存");
        wait.until(d -> text("dispatch-draft-info").startsWith("已暂存"));
        click("nav-workbench");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("todo-grid")));
        String address = Platform.UI + "/dispatch?jurisdiction=fangshan&cycle=dispatch&period=" + index + "&unit=" + GROUP
                + "&table=section";
        browser.get(address);
        wait.until(d -> firstValue.equals(value("#" + firstId + " input, #" + firstId + " textarea")));
        assertTrue(text("dispatch-draft-info").contains(PeopleIT.display("fangshan")), text("dispatch-draft-info"));
        // typed but not kept: leaving asks first
        String countId = typed.stream().filter(f -> f.get(2).equals("COUNT")).findFirst().orElseThrow().get(0);
        type("#" + countId + " input", "8");
        click("nav-workbench");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dispatch-leave-stay")));
        click("dispatch-leave-stay");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("dispatch-leave-stay")));
        assertTrue(browser.getCurrentUrl().contains("/dispatch"), "stayed: " + browser.getCurrentUrl());
        type("#" + countId + " input", "12");

        click("dispatch-submit");
        click("dispatch-confirm");
        notification("已提交");
        wait.until(d -> "已提交".equals(text("dispatch-status")));
        assertEquals("提交人：" + PeopleIT.display("fangshan"), text("dispatch-submitted-by"), "the person, not the login");
        assertEquals("逾期提交", text("dispatch-late"), "a 2023 period is reported late");
        assertTrue(attribute(typed.get(0).get(0), "readonly"), "submitted: read-only");
        wait.until(d -> cells().contains("能源领域安全和高层建筑消防安全（高层建筑电气管理）专项行动领导小组"));

        // the report is real: REST finds it with exactly the typed values
        JsonNode mine = null;
        for (JsonNode r : Platform.get("fangshan", FORMS + "/reports?limit=200&period=" + index).json().get("items")) {
            if (GROUP.equals(r.get("unit").asText()) && "section".equals(r.get("table").asText())) {
                mine = r;
            }
        }
        assertNotNull(mine, "the group's 本股室 table of period " + index);
        assertEquals("SUBMITTED", mine.get("status").asText(), mine.toString());
        assertEquals("fangshan", mine.get("submittedBy").asText());
        assertTrue(mine.get("late").asBoolean());
        Map<String, JsonNode> values = new LinkedHashMap<>();
        for (JsonNode v : mine.get("values")) {
            values.put(v.get("key").asText(), v);
        }
        for (Map.Entry<String, String> e : expected.entrySet()) {
            JsonNode v = values.get(e.getKey());
            assertNotNull(v, e.getKey() + " stored: " + mine);
            String stored = v.get("value").asText();
            if (e.getValue().matches("\\d+\\.\\d+")) {
                assertEquals(0, new BigDecimal(e.getValue()).compareTo(new BigDecimal(stored)), e.getKey() + ": " + stored);
            } else {
                assertEquals(e.getValue(), stored, e.getKey());
            }
        }
        JsonNode figure = values.get("A1");
        assertNotNull(figure, mine.toString());
        assertTrue(figure.get("computed").asBoolean(), figure.toString());
        assertEquals(a1, figure.get("value").asText(), "the figure shown is the one frozen");

        // 更正: a wrong figure is corrected with a reason; the old one is kept and shown
        click("dispatch-correct");
        wait.until(d -> !attribute(countId, "readonly"));
        type("#" + countId + " input", "13");
        click("dispatch-correct-submit");
        wait.until(d -> attribute("dispatch-correct-reason", "invalid")); // the reason is required, at its field
        type("#dispatch-correct-reason input", "统计口径有误，更正为13");
        click("dispatch-correct-submit");
        notification("已更正");
        wait.until(d -> text("dispatch-corrections").contains("已更正 1 次"));
        assertTrue(text("dispatch-corrections").contains("12 → 13"), text("dispatch-corrections"));
        assertTrue(text("dispatch-corrections").contains("统计口径有误"), text("dispatch-corrections"));
        assertTrue(attribute(countId, "readonly"), "read-only again");
        JsonNode after = Platform.get("fangshan", Platform.API + "/forms/reports/" + mine.get("id").asLong()).json();
        assertEquals(1, after.get("corrections").size(), after.toString());
        assertEquals("12", after.get("corrections").get(0).get("changes").get(0).get("before").asText());
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    static String text(String id) {
        String t = (String) browser.executeScript(
                "const e = document.getElementById(arguments[0]); return e ? e.textContent.trim() : null", id);
        return t == null ? "" : t;
    }

    static boolean attribute(String id, String name) {
        return Boolean.TRUE.equals(browser.executeScript(
                "const e = document.getElementById(arguments[0]); return e ? e.hasAttribute(arguments[1]) : false", id, name));
    }

    /** Opens a select (是/否) by its value button and clicks the item with that text. */
    /** The error message a Vaadin field shows under itself. */
    static String errorMessage(String id) {
        return (String) browser.executeScript("const e = document.getElementById(arguments[0]); return e ? e.errorMessage || '' : ''", id);
    }

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
        wait.until(d -> text.equals(browser.executeScript("const v = document.querySelector(arguments[0]); "
                + "return v ? v.textContent.trim() : null", "#" + id + " vaadin-select-value-button")));
    }
}

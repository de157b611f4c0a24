package org.luoshi.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * 企业名录 in Chromium (issue 15): a county office registers an enterprise in the form (a wrong check character named at
 * the field first), registers a hazard naming it (picked by its code in the hazard form, which fills in the 整改单位),
 * finds it by its code, opens it and sees the hazard under 来龙去脉; an import with a bad row lists the row and imports
 * nothing; a neighbouring county does not find it.
 */
@ExtendWith(Platform.class)
class UiEnterpriseIT extends ChromiumSession {
    @Test
    void aCountyOfficeRegistersFindsAndFollowsAnEnterprise() throws Exception {
        String code = EnterpriseIT.code();
        String name = "界面测试矿业有限公司-" + code.substring(8, 13);
        login("youyu");
        click("nav-enterprises");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("enterprise-grid")));
        click("enterprise-new");
        type("#enterprise-code input", EnterpriseIT.wrongCheck(code));
        type("#enterprise-name input", name);
        pick("#enterprise-sector input", "非煤矿山");
        pick("#enterprise-unit input", "右玉县应急局");
        click("enterprise-save");
        wait.until(d -> "true".equals(d.findElement(By.id("enterprise-code")).getAttribute("invalid")));
        String message = (String) browser.executeScript(
                "return document.getElementById('enterprise-code').errorMessage");
        assertTrue(message.contains("校验位"), message);
        type("#enterprise-code input", code);
        click("enterprise-save");
        notification("已登记 " + name);

        JsonNode made = Platform.get("youyu", EnterpriseIT.E + "?q=" + code).json().get("items").get(0);
        assertEquals("shanxi.shuozhou.youyu.yingji", made.get("supervisingUnit").asText());
        long id = made.get("id").asLong();
        // a hazard registered in the hazard list names the enterprise, picked by its code
        click("nav-hazards");
        click("add-hazard");
        pick("#jurisdiction input", "朔州市");
        pick("#unit input", "右玉县");
        pick("#source input", "执法检查");
        type("#inspection-unit input", "县应急局");
        type("#description textarea", "尾矿库排洪设施堵塞-" + code);
        setDate("#inspection-date input", HazardRestIT.today().minusDays(1).toString());
        setDate("#deadline input", HazardRestIT.today().plusDays(10).toString());
        pick("#hazard-enterprise input", code);
        wait.until(d -> name.equals(value("#rectification-unit input")));
        click("save");
        wait.until(d -> HazardRestIT.total("youyu", "&enterpriseId=" + id) == 1);
        JsonNode hazard = Platform.get("youyu", Platform.API + "/hazards?enterpriseId=" + id).json().get("items").get(0);
        assertEquals(name, hazard.get("enterpriseName").asText());
        click("nav-enterprises");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("enterprise-grid")));

        type("#enterprises-text input", code);
        try {
            wait.until(d -> cells().contains(name));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("not found by its code: " + text("enterprises-total") + " " + cells()
                    + " " + value("#enterprises-text input"), e);
        }
        browser.get(Platform.UI + "/enterprises?id=" + id); // as a link to it opens it
        click("enterprise-tab-history");
        try {
            wait.until(d -> text("enterprise-history-summary") != null
                    && text("enterprise-history-summary").contains("问题隐患 1"));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("history: " + text("enterprise-history-summary") + " | " + cells(), e);
        }
        wait.until(d -> cells().stream().anyMatch(c -> c.contains("尾矿库排洪设施堵塞")));
        click("enterprise-close");

        // an import with a bad row: the row named, nothing imported
        List<List<String>> rows = new ArrayList<>();
        String good = EnterpriseIT.code();
        rows.add(List.of(good, "界面导入企业-" + good.substring(8, 13), "煤矿", "右玉县应急局"));
        rows.add(List.of(EnterpriseIT.wrongCheck(EnterpriseIT.code()), "界面导入坏行", "煤矿", "右玉县应急局"));
        Path file = Files.createTempDirectory("ui-enterprises").resolve("企业名录.xlsx");
        Files.write(file, EnterpriseIT.workbook(rows));
        click("enterprise-import");
        WebElement upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("enterprise-upload")));
        upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
        wait.until(d -> text("enterprise-import-summary") != null);
        assertTrue(text("enterprise-import-summary").contains("未导入任何企业"), text("enterprise-import-summary"));
        wait.until(d -> cells().contains("第 4 行"));
        assertEquals(0, Platform.get("youyu", EnterpriseIT.E + "?q=" + good).json().get("total").asInt());

        login("pinglu");
        click("nav-enterprises");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("enterprise-grid")));
        type("#enterprises-text input", code);
        wait.until(d -> text("enterprises-total") != null && text("enterprises-total").contains("共 0 家"));
    }
}

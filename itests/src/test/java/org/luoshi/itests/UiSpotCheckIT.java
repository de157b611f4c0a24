package org.luoshi.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * 抽查 in Chromium (issue 15): a county office (怀仁市, which must cover all) sees its rule, plans a campaign — a ratio
 * below its level's refused at the field — draws the sample with a public seed, re-draws it to the same list, and sees
 * the year's coverage chart.
 */
@ExtendWith(Platform.class)
class UiSpotCheckIT extends ChromiumSession {
    @Test
    void aCountyOfficeDrawsASampleAndSeesItsCoverage() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String code = EnterpriseIT.code();
            rows.add(List.of(code, "界面抽查企业" + i + "-" + code.substring(8, 13), i % 3 == 0 ? "燃气" : "特种设备", "怀仁市",
                    "怀仁市", "小型", "在产", "", ""));
        }
        Platform.Answer imported = Platform.sendBytes("huairen", "POST", Platform.API + "/enterprises/import?jurisdiction=shuozhou",
                "application/octet-stream", EnterpriseIT.workbook(rows));
        assertEquals(200, imported.status(), imported.body());

        login("huairen");
        click("nav-spot-checks");
        wait.until(d -> text("spot-rule") != null && text("spot-rule").contains("不低于 100%"));
        click("spot-new");
        type("#spot-title input", "怀仁市燃气和特种设备企业全覆盖检查");
        pick("#spot-sectors input", "燃气");
        pick("#spot-sectors input", "特种设备");
        type("#spot-ratio input", "50");
        click("spot-save");
        wait.until(d -> "true".equals(d.findElement(By.id("spot-ratio")).getAttribute("invalid"))
                && String.valueOf(browser.executeScript("return document.getElementById('spot-ratio').errorMessage"))
                        .contains("不得低于县级抽查比例下限 100%"));
        type("#spot-ratio input", "100");
        click("spot-save");
        notification("已新建抽查");

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("spot-draw")));
        type("#spot-seed input", "20261207");
        click("spot-draw");
        wait.until(d -> text("spot-drawn") != null);
        assertTrue(text("spot-drawn").contains("已抽 12 家") && text("spot-drawn").contains("种子 20261207"),
                text("spot-drawn"));
        assertTrue(text("spot-strata").contains("燃气 4/4") && text("spot-strata").contains("特种设备 8/8"),
                text("spot-strata"));
        wait.until(d -> cells().stream().filter(c -> c.startsWith("界面抽查企业")).count() == 12);
        assertTrue(cells().contains("待确认"), "each sampled enterprise became a draft inspection: " + cells());
        click("spot-redraw");
        wait.until(d -> text("spot-redraw-result") != null && text("spot-redraw-result").contains("复核一致"));

        JsonNode list = Platform.get("huairen", Platform.API + "/spot-checks?office=shanxi.shuozhou.huairen").json();
        assertEquals(1, list.get("total").asInt(), list.toString());
        assertEquals(12, list.get("items").get(0).get("sampled").asInt());

        // the year's coverage chart of the office, its figures in words for readers (and this test)
        wait.until(d -> {
            Object label = browser.executeScript("const e = document.getElementById('spot-coverage-chart');"
                    + " return e ? e.getAttribute('aria-label') : null");
            return label != null && label.toString().contains("应抽：怀仁市 12") && label.toString().contains("已检查：怀仁市 0");
        });
    }
}

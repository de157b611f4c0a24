package org.luoshi.itests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * 考评排队 in Chromium (issue 15): 朔州's city office opens its monthly evaluation, computes last month (the draft kept)
 * and sees each group's table and the chart of the scores, its figures in words for readers (and this test), and a
 * county's score broken down by indicator; a county
 * evaluated by it sees no unpublished month.
 */
@ExtendWith(Platform.class)
class UiRankingIT extends ChromiumSession {
    @Test
    void theCityOfficeComputesAMonthAndSeesTheRankingChart() {
        login("shuozhou");
        click("nav-rankings");
        wait.until(d -> text("ranking-status") != null && text("ranking-status").contains("实时数据"));
        click("ranking-compute");
        notification("已计算并保存待发布稿");
        wait.until(d -> text("ranking-status").contains("待发布稿"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ranking-grid-counties")));
        assertTrue(cells().contains("朔城区") && cells().contains("市应急局"), cells().toString());
        wait.until(d -> {
            Object label = browser.executeScript("const e = document.getElementById('ranking-chart-counties');"
                    + " return e ? e.getAttribute('aria-label') : null");
            return label != null && label.toString().startsWith("各县（市、区）得分：得分：") && label.toString().contains("右玉县 ");
        });
        // a row opens the figures behind the score and its breakdown
        org.openqa.selenium.WebElement cell = browser.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                .filter(e -> e.getText().equals("右玉县")).findFirst().orElseThrow();
        cell.click();
        wait.until(d -> {
            Object label = browser.executeScript("const e = document.getElementById('ranking-detail-chart');"
                    + " return e ? e.getAttribute('aria-label') : null");
            return label != null && label.toString().startsWith("右玉县得分构成：得分：") && label.toString().contains("应报未报 ");
        });

        login("youyu");
        click("nav-rankings");
        wait.until(d -> text("ranking-status") != null);
        wait.until(d -> String.valueOf(browser.executeScript("return document.body.textContent")).contains("尚未发布"));
        assertTrue(browser.findElements(By.id("ranking-compute")).stream().noneMatch(e -> e.isDisplayed()),
                "an evaluated county does not compute");
    }
}

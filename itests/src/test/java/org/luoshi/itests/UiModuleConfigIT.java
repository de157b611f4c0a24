package org.luoshi.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * 模块配置 in Chromium (issue 14): Shuozhou's office switches 问题线索核查 off on its 模块配置 page; its users and its
 * counties' lose the menu entry, Fangshan's users keep it; a county sees the city's settings without edit buttons.
 */
@ExtendWith(Platform.class)
class UiModuleConfigIT extends ChromiumSession {

    @Test
    void aCityOfficeSwitchesTipOffsOffAndItsUsersLoseTheMenuEntry() {
        login("shuozhou");
        assertTrue(present("nav-tipoffs"), "on before");
        browser.get(Platform.UI + "/settings");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("settings-grid")));
        wait.until(d -> text("setting-source-tipoffs-enabled") != null);
        assertEquals("默认", text("setting-source-tipoffs-enabled"));
        click("setting-edit-tipoffs-enabled");
        click("setting-value");
        click("setting-save");
        notification("已将 朔州市 的 问题线索核查·启用本模块 设为 否");
        wait.until(d -> "市级 朔州市（本级设置）".equals(text("setting-source-tipoffs-enabled")));
        assertEquals("false", ModuleConfigIT.setting("shuozhou", ModuleConfigIT.CITY, "tipoffs", "enabled")
                .get("value").asText(), "saved in the service");

        browser.get(Platform.UI + "/");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nav-workbench")));
        assertFalse(present("nav-tipoffs"), "the city's menu has no 问题线索 any more");

        login("youyu");
        assertFalse(present("nav-tipoffs"), "nor its counties'");
        browser.get(Platform.UI + "/settings?scope=" + ModuleConfigIT.CITY);
        wait.until(d -> text("setting-source-tipoffs-enabled") != null);
        assertFalse(present("setting-edit-tipoffs-enabled"), "a county cannot change the city's setting");

        login("fangshan");
        assertTrue(present("nav-tipoffs"), "another city's county keeps it");
    }

    @Test
    void anOfficeSetsUpAnAdHocCycleOnTheReportingPage() {
        String name = "汛期安全生产专项调度-" + java.util.UUID.randomUUID().toString().substring(0, 6);
        login("shuozhou");
        browser.get(Platform.UI + "/reporting");
        click("adhoc-cycle-add");
        type("#adhoc-name input", name);
        pick("#adhoc-reporters input", "平鲁区");
        pick("#adhoc-reporters input", "右玉县");
        setDate("#adhoc-date input", HazardRestIT.today().plusDays(7).toString());
        click("adhoc-date-add");
        click("adhoc-save");
        notification("已新增不定期调度：" + name);
        com.fasterxml.jackson.databind.JsonNode made = null;
        for (com.fasterxml.jackson.databind.JsonNode c : Platform.get("shuozhou", Platform.API + "/cycles/shuozhou").json()) {
            if (c.get("name").asText().equals(name)) {
                made = c;
            }
        }
        assertTrue(made != null && made.get("adhoc").asBoolean(), "saved by the service");
        assertEquals("[\"shanxi.shuozhou.pinglu\",\"shanxi.shuozhou.youyu\"]", made.get("reporters").toString());
        assertEquals("shanxi.shuozhou", made.get("receiver").asText());
        assertEquals(200, Platform.send("shuozhou", "DELETE", Platform.API + "/cycles/shuozhou/" + made.get("id").asText(), "")
                .status());
    }

    private static boolean present(String id) {
        return !browser.findElements(By.id(id)).isEmpty();
    }

    @AfterEach
    void restore() {
        Platform.postJson("admin", ModuleConfigIT.S + "/" + ModuleConfigIT.CITY + "/rollback", Map.of("version", 0));
    }
}

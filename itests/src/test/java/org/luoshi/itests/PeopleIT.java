package org.luoshi.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.luoshi.itests.Platform.Answer;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 12: people have names. A profile (姓名、职务、所属单位、联系电话) beside each login, kept by its person (name,
 * title, telephone) or an administrator (also the unit), read by those who see its unit, audited; the UI shows who is
 * logged in and who acted by name and title.
 */
@ExtendWith(Platform.class)
class PeopleIT extends ChromiumSession {
    static final String P = Platform.API + "/people";

    /** How the platform shows a login: "姓名（职务）", or the login without a profile. */
    static String display(String login) {
        Answer a = Platform.get("admin", P + "/" + login);
        if (a.status() == 404) {
            return login;
        }
        JsonNode p = a.json();
        return p.get("title").isNull() ? p.get("name").asText() : p.get("name").asText() + "（" + p.get("title").asText() + "）";
    }

    @Test
    void thePersonKeepsItsOwnProfileAndOnlyTheAdministratorItsUnit() {
        JsonNode me = Platform.get("huairen", P + "/me").json();
        assertEquals("huairen", me.get("login").asText());
        Answer own = Platform.send("huairen", "PUT", P + "/huairen",
                Map.of("name", "陈静", "title", "县安委办综合股股长", "phone", "0349-5550001", "version", me.path("version").asLong()));
        assertEquals(200, own.status(), own.body());
        assertEquals("县安委办综合股股长", own.json().get("title").asText());
        assertEquals("shanxi.shuozhou.huairen", own.json().get("unit").asText(), "the unit stays the administrator's");
        assertFalse(own.json().get("unitName").asText().startsWith("shanxi"), "the unit by its name");

        Answer moved = Platform.send("huairen", "PUT", P + "/huairen", Map.of("name", "陈静", "unit", "shanxi.shuozhou"));
        assertEquals(403, moved.status(), "a person cannot move itself to another unit: " + moved.body());
        Answer other = Platform.send("shuozhou", "PUT", P + "/huairen", Map.of("name", "改名"));
        assertEquals(403, other.status(), "the city sees the county's people but does not keep their profiles");
        assertTrue(other.body().contains("只能修改本人的信息"), other.body());

        Answer blank = Platform.send("huairen", "PUT", P + "/huairen", Map.of("name", " ", "phone", "打电话给我"));
        assertEquals(400, blank.status());
        assertTrue(blank.body().contains("\"name\"") && blank.body().contains("\"phone\""), "errors by field: " + blank.body());
        assertFalse(blank.body().contains("打电话给我"), "the input is not echoed");

        Answer stale = Platform.send("huairen", "PUT", P + "/huairen", Map.of("name", "陈静", "version", -1));
        assertEquals(409, stale.status(), "an edit of an older version is refused: " + stale.body());

        Answer byAdmin = Platform.send("admin", "PUT", P + "/huairen",
                Map.of("name", "陈静", "title", "县安委办综合股股长", "unit", "shanxi.shuozhou.huairen", "phone", "0349-5550001"));
        assertEquals(200, byAdmin.status(), byAdmin.body());
        Answer unknownUnit = Platform.send("admin", "PUT", P + "/huairen", Map.of("name", "陈静", "unit", "shanxi.nowhere"));
        assertEquals(400, unknownUnit.status());

        JsonNode audit = Platform.get("admin", Platform.API + "/audit?entityType=person&entityId=huairen&limit=50").json();
        assertTrue(audit.toString().contains("person.update"), "every change is audited: " + audit);
    }

    @Test
    void profilesAreReadByThoseWhoSeeTheUnit() {
        assertEquals(200, Platform.get("shuozhou", P + "/youyu").status(), "the city sees its county's people");
        assertEquals(404, Platform.get("pinglu", P + "/youyu").status(), "a sibling county does not");
        assertEquals(404, Platform.get("fangshan", P + "/youyu").status(), "nor another city's unit");
        JsonNode city = Platform.get("shuozhou", P).json();
        assertTrue(city.toString().contains("\"youyu\"") && !city.toString().contains("\"fangshan\""), city.toString());
        assertEquals(403, Platform.get("pinglu", P + "?unit=shanxi.shuozhou.youyu").status());
    }

    @Test
    void theHeaderAndTheRecordsShowThePersonNotTheLogin() {
        JsonNode me = Platform.get("shuozhou", P + "/me").json();
        login("shuozhou");
        wait.until(d -> text("current-user").contains(me.get("name").asText()));
        assertTrue(text("current-user").contains(me.get("title").asText()), text("current-user"));
        // 我的信息: the person changes its own title
        click("current-user");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("profile-save")));
        type("#profile-title input", "市安委办综合科副科长");
        click("profile-save");
        wait.until(d -> text("current-user").contains("市安委办综合科副科长"));
        assertEquals("市安委办综合科副科长", Platform.get("shuozhou", P + "/me").json().get("title").asText());
        // 人员信息 lists the people the city sees, by name
        click("nav-people");
        wait.until(d -> cells("people-grid").contains(me.get("name").asText()));
        assertTrue(cells("people-grid").contains(display("youyu").replaceAll("（.*", "")), cells("people-grid"));
        assertFalse(cells("people-grid").contains("fangshan"), "another city's people are not listed");
        // put the title back for the other tests
        assertEquals(200, Platform.send("shuozhou", "PUT", P + "/shuozhou", Map.of("name", me.get("name").asText(),
                "title", me.get("title").asText(), "phone", me.path("phone").asText("0349-0000002"))).status());
    }

    private static String cells(String grid) {
        return (String) browser.executeScript("return Array.from(document.querySelectorAll('#' + arguments[0]"
                + " + ' vaadin-grid-cell-content')).map(c => c.textContent).join('|')", grid);
    }
}

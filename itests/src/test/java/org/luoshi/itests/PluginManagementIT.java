package org.luoshi.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Plugin management, its first part (issue 14): the administrator lists the region plugins installed — each with its
 * state, the SHA-256 of the jar in {@code deploy/} (compared here with the file's own) and what it supplies; nobody
 * else may.
 */
@ExtendWith(Platform.class)
class PluginManagementIT {

    @Test
    void theAdministratorListsThePluginsWithTheirDigestsAndWhatTheySupply() throws Exception {
        JsonNode list = Platform.get("admin", Platform.API + "/admin/plugins").json();
        Map<String, JsonNode> byJurisdiction = new LinkedHashMap<>();
        for (JsonNode p : list) {
            byJurisdiction.put(p.get("jurisdiction").asText(), p);
        }
        assertEquals(List.of("fangshan", "lvliang", "shanxi", "shuozhou"),
                byJurisdiction.keySet().stream().sorted().toList(), list.toString());
        for (JsonNode p : list) {
            assertEquals("ACTIVE", p.get("state").asText(), p.toString());
            assertTrue(p.get("error").isNull(), p.toString());
            byte[] jar = Files.readAllBytes(Platform.home().resolve("deploy/" + p.get("bundle").asText() + ".jar"));
            assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(jar)),
                    p.get("digest").asText(), "the digest of " + p.get("bundle").asText());
        }
        JsonNode lvliang = byJurisdiction.get("lvliang");
        assertEquals("org.luoshi.jurisdiction.lvliang", lvliang.get("bundle").asText());
        assertEquals("吕梁市", lvliang.get("name").asText());
        assertEquals(29, lvliang.get("tasks").asInt(), "21 tasks and 8 sector rows");
        assertEquals(Platform.get("admin", Platform.API + "/jurisdictions/lvliang/units").json().size(),
                lvliang.get("units").asInt());
        assertEquals(2, lvliang.get("cycles").asInt());
        assertEquals(List.of("accidents"), List.of(lvliang.get("modules").get(0).asText()));
        assertEquals(1, byJurisdiction.get("fangshan").get("forms").asInt(), "Fangshan's 调度表");
        for (String user : List.of("shuozhou", "youyu", "lvliang")) {
            assertEquals(403, Platform.get(user, Platform.API + "/admin/plugins").status(), user);
        }
        // the same list on the administrator's console
        String console = LifecycleIT.console("luoshi:plugin-list");
        for (JsonNode p : list) {
            assertTrue(console.contains(p.get("bundle").asText()) && console.contains(p.get("digest").asText().substring(0, 16)),
                    console);
        }
        assertTrue(console.contains("lvliang 吕梁市"), console);
    }
}

package org.luoshi.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.luoshi.itests.Platform.Answer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Backup and restore: an administrator backs up (POST /api/admin/backup — others are refused), the platform's data
 * is wiped (database, ConfigAdmin state, checkpoint, keys: a new machine), bin/luoshi-restore puts the backup back, and
 * after the start every record is there, the audit chain verifies, and the reporter's sealed identity still opens for
 * the case's handler (its key came back with the backup).
 */
@ExtendWith(Platform.class)
class RestoreIT {
    private static final String T = Platform.API + "/tipoffs";

    @Test
    void aBackupRestoredOnAWipedPlatformHasEveryRecordAndStillOpensSealedIdentities() throws Exception {
        assertEquals(403, Platform.postJson("shuozhou", Platform.API + "/admin/backup", Map.of()).status(), "admins only");
        assertEquals(401, Platform.postJson(null, Platform.API + "/admin/backup", Map.of()).status());

        // a hazard, and a tip-off whose reporter's identity is sealed, opened for the accepting office
        Answer hazard = Platform.postJson("admin", Platform.API + "/hazards",
                HazardRestIT.hazard("shanxi.shuozhou.shuocheng", "备份恢复测试-" + UUID.randomUUID()));
        assertEquals(201, hazard.status(), hazard.body());
        long hazardId = hazard.json().get("id").asLong();
        String name = "举报人乙" + (System.nanoTime() % 100000);
        String phone = "138" + String.format("%08d", System.nanoTime() % 100000000L);
        Map<String, Object> in = new HashMap<>(Map.of("subject", "平鲁区某企业", "content", "备份恢复测试举报-" + name,
                "place", "平鲁区", "reporterName", name, "reporterContact", phone, "replyChannel", "SMS"));
        assertEquals(201, Platform.postJson(null, Platform.API + "/public/tipoffs/shuozhou", in).status());
        long tipoff = -1;
        for (JsonNode t : Platform.get("shuozhou", T + "?jurisdiction=shuozhou&status=RECEIVED&limit=200").json().get("items")) {
            if (t.get("content").asText().equals("备份恢复测试举报-" + name)) {
                tipoff = t.get("id").asLong();
            }
        }
        assertTrue(tipoff > 0);
        assertEquals(200, Platform.postJson("shuozhou", T + "/" + tipoff + "/acceptance", Map.of("note", "受理")).status());
        assertEquals(name, Platform.get("shuozhou", T + "/" + tipoff).json().get("reporterName").asText());

        long entries = Platform.get("admin", Platform.API + "/audit/verify").json().get("entries").asLong();
        Answer made = Platform.postJson("admin", Platform.API + "/admin/backup", Map.of());
        assertEquals(201, made.status(), made.body());
        Path backup = Paths.get(made.json().get("directory").asText());
        assertTrue(Files.isDirectory(backup.resolve("derby/luoshi")), made.body());
        assertTrue(made.json().get("keys").asInt() >= 2, "the identity key and the audit key: " + made.body());
        try (var keys = Files.list(backup.resolve("keys"))) {
            assertTrue(keys.anyMatch(k -> k.getFileName().toString().matches("identity-[0-9]+\\.key")), made.body());
        }
        assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(backup.resolve("keys"))), "the backup's keys are the owner's only");
        JsonNode backupEntry = Platform.get("admin", Platform.API + "/audit?entityType=backup&entityId="
                + backup.getFileName()).json();
        assertEquals(1, backupEntry.size(), "the backup is audited: " + backupEntry);
        JsonNode hazardBefore = Platform.get("admin", Platform.API + "/hazards/" + hazardId).json();

        // a new machine: Karaf's data folder (ConfigAdmin's state), the platform's var/ (database, checkpoint) and its keys go
        Platform.stop();
        Platform.deleteTree(Platform.home().resolve("data"));
        Platform.deleteTree(Platform.home().resolve("var"));
        Platform.deleteTree(Platform.home().resolve("etc/luoshi-keys"));
        String out = Platform.run(Platform.home(), "bin/luoshi-restore", backup.toString());
        assertTrue(out.contains("restored"), out);
        Platform.start();

        assertEquals(hazardBefore.toString(),
                Platform.get("admin", Platform.API + "/hazards/" + hazardId).json().toString(), "the hazard as it was");
        JsonNode after = Platform.get("admin", Platform.API + "/audit/verify").json();
        assertTrue(after.get("valid").asBoolean(), after.toString());
        assertEquals(entries, after.get("entries").asLong(), "every entry up to the backup: " + after);
        assertEquals(name, Platform.get("shuozhou", T + "/" + tipoff).json().get("reporterName").asText(),
                "the sealed identity opens with the restored key");
        assertEquals(phone, Platform.get("shuozhou", T + "/" + tipoff).json().get("reporterContact").asText());
        // and the platform writes on
        assertEquals(201, Platform.postJson("admin", Platform.API + "/hazards",
                HazardRestIT.hazard("shanxi.shuozhou.shuocheng", "恢复后新增-" + UUID.randomUUID())).status());
        assertTrue(Platform.get("admin", Platform.API + "/audit/verify").json().get("valid").asBoolean());
    }
}

package org.luoshi.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.luoshi.itests.Platform.Answer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 11, finding 10: the keys live in etc/luoshi-keys (owner-only), so `bin/karaf clean` — which empties data/ —
 * loses neither them nor the data (var/); a reporter's sealed identity is bound to its record (moved to another tip-off
 * it does not open); and a key rotation re-seals every identity with a new key and deletes the old one.
 */
@ExtendWith(Platform.class)
class KeysIT {
    private static final String T = Platform.API + "/tipoffs";

    private static long acceptedNamedTipOff(String name, String phone) {
        Map<String, Object> in = Map.of("unit", TipOffIT.COUNTY, "channel", "PHONE", "receivedOn",
                HazardRestIT.today().toString(), "content", "密钥测试举报-" + name, "reporterName", name,
                "reporterContact", phone, "replyChannel", "PHONE");
        Answer a = Platform.postJson("youyu", T, in);
        assertEquals(201, a.status(), a.body());
        long id = a.json().get("id").asLong();
        assertEquals(200, Platform.postJson("youyu", T + "/" + id + "/acceptance", Map.of("note", "受理")).status());
        return id;
    }

    private static List<String> keyFiles() throws Exception {
        try (Stream<Path> s = Files.list(Platform.home().resolve("etc/luoshi-keys"))) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void keysAreOwnerOnlyInEtcAndSurviveKarafClean() throws Exception {
        String name = "举报人" + TipOffIT.unique("").substring(0, 6);
        long id = acceptedNamedTipOff(name, "13912345678");
        Path keys = Platform.home().resolve("etc/luoshi-keys");
        assertTrue(keyFiles().stream().anyMatch(f -> f.startsWith("identity-")), keyFiles().toString());
        assertTrue(keyFiles().stream().anyMatch(f -> f.startsWith("checkpoint-")), keyFiles().toString());
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keys)));
        for (String f : keyFiles()) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.resolve(f))), f);
        }
        // no copy of any key under data/ (ConfigAdmin's store held them before): search the small files for their text
        List<String> secrets = new java.util.ArrayList<>();
        for (String f : keyFiles()) {
            secrets.add(Files.readString(keys.resolve(f)).strip());
        }
        try (Stream<Path> cache = Files.walk(Platform.home().resolve("data"))) {
            List<Path> holding = cache.filter(Files::isRegularFile).filter(p -> p.toFile().length() < 1_000_000)
                    .filter(p -> {
                        try {
                            String text = new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1);
                            return secrets.stream().anyMatch(text::contains);
                        } catch (java.io.IOException e) {
                            return false;
                        }
                    }).toList();
            assertTrue(holding.isEmpty(), "a key under data/: " + holding);
        }

        // bin/karaf clean: Karaf empties data/ (all but its log) before it starts
        Platform.stop();
        Path marker = Files.writeString(Platform.home().resolve("data/cleaned-by-karaf"), "x");
        Platform.start("clean");
        assertFalse(Files.exists(marker), "karaf clean emptied data/");
        JsonNode read = Platform.get("youyu", T + "/" + id).json();
        assertEquals(name, read.get("reporterName").asText(), "the sealed name opens after karaf clean");
        assertEquals("13912345678", read.get("reporterContact").asText());
        assertTrue(Platform.get("admin", Platform.API + "/audit/verify").json().get("valid").asBoolean(),
                "the audit checkpoint and its key survived too");
    }

    @Test
    void aSealedIdentityIsBoundToItsRecord() throws Exception {
        long first = acceptedNamedTipOff("甲" + TipOffIT.unique("").substring(0, 5), "13900000001");
        long second = acceptedNamedTipOff("乙" + TipOffIT.unique("").substring(0, 5), "13900000002");
        if (!Platform.POSTGRES) {
            Platform.stop();
        }
        try {
            Platform.withDatabase(c -> {
                try (var s = c.prepareStatement("UPDATE LS_TIPOFF SET REPORTERNAMESEALED = (SELECT REPORTERNAMESEALED"
                        + " FROM LS_TIPOFF WHERE ID = ?) WHERE ID = ?")) {
                    s.setLong(1, first);
                    s.setLong(2, second);
                    assertEquals(1, s.executeUpdate());
                }
            });
        } finally {
            if (!Platform.POSTGRES) {
                Platform.start();
            }
        }
        Answer moved = Platform.get("youyu", T + "/" + second);
        assertEquals(200, moved.status(), moved.body());
        assertEquals("〔无法解密〕", moved.json().get("reporterName").asText(), "a name moved from another tip-off does not open");
        assertFalse(moved.body().contains("甲"), moved.body());
        assertEquals("13900000002", moved.json().get("reporterContact").asText(), "the untouched field still opens");
        assertEquals(200, Platform.get("youyu", T + "/" + first).status(), "the original still opens");
    }

    @Test
    void aRotationResealsEveryIdentityAndDeletesTheOldKey() throws Exception {
        String name = "丙" + TipOffIT.unique("").substring(0, 5);
        long id = acceptedNamedTipOff(name, "13900000003");
        String before = keyFiles().stream().filter(f -> f.startsWith("identity-")).reduce((a, b) -> b).orElseThrow();
        assertEquals(403, Platform.postJson("shuozhou", T + "/identity-key/rotation", "").status(), "administrators only");
        assertEquals(401, Platform.postJson(null, T + "/identity-key/rotation", "").status());
        Answer rotated = Platform.postJson("admin", T + "/identity-key/rotation", "");
        assertEquals(200, rotated.status(), rotated.body());
        int keyId = rotated.json().get("keyId").asInt();
        assertTrue(rotated.json().get("resealed").asInt() >= 1, rotated.body());
        assertEquals(List.of("identity-" + keyId + ".key"), keyFiles().stream().filter(f -> f.startsWith("identity-")).toList(),
                "only the new key is kept (was " + before + ")");
        JsonNode read = Platform.get("youyu", T + "/" + id).json();
        assertEquals(name, read.get("reporterName").asText(), "re-sealed with the new key");
        assertEquals("13900000003", read.get("reporterContact").asText());
        assertEquals(1, Platform.get("admin", Platform.API + "/audit?entityType=key&entityId=identity-" + keyId).json().size(),
                "the rotation is audited");
    }
}

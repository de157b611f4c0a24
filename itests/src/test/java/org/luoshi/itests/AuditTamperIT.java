package org.luoshi.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Someone with write access to the database but not to the server's files tampers with the audit trail as well as he
 * can: he cuts off its last entries and moves the chain head back, or rewrites an entry and recomputes every hash after
 * it (the algorithm is public: SHA-256 over length-prefixed fields and the previous hash) and the head. Inside the
 * database the chain then verifies; the checkpoint outside it (var/luoshi/audit-checkpoint, MAC'd with a key from
 * ConfigAdmin) does not fit, and verify says so. An entry edited in place without rehashing is named, by REST and by
 * the console, as the first broken one. The platform's database is put back afterwards.
 */
@ExtendWith(Platform.class)
class AuditTamperIT {
    private static final String VERIFY = Platform.API + "/audit/verify";

    private record Entry(long seq, String at, String actor, String action, String type, String id, String before,
            String after, String prev, String hash) {
    }

    @Test
    void cuttingOffTheEndOrRewritingAndRehashingIsDetected() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertEquals(201, Platform.postJson("admin", Platform.API + "/hazards",
                    HazardRestIT.hazard("shanxi.shuozhou.shuocheng", "审计篡改测试-" + UUID.randomUUID())).status());
        }
        JsonNode before = Platform.get("admin", VERIFY).json();
        assertTrue(before.get("valid").asBoolean(), before.toString());
        long n = before.get("entries").asLong();
        Path checkpoint = Platform.home().resolve("var/luoshi/audit-checkpoint");
        assertTrue(Files.isRegularFile(checkpoint), "the chain is anchored outside the database");
        // an early entry of a registered hazard (the demo data writes others too, e.g. the demo users' profiles)
        long registered = -1;
        for (JsonNode e : Platform.get("admin", Platform.API + "/audit?entityType=hazard&limit=50").json()) {
            if (registered < 0 && e.path("after").asText("").contains("\"status\":\"REGISTERED\"")) {
                registered = e.get("seq").asLong();
            }
        }
        assertTrue(registered > 0, "a hazard registration in the audit trail");
        long seq = registered;

        Platform.stop();
        Platform.snapshotDatabase("kept_by_audittamperit");
        try {
            // 1. the last two entries deleted, the head moved back to the one before: consistent inside the database
            Platform.withDatabase(c -> {
                Entry last = entries(c, n - 2).get(0);
                exec(c, "DELETE FROM LS_AUDIT WHERE SEQ > " + (n - 2));
                setHead(c, last.seq(), last.hash());
            });
            Platform.start();
            assertInsideValidOutsideNot(checkpoint, n - 2, "被删除");

            // 2. back to the original; the last entry but one rewritten, it and everything after it rehashed
            Platform.stop();
            Platform.copyBackSnapshot("kept_by_audittamperit");
            Platform.withDatabase(c -> {
                List<Entry> tail = entries(c, n - 1);
                String prev = tail.get(0).prev();
                for (Entry e : tail) {
                    String actor = e.seq() == n - 1 ? "someone-else" : e.actor();
                    Entry forged = new Entry(e.seq(), e.at(), actor, e.action(), e.type(), e.id(), e.before(), e.after(),
                            prev, null);
                    String hash = hash(forged);
                    try (PreparedStatement ps = c.prepareStatement(
                            "UPDATE LS_AUDIT SET ACTOR = ?, PREV_HASH = ?, HASH = ? WHERE SEQ = ?")) {
                        ps.setString(1, actor);
                        ps.setString(2, prev);
                        ps.setString(3, hash);
                        ps.setLong(4, e.seq());
                        assertEquals(1, ps.executeUpdate());
                    }
                    prev = hash;
                }
                setHead(c, n, prev);
            });
            Platform.start();
            assertInsideValidOutsideNot(checkpoint, n, "改写");

            // 3. back to the original; one entry of the chain edited in place (a forger marks a registered hazard as
            // accepted, without rehashing): REST and the console name that very entry
            Platform.stop();
            Platform.copyBackSnapshot("kept_by_audittamperit");
            Platform.withDatabase(c -> {
                String original;
                try (PreparedStatement read = c.prepareStatement("SELECT AFTER_JSON FROM LS_AUDIT WHERE SEQ = ?")) {
                    read.setLong(1, seq);
                    ResultSet rs = read.executeQuery();
                    assertTrue(rs.next());
                    original = rs.getString(1);
                }
                String forged = original.replace("\"status\":\"REGISTERED\"", "\"status\":\"ACCEPTED\"");
                assertTrue(!forged.equals(original), original);
                try (PreparedStatement update = c.prepareStatement("UPDATE LS_AUDIT SET AFTER_JSON = ? WHERE SEQ = ?")) {
                    update.setString(1, forged);
                    update.setLong(2, seq);
                    assertEquals(1, update.executeUpdate());
                }
            });
            Platform.start();
            JsonNode verify = Platform.get("admin", VERIFY).json();
            assertFalse(verify.get("valid").asBoolean(), verify.toString());
            assertEquals(seq, verify.get("firstBroken").asLong(), verify.toString());
            String out = LifecycleIT.console("luoshi:audit-verify");
            assertTrue(out.contains("BROKEN") && out.contains("at entry " + seq + ":"), out);
        } finally {
            Platform.stop();
            Platform.restoreDatabase("kept_by_audittamperit");
            Platform.start();
        }
        JsonNode restored = Platform.get("admin", VERIFY).json();
        assertTrue(restored.get("valid").asBoolean(), restored.toString());
        assertEquals(n, restored.get("entries").asLong());
    }

    /** Without the checkpoint the forged chain verifies (the attack is a good one); with it, it does not. */
    private static void assertInsideValidOutsideNot(Path checkpoint, long entries, String word) throws Exception {
        Path aside = checkpoint.resolveSibling("audit-checkpoint.aside");
        Files.move(checkpoint, aside);
        try {
            JsonNode inside = Platform.get("admin", VERIFY).json();
            assertTrue(inside.get("valid").asBoolean(), "the forgery is consistent inside the database: " + inside);
            assertEquals(entries, inside.get("entries").asLong(), inside.toString());
        } finally {
            Files.move(aside, checkpoint);
        }
        JsonNode v = Platform.get("admin", VERIFY).json();
        assertFalse(v.get("valid").asBoolean(), v.toString());
        assertTrue(v.get("reason").asText().contains("检查点") && v.get("reason").asText().contains(word), v.toString());
    }

    private static List<Entry> entries(Connection c, long from) throws SQLException {
        List<Entry> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT SEQ, AT_TIME, ACTOR, ACTION, ENTITY_TYPE, ENTITY_ID, "
                + "BEFORE_JSON, AFTER_JSON, PREV_HASH, HASH FROM LS_AUDIT WHERE SEQ >= ? ORDER BY SEQ")) {
            ps.setLong(1, from);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Entry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10)));
                }
            }
        }
        return out;
    }

    /** The documented entry hash: SHA-256 over the length-prefixed fields, the previous hash last. */
    private static String hash(Entry e) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        for (String field : new String[] {Long.toString(e.seq()), e.at(), e.actor(), e.action(), e.type(), e.id(),
                e.before(), e.after(), e.prev()}) {
            byte[] b = field == null ? new byte[0] : field.getBytes(StandardCharsets.UTF_8);
            md.update((field == null ? "-1:" : b.length + ":").getBytes(StandardCharsets.US_ASCII));
            md.update(b);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static void setHead(Connection c, long seq, String hash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE LS_AUDIT_HEAD SET SEQ = ?, HASH = ? WHERE ID = 1")) {
            ps.setLong(1, seq);
            ps.setString(2, hash);
            assertEquals(1, ps.executeUpdate());
        }
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }




}

package org.luoshi.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.luoshi.itests.Platform.Answer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A write and its audit entry, and a write that spans two modules, commit or roll back together (one JTA transaction
 * on the platform's XA-aware DataSource). The test probe (itests/org.luoshi.itests.probe, hot-deployed here) runs a
 * module's real write inside a transaction, then makes it fail with a constraint violation on the same database.
 */
@ExtendWith(Platform.class)
class AuditAtomicityIT {
    private static final String PROBE = Platform.API + "/probe/tx";
    private static Path deployed;

    @BeforeAll
    static void deployProbe() throws Exception {
        Path jar = Paths.get(System.getProperty("luoshi.probe")).toAbsolutePath();
        assertTrue(Files.isRegularFile(jar), "built probe: " + jar);
        deployed = Platform.home().resolve("deploy/org.luoshi.itests.probe.jar");
        Files.copy(jar, deployed, StandardCopyOption.REPLACE_EXISTING);
        long end = System.currentTimeMillis() + 10_000;
        while (Platform.get("admin", PROBE + "/hazard").status() == 404) { // 405 once there: it takes POST only
            assertTrue(System.currentTimeMillis() < end, "probe did not come up");
            Thread.sleep(100);
        }
    }

    @AfterAll
    static void removeProbe() throws Exception {
        Files.deleteIfExists(deployed);
        // gone before the next test class looks at the bundles
        long end = System.currentTimeMillis() + 10_000;
        while (Platform.get("admin", PROBE + "/hazard").status() != 404
                || Platform.get("admin", Platform.API + "/admin/bundles").body().contains("org.luoshi.itests.probe")) {
            assertTrue(System.currentTimeMillis() < end, "probe did not go");
            Thread.sleep(100);
        }
    }

    private static JsonNode verify() {
        JsonNode v = Platform.get("admin", Platform.API + "/audit/verify").json();
        assertTrue(v.get("valid").asBoolean(), v.toString());
        return v;
    }

    private static JsonNode entries(String type, long id) {
        return Platform.get("admin", Platform.API + "/audit?entityType=" + type + "&entityId=" + id).json();
    }

    private static JsonNode failed(Answer a) {
        assertEquals(200, a.status(), a.body());
        JsonNode out = a.json();
        assertTrue(out.get("failed").asBoolean(), "the constraint violation happened: " + out);
        assertTrue(out.get("sqlState").asText().startsWith("23"), "an integrity constraint violation: " + out);
        assertTrue(out.get("id").asLong() > 0, "the write itself had succeeded: " + out);
        return out;
    }

    @Test
    void aWriteThatFailsAfterItsAuditEntryLeavesNeitherTheRecordNorTheEntry() {
        long before = verify().get("entries").asLong();
        String description = "回滚测试-" + UUID.randomUUID();
        long id = failed(Platform.postJson("admin", PROBE + "/hazard",
                HazardRestIT.hazard("shanxi.shuozhou.shuocheng", description))).get("id").asLong();

        assertEquals(404, Platform.get("admin", Platform.API + "/hazards/" + id).status(), "no hazard " + id);
        assertEquals(0, entries("hazard", id).size(), "no audit entry for hazard " + id);
        assertEquals(before, verify().get("entries").asLong(), "the chain is as long as before");

        // the next write continues the chain without a gap
        Answer created = Platform.postJson("admin", Platform.API + "/hazards",
                HazardRestIT.hazard("shanxi.shuozhou.shuocheng", description));
        assertEquals(201, created.status(), created.body());
        JsonNode mine = entries("hazard", created.json().get("id").asLong());
        assertEquals(1, mine.size(), mine.toString());
        long seq = mine.get(0).get("seq").asLong();
        assertTrue(seq > before, "after the entries there were: " + seq + " vs " + before);
        JsonNode after = verify();
        assertTrue(after.get("entries").asLong() >= seq, after.toString());
    }

    @Test
    void aListingWhoseCommitFailsLeavesTheHazardUnflagged() {
        long hazardId = ListingIT.hazard("admin", "shanxi.shuozhou.shuocheng", "ENFORCEMENT", true);
        long before = verify().get("entries").asLong();
        long listingId = failed(Platform.postJson("admin", PROBE + "/listing",
                ListingIT.request(hazardId, List.of("shanxi.shuozhou.yingji"), "shanxi.shuozhou.yingji"))).get("id").asLong();

        assertFalse(Platform.get("admin", Platform.API + "/hazards/" + hazardId).json().get("listed").asBoolean(),
                "the lists module's flag rolled back with the listing");
        assertEquals(404, Platform.get("admin", ListingIT.L + "/" + listingId).status(), "no listing " + listingId);
        assertEquals(0, entries("listing", listingId).size());
        assertEquals(1, entries("hazard", hazardId).size(), "only the hazard's creation: " + entries("hazard", hazardId));
        assertEquals(before, verify().get("entries").asLong());

        // the same request, not made to fail, lists it and flags the hazard
        Answer listed = Platform.postJson("admin", ListingIT.L,
                ListingIT.request(hazardId, List.of("shanxi.shuozhou.yingji"), "shanxi.shuozhou.yingji"));
        assertEquals(201, listed.status(), listed.body());
        assertTrue(Platform.get("admin", Platform.API + "/hazards/" + hazardId).json().get("listed").asBoolean());
    }
}

package org.luoshi.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The platform on PostgreSQL (run by the "postgresql" execution, with the persistence-heavy tests): the one
 * configuration file switched it, every module's changelog made its tables there, and what is written over REST is in
 * PostgreSQL, with its audit entry chained.
 */
@ExtendWith(Platform.class)
class PostgresIT {
    static final List<String> MODULES = List.of("org.luoshi.accidents", "org.luoshi.audit", "org.luoshi.dispatch", "org.luoshi.enterprises",
            "org.luoshi.files",
            "org.luoshi.inspections", "org.luoshi.integration", "org.luoshi.letters", "org.luoshi.listing", "org.luoshi.lists",
            "org.luoshi.people", "org.luoshi.publicity", "org.luoshi.ranking", "org.luoshi.settings", "org.luoshi.spotchecks", "org.luoshi.tipoffs", "org.luoshi.transfers");

    @Test
    void theRecordsAndTheirAuditEntriesAreInPostgresql() throws Exception {
        assertTrue(Platform.POSTGRES, "run with -Dluoshi.db=postgresql (the failsafe execution \"postgresql\")");
        String text = "PostgreSQL 写入测试-" + UUID.randomUUID();
        Platform.Answer created = Platform.postJson("shuocheng", Platform.API + "/hazards",
                HazardRestIT.hazard("shanxi.shuozhou.shuocheng", text));
        assertEquals(201, created.status(), created.body());
        long id = created.json().get("id").asLong();
        JsonNode verify = Platform.get("admin", Platform.API + "/audit/verify").json();
        assertTrue(verify.get("valid").asBoolean(), verify.toString());

        Platform.withDatabase(c -> {
            assertTrue(c.getMetaData().getDatabaseProductName().contains("PostgreSQL"));
            try (PreparedStatement ps = c.prepareStatement("SELECT DESCRIPTION, UNIT_ID FROM LS_HAZARD WHERE ID = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    assertTrue(rs.next(), "hazard " + id + " is in PostgreSQL");
                    assertEquals(text, rs.getString(1));
                    assertEquals("shanxi.shuozhou.shuocheng", rs.getString(2));
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT COUNT(*) FROM LS_AUDIT WHERE ENTITY_TYPE = 'hazard' AND ENTITY_ID = ?")) {
                ps.setString(1, Long.toString(id));
                try (ResultSet rs = ps.executeQuery()) {
                    assertTrue(rs.next() && rs.getLong(1) == 1, "its audit entry is chained in PostgreSQL");
                }
            }
            List<String> migrated = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT MODULE FROM LS_SCHEMA_MODULE ORDER BY MODULE");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    migrated.add(rs.getString(1));
                }
            }
            assertEquals(MODULES, migrated, "every module's changelog was applied to PostgreSQL");
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT COUNT(DISTINCT FILENAME) FROM DATABASECHANGELOG WHERE FILENAME LIKE 'org.luoshi.%'");
                    ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                assertEquals(MODULES.size(), rs.getInt(1), "Liquibase's history names every module");
            }
        });
    }
}

package org.luoshi.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.luoshi.itests.Platform.Answer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A database made by main before migrations existed (fixtures/main-b2cbd74-derby.zip: the Derby database left by
 * eleven integration tests run on commit b2cbd74, tables made by EclipseLink's create-or-extend-tables, no chain head)
 * starts under this build: every module's changelog marks what exists as done and adds what is missing, every record
 * is readable through REST with its stored text, the audit chain verifies (its head seeded from the last entry), and
 * new records continue the ids. The platform's own database is put back afterwards.
 */
@ExtendWith(Platform.class)
class MigrationIT {
    /** Table → the REST path of one record and a column whose text the record's JSON must carry. */
    private static final Map<String, String[]> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put("LS_HAZARD", new String[] {"/hazards/", "DESCRIPTION", "description"});
        TABLES.put("LS_TASK", new String[] {"/tasks/", "MEASURE", "measure"});
        TABLES.put("LS_LISTING", new String[] {"/listings/", "HAZARDDESCRIPTION", "hazardDescription"});
        TABLES.put("LS_LETTER", new String[] {"/letters/", "TITLE", "title"});
        TABLES.put("LS_INSPECTION", new String[] {"/inspections/", "TITLE", "title"});
        TABLES.put("LS_MEETING", new String[] {"/meetings/", "TITLE", "title"});
        TABLES.put("LS_TIPOFF", new String[] {"/tipoffs/", "CONTENT", "content"});
        TABLES.put("LS_PUBLICATION", new String[] {"/publications/", "TITLE", "title"});
        TABLES.put("LS_TRANSFER", new String[] {"/transfers/", "FACTS", "facts"});
        TABLES.put("LS_FORM_REPORT", new String[] {"/forms/reports/", null, null});
    }

    private record Row(long id, String text) {
    }

    @Test
    void aDatabaseFromBeforeMigrationsStartsWithEveryRecordReadable() throws Exception {
        Path derby = Platform.home().resolve("var/derby");
        Path current = derby.resolve("luoshi");
        Path kept = derby.resolve("luoshi.kept-by-MigrationIT");
        // the audit chain's checkpoint outside the database belongs to the platform's own database: kept with it
        Path checkpoint = Platform.home().resolve("var/luoshi/audit-checkpoint");
        Path keptCheckpoint = checkpoint.resolveSibling("audit-checkpoint.kept-by-MigrationIT");
        Platform.stop();
        Files.move(current, kept);
        Files.move(checkpoint, keptCheckpoint);
        try {
            unzip("/fixtures/main-b2cbd74-derby.zip", derby);
            Map<String, List<Row>> rows = new LinkedHashMap<>();
            long auditEntries;
            try (Connection c = DriverManager.getConnection("jdbc:derby:" + current)) {
                for (Map.Entry<String, String[]> t : TABLES.entrySet()) {
                    rows.put(t.getKey(), rows(c, t.getKey(), t.getValue()[1]));
                }
                auditEntries = count(c, "LS_AUDIT");
                assertTrue(!tableExists(c, "LS_AUDIT_HEAD") && !tableExists(c, "DATABASECHANGELOG"),
                        "the fixture is from before migrations");
            } finally {
                Platform.shutdownDerby(current);
            }
            assertTrue(auditEntries > 100, "the fixture has a history: " + auditEntries);

            Platform.start();

            int read = 0;
            for (Map.Entry<String, List<Row>> t : rows.entrySet()) {
                String[] how = TABLES.get(t.getKey());
                assertTrue(!t.getValue().isEmpty(), "the fixture has records in " + t.getKey());
                for (Row r : t.getValue()) {
                    Answer a = Platform.get("admin", Platform.API + how[0] + r.id());
                    assertEquals(200, a.status(), t.getKey() + " " + r.id() + ": " + a.body());
                    JsonNode record = a.json();
                    assertEquals(r.id(), record.get("id").asLong(), a.body());
                    if (how[2] != null) {
                        assertEquals(r.text(), record.get(how[2]).asText(), t.getKey() + " " + r.id());
                    }
                    read++;
                }
            }
            JsonNode verify = Platform.get("admin", Platform.API + "/audit/verify").json();
            assertTrue(verify.get("valid").asBoolean(), verify.toString());
            assertTrue(verify.get("entries").asLong() >= auditEntries, verify.toString());

            // a new record continues the fixture's ids and the chain
            long maxHazard = rows.get("LS_HAZARD").stream().mapToLong(Row::id).max().orElseThrow();
            Answer created = Platform.postJson("admin", Platform.API + "/hazards",
                    HazardRestIT.hazard("shanxi.shuozhou.shuocheng", "迁移后新增-" + UUID.randomUUID()));
            assertEquals(201, created.status(), created.body());
            assertTrue(created.json().get("id").asLong() > maxHazard, created.body());
            JsonNode after = Platform.get("admin", Platform.API + "/audit/verify").json();
            assertTrue(after.get("valid").asBoolean(), after.toString());
            assertEquals(verify.get("entries").asLong() + 1, after.get("entries").asLong(), after.toString());
            System.out.printf("[MigrationIT] %d records in %d tables read after migrating; %d audit entries verify%n",
                    read, rows.size(), after.get("entries").asLong());
        } finally {
            Platform.stop();
            Platform.deleteTree(current);
            Files.move(kept, current);
            Files.move(keptCheckpoint, checkpoint, StandardCopyOption.REPLACE_EXISTING);
            Platform.start();
        }
    }

    private static List<Row> rows(Connection c, String table, String column) throws SQLException {
        List<Row> out = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT ID" + (column == null ? "" : ", " + column) + " FROM " + table)) {
            while (rs.next()) {
                out.add(new Row(rs.getLong(1), column == null ? null : rs.getString(2)));
            }
        }
        return out;
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static boolean tableExists(Connection c, String table) throws SQLException {
        try (ResultSet rs = c.getMetaData().getTables(null, null, table, null)) {
            return rs.next();
        }
    }


    private static void unzip(String resource, Path into) throws IOException {
        try (InputStream in = MigrationIT.class.getResourceAsStream(resource); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                Path target = into.resolve(e.getName()).normalize();
                assertTrue(target.startsWith(into), e.getName());
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(zip, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }


}

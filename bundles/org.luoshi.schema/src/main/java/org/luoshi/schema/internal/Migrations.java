package org.luoshi.schema.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;

/**
 * What has been migrated, module by module, so that a database whose schema is current costs one query at start-up
 * instead of a Liquibase run (class loading, database metadata, the change log's own tables: 0.2–2 s per module on
 * Derby). After a module's change log has been applied, its SHA-256 is recorded in {@code LS_SCHEMA_MODULE}; when the
 * same change log comes again, Liquibase is not started. Any other content (a new changeSet, a database restored from an
 * older backup, one made before this table existed) runs Liquibase as before, which decides what to apply. A change log
 * is one file (no includes), and its changeSets run once (no runAlways or runOnChange): that is what makes the digest
 * a complete statement of what was applied.
 */
final class Migrations {
    static final String TABLE = "LS_SCHEMA_MODULE";

    private Migrations() {
    }

    static String checksum(byte[] changelog) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(changelog));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the change log with this digest has been applied in full to this database. */
    static boolean upToDate(Connection c, String module, String checksum) {
        try (PreparedStatement ps = c.prepareStatement("SELECT CHECKSUM FROM " + TABLE + " WHERE MODULE = ?")) {
            ps.setString(1, module);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && checksum.equals(rs.getString(1));
            }
        } catch (SQLException e) {
            return false; // no such table yet (a database made before it): Liquibase decides
        }
    }

    /** Records that the change log with this digest has been applied (in its own transaction). */
    static void record(Connection c, String module, String checksum) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(true);
        try {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE " + TABLE + " (MODULE VARCHAR(200) NOT NULL PRIMARY KEY, "
                        + "CHECKSUM VARCHAR(64) NOT NULL, MIGRATED_AT TIMESTAMP NOT NULL)");
            } catch (SQLException exists) {
                // made by an earlier module (or another node): Derby X0Y32, PostgreSQL 42P07
            }
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE " + TABLE + " SET CHECKSUM = ?, MIGRATED_AT = ? WHERE MODULE = ?")) {
                ps.setString(1, checksum);
                ps.setTimestamp(2, now);
                ps.setString(3, module);
                if (ps.executeUpdate() > 0) {
                    return;
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO " + TABLE + " (MODULE, CHECKSUM, MIGRATED_AT) VALUES (?, ?, ?)")) {
                ps.setString(1, module);
                ps.setString(2, checksum);
                ps.setTimestamp(3, now);
                ps.executeUpdate();
            } catch (SQLException raced) {
                // another node recorded the same module at the same moment; its run applied the same change log
                if (!upToDate(c, module, checksum)) {
                    throw raced;
                }
            }
        } finally {
            c.setAutoCommit(auto);
        }
    }
}

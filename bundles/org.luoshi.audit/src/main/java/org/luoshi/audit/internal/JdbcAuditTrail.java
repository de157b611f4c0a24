package org.luoshi.audit.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.luoshi.api.audit.AuditEntryDTO;
import org.luoshi.api.audit.AuditTrail;
import org.luoshi.api.audit.AuditVerificationDTO;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit trail in table {@code LS_AUDIT} of the platform database. The code only ever inserts; appends are
 * serialised so each entry links to the one before.
 */
@Component(service = AuditTrail.class)
public class JdbcAuditTrail implements AuditTrail {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcAuditTrail.class);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String COLUMNS = "SEQ, AT_TIME, ACTOR, ACTION, ENTITY_TYPE, ENTITY_ID, BEFORE_JSON, AFTER_JSON, PREV_HASH, HASH";

    private final DataSource dataSource;
    private long lastSeq;
    private String lastHash;

    @Activate
    public JdbcAuditTrail(@Reference(target = "(osgi.jndi.service.name=luoshi)") DataSource dataSource) throws SQLException {
        this.dataSource = dataSource;
        try (Connection c = dataSource.getConnection()) {
            if (!tableExists(c)) {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE LS_AUDIT (SEQ BIGINT NOT NULL PRIMARY KEY, AT_TIME VARCHAR(40) NOT NULL, "
                            + "ACTOR VARCHAR(100) NOT NULL, ACTION VARCHAR(100) NOT NULL, ENTITY_TYPE VARCHAR(100), "
                            + "ENTITY_ID VARCHAR(100), BEFORE_JSON CLOB, AFTER_JSON CLOB, PREV_HASH CHAR(64) NOT NULL, "
                            + "HASH CHAR(64) NOT NULL)");
                    s.execute("CREATE INDEX LS_AUDIT_ENTITY ON LS_AUDIT (ENTITY_TYPE, ENTITY_ID)");
                }
                LOG.info("Created table LS_AUDIT");
            }
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT SEQ, HASH FROM LS_AUDIT WHERE SEQ = (SELECT MAX(SEQ) FROM LS_AUDIT)")) {
                if (rs.next()) {
                    lastSeq = rs.getLong(1);
                    lastHash = rs.getString(2);
                } else {
                    lastSeq = 0;
                    lastHash = HashChain.GENESIS;
                }
            }
        }
    }

    private static boolean tableExists(Connection c) throws SQLException {
        try (ResultSet rs = c.getMetaData().getTables(null, null, "LS_AUDIT", null)) {
            return rs.next();
        }
    }

    @Override
    public synchronized AuditEntryDTO append(String actor, String action, String entityType, String entityId,
            String before, String after) {
        AuditEntryDTO e = new AuditEntryDTO();
        e.seq = lastSeq + 1;
        e.at = OffsetDateTime.now(ZONE).truncatedTo(ChronoUnit.MILLIS).toString();
        e.actor = actor;
        e.action = action;
        e.entityType = entityType;
        e.entityId = entityId;
        e.before = before;
        e.after = after;
        e.prevHash = lastHash;
        e.hash = HashChain.hash(e);
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("INSERT INTO LS_AUDIT (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?)")) {
            ps.setLong(1, e.seq);
            ps.setString(2, e.at);
            ps.setString(3, e.actor);
            ps.setString(4, e.action);
            ps.setString(5, e.entityType);
            ps.setString(6, e.entityId);
            ps.setString(7, e.before);
            ps.setString(8, e.after);
            ps.setString(9, e.prevHash);
            ps.setString(10, e.hash);
            ps.executeUpdate();
            if (!c.getAutoCommit()) {
                c.commit();
            }
        } catch (SQLException ex) {
            throw new IllegalStateException("审计日志写入失败", ex);
        }
        lastSeq = e.seq;
        lastHash = e.hash;
        return e;
    }

    @Override
    public List<AuditEntryDTO> entries(String entityType, String entityId, int offset, int limit) {
        String where = entityType == null ? "" : entityId == null ? " WHERE ENTITY_TYPE = ?" : " WHERE ENTITY_TYPE = ? AND ENTITY_ID = ?";
        String sql = "SELECT " + COLUMNS + " FROM LS_AUDIT" + where + " ORDER BY SEQ OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            if (entityType != null) {
                ps.setString(i++, entityType);
                if (entityId != null) {
                    ps.setString(i++, entityId);
                }
            }
            ps.setInt(i++, Math.max(0, offset));
            ps.setInt(i, Math.max(1, Math.min(limit, 1000)));
            return read(ps);
        } catch (SQLException ex) {
            throw new IllegalStateException("审计日志读取失败", ex);
        }
    }

    @Override
    public AuditVerificationDTO verify() {
        String prev = HashChain.GENESIS;
        long expected = 1;
        final int batch = 1000;
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM LS_AUDIT WHERE SEQ >= ? ORDER BY SEQ FETCH NEXT "
                        + batch + " ROWS ONLY")) {
            while (true) {
                ps.setLong(1, expected);
                List<AuditEntryDTO> page = read(ps);
                AuditVerificationDTO broken = HashChain.check(page, prev, expected);
                if (broken != null) {
                    broken.entries = count(c);
                    LOG.warn("Audit chain broken at entry {}: {}", broken.firstBroken, broken.reason);
                    return broken;
                }
                if (page.isEmpty()) {
                    break;
                }
                AuditEntryDTO last = page.get(page.size() - 1);
                prev = last.hash;
                expected = last.seq + 1;
            }
            AuditVerificationDTO ok = new AuditVerificationDTO();
            ok.entries = expected - 1;
            long total = count(c);
            if (total != ok.entries) {
                ok.valid = false;
                ok.firstBroken = expected;
                ok.reason = "序号 " + expected + " 之后的记录缺失或错位";
                return ok;
            }
            ok.valid = true;
            return ok;
        } catch (SQLException ex) {
            throw new IllegalStateException("审计日志校验失败", ex);
        }
    }

    private static long count(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM LS_AUDIT")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<AuditEntryDTO> read(PreparedStatement ps) throws SQLException {
        List<AuditEntryDTO> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                AuditEntryDTO e = new AuditEntryDTO();
                e.seq = rs.getLong(1);
                e.at = rs.getString(2);
                e.actor = rs.getString(3);
                e.action = rs.getString(4);
                e.entityType = rs.getString(5);
                e.entityId = rs.getString(6);
                e.before = rs.getString(7);
                e.after = rs.getString(8);
                e.prevHash = rs.getString(9);
                e.hash = rs.getString(10);
                out.add(e);
            }
        }
        return out;
    }
}

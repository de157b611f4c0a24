package org.luoshi.audit.internal;

import java.nio.file.Paths;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;
import javax.transaction.HeuristicMixedException;
import javax.transaction.HeuristicRollbackException;
import javax.transaction.NotSupportedException;
import javax.transaction.RollbackException;
import javax.transaction.Status;
import javax.transaction.SystemException;
import javax.transaction.Synchronization;
import javax.transaction.TransactionManager;


import org.luoshi.api.audit.AuditEntryDTO;
import org.luoshi.api.audit.AuditTrail;
import org.luoshi.api.audit.AuditVerificationDTO;
import org.luoshi.api.security.KeyRing;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit trail in table {@code LS_AUDIT} of the platform database. The code only ever inserts. An entry is written
 * through the platform's XA-aware DataSource inside the caller's JTA transaction (into {@code LS_AUDIT_PENDING}), so
 * the write it records and the entry commit or roll back together (an append outside any transaction runs in one of its
 * own). Once it has committed, a short transaction of its own chains it — with every other entry committed meanwhile —
 * under the chain head ({@code LS_AUDIT_HEAD}, whose row lock orders chaining across threads and nodes), before the
 * caller goes on. So writes commit side by side instead of one at a time, the chain stays one chain, and a rolled-back
 * write leaves no gap. After each chaining the checkpoint outside the database records the new end.
 */
@Component(service = AuditTrail.class)
public class JdbcAuditTrail implements AuditTrail {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcAuditTrail.class);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String COLUMNS = "SEQ, AT_TIME, ACTOR, ACTION, ENTITY_TYPE, ENTITY_ID, BEFORE_JSON, AFTER_JSON, PREV_HASH, HASH";

    /** The key ring's purpose of the checkpoint's MAC key (ConfigAdmin PID org.luoshi.audit.key before). */
    static final String CHECKPOINT_KEY = "checkpoint";

    private final DataSource dataSource;
    private final TransactionManager transactions;
    private final Checkpoint checkpoint;
    /** Where committed entries are announced ({@link AuditTrail#TOPIC_PREFIX}); absent, nothing is announced. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;
    /** Chains committed entries, one run at a time on this node (the head row's lock orders runs across nodes). */
    private final ExecutorService chainer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "luoshi-audit-chain");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public JdbcAuditTrail(@Reference(target = "(luoshi.schema=org.luoshi.audit)") DataSource dataSource,
            @Reference TransactionManager transactions, @Reference KeyRing keyRing) throws SQLException {
        this.dataSource = dataSource;
        this.transactions = transactions;
        // outside the database and outside data/ (which bin/karaf clean deletes); its MAC key is the key ring's
        // "checkpoint" key (etc/luoshi-keys/)
        this.checkpoint = new Checkpoint(Paths.get(System.getProperty("karaf.base", "."), "var", "luoshi", "audit-checkpoint"),
                keyRing.current(CHECKPOINT_KEY).bytes());
        AuditEntryDTO head = inTransaction(() -> {
            try (Connection c = dataSource.getConnection()) {
                return head(c);
            }
        });
        if (checkpoint.read() == null && head.seq > 0) {
            checkpoint.advance(head.seq, head.hash); // a chain from before checkpoints: anchored from here on
        }
        chainPending(); // entries whose writes committed just before the platform stopped
    }

    @Deactivate
    void deactivate() {
        chainer.shutdown();
    }


    private static AuditEntryDTO head(Connection c) throws SQLException {
        AuditEntryDTO h = new AuditEntryDTO();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT SEQ, HASH FROM LS_AUDIT_HEAD WHERE ID = 1")) {
            if (!rs.next()) {
                throw new SQLException("LS_AUDIT_HEAD has no head row");
            }
            h.seq = rs.getLong(1);
            h.hash = rs.getString(2).strip();
        }
        return h;
    }

    @Override
    public AuditEntryDTO append(String actor, String action, String entityType, String entityId,
            String before, String after) {
        try {
            return inTransaction(() -> {
                AuditEntryDTO e;
                try (Connection c = dataSource.getConnection()) {
                    e = append(c, actor, action, entityType, entityId, before, after);
                }
                chainOnCommit();
                return e;
            });
        } catch (SQLException ex) {
            throw new IllegalStateException("审计日志写入失败", ex);
        }
    }

    /** The entry as written in the write's transaction: waiting to be chained once that commits. */
    private static AuditEntryDTO append(Connection c, String actor, String action, String entityType, String entityId,
            String before, String after) throws SQLException {
        AuditEntryDTO e = new AuditEntryDTO();
        e.at = OffsetDateTime.now(ZONE).truncatedTo(ChronoUnit.MILLIS).toString();
        e.actor = actor;
        e.action = action;
        e.entityType = entityType;
        e.entityId = entityId;
        e.before = before;
        e.after = after;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO LS_AUDIT_PENDING (AT_TIME, ACTOR, ACTION, "
                + "ENTITY_TYPE, ENTITY_ID, BEFORE_JSON, AFTER_JSON) VALUES (?,?,?,?,?,?,?)")) {
            bind(ps, 1, e);
            ps.executeUpdate();
        }
        return e;
    }

    /**
     * Chains every committed pending entry, in one short transaction of its own: the head row is locked only for that
     * (not for the writes' transactions, which commit side by side), and the entries that committed meanwhile are
     * chained together. Then the checkpoint outside the database moves to the new end.
     */
    private void chainPending() throws SQLException {
        List<AuditEntryDTO> chainedNow = new ArrayList<>();
        AuditEntryDTO last = inTransaction(() -> {
            chainedNow.clear(); // (a retried run starts afresh)
            try (Connection c = dataSource.getConnection()) {
                try (Statement s = c.createStatement()) {
                    if (s.executeUpdate("UPDATE LS_AUDIT_HEAD SET SEQ = SEQ WHERE ID = 1") != 1) { // the lock
                        throw new SQLException("LS_AUDIT_HEAD has no head row");
                    }
                }
                AuditEntryDTO head = head(c);
                long seq = head.seq;
                String prev = head.hash;
                boolean chained = false;
                while (true) {
                    List<AuditEntryDTO> batch = new ArrayList<>();
                    List<Long> pids = new ArrayList<>();
                    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT PID, AT_TIME, ACTOR, "
                            + "ACTION, ENTITY_TYPE, ENTITY_ID, BEFORE_JSON, AFTER_JSON FROM LS_AUDIT_PENDING ORDER BY PID "
                            + "FETCH FIRST 500 ROWS ONLY")) {
                        while (rs.next()) {
                            pids.add(rs.getLong(1));
                            batch.add(fields(rs, 2, new AuditEntryDTO()));
                        }
                    }
                    if (batch.isEmpty()) {
                        break;
                    }
                    try (PreparedStatement ins = c.prepareStatement("INSERT INTO LS_AUDIT (" + COLUMNS
                            + ") VALUES (?,?,?,?,?,?,?,?,?,?)");
                            PreparedStatement del = c.prepareStatement("DELETE FROM LS_AUDIT_PENDING WHERE PID = ?")) {
                        for (int i = 0; i < batch.size(); i++) {
                            AuditEntryDTO e = batch.get(i);
                            e.seq = ++seq;
                            e.prevHash = prev;
                            e.hash = HashChain.hash(e);
                            prev = e.hash;
                            ins.setLong(1, e.seq);
                            bind(ins, 2, e);
                            ins.setString(9, e.prevHash);
                            ins.setString(10, e.hash);
                            ins.addBatch();
                            del.setLong(1, pids.get(i));
                            del.addBatch();
                        }
                        ins.executeBatch();
                        del.executeBatch();
                    }
                    chainedNow.addAll(batch);
                    chained = true;
                    if (batch.size() < 500) {
                        break;
                    }
                }
                if (!chained) {
                    return null;
                }
                try (PreparedStatement ps = c.prepareStatement("UPDATE LS_AUDIT_HEAD SET SEQ = ?, HASH = ? WHERE ID = 1")) {
                    ps.setLong(1, seq);
                    ps.setString(2, prev);
                    ps.executeUpdate();
                }
                AuditEntryDTO end = new AuditEntryDTO();
                end.seq = seq;
                end.hash = prev;
                return end;
            }
        });
        if (last != null) {
            checkpoint.advance(last.seq, last.hash);
        }
        announce(chainedNow);
    }

    /** Posts one event per entry now committed in the chain, in the chain's order (the node that chained it posts it). */
    private void announce(List<AuditEntryDTO> entries) {
        EventAdmin admin = events;
        if (admin == null) {
            return;
        }
        for (AuditEntryDTO e : entries) {
            if (e.entityType == null || !e.entityType.matches("[A-Za-z0-9_-]{1,50}")) {
                continue; // not a valid topic token
            }
            java.util.Map<String, Object> p = new java.util.HashMap<>();
            p.put(EVENT_SEQ, e.seq);
            p.put(EVENT_ACTION, e.action);
            p.put(EVENT_ENTITY_TYPE, e.entityType);
            p.put(EVENT_ENTITY_ID, e.entityId == null ? "" : e.entityId);
            p.put(EVENT_ACTOR, e.actor == null ? "" : e.actor);
            p.put(EVENT_AT, e.at);
            try {
                admin.postEvent(new Event(TOPIC_PREFIX + e.entityType, p));
            } catch (RuntimeException ex) {
                LOG.warn("Announcing audit entry {} failed: {}", e.seq, ex.toString());
            }
        }
    }

    /** A chaining run that has not started yet (a run that has started may not see an entry committed after it). */
    private CompletableFuture<Void> nextRun;

    private synchronized CompletableFuture<Void> chainSoon() {
        if (nextRun == null) {
            CompletableFuture<Void> run = new CompletableFuture<>();
            nextRun = run;
            chainer.execute(() -> {
                synchronized (JdbcAuditTrail.this) {
                    if (nextRun == run) {
                        nextRun = null;
                    }
                }
                try {
                    chainPending();
                    run.complete(null);
                } catch (SQLException | RuntimeException e) {
                    LOG.warn("Chaining audit entries failed (they stay pending and are chained by the next run): {}",
                            e.toString());
                    run.completeExceptionally(e);
                }
            });
        }
        return nextRun;
    }

    /** Once the transaction holding the entry commits, the entry is chained before the caller goes on. */
    private void chainOnCommit() throws SQLException {
        try {
            transactions.getTransaction().registerSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing before: the entry may still roll back
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        try {
                            chainSoon().get(30, TimeUnit.SECONDS);
                        } catch (InterruptedException ex) {
                            Thread.currentThread().interrupt();
                        } catch (ExecutionException | TimeoutException ex) {
                            // logged by the run; the entry is chained by a later one
                        }
                    }
                }
            });
        } catch (RollbackException | SystemException ex) {
            throw new SQLException("the audit entry's transaction cannot complete", ex);
        }
    }

    private interface Work<T> {
        T run() throws SQLException;
    }

    /** Runs the work in the caller's transaction, or in one of its own when there is none. */
    private <T> T inTransaction(Work<T> work) throws SQLException {
        boolean own;
        try {
            own = transactions.getStatus() == Status.STATUS_NO_TRANSACTION;
            if (own) {
                transactions.begin();
            }
        } catch (SystemException | NotSupportedException ex) {
            throw new SQLException("no transaction available", ex);
        }
        boolean done = false;
        try {
            T result = work.run();
            done = true;
            return result;
        } finally {
            if (own) {
                try {
                    if (done) {
                        transactions.commit();
                    } else {
                        transactions.rollback();
                    }
                } catch (RollbackException | HeuristicMixedException | HeuristicRollbackException | SystemException ex) {
                    if (done) {
                        throw new SQLException("audit transaction failed", ex);
                    }
                    LOG.warn("Rolling back an audit transaction failed", ex);
                }
            }
        }
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
            // the head as committed now (entries appended while the walk runs come after it), and the checkpoint
            AuditEntryDTO head = head(c);
            long headSeq = head.seq;
            String headHash = head.hash;
            Checkpoint.Mark mark = checkpoint.read();
            long markSeq = mark == null ? -1 : mark.seq();
            String atMark = markSeq == 0 ? HashChain.GENESIS : null;
            String atHead = headSeq == 0 ? HashChain.GENESIS : null;
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
                for (AuditEntryDTO e : page) {
                    if (e.seq == headSeq) {
                        atHead = e.hash;
                    }
                    if (e.seq == markSeq) {
                        atMark = e.hash;
                    }
                }
                AuditEntryDTO last = page.get(page.size() - 1);
                prev = last.hash;
                expected = last.seq + 1;
            }
            AuditVerificationDTO ok = new AuditVerificationDTO();
            ok.entries = expected - 1;
            if (atHead == null || !atHead.strip().equals(headHash)) {
                // the chain is shorter than its head says, or its last entries were rewritten and rehashed
                ok.valid = false;
                ok.firstBroken = Math.min(expected, headSeq);
                ok.reason = atHead == null ? "链头记载至序号 " + headSeq + "，其后记录缺失（被删除）"
                        : "序号 " + headSeq + " 的记录与链头不符（被改写）";
                LOG.warn("Audit chain does not reach its head {}: {}", headSeq, ok.reason);
                return ok;
            }
            if (mark != null) {
                // the anchor outside the database: a chain cut short or rewritten to its end (head included) shows here
                String reason = null;
                if (!mark.authentic()) {
                    reason = "库外检查点（" + checkpoint.file().getFileName() + "）被改动：校验码不符";
                } else if (atMark == null) {
                    reason = "库外检查点记载至序号 " + markSeq + "，库内审计链只到 " + ok.entries + "：其后记录被删除";
                } else if (!atMark.strip().equals(mark.hash())) {
                    reason = "序号 " + markSeq + " 的记录与库外检查点不符：记录被改写并重算了哈希";
                }
                if (reason != null) {
                    ok.valid = false;
                    ok.firstBroken = mark.authentic() ? Math.min(expected, markSeq) : null;
                    ok.reason = reason;
                    LOG.warn("Audit chain does not match its checkpoint: {}", reason);
                    return ok;
                }
            }
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
                fields(rs, 2, e);
                e.prevHash = rs.getString(9);
                e.hash = rs.getString(10);
                out.add(e);
            }
        }
        return out;
    }

    /** Sets time, actor, action, record type and id, before and after as seven parameters starting at {@code first}. */
    private static void bind(PreparedStatement ps, int first, AuditEntryDTO e) throws SQLException {
        ps.setString(first, e.at);
        ps.setString(first + 1, e.actor);
        ps.setString(first + 2, e.action);
        ps.setString(first + 3, e.entityType);
        ps.setString(first + 4, e.entityId);
        ps.setString(first + 5, e.before);
        ps.setString(first + 6, e.after);
    }

    /** Reads time, actor, action, record type and id, before and after from seven columns starting at {@code first}. */
    private static AuditEntryDTO fields(ResultSet rs, int first, AuditEntryDTO e) throws SQLException {
        e.at = rs.getString(first);
        e.actor = rs.getString(first + 1);
        e.action = rs.getString(first + 2);
        e.entityType = rs.getString(first + 3);
        e.entityId = rs.getString(first + 4);
        e.before = rs.getString(first + 5);
        e.after = rs.getString(first + 6);
        return e;
    }
}

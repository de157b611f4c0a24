import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Random;

/**
 * bench/dispatch helper, run with the Derby jar on the class path against the stopped platform's database:
 * {@code load <db> <hazards>} bulk-inserts Fangshan hazards (2023-04-01 … 2023-12-31, spread over the bureau's sections
 * and special-action groups); {@code sql <db> <runs> <from> <to> <scope...>} times the hand-written aggregate behind
 * block 总体情况 of the 调度表 for each scope unit and prints its median and the figures of the first scope.
 */
public class DispatchBench {
    static final String BUREAU = "shanxi.lvliang.fangshan.fagai";
    static final String[] UNITS = {"nengyuangu", "liangshifuwugu", "renfangban", "zhucundui", "nengyuanzu", "liangshizu",
            "renfangzu", "bangfucunzu", "bangongshi"};
    static final String[] SOURCES = {"SUPERVISION_PATROL", "ASSISTANCE", "ENFORCEMENT", "SELF_REPORT", "TIP_OFF", "ASSIGNED"};

    public static void main(String[] args) throws Exception {
        String url = "jdbc:derby:" + args[1];
        try (Connection c = DriverManager.getConnection(url)) {
            if (args[0].equals("load")) {
                load(c, Integer.parseInt(args[2]));
            } else {
                time(c, Integer.parseInt(args[2]), Date.valueOf(args[3]), Date.valueOf(args[4]),
                        Arrays.copyOfRange(args, 5, args.length));
            }
        } finally {
            try {
                DriverManager.getConnection(url + ";shutdown=true");
            } catch (SQLException expected) {
                // 08006: clean shutdown
            }
        }
    }

    static void load(Connection c, int hazards) throws SQLException {
        c.setAutoCommit(false);
        Random r = new Random(7);
        LocalDate first = LocalDate.of(2023, 4, 1);
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        long start = System.nanoTime();
        long base;
        try (ResultSet rs = c.createStatement().executeQuery("SELECT COALESCE(MAX(ID), 0) FROM LS_HAZARD")) {
            rs.next();
            base = rs.getLong(1) + 1;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO LS_HAZARD (ID, JURISDICTION, UNIT_ID, SOURCE, "
                + "INSPECTIONUNIT, INSPECTOR, INSPECTIONDATE, DESCRIPTION, MAJOR, LISTED, DEADLINE, COMPLETEDON, STATUS, "
                + "CREATEDBY, CREATEDAT, UPDATEDAT, VERSION) VALUES (?, 'fangshan', ?, ?, '方山县发展和改革局', '检查组组长', ?, ?, ?, ?, "
                + "?, ?, ?, 'bench', ?, ?, 1)")) {
            for (int i = 0; i < hazards; i++) {
                LocalDate found = first.plusDays(r.nextInt(275));
                boolean major = r.nextInt(3) == 0;
                boolean listed = major && r.nextInt(3) == 0;
                int state = r.nextInt(4); // REGISTERED, RECTIFYING, REPORTED, ACCEPTED
                ps.setLong(1, base + i);
                ps.setString(2, BUREAU + "." + UNITS[r.nextInt(UNITS.length)]);
                ps.setString(3, SOURCES[r.nextInt(SOURCES.length)]);
                ps.setDate(4, Date.valueOf(found));
                ps.setString(5, "基准测试隐患 " + i);
                ps.setShort(6, (short) (major ? 1 : 0));
                ps.setShort(7, (short) (listed ? 1 : 0));
                ps.setDate(8, Date.valueOf(found.plusDays(30)));
                ps.setDate(9, state >= 2 ? Date.valueOf(found.plusDays(r.nextInt(60))) : null);
                ps.setString(10, new String[] {"REGISTERED", "RECTIFYING", "REPORTED", "ACCEPTED"}[state]);
                ps.setTimestamp(11, now);
                ps.setTimestamp(12, now);
                ps.addBatch();
                if (i % 5000 == 4999) {
                    ps.executeBatch();
                    c.commit();
                }
            }
            ps.executeBatch();
            c.commit();
        }
        System.out.printf("loaded %d hazards in %.1f s%n", hazards, (System.nanoTime() - start) / 1e9);
    }

    /** Block 总体情况 by hand: one aggregate over the scope's major hazards found in the window. */
    static long[] figures(Connection c, String scope, Date from, Date to) throws SQLException {
        String done = "STATUS IN ('REPORTED', 'ACCEPTED') AND COMPLETEDON <= ?";
        StringBuilder sql = new StringBuilder("SELECT ");
        String[] sources = {"SELF_REPORT", "ENFORCEMENT", "TIP_OFF", "ASSIGNED"};
        for (String s : sources) {
            sql.append("SUM(CASE WHEN MAJOR = 1 AND SOURCE = '").append(s).append("' THEN 1 ELSE 0 END), ");
            sql.append("SUM(CASE WHEN MAJOR = 1 AND SOURCE = '").append(s).append("' AND ").append(done)
                    .append(" THEN 1 ELSE 0 END), ");
        }
        sql.append("SUM(CASE WHEN MAJOR = 1 AND LISTED = 1 THEN 1 ELSE 0 END), ");
        sql.append("SUM(CASE WHEN MAJOR = 1 AND LISTED = 1 AND ").append(done).append(" THEN 1 ELSE 0 END) ");
        sql.append("FROM LS_HAZARD WHERE (UNIT_ID = ? OR UNIT_ID LIKE ?) "
                + "AND INSPECTIONDATE >= ? AND INSPECTIONDATE <= ?");
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            int p = 1;
            for (int i = 0; i < 5; i++) {
                ps.setDate(p++, to);
            }
            ps.setString(p++, scope);
            ps.setString(p++, scope + ".%");
            ps.setDate(p++, from);
            ps.setDate(p, to);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long[] out = new long[10];
                for (int i = 0; i < 10; i++) {
                    out[i] = rs.getLong(i + 1);
                }
                return out;
            }
        }
    }

    static void time(Connection c, int runs, Date from, Date to, String[] scopes) throws SQLException {
        for (int i = 0; i < 3; i++) {
            for (String s : scopes) {
                figures(c, s, from, to);
            }
        }
        double[] t = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            for (String s : scopes) {
                figures(c, s, from, to);
            }
            t[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(t);
        System.out.printf("sql_ms=%.2f%n", t[runs / 2]);
        long[] f = figures(c, scopes[0], from, to);
        StringBuilder b = new StringBuilder("sql_figures=");
        for (int i = 0; i < f.length; i++) {
            b.append(i == 0 ? "" : ",").append(f[i]);
        }
        System.out.println(b);
    }
}

import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Helper of bench/lists, run with Derby on the class path while the platform is stopped:
 *   load <db> <hazards> <tasks>   bulk-inserts hazards and tasks into the platform's own tables
 *   sql <db> <runs>               times the hand-written SQL equivalent of the level summary and of a filtered page
 */
public class ListsBench {
    static final String[] COUNTIES = {"shuocheng", "pinglu", "huairen", "shanyin", "yingxian", "youyu", "kaifaqu"};
    static final String[] SOURCES = {"SUPERVISION_PATROL", "ASSISTANCE", "ENFORCEMENT", "SELF_REPORT", "TIP_OFF", "ASSIGNED"};
    static final String[] STATUSES = {"REGISTERED", "RECTIFYING", "REPORTED", "ACCEPTED"};
    static final String CITY = "shanxi.shuozhou";

    public static void main(String[] args) throws Exception {
        String url = "jdbc:derby:" + args[1];
        try (Connection c = DriverManager.getConnection(url)) {
            if (args[0].equals("load")) {
                load(c, Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            } else {
                time(c, Integer.parseInt(args[2]));
            }
        } finally {
            try {
                DriverManager.getConnection(url + ";shutdown=true");
            } catch (SQLException expected) {
                // 08006: clean shutdown
            }
        }
    }

    static String unit(Random r) {
        int k = r.nextInt(10);
        if (k == 0) {
            return CITY;
        }
        String county = CITY + "." + COUNTIES[r.nextInt(COUNTIES.length)];
        return k < 4 ? county : county + ".e" + r.nextInt(200); // enterprises below the counties
    }

    static void load(Connection c, int hazards, int tasks) throws SQLException {
        c.setAutoCommit(false);
        Random r = new Random(42);
        LocalDate today = LocalDate.now();
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        long start = System.nanoTime();
        long base = maxId(c, "LS_HAZARD") + 1;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO LS_HAZARD (ID, JURISDICTION, UNIT_ID, SOURCE, INSPECTIONUNIT, "
                + "INSPECTOR, INSPECTIONDATE, DESCRIPTION, MAJOR, LISTED, DEADLINE, STATUS, CREATEDBY, CREATEDAT, UPDATEDAT, VERSION) "
                + "VALUES (?, 'shuozhou', ?, ?, '市应急局', '执法检查组组长', ?, ?, ?, 0, ?, ?, 'bench', ?, ?, 1)")) {
            for (int i = 0; i < hazards; i++) {
                LocalDate inspected = today.minusDays(r.nextInt(365));
                ps.setLong(1, base + i);
                ps.setString(2, unit(r));
                ps.setString(3, SOURCES[r.nextInt(SOURCES.length)]);
                ps.setDate(4, Date.valueOf(inspected));
                ps.setString(5, "基准测试隐患 " + i + "：安全设施缺失");
                ps.setShort(6, (short) (r.nextInt(10) == 0 ? 1 : 0));
                ps.setDate(7, Date.valueOf(inspected.plusDays(r.nextInt(120))));
                ps.setString(8, STATUSES[r.nextInt(STATUSES.length)]);
                ps.setTimestamp(9, now);
                ps.setTimestamp(10, now);
                ps.addBatch();
                if (i % 5000 == 4999) {
                    ps.executeBatch();
                    c.commit();
                }
            }
            ps.executeBatch();
        }
        long taskBase = maxId(c, "LS_TASK") + 1;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO LS_TASK (ID, JURISDICTION, UNIT_ID, TASK_YEAR, CATALOGNUMBER, "
                + "MAINTASK, MEASURE, RESPONSIBLEUNITS, DEADLINETEXT, DEADLINEKIND, DEADLINEDATE, COMPLETEDON, CREATEDBY, CREATEDAT, "
                + "UPDATEDAT, VERSION) VALUES (?, 'shuozhou', ?, ?, ?, '主要任务', '具体举措', '各级安委办', ?, ?, ?, ?, 'bench', ?, ?, 1)")) {
            for (int i = 0; i < tasks; i++) {
                int year = today.getYear() - r.nextInt(3);
                boolean ongoing = r.nextInt(3) == 0;
                LocalDate due = LocalDate.of(year, 1 + r.nextInt(12), 1).plusMonths(1).minusDays(1);
                ps.setLong(1, taskBase + i);
                ps.setString(2, unit(r));
                ps.setInt(3, year);
                ps.setInt(4, 1 + r.nextInt(58));
                ps.setString(5, ongoing ? "长期坚持" : due.getMonthValue() + "月底前");
                ps.setString(6, ongoing ? "ONGOING" : "DATE");
                ps.setDate(7, ongoing ? null : Date.valueOf(due));
                ps.setDate(8, r.nextBoolean() ? Date.valueOf(due.minusDays(3)) : null);
                ps.setTimestamp(9, now);
                ps.setTimestamp(10, now);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        // keep the platform's id generators ahead of the loaded rows
        try (PreparedStatement ps = c.prepareStatement("UPDATE LS_SEQUENCE SET NEXT_VALUE = ? WHERE NAME = ?")) {
            ps.setLong(1, maxId(c, "LS_HAZARD") + 1000);
            ps.setString(2, "HAZARD");
            ps.executeUpdate();
            ps.setLong(1, maxId(c, "LS_TASK") + 1000);
            ps.setString(2, "TASK");
            ps.executeUpdate();
        }
        c.commit();
        System.out.printf("loaded %d hazards and %d tasks in %.1f s%n", hazards, tasks, (System.nanoTime() - start) / 1e9);
    }

    static long maxId(Connection c, String table) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery("SELECT COALESCE(MAX(ID), 0) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The level summary by hand: the same grouped counts, folded per unit directly below the city. */
    static Map<String, long[]> summary(Connection c) throws SQLException {
        Map<String, long[]> rows = new HashMap<>();
        String within = "(UNIT_ID = 'shanxi.shuozhou' OR UNIT_ID LIKE 'shanxi.shuozhou.%')";
        Date today = Date.valueOf(LocalDate.now());
        String[] queries = {
                "SELECT UNIT_ID, SOURCE, MAJOR, LISTED, STATUS, COUNT(*) FROM LS_HAZARD WHERE " + within
                        + " GROUP BY UNIT_ID, SOURCE, MAJOR, LISTED, STATUS",
                "SELECT UNIT_ID, COUNT(*) FROM LS_HAZARD WHERE " + within
                        + " AND STATUS IN ('REGISTERED', 'RECTIFYING') AND DEADLINE < ? GROUP BY UNIT_ID",
                "SELECT UNIT_ID, COUNT(*) FROM LS_TASK WHERE " + within + " GROUP BY UNIT_ID",
                "SELECT UNIT_ID, COUNT(*) FROM LS_TASK WHERE " + within + " AND COMPLETEDON IS NOT NULL GROUP BY UNIT_ID",
                "SELECT UNIT_ID, COUNT(*) FROM LS_TASK WHERE " + within
                        + " AND COMPLETEDON IS NULL AND DEADLINEKIND = 'DATE' AND DEADLINEDATE < ? GROUP BY UNIT_ID"};
        for (int q = 0; q < queries.length; q++) {
            try (PreparedStatement ps = c.prepareStatement(queries[q])) {
                if (queries[q].contains("?")) {
                    ps.setDate(1, today);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String u = rs.getString(1);
                        String key = u.equals(CITY) ? CITY : CITY + "." + u.substring(CITY.length() + 1).split("\\.")[0];
                        long n = rs.getLong(q == 0 ? 6 : 2);
                        rows.computeIfAbsent(key, k -> new long[5])[q] += n;
                    }
                }
            }
        }
        return rows;
    }

    /** The filtered, paged list by hand: count and the third page of 20, newest first. */
    static List<Long> page(Connection c) throws SQLException {
        String where = " WHERE (UNIT_ID = ? OR UNIT_ID LIKE ?) AND SOURCE = 'ENFORCEMENT' AND MAJOR = 1";
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM LS_HAZARD" + where);
                PreparedStatement rows = c.prepareStatement("SELECT * FROM LS_HAZARD" + where
                        + " ORDER BY ID DESC OFFSET 40 ROWS FETCH NEXT 20 ROWS ONLY")) {
            for (PreparedStatement ps : List.of(count, rows)) {
                ps.setString(1, "shanxi.shuozhou.shuocheng");
                ps.setString(2, "shanxi.shuozhou.shuocheng.%");
            }
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                ids.add(rs.getLong(1));
            }
            try (ResultSet rs = rows.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong("ID"));
                }
            }
        }
        return ids;
    }

    static void time(Connection c, int runs) throws SQLException {
        double[] s = new double[runs];
        double[] p = new double[runs];
        for (int i = 0; i < 3; i++) {
            summary(c);
            page(c);
        }
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            summary(c);
            long t1 = System.nanoTime();
            page(c);
            long t2 = System.nanoTime();
            s[i] = (t1 - t0) / 1e6;
            p[i] = (t2 - t1) / 1e6;
        }
        Arrays.sort(s);
        Arrays.sort(p);
        System.out.printf("sql_summary_ms=%.2f%nsql_page_ms=%.2f%n", s[runs / 2], p[runs / 2]);
    }
}

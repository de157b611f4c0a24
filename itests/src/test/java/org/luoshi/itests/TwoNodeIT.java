package org.luoshi.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Two nodes, one PostgreSQL database: a second copy of the distribution (its own ports: 8191, UI 8292, ssh 8111) on the
 * platform's database, with the first node's keys (taken from its backup, as the README says). 2 × 16 clients write
 * through both nodes at once for 8 s (-Dluoshi.twonode.seconds; 30 s and more were run by hand): hazards, and letters drafted on one node and sent on
 * the other. Then the audit chain is one valid chain on both nodes with exactly one entry per acknowledged write, and
 * the letters' numbers are distinct and without gaps.
 */
@ExtendWith(Platform.class)
class TwoNodeIT {
    private static final String B_API = "http://localhost:8191/api";
    private static final Map<String, String> PORTS = Map.of(
            "etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port = 8191",
            "etc/org.apache.karaf.shell.cfg", "sshPort = 8111",
            "etc/org.luoshi.ui.cfg", "port = 8292");

    @Test
    void twoNodesWritingAtOnceKeepOneChainAndDistinctLetterNumbers() throws Exception {
        assertTrue(Platform.POSTGRES, "two nodes share a PostgreSQL database: run with -Dluoshi.db=postgresql");
        Path b = startSecondNode();
        try {
            long before = entries(Platform.API);
            assertEquals(before, entries(B_API), "both nodes read the same chain");
            int seconds = Integer.getInteger("luoshi.twonode.seconds", 8);
            AtomicLong acknowledged = new AtomicLong();
            AtomicLong hazards = new AtomicLong();
            List<String> errors = java.util.Collections.synchronizedList(new ArrayList<>());
            List<String> numbers = java.util.Collections.synchronizedList(new ArrayList<>());
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            ExecutorService pool = Executors.newFixedThreadPool(32);
            List<Future<?>> clients = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                String mine = i % 2 == 0 ? Platform.API : B_API;
                String other = i % 2 == 0 ? B_API : Platform.API;
                int client = i;
                clients.add(pool.submit(() -> {
                    for (int n = 0; System.nanoTime() < end; n++) {
                        if (n % 10 == 9) { // a letter: drafted here, sent through the other node
                            Platform.Answer d = Platform.postJson("shuozhou", mine + "/letters", LetterIT.letter("REMINDER"));
                            if (d.status() != 201) {
                                errors.add("draft " + d.status() + " " + d.body());
                                continue;
                            }
                            acknowledged.incrementAndGet();
                            Platform.Answer s = Platform.postJson("shuozhou",
                                    other + "/letters/" + d.json().get("id").asLong() + "/sending", "");
                            if (s.status() != 200) {
                                errors.add("send " + s.status() + " " + s.body());
                                continue;
                            }
                            acknowledged.incrementAndGet();
                            numbers.add(s.json().get("number").asText());
                        } else {
                            Platform.Answer h = Platform.postJson("shuocheng", mine + "/hazards",
                                    HazardRestIT.hazard("shanxi.shuozhou.shuocheng", "两节点写入-" + client + "-" + n));
                            if (h.status() != 201) {
                                errors.add("hazard " + h.status() + " " + h.body());
                                continue;
                            }
                            acknowledged.incrementAndGet();
                            hazards.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : clients) {
                f.get(seconds + 120L, TimeUnit.SECONDS);
            }
            pool.shutdown();
            assertTrue(errors.isEmpty(), errors.size() + " writes refused, e.g. " + errors.subList(0, Math.min(3, errors.size())));
            assertTrue(hazards.get() > 100 && numbers.size() > 10, hazards + " hazards, " + numbers.size() + " letters");

            for (String api : List.of(Platform.API, B_API)) {
                JsonNode v = Platform.get("admin", api + "/audit/verify").json();
                assertTrue(v.get("valid").asBoolean(), api + ": " + v);
                assertEquals(before + acknowledged.get(), v.get("entries").asLong(),
                        api + ": one entry per acknowledged write (" + acknowledged + ")");
            }
            TreeSet<Integer> serials = new TreeSet<>();
            for (String number : numbers) {
                serials.add(Integer.parseInt(number.replaceAll(".*〕(\\d+)号", "$1")));
            }
            assertEquals(numbers.size(), serials.size(), "no letter number twice");
            assertEquals(serials.first() + numbers.size() - 1, (int) serials.last(), "no gap: " + serials);
            System.out.printf("[TwoNodeIT] %d s, 2 x 16 clients: %d acknowledged writes (%d hazards, %d letters sent), "
                    + "%.1f writes/s, chain valid on both nodes%n", seconds, acknowledged.get(), hazards.get(),
                    numbers.size(), acknowledged.get() / (double) seconds);
        } finally {
            Platform.run(b, "bin/stop");
            awaitStopped(b);
        }
    }

    private static long entries(String api) {
        JsonNode v = Platform.get("admin", api + "/audit/verify").json();
        assertTrue(v.get("valid").asBoolean(), v.toString());
        return v.get("entries").asLong();
    }

    /** A second node: a fresh copy of the distribution with its own ports, the first node's database and keys. */
    private static Path startSecondNode() throws Exception {
        Path a = Platform.home();
        Path b = a.resolveSibling(a.getFileName() + "-node2");
        Platform.deleteTree(b);
        Platform.copyTree(Paths.get(System.getProperty("luoshi.assembly", "../assembly/target/assembly")).toAbsolutePath(), b);
        Platform.run(b, "bin/luoshi-demo");
        Files.copy(a.resolve("etc/org.ops4j.datasource-luoshi.cfg"), b.resolve("etc/org.ops4j.datasource-luoshi.cfg"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        for (Map.Entry<String, String> port : PORTS.entrySet()) {
            Path cfg = b.resolve(port.getKey());
            String key = port.getValue().substring(0, port.getValue().indexOf(' '));
            String text = Files.readString(cfg).replaceAll("(?m)^" + java.util.regex.Pattern.quote(key) + "\\s*=.*$",
                    port.getValue());
            assertTrue(text.contains(port.getValue()), cfg + " sets " + key);
            Files.writeString(cfg, text);
        }
        // the keys the data is sealed and anchored with: the same on every node (written by a backup as keys/*.key)
        Platform.Answer backup = Platform.postJson("admin", Platform.API + "/admin/backup", "");
        assertEquals(201, backup.status(), backup.body());
        Path keys = Paths.get(backup.json().get("directory").asText()).resolve("keys");
        Files.createDirectories(b.resolve("etc/luoshi-keys"));
        try (var files = Files.list(keys)) {
            for (Path k : (Iterable<Path>) files::iterator) {
                Files.copy(k, b.resolve("etc/luoshi-keys").resolve(k.getFileName()));
            }
        }
        Platform.run(b, "bin/start");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (!healthy(B_API)) {
            assertTrue(System.nanoTime() < deadline, "the second node did not become healthy");
            Thread.sleep(250);
        }
        return b;
    }

    private static boolean healthy(String api) {
        try {
            return Platform.get(null, api + "/health").status() == 200;
        } catch (AssertionError notListeningYet) {
            return false;
        }
    }

    private static void awaitStopped(Path b) throws Exception {
        Path pidFile = b.resolve("karaf.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid = Long.parseLong(Files.readString(pidFile).trim());
        ProcessHandle.of(pid).ifPresent(p -> p.onExit().orTimeout(90, TimeUnit.SECONDS).join());
        Thread.sleep(Duration.ofMillis(200).toMillis());
    }
}

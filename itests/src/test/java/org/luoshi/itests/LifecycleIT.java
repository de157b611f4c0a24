package org.luoshi.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

/** Hot deploy of a region plugin, restart persistence and the console: the platform as an administrator runs it. */
@ExtendWith(Platform.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LifecycleIT {
    static final String PLUGIN = "org.luoshi.jurisdiction.shuozhou";

    static boolean installed(String id) {
        return Platform.get(null, Platform.API + "/health").json().get("jurisdictions").toString().contains("\"" + id + "\"");
    }

    static long awaitInstalled(boolean expected, long timeoutMillis) throws InterruptedException {
        long start = System.nanoTime();
        while (installed("shuozhou") != expected) {
            if (System.nanoTime() - start > TimeUnit.MILLISECONDS.toNanos(timeoutMillis)) {
                throw new AssertionError("shuozhou " + (expected ? "did not return" : "did not leave") + " within " + timeoutMillis + " ms");
            }
            Thread.sleep(50);
        }
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    static Map<String, String> bundleStates() {
        Map<String, String> out = new HashMap<>();
        for (JsonNode b : Platform.get("admin", Platform.API + "/admin/bundles").json()) {
            out.put(b.get("symbolicName").asText(), b.get("state").asText() + "/stops=" + b.get("stopsSinceStart").asInt());
        }
        return out;
    }

    @Test
    @Order(1)
    void removingAndReturningThePluginJarTakesEffectWithin2sAndTouchesNoOtherBundle() throws Exception {
        String text = "热部署期间保留-" + UUID.randomUUID();
        long id = Platform.postJson("admin", Platform.API + "/hazards",
                HazardRestIT.hazard("shanxi.shuozhou.shuocheng", text)).json().get("id").asLong();
        Map<String, String> before = bundleStates();
        assertTrue(before.containsKey(PLUGIN), before.toString());

        Path jar = Platform.home().resolve("deploy/" + PLUGIN + ".jar");
        Path aside = Platform.home().resolve(PLUGIN + ".jar.aside");
        Files.move(jar, aside);
        long gone = awaitInstalled(false, 2000);
        assertEquals(404, Platform.get("admin", Platform.API + "/jurisdictions/shuozhou/catalog").status());
        assertFalse(Platform.get("admin", Platform.API + "/jurisdictions").body().contains("shuozhou"));
        assertEquals(400, Platform.postJson("admin", Platform.API + "/hazards",
                HazardRestIT.hazard("shanxi.shuozhou.shuocheng", "插件移除后登记")).status(), "no new records for an absent region");

        Files.move(aside, jar);
        long back = awaitInstalled(true, 2000);
        assertEquals(58, Platform.get("admin", Platform.API + "/jurisdictions/shuozhou/catalog").json().size());
        assertEquals(text, Platform.get("admin", Platform.API + "/hazards/" + id).json().get("description").asText(),
                "records made under the region are still there");

        Map<String, String> after = bundleStates();
        after.remove(PLUGIN);
        before.remove(PLUGIN);
        assertEquals(before, after, "no other bundle stopped, refreshed or changed state");
        System.out.printf("hot deploy: removed in %d ms, returned in %d ms%n", gone, back);
    }

    @Test
    @Order(2)
    void hazardsSurviveARestart() throws Exception {
        String text = "重启后仍在-" + UUID.randomUUID();
        JsonNode created = Platform.postJson("admin", Platform.API + "/hazards",
                HazardRestIT.hazard("shanxi.shuozhou.pinglu", text)).json();
        long auditBefore = Platform.get("admin", Platform.API + "/audit/verify").json().get("entries").asLong();
        Platform.restart();
        JsonNode again = Platform.get("admin", Platform.API + "/hazards/" + created.get("id").asLong()).json();
        assertEquals(text, again.get("description").asText());
        assertEquals(created.get("deadline").asText(), again.get("deadline").asText());
        JsonNode verify = Platform.get("admin", Platform.API + "/audit/verify").json();
        assertTrue(verify.get("valid").asBoolean());
        assertEquals(auditBefore, verify.get("entries").asLong(), "the audit chain continues unchanged after restart");
        JsonNode next = Platform.postJson("admin", Platform.API + "/hazards",
                HazardRestIT.hazard("shanxi.shuozhou.pinglu", "重启后新登记-" + UUID.randomUUID())).json();
        assertTrue(next.get("id").asLong() != created.get("id").asLong());
        assertTrue(Platform.get("admin", Platform.API + "/audit/verify").json().get("valid").asBoolean());
    }

    /** The SSH client of the console calls, started once (a {@code bin/client} per call costs a JVM start). */
    private static org.apache.sshd.client.SshClient ssh;
    /** The console session, kept for the next command (a login per command costs a handshake and a bcrypt check). */
    private static org.apache.sshd.client.session.ClientSession session;

    /**
     * Runs a Karaf console command as the administrator over the console's SSH port ({@code ssh -p 8101 admin@host
     * command}), answering its output. One session serves every command until it closes (a restart of the platform
     * closes it): then a new one is opened.
     */
    static synchronized String console(String command) throws Exception {
        if (ssh == null) {
            ssh = org.apache.sshd.client.SshClient.setUpDefaultClient();
            ssh.setServerKeyVerifier(org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier.INSTANCE);
            ssh.start();
        }
        if (session != null && session.isOpen()) {
            try {
                return exec(session, command);
            } catch (java.io.IOException closedMeanwhile) {
                session.close(true);
            }
        }
        java.time.Duration limit = java.time.Duration.ofSeconds(60);
        session = ssh.connect("admin", "localhost", 8101).verify(limit).getSession();
        session.addPasswordIdentity("admin");
        session.auth().verify(limit);
        return exec(session, command);
    }

    private static String exec(org.apache.sshd.client.session.ClientSession on, String command) throws java.io.IOException {
        java.time.Duration limit = java.time.Duration.ofSeconds(60);
        try (org.apache.sshd.client.channel.ChannelExec channel = on.createExecChannel(command)) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            channel.setOut(out);
            channel.setErr(out);
            channel.open().verify(limit);
            java.util.Set<org.apache.sshd.client.channel.ClientChannelEvent> done = channel.waitFor(
                    java.util.EnumSet.of(org.apache.sshd.client.channel.ClientChannelEvent.CLOSED), limit);
            assertTrue(done.contains(org.apache.sshd.client.channel.ClientChannelEvent.CLOSED),
                    "console command did not finish: " + command);
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    @Order(3)
    void consoleVerifiesTheAuditChainForAnAdministrator() throws Exception {
        String out = console("luoshi:audit-verify");
        assertTrue(out.contains("audit chain intact"), out);
    }

}

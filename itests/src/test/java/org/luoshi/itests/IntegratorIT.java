package org.luoshi.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.luoshi.itests.Platform.Answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;

/**
 * Issue 14, integrator access: service accounts with API tokens scoped to units (read-only or read-write), accepted by
 * REST and SOAP next to HTTP Basic, revocable; webhooks delivering record events, signed, to a receiver this test
 * starts on the loopback address, retried when it fails.
 */
@ExtendWith(Platform.class)
class IntegratorIT {
    static final String ACCOUNTS = Platform.API + "/admin/service-accounts";
    static final String WEBHOOKS = Platform.API + "/webhooks";
    static final String YOUYU = "shanxi.shuozhou.youyu";
    static final String PINGLU = "shanxi.shuozhou.pinglu";

    /** Makes a service account as the administrator; answers its creation (with the token, shown this once). */
    static JsonNode account(String name, List<String> units, String access) {
        Answer a = Platform.postJson("admin", ACCOUNTS, Map.of("name", name, "title", "对接测试-" + name, "units", units,
                "access", access));
        assertEquals(201, a.status(), a.body());
        return a.json();
    }

    static String name(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void aTokenReadsOnlyItsCountyIsRefusedWritesWhenReadOnlyAndStopsWhenRevoked() throws Exception {
        String tag = "接入-" + UUID.randomUUID().toString().substring(0, 8);
        long own = Platform.postJson("youyu", Platform.API + "/hazards", HazardRestIT.hazard(YOUYU, tag + "-右玉")).json()
                .get("id").asLong();
        long other = Platform.postJson("pinglu", Platform.API + "/hazards", HazardRestIT.hazard(PINGLU, tag + "-平鲁")).json()
                .get("id").asLong();

        // only the administrator makes accounts; the token is shown once and never listed
        assertEquals(403, Platform.postJson("shuozhou", ACCOUNTS, Map.of("name", name("x"), "title", "越权",
                "units", List.of(YOUYU), "access", "READ")).status());
        Answer bad = Platform.postJson("admin", ACCOUNTS, Map.of("name", "A", "title", "", "units", List.of("no.such.unit"),
                "access", "ALL"));
        assertEquals(400, bad.status(), bad.body());
        for (String field : List.of("name", "title", "units", "access")) {
            assertTrue(bad.json().get("errors").has(field), field + ": " + bad.body());
        }
        String name = name("youyu-read");
        JsonNode made = account(name, List.of(YOUYU), "READ");
        String token = made.get("token").asText();
        assertTrue(token.startsWith("lst_") && token.length() > 40, token);
        assertTrue(token.startsWith(made.get("tokenHint").asText().replace("…", "")));
        assertTrue(made.get("unitNames").get(0).asText().startsWith("右玉"), made.toString());
        assertEquals(409, Platform.postJson("admin", ACCOUNTS, Map.of("name", name, "title", "重名", "units", List.of(YOUYU),
                "access", "READ")).status());
        Answer listed = Platform.get("admin", ACCOUNTS);
        assertEquals(200, listed.status());
        assertFalse(listed.body().contains(token.substring(8)), "the token is never shown again");
        assertTrue(listed.body().contains(name));

        // scoped to its county: reads 右玉's hazard, not 平鲁's, over REST (Bearer) ...
        Answer list = Platform.get(token, Platform.API + "/hazards?q=" + q(tag));
        assertEquals(200, list.status(), list.body());
        assertEquals(1, list.json().get("total").asInt(), list.body());
        assertEquals(own, list.json().get("items").get(0).get("id").asLong());
        assertEquals(200, Platform.get(token, Platform.API + "/hazards/" + own).status());
        Answer refused = Platform.get(token, Platform.API + "/hazards/" + other);
        assertTrue(refused.status() == 403 || refused.status() == 404, refused.status() + " " + refused.body());
        // ... over SOAP (Bearer, and as the password of HTTP Basic with the account's name)
        Answer soap = HazardSoapIT.call(token, HazardSoapIT.HAZARDS, "<l:getHazard><id>" + own + "</id></l:getHazard>");
        assertEquals(200, soap.status(), soap.body());
        assertTrue(soap.body().contains(tag + "-右玉"));
        assertEquals(200, basic(name, token, HazardSoapIT.HAZARDS, HazardSoapIT.envelope(
                "<l:getHazard><id>" + own + "</id></l:getHazard>"), "text/xml; charset=UTF-8"));
        assertEquals(500, basic("shuozhou", token, HazardSoapIT.HAZARDS, HazardSoapIT.envelope(
                "<l:getHazard><id>" + own + "</id></l:getHazard>"), "text/xml; charset=UTF-8"),
                "a token presented under another name is refused (SOAP answers its Client fault with HTTP 500)");
        Answer soapOther = HazardSoapIT.call(token, HazardSoapIT.HAZARDS, "<l:getHazard><id>" + other + "</id></l:getHazard>");
        assertTrue(soapOther.body().contains("Client"), soapOther.body());
        // ... and through Basic on REST
        assertEquals(200, basic(name, token, Platform.API + "/hazards/" + own, null, null));

        // read-only: every write refused with the reason, nothing written
        Answer write = Platform.postJson(token, Platform.API + "/hazards", HazardRestIT.hazard(YOUYU, tag + "-写入"));
        assertEquals(403, write.status(), write.body());
        assertTrue(write.body().contains("只读"), write.body());
        Answer soapWrite = HazardSoapIT.call(token, HazardSoapIT.HAZARDS, "<l:createHazard>"
                + HazardSoapIT.hazardXml(YOUYU, tag + "-写入") + "</l:createHazard>");
        assertTrue(soapWrite.body().contains("Client") && soapWrite.body().contains("只读"), soapWrite.body());
        assertEquals(0, HazardRestIT.total("youyu", "&q=" + q(tag + "-写入")));
        Answer progress = Platform.postJson(token, Platform.API + "/hazards/" + own + "/progress",
                Map.of("status", "REPORTED", "progress", "已整改", "completedOn", HazardRestIT.today().toString()));
        assertEquals(403, progress.status(), progress.body());
        assertEquals("REGISTERED", Platform.get("youyu", Platform.API + "/hazards/" + own).json().get("status").asText());

        // the last use is recorded
        JsonNode seen = Platform.get("admin", ACCOUNTS + "/" + name).json();
        assertNotNull(seen.get("lastUsedAt").textValue(), seen.toString());
        assertTrue(seen.get("lastUsedFrom").asText().startsWith("127."), seen.toString());
        assertTrue(seen.get("token").isNull(), seen.toString());

        // read-write, scoped to its county: writes there as svc:name, not in the neighbouring county
        String writer = name("youyu-write");
        String writeToken = account(writer, List.of(YOUYU), "READ_WRITE").get("token").asText();
        Answer created = Platform.postJson(writeToken, Platform.API + "/hazards", HazardRestIT.hazard(YOUYU, tag + "-对接写入"));
        assertEquals(201, created.status(), created.body());
        assertEquals("svc:" + writer, created.json().get("createdBy").asText());
        Answer neighbour = Platform.postJson(writeToken, Platform.API + "/hazards", HazardRestIT.hazard(PINGLU, tag + "-越权"));
        assertTrue(neighbour.status() == 403 || neighbour.status() == 404, neighbour.status() + " " + neighbour.body());

        // a new token replaces the old one at once; revoking stops the account at once
        Answer renewed = Platform.send("admin", "POST", ACCOUNTS + "/" + writer + "/token", "");
        assertEquals(200, renewed.status(), renewed.body());
        String newToken = renewed.json().get("token").asText();
        assertEquals(401, Platform.get(writeToken, Platform.API + "/hazards/" + own).status());
        assertEquals(200, Platform.get(newToken, Platform.API + "/hazards/" + own).status());
        Answer revoked = Platform.send("admin", "DELETE", ACCOUNTS + "/" + name, "");
        assertEquals(200, revoked.status(), revoked.body());
        assertFalse(revoked.json().get("active").asBoolean());
        Answer after = Platform.get(token, Platform.API + "/hazards/" + own);
        assertEquals(401, after.status(), after.body());
        assertTrue(after.json().has("detail"), "a problem body: " + after.body());
        assertTrue(HazardSoapIT.call(token, HazardSoapIT.HAZARDS, "<l:getHazard><id>" + own + "</id></l:getHazard>").body()
                .contains("认证失败"));
        assertEquals(401, Platform.get("lst_" + "x".repeat(43), Platform.API + "/hazards").status());

        // audited: who made, renewed and revoked which account
        String trail = Platform.get("admin", Platform.API + "/audit?entityType=service-account&limit=1000").body();
        assertTrue(trail.contains("service-account.create") && trail.contains("service-account.renew")
                && trail.contains("service-account.revoke") && trail.contains(writer), trail.length() + " chars");
    }

    /** A call with HTTP Basic user:password; answers the status. */
    static int basic(String user, String password, String url, String body, String contentType) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        b = body == null ? b.GET() : b.header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** What the test's receiver got: when, the headers that matter, the body. */
    record Received(long atNanos, String event, String delivery, String attempt, String signature, String body) {
    }

    @Test
    void webhooksDeliverSignedEventsWithinTwoSecondsAndRetryAFailingReceiver() throws Exception {
        List<Received> ok = new CopyOnWriteArrayList<>();
        List<Received> flaky = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/ok", x -> {
            ok.add(received(x));
            x.sendResponseHeaders(204, -1);
            x.close();
        });
        receiver.createContext("/flaky", x -> {
            flaky.add(received(x));
            // each delivery fails twice, then is taken
            x.sendResponseHeaders(Integer.parseInt(x.getRequestHeaders().getFirst("X-Luoshi-Attempt")) <= 2 ? 503 : 200, -1);
            x.close();
        });
        receiver.start();
        try {
            String base = "http://127.0.0.1:" + receiver.getAddress().getPort();
            String tag = "推送-" + UUID.randomUUID().toString().substring(0, 8);
            String name = name("youyu-hooks");
            String token = account(name, List.of(YOUYU), "READ").get("token").asText();
            String otherToken = account(name("pinglu-hooks"), List.of(PINGLU), "READ").get("token").asText();

            // a person cannot subscribe; an account subscribes for itself (a read-only one too: it only reads events)
            assertEquals(403, Platform.postJson("youyu", WEBHOOKS, Map.of("url", base + "/ok", "events",
                    List.of("hazard.create"))).status());
            Answer invalid = Platform.postJson(token, WEBHOOKS, Map.of("url", "ftp://127.0.0.1/x", "events", List.of("hazard create")));
            assertEquals(400, invalid.status(), invalid.body());
            assertTrue(invalid.json().get("errors").has("url") && invalid.json().get("errors").has("events"));
            Answer sub = Platform.postJson(token, WEBHOOKS, Map.of("url", base + "/ok", "events", List.of("hazard.create")));
            assertEquals(201, sub.status(), sub.body());
            String secret = sub.json().get("secret").asText();
            long hook = sub.json().get("id").asLong();
            Answer subFlaky = Platform.postJson(token, WEBHOOKS, Map.of("url", base + "/flaky", "events", List.of("hazard.*")));
            assertEquals(201, subFlaky.status(), subFlaky.body());
            long flakyHook = subFlaky.json().get("id").asLong();
            assertTrue(Platform.get(token, WEBHOOKS + "/types").json().toString().contains("\"hazard\""));
            assertFalse(Platform.get(token, WEBHOOKS).body().contains(secret), "the secret is shown once");

            // a write in the account's county: delivered, signed, within 2 s of the write's answer
            Answer other = Platform.postJson("pinglu", Platform.API + "/hazards", HazardRestIT.hazard(PINGLU, tag + "-平鲁"));
            assertEquals(201, other.status(), other.body());
            Answer write = Platform.postJson("youyu", Platform.API + "/hazards", HazardRestIT.hazard(YOUYU, tag + "-右玉"));
            long written = System.nanoTime();
            assertEquals(201, write.status(), write.body());
            long id = write.json().get("id").asLong();
            Received got = await(ok, r -> r.body.contains(tag + "-右玉"), 10_000);
            long millis = (got.atNanos - written) / 1_000_000;
            System.out.printf("webhook: write answered → event received in %d ms%n", millis);
            assertTrue(millis < 2000, "delivered within 2 s of the write: " + millis + " ms");
            assertEquals("hazard.create", got.event);
            assertEquals(expectedSignature(secret, got.signature, got.body), got.signature, "HMAC-SHA256 signature");
            JsonNode payload = Platform.JSON.readTree(got.body);
            assertEquals("hazard.create", payload.get("event").asText());
            assertEquals("hazard", payload.get("entityType").asText());
            assertEquals(id, payload.get("record").get("id").asLong());
            assertEquals(YOUYU, payload.get("record").get("unit").asText());
            assertEquals("youyu", payload.get("actor").asText());
            assertTrue(payload.get("seq").asLong() > 0);

            // the failing receiver: answered 503 twice, then 200 — three attempts of one delivery, recorded
            Received third = await(flaky, r -> r.body.contains(tag + "-右玉") && "3".equals(r.attempt), 30_000);
            List<Received> attempts = flaky.stream().filter(r -> r.body.contains(tag + "-右玉")).toList();
            assertEquals(3, attempts.size(), "three attempts");
            assertTrue(attempts.stream().allMatch(r -> r.delivery.equals(third.delivery)), "one delivery, retried");
            assertTrue(attempts.get(1).atNanos - attempts.get(0).atNanos >= 1_500_000_000L, "the retry waited");
            JsonNode deliveries = awaitDelivered(token, flakyHook, tag, id);
            // nothing of the neighbouring county, to either receiver
            assertTrue(ok.stream().noneMatch(r -> r.body.contains(tag + "-平鲁")));
            assertTrue(flaky.stream().noneMatch(r -> r.body.contains(tag + "-平鲁")));
            // the subscription is the account's: another account sees none of it
            assertEquals(404, Platform.get(otherToken, WEBHOOKS + "/" + flakyHook + "/deliveries").status());
            assertFalse(Platform.get(otherToken, WEBHOOKS).body().contains(base));
            assertTrue(Platform.get("admin", WEBHOOKS).body().contains(base + "/flaky"), "the administrator sees every one");
            assertTrue(deliveries.get("total").asLong() >= 1, deliveries.toString());

            // ended: no more deliveries
            Answer ended = Platform.send(token, "DELETE", WEBHOOKS + "/" + hook, "");
            assertEquals(200, ended.status(), ended.body());
            assertFalse(ended.json().get("active").asBoolean());
            int before = ok.size();
            assertEquals(201, Platform.postJson("youyu", Platform.API + "/hazards", HazardRestIT.hazard(YOUYU, tag + "-之后")).status());
            await(flaky, r -> r.body.contains(tag + "-之后"), 10_000); // the other subscription still gets it …
            Thread.sleep(500);
            assertEquals(before, ok.size(), "… the ended one does not");
        } finally {
            receiver.stop(0);
        }
    }

    private static JsonNode awaitDelivered(String token, long hook, String tag, long id) throws InterruptedException {
        long until = System.currentTimeMillis() + 15_000;
        JsonNode page;
        do {
            page = Platform.get(token, WEBHOOKS + "/" + hook + "/deliveries").json();
            for (JsonNode d : page.get("items")) {
                if (d.get("entityId").asText().equals(Long.toString(id)) && d.get("status").asText().equals("DELIVERED")) {
                    assertEquals(3, d.get("attempts").asInt(), d.toString());
                    assertEquals(200, d.get("lastStatus").asInt(), d.toString());
                    assertNull(d.get("nextAttemptAt").textValue());
                    return page;
                }
            }
            Thread.sleep(200);
        } while (System.currentTimeMillis() < until);
        throw new AssertionError("delivery not recorded as DELIVERED: " + page);
    }

    private static Received received(com.sun.net.httpserver.HttpExchange x) throws java.io.IOException {
        long at = System.nanoTime();
        String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        var h = x.getRequestHeaders();
        return new Received(at, h.getFirst("X-Luoshi-Event"), h.getFirst("X-Luoshi-Delivery"), h.getFirst("X-Luoshi-Attempt"),
                h.getFirst("X-Luoshi-Signature"), body);
    }

    /** The signature the receiver computes itself: t=…,v1=hex(HMAC-SHA256(secret, t + "." + body)). */
    static String expectedSignature(String secret, String header, String body) throws Exception {
        assertNotNull(header, "signed");
        String t = header.substring(2, header.indexOf(','));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "t=" + t + ",v1=" + HexFormat.of().formatHex(mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8)));
    }

    private static Received await(List<Received> got, java.util.function.Predicate<Received> which, long millis)
            throws InterruptedException {
        long until = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < until) {
            for (Received r : new ArrayList<>(got)) {
                if (which.test(r)) {
                    return r;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("not received within " + millis + " ms; got " + got.size() + " deliveries");
    }
}

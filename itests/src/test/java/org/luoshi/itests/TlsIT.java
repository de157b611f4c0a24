package org.luoshi.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 11, finding 12 (TLS): the README's HTTPS set-up works as written on the running platform — a key store in
 * etc/, Pax Web's secure connector for REST and SOAP (8443) and the UI's own (8282) — with Strict-Transport-Security
 * on both and a Secure session cookie; taken back afterwards, as a deployer would.
 */
@ExtendWith(Platform.class)
class TlsIT {
    private static final String PASSWORD = "changeit-tls";

    @Test
    void theReadmesHttpsSetUpServesApiSoapAndUiWithHsts() throws Exception {
        Path etc = Platform.home().resolve("etc");
        Path store = etc.resolve("luoshi-tls.p12");
        Files.deleteIfExists(store);
        Process keytool = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "luoshi", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12",
                "-keystore", store.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD).redirectErrorStream(true).start();
        assertEquals(0, keytool.waitFor(), new String(keytool.getInputStream().readAllBytes()));

        Path paxWeb = etc.resolve("org.ops4j.pax.web.cfg");
        Path ui = etc.resolve("org.luoshi.ui.cfg");
        String paxWebBefore = Files.readString(paxWeb);
        String uiBefore = Files.readString(ui);
        try {
            Files.writeString(paxWeb, paxWebBefore.replace("org.osgi.service.http.secure.enabled = false", "")
                    + "\norg.osgi.service.http.secure.enabled = true\norg.osgi.service.http.port.secure = 8443\n"
                    + "org.ops4j.pax.web.ssl.keystore = ${karaf.etc}/luoshi-tls.p12\n"
                    + "org.ops4j.pax.web.ssl.keystore.type = PKCS12\n"
                    + "org.ops4j.pax.web.ssl.keystore.password = " + PASSWORD + "\n"
                    + "org.ops4j.pax.web.ssl.key.password = " + PASSWORD + "\n");
            Files.writeString(ui, uiBefore + "\nkeystore = ${karaf.etc}/luoshi-tls.p12\nkeystorePassword = " + PASSWORD + "\n");
            HttpClient client = HttpClient.newBuilder().sslContext(trusting(store)).connectTimeout(Duration.ofSeconds(5)).build();

            HttpResponse<String> health = await(client, "https://localhost:8443/api/health", null);
            assertEquals("max-age=31536000", health.headers().firstValue("Strict-Transport-Security").orElse(""),
                    health.headers().map().toString());
            HttpResponse<String> hazards = await(client, "https://localhost:8443/api/hazards?limit=1", "shuozhou");
            assertEquals(200, hazards.statusCode(), hazards.body());
            HttpResponse<String> wsdl = await(client, "https://localhost:8443/soap/hazards?wsdl", null);
            assertTrue(wsdl.body().contains("definitions"), wsdl.body());

            HttpResponse<String> page = await(client, "https://localhost:8282/login", null);
            assertEquals("max-age=31536000", page.headers().firstValue("Strict-Transport-Security").orElse(""));
            String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID"))
                    .findFirst().orElse("");
            assertTrue(cookie.contains("Secure") && cookie.contains("HttpOnly"), "session cookie: " + cookie);
        } finally {
            Files.writeString(paxWeb, paxWebBefore);
            Files.writeString(ui, uiBefore);
            HttpClient plain = HttpClient.newHttpClient();
            await(plain, Platform.UI + "/login", null);
            await(plain, Platform.API + "/health", null);
            Files.deleteIfExists(store);
        }
    }

    private static SSLContext trusting(Path store) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(store)) {
            trust.load(in, PASSWORD.toCharArray());
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, tmf.getTrustManagers(), null);
        return ssl;
    }

    /** Waits (configuration changes are picked up within moments) until the URL answers 200. */
    private static HttpResponse<String> await(HttpClient client, String url, String user) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        Object last = null;
        while (System.nanoTime() < deadline) {
            try {
                HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET();
                if (user != null) {
                    b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes()));
                }
                HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return r;
                }
                last = r.statusCode() + " " + r.body();
            } catch (java.io.IOException e) {
                last = e;
            }
            Thread.sleep(250);
        }
        throw new AssertionError(url + " did not answer 200 within 60 s: " + last);
    }
}

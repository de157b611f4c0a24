package org.luoshi.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Start, stop and restart of the embedded server with in-memory services; no browser. */
class UiServerLifecycleTest {

    private static UiServer start(int port) {
        InMemoryServices.Registry registry = new InMemoryServices.Registry();
        return InMemoryServices.start(InMemoryServices.config(port, "127.0.0.1"), registry,
                new InMemoryServices.Users(), List.of(), new InMemoryFiles(registry));
    }

    private static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void restartsOnTheSamePortAndServesStaticBundle() throws Exception {
        UiServer first = start(0);
        int port = first.port();
        HttpResponse<String> page = get(port, "/login");
        assertEquals(200, page.statusCode());
        // the pre-compiled production bundle is served from META-INF/VAADIN
        String script = page.body().replaceAll("(?s).*src=\"\\./(VAADIN/build/[^\"]+\\.js)\".*", "$1");
        assertTrue(script.startsWith("VAADIN/build/"), page.body());
        assertEquals(200, get(port, "/" + script).statusCode());
        first.stop();
        assertThrows(IOException.class, () -> get(port, "/"));

        UiServer second = start(port);
        try {
            assertEquals(200, get(port, "/").statusCode());
            assertTrue(get(port, "/").headers().firstValue("Server").isEmpty(), "no server version header");
        } finally {
            second.stop();
        }
    }

    @Test
    void busyPortFailsActivationWithAClearMessage() throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> start(busy.getLocalPort()));
            assertTrue(e.getMessage().contains(String.valueOf(busy.getLocalPort())), e.getMessage());
        }
    }

    /**
     * With a key store the UI answers over HTTPS only: a client trusting that certificate gets the page with
     * Strict-Transport-Security and a Secure session cookie; plain HTTP on the port gets no page.
     */
    @Test
    void withAKeyStoreTheUiServesHttpsWithHstsAndSecureCookies(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path store = dir.resolve("ui.p12");
        Process keytool = new ProcessBuilder(java.nio.file.Paths.get(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "ui", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12",
                "-keystore", store.toString(), "-storepass", "changeit-ui", "-keypass", "changeit-ui")
                .redirectErrorStream(true).start();
        assertEquals(0, keytool.waitFor(), new String(keytool.getInputStream().readAllBytes()));
        InMemoryServices.Registry registry = new InMemoryServices.Registry();
        UiServer server = InMemoryServices.start(InMemoryServices.config(0, "127.0.0.1", store.toString(), "changeit-ui"),
                registry, new InMemoryServices.Users(), List.of(), new InMemoryFiles(registry));
        try {
            java.security.KeyStore trust = java.security.KeyStore.getInstance("PKCS12");
            try (var in = java.nio.file.Files.newInputStream(store)) {
                trust.load(in, "changeit-ui".toCharArray());
            }
            javax.net.ssl.TrustManagerFactory tmf = javax.net.ssl.TrustManagerFactory.getInstance(
                    javax.net.ssl.TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            javax.net.ssl.SSLContext ssl = javax.net.ssl.SSLContext.getInstance("TLS");
            ssl.init(null, tmf.getTrustManagers(), null);
            HttpResponse<String> page = HttpClient.newBuilder().sslContext(ssl).build().send(
                    HttpRequest.newBuilder(URI.create("https://localhost:" + server.port() + "/login")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertEquals("max-age=31536000", page.headers().firstValue("Strict-Transport-Security").orElse(""));
            String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID"))
                    .findFirst().orElse("");
            assertTrue(cookie.contains("Secure") && cookie.contains("HttpOnly"), "session cookie: " + cookie);
            assertThrows(IOException.class, () -> get(server.port(), "/login"), "no plain HTTP on the HTTPS port");
        } finally {
            server.stop();
        }
    }
}

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
}

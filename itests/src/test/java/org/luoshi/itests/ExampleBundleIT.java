package org.luoshi.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An integrator's bundle (examples/org.luoshi.example.overview, only exported API) hot-deployed into deploy/: its
 * REST path (also in /api/openapi.json), its WSDL and its menu entry appear within 2 s; deleting the jar removes all
 * three, without stopping anything else.
 */
@ExtendWith(Platform.class)
class ExampleBundleIT extends ChromiumSession {
    private static final String REST = Platform.API + "/example/overview";
    private static final String WSDL = Platform.SOAP + "/example?wsdl";

    @Test
    void theExampleBundleBringsAndTakesItsRestPathWsdlAndMenuEntry() throws Exception {
        Path jar = Paths.get(System.getProperty("luoshi.example")).toAbsolutePath();
        assertTrue(Files.isRegularFile(jar), "built example: " + jar);
        Path deployed = Platform.home().resolve("deploy/org.luoshi.example.overview.jar");
        assertEquals(404, Platform.get("admin", REST).status(), "not there before");
        login("admin");

        Files.copy(jar, deployed, StandardCopyOption.REPLACE_EXISTING);
        long t0 = System.currentTimeMillis();
        within(t0, "REST path", () -> Platform.get("admin", REST).status() == 200);
        within(t0, "WSDL", () -> Platform.get(null, WSDL).status() == 200);
        within(t0, "OpenAPI path", () -> openapi().path("paths").has("/example/overview"));
        long up = System.currentTimeMillis() - t0;
        // the answers are real: the admin sees every installed jurisdiction with its catalog
        JsonNode page = Platform.get("admin", REST).json();
        assertEquals(page.get("total").asInt(), page.get("items").size());
        boolean shuozhou = false;
        for (JsonNode o : page.get("items")) {
            if (o.get("jurisdiction").asText().equals("shuozhou")) {
                shuozhou = true;
                assertEquals(58, o.get("catalogTasks").asInt(), o.toString());
            }
        }
        assertTrue(shuozhou, page.toString());
        // a county user sees only its own jurisdiction, and another one is a 404
        JsonNode youyu = Platform.get("youyu", REST).json();
        assertEquals(1, youyu.get("total").asInt(), youyu.toString());
        assertEquals(404, Platform.get("youyu", REST + "/fangshan").status());
        Platform.Answer soap = Platform.post("youyu", Platform.SOAP + "/example", "text/xml;charset=UTF-8",
                "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:l=\"http://luoshi.org/soap/1\">"
                        + "<s:Body><l:listOverviews/></s:Body></s:Envelope>");
        assertEquals(200, soap.status(), soap.body());
        assertTrue(soap.body().contains("<jurisdiction>shuozhou</jurisdiction>") && !soap.body().contains("fangshan"),
                soap.body());
        browser.get(Platform.UI + "/jurisdictions");
        wait.until(d -> !d.findElements(By.id("nav-example-overview")).isEmpty());
        click("nav-example-overview");
        wait.until(d -> d.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .anyMatch(c -> c.getText().equals("朔州市")));

        Files.delete(deployed);
        long t1 = System.currentTimeMillis();
        within(t1, "REST path gone", () -> Platform.get("admin", REST).status() == 404);
        within(t1, "WSDL gone", () -> Platform.get(null, WSDL).status() == 404);
        within(t1, "OpenAPI path gone", () -> !openapi().path("paths").has("/example/overview"));
        long gone = System.currentTimeMillis() - t1;
        browser.get(Platform.UI + "/jurisdictions");
        wait.until(d -> !d.findElements(By.id("nav-jurisdictions")).isEmpty());
        assertTrue(browser.findElements(By.id("nav-example-overview")).isEmpty(), "menu entry gone");
        assertEquals(200, Platform.get("admin", Platform.API + "/hazards?jurisdiction=shuozhou").status());
        System.out.printf("[ExampleBundleIT] REST, WSDL and OpenAPI up in %d ms, gone in %d ms%n", up, gone);
    }

    private static JsonNode openapi() {
        return Platform.get(null, Platform.API + "/openapi.json").json();
    }

    /** The check holds within 2 s of {@code since} (the jar copied or deleted; FileInstall polls every 250 ms). */
    private static void within(long since, String what, BooleanSupplier check) throws InterruptedException {
        while (!check.getAsBoolean()) {
            if (System.currentTimeMillis() > since + 2000) {
                throw new AssertionError(what + " not within 2 s");
            }
            Thread.sleep(50);
        }
        long took = System.currentTimeMillis() - since;
        assertTrue(took <= 2000, what + " took " + took + " ms");
    }
}

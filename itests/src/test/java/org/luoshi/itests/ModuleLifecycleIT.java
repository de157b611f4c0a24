package org.luoshi.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every mechanism is a module: stopping its bundle takes away only its own REST paths, WSDLs and menu entries; the
 * platform stays UP, every other module keeps answering, no other bundle stops, an open UI session survives; starting
 * it again brings everything back with its data intact.
 */
@ExtendWith(Platform.class)
class ModuleLifecycleIT extends ChromiumSession {
    private static final long LIMIT_MS = 2000;

    /** A mechanism bundle, a REST list of its own, its SOAP endpoints and its menu entries. */
    record Module(String bundle, String list, List<String> wsdls, List<String> nav) {
    }

    static final List<Module> MODULES = List.of(
            new Module("org.luoshi.lists", "/hazards?jurisdiction=shuozhou", List.of("hazards", "tasks"),
                    List.of("nav-hazards", "nav-tasks", "nav-summary")),
            new Module("org.luoshi.listing", "/listings?jurisdiction=shuozhou", List.of("listings"),
                    List.of("nav-listings")),
            new Module("org.luoshi.dispatch", "/meetings?jurisdiction=shuozhou", List.of("reporting", "meetings", "forms"),
                    List.of("nav-reporting", "nav-dispatch", "nav-meetings")),
            new Module("org.luoshi.letters", "/letters?jurisdiction=shuozhou", List.of("letters"),
                    List.of("nav-letters")),
            new Module("org.luoshi.inspections", "/inspections?jurisdiction=shuozhou", List.of("inspections"),
                    List.of("nav-inspections")),
            new Module("org.luoshi.tipoffs", "/tipoffs?jurisdiction=shuozhou", List.of("tipoffs"),
                    List.of("nav-tipoffs")),
            new Module("org.luoshi.publicity", "/publications?jurisdiction=shuozhou", List.of("publicity"),
                    List.of("nav-publicity")),
            new Module("org.luoshi.transfers", "/transfers?jurisdiction=shuozhou", List.of("transfers"),
                    List.of("nav-transfers")),
            new Module("org.luoshi.accidents", "/accidents?jurisdiction=lvliang", List.of("accidents"),
                    List.of("nav-accidents")));

    @Test
    void eachMechanismStopsAndStartsAloneWhileTheRestKeepsServing() throws Exception {
        login("admin");
        browser.get(Platform.UI + "/jurisdictions");
        wait.until(d -> !d.findElements(By.id("nav-jurisdictions")).isEmpty());
        List<String> timings = new ArrayList<>();
        for (Module m : MODULES) {
            long total = total(m.list());
            Map<String, JsonNode> before = bundles();
            assertEquals("ACTIVE", before.get(m.bundle()).get("state").asText(), m.bundle());

            LifecycleIT.console("bundle:stop " + m.bundle());
            long stopped = System.currentTimeMillis();
            within(m.bundle() + ": /api/health UP", () -> Platform.get(null, Platform.API + "/health").status() == 200);
            within(m.bundle() + ": own list gone", () -> gone(Platform.get("admin", Platform.API + m.list())));
            long gone = System.currentTimeMillis() - stopped;
            for (String w : m.wsdls()) {
                within(m.bundle() + ": WSDL " + w + " gone", () -> wsdl(w) == 404);
            }
            for (Module other : MODULES) {
                if (other == m) {
                    continue;
                }
                assertEquals(200, Platform.get("admin", Platform.API + other.list()).status(),
                        other.list() + " while " + m.bundle() + " is stopped");
                for (String w : other.wsdls()) {
                    assertEquals(200, wsdl(w), "WSDL " + w + " while " + m.bundle() + " is stopped");
                }
            }
            assertEquals(200, wsdl("jurisdictions"));
            // the open UI session survives: the next navigation shows the menu without this module, still logged in
            browser.get(Platform.UI + "/jurisdictions");
            wait.until(d -> !d.findElements(By.id("nav-jurisdictions")).isEmpty());
            assertTrue(browser.findElement(By.id("current-user")).getText().contains("admin"), "still logged in");
            for (String nav : m.nav()) {
                assertTrue(browser.findElements(By.id(nav)).isEmpty(), nav + " still in the menu");
            }
            for (Module other : MODULES) {
                if (other != m) {
                    for (String nav : other.nav()) {
                        if (!m.bundle().equals("org.luoshi.lists") || !nav.equals("nav-summary")) {
                            assertTrue(!browser.findElements(By.id(nav)).isEmpty(), nav + " missing while "
                                    + m.bundle() + " is stopped");
                        }
                    }
                }
            }
            Map<String, JsonNode> during = bundles();
            assertOnlyChanged(before, during, m.bundle(), "RESOLVED");

            LifecycleIT.console("bundle:start " + m.bundle());
            long started = System.currentTimeMillis();
            within(m.bundle() + ": own list back", () -> Platform.get("admin", Platform.API + m.list()).status() == 200);
            long back = System.currentTimeMillis() - started;
            for (String w : m.wsdls()) {
                within(m.bundle() + ": WSDL " + w + " back", () -> wsdl(w) == 200);
            }
            assertEquals(total, total(m.list()), m.bundle() + ": its records are intact");
            browser.get(Platform.UI + "/jurisdictions");
            for (String nav : m.nav()) {
                wait.until(d -> !d.findElements(By.id(nav)).isEmpty());
            }
            assertTrue(browser.findElement(By.id("current-user")).getText().contains("admin"), "still logged in");
            Map<String, JsonNode> after = bundles();
            assertOnlyChanged(before, after, m.bundle(), "ACTIVE");
            assertEquals(before.get(m.bundle()).get("stopsSinceStart").asInt() + 1,
                    after.get(m.bundle()).get("stopsSinceStart").asInt(), m.bundle() + " stopped once");
            timings.add(m.bundle() + " gone " + gone + " ms, back " + back + " ms");
        }
        System.out.println("[ModuleLifecycleIT] " + String.join("; ", timings));
    }

    /**
     * A module's views are a bundle of their own: stopping it takes away its routes and menu entries and nothing else;
     * the open session goes on, and starting it brings them back.
     */
    @Test
    void eachModulesViewsComeAndGoWithTheirBundle() throws Exception {
        login("admin");
        for (Module m : MODULES) {
            String ui = m.bundle() + ".ui";
            Map<String, JsonNode> before = bundles();
            assertEquals("ACTIVE", before.get(ui).get("state").asText(), ui);
            LifecycleIT.console("bundle:stop " + ui);
            browser.get(Platform.UI + "/jurisdictions");
            wait.until(d -> !d.findElements(By.id("nav-jurisdictions")).isEmpty());
            for (String nav : m.nav()) {
                assertTrue(browser.findElements(By.id(nav)).isEmpty(), nav + " still in the menu without " + ui);
            }
            assertTrue(browser.findElement(By.id("current-user")).getText().contains("admin"), "still logged in");
            assertEquals(200, Platform.get("admin", Platform.API + m.list()).status(), "REST stays: " + m.list());
            assertEquals(200, Platform.get(null, Platform.API + "/health").status());
            assertOnlyChanged(before, bundles(), ui, "RESOLVED");
            LifecycleIT.console("bundle:start " + ui);
            browser.get(Platform.UI + "/jurisdictions");
            for (String nav : m.nav()) {
                wait.until(d -> !d.findElements(By.id(nav)).isEmpty());
            }
            click(m.nav().get(0));
            wait.until(d -> d.findElements(By.id("module-unavailable")).isEmpty()
                    && !d.getCurrentUrl().endsWith("/jurisdictions"));
            assertOnlyChanged(before, bundles(), ui, "ACTIVE");
        }
    }

    private static boolean gone(Platform.Answer a) {
        return a.status() == 404 || (a.status() == 503 && a.contentType().startsWith("application/problem+json"));
    }

    private static int wsdl(String service) {
        return Platform.get(null, Platform.SOAP + "/" + service + "?wsdl").status();
    }

    private static long total(String list) {
        JsonNode page = Platform.get("admin", Platform.API + list).json();
        assertTrue(page.has("items") && page.has("total") && page.has("offset") && page.has("limit"),
                "list shape {items,total,offset,limit}: " + list);
        return page.get("total").asLong();
    }

    private static Map<String, JsonNode> bundles() {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (JsonNode b : Platform.get("admin", Platform.API + "/admin/bundles").json()) {
            out.put(b.get("symbolicName").asText() + "#" + b.get("id").asLong(), b);
            out.putIfAbsent(b.get("symbolicName").asText(), b);
        }
        return out;
    }

    /** Only {@code bundle} changed (to {@code state}); no other bundle stopped or changed state. */
    private static void assertOnlyChanged(Map<String, JsonNode> before, Map<String, JsonNode> now, String bundle,
            String state) {
        assertEquals(state, now.get(bundle).get("state").asText(), bundle);
        for (Map.Entry<String, JsonNode> e : before.entrySet()) {
            if (!e.getKey().contains("#") || e.getKey().startsWith(bundle + "#")) {
                continue;
            }
            JsonNode n = now.get(e.getKey());
            assertTrue(n != null, e.getKey() + " disappeared");
            assertEquals(e.getValue().get("state").asText(), n.get("state").asText(), e.getKey() + " changed state");
            assertEquals(e.getValue().get("stopsSinceStart").asInt(), n.get("stopsSinceStart").asInt(),
                    e.getKey() + " was stopped while " + bundle + " went");
        }
    }

    private static void within(String what, BooleanSupplier check) throws InterruptedException {
        long end = System.currentTimeMillis() + LIMIT_MS;
        while (!check.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError(what + " not within " + LIMIT_MS + " ms");
            }
            Thread.sleep(50);
        }
    }
}

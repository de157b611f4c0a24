package org.luoshi.itests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 12: every demo user opens every entry of their menu in Chromium; none may show the error page or an error
 * notification (调度表 crashed for every Shuozhou-side user with a NullPointerException, and switching 辖区 showed an
 * error toast). Every page is {@code lang="zh-CN"} with a favicon, and Vaadin's connection texts are Chinese.
 */
@ExtendWith(Platform.class)
class UiCrawlIT extends ChromiumSession {
    /** Whether the Vaadin client still has a request on the way. */
    private static final String BUSY = "return !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
            + " && Object.values(window.Vaadin.Flow.clients).some(c => c.isActive && c.isActive()))";
    private static final String ERRORS = "return Array.from(document.querySelectorAll('vaadin-notification-card'))"
            + ".filter(c => (c.getAttribute('theme') || '').includes('error')).map(c => c.innerText).join(' | ')"
            + " + (document.title.startsWith('系统错误') ? ' [error page] ' + document.body.innerText.substring(0, 200) : '')";

    @Test
    void everyDemoUserOpensEveryMenuEntryWithoutAnError() throws Exception {
        List<String> lines = Files.readAllLines(Platform.home().resolve("etc/users.properties")).stream()
                .filter(l -> l.matches("^[a-z][a-z0-9_]* *=.*")).toList();
        // one user per kind of seat: users of sibling units of one kind in one jurisdiction (Shuozhou's counties,
        // Lüliang's) have the same menus and pages, so the first of them stands for the rest; the administrator, each
        // city, department, police unit, section and group keep theirs
        Map<String, String> kinds = new java.util.HashMap<>();
        for (JsonNode j : Platform.get("admin", Platform.API + "/jurisdictions").json()) {
            for (JsonNode u : Platform.get("admin", Platform.API + "/jurisdictions/" + j.get("id").asText() + "/units").json()) {
                kinds.put(u.get("id").asText(), j.get("id").asText() + "|" + u.get("kind").asText()); // the innermost plugin last
            }
        }
        Map<String, String> bySeat = new LinkedHashMap<>();
        for (String l : lines) {
            String user = l.substring(0, l.indexOf('=')).strip();
            if (user.startsWith("mx_") || user.startsWith("pw") || user.equals("bruteforce")) {
                continue;
            }
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("unit:([a-z0-9.]+)").matcher(l);
            String unit = m.find() ? m.group(1) : "";
            String parent = unit.contains(".") ? unit.substring(0, unit.lastIndexOf('.')) : "";
            String seat = l.contains("admingroup") ? user : parent + "|" + kinds.getOrDefault(unit, unit);
            bySeat.putIfAbsent(seat, user);
        }
        List<String> users = new ArrayList<>(bySeat.values());
        assertTrue(users.size() >= 9 && users.containsAll(List.of("admin", "shuozhou", "lvliang", "fangshan")),
                "one demo user per seat: " + users);
        // three browsers at once, each crawling a third of the users (most of a step is waiting for the server)
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.atomic.AtomicInteger opened = new java.util.concurrent.atomic.AtomicInteger();
        final int browsers = 3;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(browsers);
        try {
            List<java.util.concurrent.Future<?>> halves = new ArrayList<>();
            for (int half = 0; half < browsers; half++) {
                List<String> mine = new ArrayList<>();
                for (int i = half; i < users.size(); i += browsers) {
                    mine.add(users.get(i));
                }
                halves.add(pool.submit(() -> {
                    half(mine, failures, opened);
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> f : halves) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("UI crawl: %d users, %d menu entries opened, %d with an error%n", users.size(), opened.get(),
                failures.size());
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /** One browser's share of the crawl: each user logs in and opens every entry of its menu. */
    private static void half(List<String> users, List<String> failures, java.util.concurrent.atomic.AtomicInteger opened)
            throws InterruptedException {
        org.openqa.selenium.chrome.ChromeDriver d = chromium();
        try {
            crawl(d, users, failures, opened);
        } finally {
            d.quit();
        }
    }

    private static void crawl(org.openqa.selenium.chrome.ChromeDriver d, List<String> users, List<String> failures,
            java.util.concurrent.atomic.AtomicInteger opened) throws InterruptedException {
        org.openqa.selenium.support.ui.WebDriverWait w = new org.openqa.selenium.support.ui.WebDriverWait(d,
                java.time.Duration.ofSeconds(30), java.time.Duration.ofMillis(50));
        w.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        d.get(Platform.UI + "/login");
        for (String user : users) {
            d.manage().deleteAllCookies(); // the previous user's session
            d.get(Platform.UI + "/login");
            typeIn(d, w, "#username input", user);
            typeIn(d, w, "#password input", user);
            w.until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(By.id("login"))).click();
            w.until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(By.id("logout")));
            settle(d);
            String page = (String) d.executeScript("const i = document.querySelector('vaadin-connection-indicator');"
                    + "return document.documentElement.lang + '|' + !!document.querySelector('link[rel=icon]') + '|'"
                    + " + (i ? i.onlineText + '/' + i.reconnectingText : 'no indicator') + '|' + document.body.innerText.includes('Online')");
            if (!page.equals("zh-CN|true|已连接/与服务器的连接已中断，正在重新连接…|false")) {
                failures.add(user + ": page language, favicon and connection texts: " + page);
            }
            Map<String, String[]> entries = new LinkedHashMap<>();
            for (WebElement a : d.findElements(By.cssSelector("vaadin-side-nav-item[path][id]"))) {
                entries.put(a.getAttribute("id"), new String[] {a.getText(), a.getDomAttribute("path")});
            }
            if (entries.size() < 3) {
                failures.add(user + "'s menu: " + entries.keySet());
            }
            for (Map.Entry<String, String[]> entry : entries.entrySet()) {
                List<WebElement> link = d.findElements(By.id(entry.getKey()));
                if (link.isEmpty()) {
                    // the previous entry showed the error page, which has no menu: open this one by its address
                    d.get(Platform.UI + "/" + entry.getValue()[1]);
                } else {
                    d.executeScript(CLICK, link.get(0));
                }
                settle(d);
                opened.incrementAndGet();
                String errors = (String) d.executeScript(ERRORS);
                if (!errors.isBlank()) {
                    failures.add(user + " → " + entry.getValue()[0] + ": " + errors);
                }
                d.executeScript("document.querySelectorAll('vaadin-notification-card').forEach(c => c.remove())");
            }
        }
    }

    private static org.openqa.selenium.chrome.ChromeDriver chromium() {
        org.openqa.selenium.chrome.ChromeOptions options = new org.openqa.selenium.chrome.ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--lang=zh-CN",
                "--window-size=1400,1000");
        return new org.openqa.selenium.chrome.ChromeDriver(options);
    }

    private static void typeIn(org.openqa.selenium.chrome.ChromeDriver d, org.openqa.selenium.support.ui.WebDriverWait w,
            String css, String text) {
        WebElement input = w.until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
        input.sendKeys(text);
    }

    /** The administrator switches the 调度表 between every jurisdiction (it showed an error toast and another form). */
    @Test
    void theAdministratorSwitchesTheDispatchFormBetweenJurisdictions() throws Exception {
        login("admin");
        click("nav-dispatch");
        settle();
        List<String> failures = new ArrayList<>();
        for (String name : List.of("朔州市", "方山县", "山西省", "朔州市")) {
            pick("#dispatch-jurisdiction input", name);
            settle();
            String errors = (String) browser.executeScript(ERRORS);
            if (!errors.isBlank()) {
                failures.add(name + ": " + errors);
            }
            String shown = (String) browser.executeScript(
                    "return document.querySelector('#dispatch-jurisdiction input').value");
            if (!name.equals(shown)) {
                failures.add(name + ": the form shows " + shown);
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /** Until the view's requests are answered (and a moment for a notification to appear). */
    private static void settle() throws InterruptedException {
        settle(browser);
    }

    private static void settle(org.openqa.selenium.JavascriptExecutor d) throws InterruptedException {
        long deadline = System.nanoTime() + 15_000_000_000L;
        Thread.sleep(30);
        while ((Boolean) d.executeScript(BUSY) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Thread.sleep(60); // a moment for an error notification to appear
    }
}

package org.luoshi.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.luoshi.itests.Platform.Answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Issue 11: the hostile-input suite. Every JSON write of the live openapi.json (as an administrator, so that only the
 * input decides) gets malformed, truncated and deeply nested JSON, the wrong root type, its string fields filled with
 * control characters, lone surrogates, bidi overrides, SQL/JPQL metacharacters and over-long text, its number fields
 * huge or negative, and an XML body; every SOAP endpoint of /soap/services gets malformed XML, an external entity, a
 * billion-laughs document, deep nesting and forbidden characters; the public tip-off endpoint gets the same from its own
 * client address; and 50 MB arrive without a login. Expected: a 4xx (a SOAP client Fault), never a 5xx or a server
 * Fault, nothing written (the audit trail is as long after as before), and no probe's text in karaf.log.
 */
@ExtendWith(Platform.class)
class HostileInputIT {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String marker = "HX" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private final List<String> failures = new ArrayList<>();
    private int probes;
    private int fiveHundreds;
    private int written;

    /** String values that must be refused, each carrying the marker (so the log can be searched for it). */
    private List<String> hostileStrings() {
        return List.of("\u0000" + marker, marker + "\ud800", "\u202e" + marker, marker + "\u0007",
                marker + "x".repeat(20_000));
    }

    @Test
    void hostileInputIsRefusedWithoutServerErrorsWritesOrEchoes() throws Exception {
        drafts();
        long entriesBefore = entries();
        rest();
        soap();
        publicSide();
        withoutLogin();
        long entriesAfter = entries();
        written = (int) (entriesAfter - entriesBefore);
        String log = Files.readString(Platform.home().resolve("data/log/karaf.log"), StandardCharsets.UTF_8);
        boolean echoed = log.contains(marker);
        System.out.printf("hostile input: %d probes, %d × 5xx or server Fault, %d audit entries written, marker in log: %s%n",
                probes, fiveHundreds, written, echoed);
        assertTrue(failures.isEmpty(), failures.size() + " failures:\n" + String.join("\n", failures));
        assertEquals(0, fiveHundreds);
        assertEquals(0, written, "nothing written");
        assertFalse(echoed, "a probe's text reached karaf.log");
        assertTrue(probes > 500, "probes: " + probes);
    }

    /** Records in an editable state, so that the edits are judged on their input, not refused by the record's state. */
    private final Map<String, Long> editable = new LinkedHashMap<>();

    private void drafts() {
        Map<String, Object> letter = LetterIT.letter("REMINDER");
        letter.put("title", "恶意输入测试函件草稿");
        editable.put("/letters/", Platform.postJson("shuozhou", LetterIT.L, letter).json().get("id").asLong());
        editable.put("/publications/", Platform.postJson("shuozhou", Platform.API + "/publications", Map.of("kind",
                "TYPICAL_CASE", "unit", "shanxi.shuozhou.anweiban", "title", "恶意输入测试公开草稿", "body", "正文"))
                .json().get("id").asLong());
        editable.put("/hazards/", Platform.postJson("shuozhou", Platform.API + "/hazards",
                HazardRestIT.hazard("shanxi.shuozhou.youyu", "恶意输入测试隐患")).json().get("id").asLong());
    }

    private static long entries() {
        return Platform.get("admin", Platform.API + "/audit/verify").json().get("entries").asLong();
    }

    // ---- REST -------------------------------------------------------------------------------------------------

    private void rest() {
        JsonNode api = Platform.get(null, Platform.API + "/openapi.json").json();
        for (Iterator<Map.Entry<String, JsonNode>> paths = api.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase(Locale.ROOT);
                JsonNode schema = op.getValue().at("/requestBody/content/application~1json/schema");
                boolean open = op.getValue().has("security") && op.getValue().get("security").isEmpty();
                if (schema.isMissingNode() || open || !(method.equals("POST") || method.equals("PUT"))) {
                    continue;
                }
                String template = path.getKey();
                for (Map.Entry<String, Long> e : editable.entrySet()) {
                    if (template.startsWith(e.getKey() + "{id}")) {
                        template = template.replace("{id}", Long.toString(e.getValue()));
                    }
                }
                String url = Platform.API + template.replaceAll("\\{[^}]+\\}", "1")
                        .replace("/reporting/1/1/", "/reporting/shuozhou/monthly/")
                        .replace("/forms/1/1/", "/forms/shuozhou/monthly/");
                restProbes(method + " " + path.getKey(), method, url, properties(api, schema));
            }
        }
    }

    /** The request body's properties and their types, following a $ref into components. */
    private static Map<String, String> properties(JsonNode api, JsonNode schema) {
        JsonNode s = schema.has("$ref") ? api.at("/components/schemas/" + schema.get("$ref").asText()
                .substring("#/components/schemas/".length())) : schema;
        Map<String, String> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> p = s.path("properties").fields(); p.hasNext();) {
            Map.Entry<String, JsonNode> e = p.next();
            out.put(e.getKey(), e.getValue().path("type").asText("object"));
        }
        if (out.isEmpty() && s.path("additionalProperties").path("type").asText().equals("string")) {
            for (String k : List.of("note", "reason", "reply", "text", "title", "body", "reviewUnit", "date")) {
                out.put(k, "string"); // a map body (Map<String, String>): the keys its operations read
            }
        }
        return out;
    }

    private void restProbes(String op, String method, String url, Map<String, String> props) {
        List<String> bodies = new ArrayList<>(List.of("{\"description\":", "{\"description\":\"未完" + marker,
                "[".repeat(5000) + "]".repeat(5000), "{\"a\":".repeat(3000) + "1" + "}".repeat(3000), "[]", "\"" + marker + "\"",
                "123"));
        for (String bad : hostileStrings()) {
            ObjectNode o = Platform.JSON.createObjectNode();
            props.forEach((k, type) -> {
                if (type.equals("string")) {
                    o.put(k, bad);
                }
            });
            if (!o.isEmpty()) {
                bodies.add(o.toString());
            }
        }
        for (String number : List.of("1e400", "-1", "99999999999999999999999", "-9223372036854775809")) {
            StringBuilder b = new StringBuilder("{");
            props.forEach((k, type) -> {
                if (type.equals("integer") || type.equals("number")) {
                    b.append(b.length() > 1 ? "," : "").append('"').append(k).append("\":").append(number);
                }
            });
            if (b.length() > 1) {
                bodies.add(b.append('}').toString());
            }
        }
        for (String body : bodies) {
            check(op, send(method, url, "application/json", escapeSurrogates(body)), body);
        }
        check(op + " (XML)", send(method, url, "application/xml", "<a>" + marker + "</a>"), "xml");
    }

    private Answer send(String method, String url, String contentType, String body) {
        probes++;
        try {
            return Platform.send("admin", HttpRequest.newBuilder(URI.create(url)).method(method,
                    HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)), contentType);
        } catch (AssertionError e) {
            // the server broke off its answer (an error while writing it): as bad as a 5xx
            return new Answer(599, "", "broken answer: " + e.getMessage());
        }
    }

    /** A refusal is expected: any 4xx; a 2xx is named (the input was taken), a 5xx counted. */
    private void check(String op, Answer a, String body) {
        String shown = visible(body.length() > 60 ? body.substring(0, 60) + "…" : body);
        if (a.status() >= 500) {
            fiveHundreds++;
            failures.add(op + ": " + a.status() + " for " + shown.replace(marker, "<m>") + " → " + visible(a.body()));
        } else if (a.status() / 100 == 2) {
            failures.add(op + ": accepted (" + a.status() + ") " + shown.replace(marker, "<m>"));
        }
        if (a.body().contains(marker)) {
            failures.add(op + ": the answer echoes the input (" + a.status() + ")");
        }
    }

    /** JSON text with each lone surrogate as its escape {@code \\ud800}: encoded raw as UTF-8 it would become '?'. */
    static String escapeSurrogates(String json) {
        return json.replace("\ud800", "\\ud800");
    }

    /** The text with invisible and control characters written as \\uXXXX, so a report reads as what was sent. */
    static String visible(String s) {
        StringBuilder b = new StringBuilder();
        s.chars().forEach(c -> b.append(Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                || Character.isSurrogate((char) c) ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return b.toString();
    }

    // ---- SOAP -------------------------------------------------------------------------------------------------

    private void soap() {
        String services = Platform.get(null, Platform.SOAP + "/services").body();
        Set<String> endpoints = new LinkedHashSet<>();
        Matcher m = Pattern.compile("(http://[^\"<>]+/soap/[a-z-]+)\\?wsdl").matcher(services);
        while (m.find()) {
            endpoints.add(m.group(1));
        }
        assertTrue(endpoints.size() >= 8, "SOAP endpoints listed: " + endpoints);
        String env = "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:l=\"http://luoshi.org/soap/1\"><soapenv:Body>";
        String end = "</soapenv:Body></soapenv:Envelope>";
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY l0 \"" + marker + "\">");
        for (int i = 1; i < 10; i++) {
            laughs.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        laughs.append("]>").append(env).append("<l:getHazard><id>&l9;</id></l:getHazard>").append(end);
        List<String> bodies = List.of(env + "<l:getHazard><id>1</id>", // truncated
                "<soapenv:Envelope " + marker, // malformed
                "<?xml version=\"1.0\"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>" + env
                        + "<l:getHazard><id>&xxe;</id></l:getHazard>" + end,
                laughs.toString(),
                env + "<l:x>".repeat(20000) + marker + "</l:x>".repeat(20000) + end,
                env + "<l:createHazard><hazard><description>&#0;" + marker + "</description></hazard></l:createHazard>" + end,
                env + "<l:createHazard><hazard><description>&#xD800;" + marker + "</description></hazard></l:createHazard>" + end,
                env + "<l:createHazard><hazard><jurisdiction>shuozhou</jurisdiction><unit>shanxi.shuozhou.youyu</unit>"
                        + "<description>\u202e" + marker + "</description></hazard></l:createHazard>" + end,
                env + "<l:noSuchOperation>" + marker + "</l:noSuchOperation>" + end);
        for (String endpoint : endpoints) {
            for (String body : bodies) {
                probes++;
                Answer a = Platform.post("admin", endpoint, "text/xml; charset=UTF-8", body);
                boolean clientFault = a.body().contains("soap:Client") || a.body().contains(":Client<");
                boolean serverFault = a.body().contains("soap:Server") || a.body().contains(":Server<");
                if (serverFault || a.status() >= 500 && !clientFault) {
                    fiveHundreds++;
                    failures.add("SOAP " + endpoint + ": " + a.status() + " " + a.body().replace(marker, "<m>"));
                } else if (a.status() / 100 == 2 && !clientFault) {
                    failures.add("SOAP " + endpoint + ": accepted " + body.substring(0, Math.min(80, body.length())));
                }
                if (a.body().contains("root:") || a.body().contains(marker)) {
                    failures.add("SOAP " + endpoint + ": the answer shows the input or a local file");
                }
            }
        }
    }

    // ---- the public side and the unauthenticated -------------------------------------------------------------

    private void publicSide() throws Exception {
        List<String> bodies = new ArrayList<>(List.of("{\"content\":", "[".repeat(5000), "\"" + marker + "\""));
        for (String bad : hostileStrings()) {
            bodies.add(Platform.JSON.writeValueAsString(Map.of("content", bad, "anonymous", true)));
        }
        for (String body : bodies) {
            probes++;
            String answer = Platform.postFrom("127.0.0.3", "/api/public/tipoffs/shuozhou", "application/json",
                    escapeSurrogates(body).getBytes(StandardCharsets.UTF_8));
            int status = Integer.parseInt(answer.substring(9, 12));
            check("POST /public/tipoffs/{jurisdiction}", new Answer(status, "", answer), body);
        }
    }

    private void withoutLogin() throws Exception {
        byte[] big = new byte[50 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        for (String url : List.of(Platform.API + "/hazards", Platform.SOAP + "/hazards", Platform.API + "/public/tipoffs/receipts/"
                + "ABCD-EFGH-JKLM-NPQR/photos?name=a.jpg")) {
            probes++;
            long started = System.nanoTime();
            try {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                        .header("Content-Type", url.contains("photos") ? "application/octet-stream" : "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(big)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() >= 500 || r.statusCode() / 100 == 2) {
                    fiveHundreds += r.statusCode() >= 500 ? 1 : 0;
                    failures.add("50 MB without login to " + url + ": " + r.statusCode());
                }
            } catch (java.io.IOException e) {
                // the server answered and closed the connection before taking 50 MB: refused, which is the point
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            if (millis > 20_000) {
                failures.add("50 MB without login to " + url + " took " + millis + " ms");
            }
        }
    }
}

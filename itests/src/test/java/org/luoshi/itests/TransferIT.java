package org.luoshi.itests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.luoshi.itests.Platform.Answer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Mechanism 8 (seed 000 八): a county department transfers a refused suspension order to the county's public security
 * (same level), with evidence checked by content and hash; a second transfer of the case is refused; a cross-region case
 * goes to the common higher level; the receiver records acceptance, the outcome and what it shared with the procuratorate.
 */
@ExtendWith(Platform.class)
class TransferIT {
    static final String T = Platform.API + "/transfers";
    static final String DEPT = "shanxi.shuozhou.youyu.yingji";
    static final String POLICE = "shanxi.shuozhou.youyu.gongan";

    static long hazard(String tag) {
        Map<String, Object> h = HazardRestIT.hazard("shanxi.shuozhou.youyu", "拒不执行停产决定-" + tag);
        Answer a = Platform.postJson("youyu", Platform.API + "/hazards", h);
        assertEquals(201, a.status(), a.body());
        return a.json().get("id").asLong();
    }

    static Map<String, Object> transfer(long hazardId, String to) {
        Map<String, Object> m = new HashMap<>();
        m.put("situation", "ORDER_REFUSED");
        m.put("fromUnit", DEPT);
        m.put("toUnit", to);
        m.put("facts", "该煤矿因重大事故隐患被责令停产整顿后拒不执行，继续组织井下作业。");
        m.put("sources", List.of(Map.of("type", "hazard", "id", hazardId)));
        return m;
    }

    static Answer upload(String user, long id, String name, byte[] bytes) {
        return post(user, T + "/" + id + "/evidence?name=" + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8), bytes);
    }

    /** POSTs raw bytes (application/octet-stream); no credentials when {@code user} is null. */
    static Answer post(String user, String url, byte[] bytes) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url.replace("现场.png",
                java.net.URLEncoder.encode("现场.png", StandardCharsets.UTF_8))))
                .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Test
    void aTransferToTheSameLevelWithEvidenceAcceptanceAndOutcome() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long hazardId = hazard(tag);
        assertEquals(400, Platform.postJson("youyu", T, transfer(hazardId, "shanxi.shuozhou.gongan")).status(),
                "the city's public security is not the county department's level");
        assertEquals(400, Platform.postJson("youyu", T, transfer(hazardId, "shanxi.shuozhou.youyu.yingji")).status(),
                "not a public-security unit");
        Map<String, Object> noSource = transfer(hazardId, POLICE);
        noSource.put("sources", List.of());
        assertEquals(400, Platform.postJson("youyu", T, noSource).status());
        Map<String, Object> ghost = transfer(hazardId, POLICE);
        ghost.put("sources", List.of(Map.of("type", "hazard", "id", 99999999)));
        assertEquals(400, Platform.postJson("youyu", T, ghost).status(), "a source that does not exist");
        Map<String, Object> sixth = transfer(hazardId, POLICE);
        sixth.put("situation", "BAD_WEATHER");
        assertEquals(400, Platform.postJson("youyu", T, sixth).status());
        assertEquals(403, Platform.postJson("pinglu", T, transfer(hazardId, POLICE)).status());

        Answer sent = Platform.postJson("youyu", T, transfer(hazardId, POLICE));
        assertEquals(201, sent.status(), sent.body());
        long id = sent.json().get("id").asLong();
        assertEquals("SENT", sent.json().get("status").asText());
        assertEquals(409, Platform.postJson("youyu", T, transfer(hazardId, POLICE)).status(), "a case is transferred once");

        byte[] pdf = ("%PDF-1.4\n% 询问笔录 " + tag + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
        Answer stored = upload("youyu", id, "../../etc/询问笔录.pdf", pdf);
        assertEquals(201, stored.status(), stored.body());
        JsonNode file = stored.json();
        assertEquals("询问笔录.pdf", file.get("name").asText(), "no path survives");
        assertEquals("application/pdf", file.get("mediaType").asText());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)), file.get("sha256").asText());
        assertEquals(400, upload("youyu", id, "setup.pdf", new byte[] {'M', 'Z', 0, 0, 1, 2}).status(),
                "an executable named .pdf is refused by its content");
        assertEquals(400, upload("youyu", id, "empty.txt", new byte[0]).status());
        assertEquals(403, upload("youyugongan", id, "x.txt", "补充".getBytes(StandardCharsets.UTF_8)).status(),
                "only the transferring side adds evidence");
        byte[] back = Platform.download("youyugongan", Platform.API + "/files/" + file.get("id").asLong() + "/content",
                "application/pdf");
        assertArrayEquals(pdf, back);
        assertEquals(404, Platform.get("pinglu", Platform.API + "/files/" + file.get("id").asLong()).status());

        assertEquals(403, Platform.postJson("youyu", T + "/" + id + "/acceptance", "").status(), "the receiver accepts");
        JsonNode accepted = Platform.postJson("youyugongan", T + "/" + id + "/acceptance", "").json();
        assertEquals("ACCEPTED", accepted.get("status").asText());
        assertEquals("youyugongan", accepted.get("acceptedBy").asText());
        assertEquals(List.of(file.get("id").asLong()), List.of(accepted.get("evidence").get(0).asLong()));
        JsonNode concluded = Platform.postJson("youyugongan", T + "/" + id + "/outcome",
                Map.of("outcome", "FILED", "note", "以涉嫌危险作业罪立案侦查")).json();
        assertEquals("FILED", concluded.get("outcome").asText());
        JsonNode shared = Platform.postJson("youyugongan", T + "/" + id + "/shares", Map.of("party", "PROCURATORATE",
                "date", HazardRestIT.today().toString(), "content", "通报立案情况")).json();
        assertEquals("PROCURATORATE", shared.get("shares").get(0).get("party").asText());
        assertTrue(Platform.get("youyu", T + "?sourceType=hazard&sourceId=" + hazardId).body().contains("\"id\":" + id),
                "the hazard shows what came of it");
        Answer soap = HazardSoapIT.call("youyu", Platform.SOAP + "/transfers", "<l:getTransfer><id>" + id + "</id></l:getTransfer>");
        assertTrue(soap.body().contains("<status>CONCLUDED</status>") && soap.body().contains("<outcome>FILED</outcome>"),
                soap.body());
    }

    @Test
    void aCrossRegionCaseGoesToTheCommonHigherLevel() {
        long hazardId = hazard(UUID.randomUUID().toString().substring(0, 8));
        Map<String, Object> cross = transfer(hazardId, POLICE);
        cross.put("otherRegion", "shanxi.shuozhou.pinglu");
        Answer wrong = Platform.postJson("youyu", T, cross);
        assertEquals(400, wrong.status());
        assertTrue(wrong.body().contains("共同上级"), wrong.body());
        cross.put("toUnit", "shanxi.shuozhou.gongan");
        Answer sent = Platform.postJson("youyu", T, cross);
        assertEquals(201, sent.status(), sent.body());
        assertEquals("shanxi.shuozhou", sent.json().get("coordinator").asText());
        assertEquals(200, Platform.get("gongan", T + "/" + sent.json().get("id").asLong()).status());
    }
}

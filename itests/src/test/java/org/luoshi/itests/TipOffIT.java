package org.luoshi.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.luoshi.itests.Platform.Answer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Mechanism 6 (seed 000 六): a tip-off from the public, accepted, assigned down to a county, verified as a major hazard
 * (which enters the hazard list as 群众举报核实), closed with a reply the reporter reads with the receipt code, and
 * rewarded — while the reporter's identity is seen by the case's handlers only and is nowhere on disk in clear.
 */
@ExtendWith(Platform.class)
class TipOffIT {
    static final String T = Platform.API + "/tipoffs";
    static final String PUBLIC = Platform.API + "/public/tipoffs";
    static final String COUNTY = "shanxi.shuozhou.youyu";

    static JsonNode ok(Answer a) {
        assertEquals(200, a.status(), a.body());
        return a.json();
    }

    static String unique(String prefix) {
        return prefix + (System.nanoTime() % 100000000L);
    }

    @Test
    void fromThePublicToARewardWithTheReporterProtected() throws Exception {
        String name = unique("举报人甲");
        String phone = "139" + String.format("%08d", System.nanoTime() % 100000000L);
        Map<String, Object> in = new HashMap<>(Map.of("subject", "右玉县某煤矿", "content", "井下瓦斯探头被遮挡仍组织生产-" + name.hashCode(),
                "place", "右玉县", "reporterName", name, "reporterContact", phone, "replyChannel", "SMS"));
        Answer submitted = Platform.postJson(null, PUBLIC + "/shuozhou", in);
        assertEquals(201, submitted.status(), submitted.body());
        String code = submitted.json().get("receiptCode").asText();
        assertTrue(code.matches("[A-Z2-9]{4}(-[A-Z2-9]{4}){3}"), code);
        JsonNode status = Platform.get(null, PUBLIC + "/receipts/" + code).json();
        assertEquals("受理中", status.get("statusLabel").asText());
        assertEquals(404, Platform.get(null, PUBLIC + "/receipts/AAAA-BBBB-CCCC-DDDD").status());
        assertFalse(status.toString().contains(name));

        // a 随手拍 photo with the receipt code: images only, judged by content
        byte[] png = new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 1, 2, 3};
        JsonNode withPhoto = ok(TransferIT.post(null, PUBLIC + "/receipts/" + code + "/photos?name=" + "现场.png", png));
        assertEquals(1, withPhoto.get("photosAdded").asInt());
        assertEquals(400, TransferIT.post(null, PUBLIC + "/receipts/" + code + "/photos?name=x.png",
                "%PDF-1.4 not an image".getBytes(StandardCharsets.UTF_8)).status(), "only images");

        // the office finds it in its list, without the reporter's identity
        long found = -1;
        for (JsonNode t : Platform.get("shuozhou", T + "?jurisdiction=shuozhou&status=RECEIVED&limit=200").json()
                .get("items")) {
            if (t.get("content").asText().endsWith(String.valueOf(name.hashCode()))) {
                found = t.get("id").asLong();
                assertTrue(t.get("reporterName").isNull() && t.get("identityWithheld").asBoolean(), t.toString());
            }
        }
        long id = found;
        assertTrue(id > 0, "the public tip-off reaches the city office");
        assertTrue(Platform.get("shuozhou", T + "/" + id).json().get("reporterName").isNull(), "not a handler yet");

        // material asked for and added with the receipt code
        ok(Platform.postJson("shuozhou", T + "/" + id + "/material-request", Map.of("what", "请提供具体巷道位置")));
        JsonNode asked = Platform.get(null, PUBLIC + "/receipts/" + code).json();
        assertEquals("NEEDS_MATERIAL", asked.get("status").asText());
        assertEquals("请提供具体巷道位置", asked.get("decisionNote").asText());
        JsonNode added = ok(Platform.postJson(null, PUBLIC + "/receipts/" + code + "/materials", Map.of("text", "3 号回风巷")));
        assertEquals("RECEIVED", added.get("status").asText());

        // accepted: the accepting person becomes a handler and sees who reported (an audited view)
        JsonNode handled = Platform.get("shuozhou", T + "/" + id).json();
        assertEquals(1, handled.get("photos").size());
        org.junit.jupiter.api.Assertions.assertArrayEquals(png, Platform.download("shuozhou", T + "/" + id + "/photos/"
                + handled.get("photos").get(0).asLong(), "image/png"));
        assertEquals(404, Platform.get("pinglu", T + "/" + id + "/photos/" + handled.get("photos").get(0).asLong()).status());
        JsonNode accepted = ok(Platform.postJson("shuozhou", T + "/" + id + "/acceptance", Map.of("note", "属实可能性大")));
        assertEquals("ACCEPTED", accepted.get("status").asText());
        JsonNode seen = Platform.get("shuozhou", T + "/" + id).json();
        assertEquals(name, seen.get("reporterName").asText());
        assertEquals(phone, seen.get("reporterContact").asText());
        assertTrue(Platform.get("admin", Platform.API + "/audit?entityType=tipoff&entityId=" + id).body()
                .contains("tipoff.identity-view"), "every view of the identity is audited");
        assertTrue(Platform.get("admin", T + "/" + id).json().get("reporterName").isNull(),
                "a provincial administrator is not a handler of the case");

        // assigned down to the county, which accepts and verifies it
        Map<String, Object> down = Map.of("kind", "ASSIGN_DOWN", "to", COUNTY,
                "deadline", HazardRestIT.today().plusDays(15).toString());
        assertEquals(400, Platform.postJson("shuozhou", T + "/" + id + "/routing", Map.of("kind", "ASSIGN_DOWN",
                "to", "shanxi.lvliang", "deadline", HazardRestIT.today().plusDays(15).toString())).status(), "not a lower level");
        JsonNode routed = ok(Platform.postJson("shuozhou", T + "/" + id + "/routing", down));
        assertEquals(COUNTY, routed.get("unit").asText());
        assertEquals("RECEIVED", routed.get("status").asText());
        assertEquals(404, Platform.get("pinglu", T + "/" + id).status());
        assertTrue(Platform.get("youyu", T + "/" + id).json().get("reporterName").isNull());
        assertEquals(COUNTY, Platform.get("shuozhou", T + "/" + id).json().get("unit").asText(), "the sender keeps sight");
        ok(Platform.postJson("youyu", T + "/" + id + "/acceptance", Map.of()));
        assertEquals(name, Platform.get("youyu", T + "/" + id).json().get("reporterName").asText());

        Answer noHazard = Platform.postJson("youyu", T + "/" + id + "/verification",
                Map.of("outcome", "MAJOR_HAZARD", "action", "责令停产整改"));
        assertEquals(400, noHazard.status(), "a confirmed major hazard must enter the hazard list");
        JsonNode verified = ok(Platform.postJson("youyu", T + "/" + id + "/verification", Map.of("outcome", "MAJOR_HAZARD",
                "action", "责令停产整改", "hazard", Map.of("measures", "恢复探头，停产整顿", "rectificationUnit", "某煤矿",
                        "rectificationResponsible", "矿长", "deadline", HazardRestIT.today().plusDays(20).toString()))));
        long hazardId = verified.get("hazardId").asLong();
        JsonNode hazard = Platform.get("youyu", Platform.API + "/hazards/" + hazardId).json();
        assertEquals("TIP_OFF", hazard.get("source").asText());
        assertTrue(hazard.get("major").asBoolean());
        assertFalse(hazard.toString().contains(name) || hazard.toString().contains(phone));

        JsonNode closed = ok(Platform.postJson("youyu", T + "/" + id + "/closing", Map.of("reply",
                "经核查，举报情况属实，已责令该煤矿停产整改。", "report", "核查处理报告：……")));
        assertEquals("CLOSED", closed.get("status").asText());
        assertEquals(List.of("shanxi.shuozhou"), List.of(closed.get("reportedTo").get(0).asText()),
                "reported back to the office that assigned it");
        JsonNode done = Platform.get(null, PUBLIC + "/receipts/" + code).json();
        assertEquals("已办结", done.get("statusLabel").asText());
        assertTrue(done.get("reply").asText().contains("属实"));
        assertEquals(409, Platform.postJson(null, PUBLIC + "/receipts/" + code + "/materials", Map.of("text", "再补充")).status());

        assertEquals(400, Platform.postJson("youyu", T + "/" + id + "/reward", Map.of("amount", "-5", "approvedBy", "局长")).status());
        JsonNode reward = ok(Platform.postJson("youyu", T + "/" + id + "/reward", Map.of("amount", "2000", "approvedBy", "县应急局局长")));
        assertEquals("2000", reward.get("rewardAmount").asText());
        assertEquals(409, Platform.postJson("youyu", T + "/" + id + "/reward", Map.of("amount", "3000", "approvedBy", "局长")).status());
        assertNotNull(ok(Platform.postJson("youyu", T + "/" + id + "/reward/payment",
                Map.of("paymentRecord", "县财政国库支付凭证 2026-001"))).get("rewardPaidAt").asText());

        // never in lists, audit entries or the log; not in clear anywhere in the database files
        for (String user : List.of("shuozhou", "youyu", "admin")) {
            String list = Platform.get(user, T + "?jurisdiction=shuozhou&limit=200").body();
            assertFalse(list.contains(name) || list.contains(phone), user + "'s list shows the identity");
        }
        String trail = Platform.get("admin", Platform.API + "/audit?entityType=tipoff&entityId=" + id).body();
        assertFalse(trail.contains(name) || trail.contains(phone));
        Path home = Platform.home();
        Platform.stop();
        try {
            Platform.withDatabase(c -> {
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT REPORTERNAMESEALED, REPORTERCONTACTSEALED FROM LS_TIPOFF WHERE ID = ?")) {
                    ps.setLong(1, id);
                    ResultSet rs = ps.executeQuery();
                    assertTrue(rs.next());
                    assertTrue(rs.getString(1).startsWith("v2:") && !rs.getString(1).contains(name));
                    assertTrue(rs.getString(2).startsWith("v2:") && !rs.getString(2).contains(phone));
                }
            });
            byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
            byte[] phoneBytes = phone.getBytes(StandardCharsets.UTF_8);
            List<Path> stores = new java.util.ArrayList<>(Platform.databaseFiles());
            stores.add(home.resolve("data/log"));
            try (Stream<Path> files = stores.stream().flatMap(TipOffIT::walk)) {
                for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                    byte[] bytes = Files.readAllBytes(f);
                    assertFalse(contains(bytes, nameBytes) || contains(bytes, phoneBytes), "identity in clear in " + f);
                }
            }
        } finally {
            Platform.start();
        }
        assertEquals(name, Platform.get("youyu", T + "/" + id).json().get("reporterName").asText(),
                "the key survives a restart");
    }

    private static Stream<Path> walk(Path dir) {
        try {
            return Files.walk(dir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static boolean contains(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    @Test
    void badTipOffsAreRefusedAndAnonymousOnesStayAnonymous() throws IOException {
        assertEquals(400, Platform.postJson(null, PUBLIC + "/shuozhou", Map.of("content", "没有联系方式", "reporterName", "某人"))
                .status(), "a named tip-off needs a contact");
        assertEquals(400, Platform.postJson(null, PUBLIC + "/atlantis", Map.of("content", "x", "anonymous", true)).status());
        assertEquals(400, Platform.postJson(null, PUBLIC + "/shuozhou", Map.of("content", "匿名", "anonymous", true,
                "replyChannel", "SMS")).status(), "anonymous reporters learn the result online");
        Answer anon = Platform.postJson(null, PUBLIC + "/shuozhou", Map.of("content", "匿名举报：某加油站违规储存", "anonymous", true,
                "channel", "SNAPSHOT"));
        assertEquals(201, anon.status(), anon.body());
        Answer registered = Platform.postJson("shuozhou", T, Map.of("unit", "shanxi.shuozhou.anweiban", "channel", "PHONE",
                "receivedOn", HazardRestIT.today().toString(), "content", "电话举报：某工地无证动火", "anonymous", true));
        assertEquals(201, registered.status(), registered.body());
        assertTrue(registered.json().get("receiptCode").asText().length() == 19, "told to the caller once");
        long id = registered.json().get("id").asLong();
        assertTrue(Platform.get("shuozhou", T + "/" + id).json().get("receiptCode").isNull(), "never shown again");
        ok(Platform.postJson("shuozhou", T + "/" + id + "/rejection", Map.of("reason", "不属于安全生产监管职责，已告知向住建部门反映")));
        assertEquals(409, Platform.postJson("shuozhou", T + "/" + id + "/acceptance", Map.of()).status());
        assertEquals(403, Platform.postJson("youyu", T, Map.of("unit", "shanxi.shuozhou.anweiban", "channel", "PHONE",
                "receivedOn", HazardRestIT.today().toString(), "content", "越权登记", "anonymous", true)).status());
        Answer soap = HazardSoapIT.call("shuozhou", Platform.SOAP + "/tipoffs", "<l:getTipOff><id>" + id + "</id></l:getTipOff>");
        assertEquals(200, soap.status(), soap.body());
        assertTrue(soap.body().contains("<status>REJECTED</status>"), soap.body());
        Answer fault = HazardSoapIT.call("shuozhou", Platform.SOAP + "/tipoffs", "<l:rejectTipOff><id>" + id
                + "</id><reason>again</reason></l:rejectTipOff>");
        assertEquals(500, fault.status());
        assertTrue(fault.body().contains("不予受理"), fault.body());
    }
}

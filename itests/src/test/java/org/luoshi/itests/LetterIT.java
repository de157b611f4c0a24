package org.luoshi.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.luoshi.itests.Platform.Answer;

import com.fasterxml.jackson.databind.JsonNode;

/** Mechanism 4 letters: drafted, numbered and sent by a person, signed for and answered by the recipient. */
@ExtendWith(Platform.class)
class LetterIT {
    static final String L = Platform.API + "/letters";

    static Map<String, Object> letter(String kind) {
        Map<String, Object> m = new HashMap<>();
        m.put("jurisdiction", "shuozhou");
        m.put("kind", kind);
        m.put("situation", "TASK_LAGGING");
        m.put("issuer", "shanxi.shuozhou.anweiban");
        m.put("recipient", "shanxi.shuozhou.pinglu");
        m.put("title", "关于加快推进重点任务落实的" + ("REMINDER".equals(kind) ? "提醒函" : "督办函"));
        m.put("body", "你区第 25 项重点任务推进缓慢，已逾期。");
        m.put("requiredResponse", "收函后制定整改方案，按期报送整改情况");
        m.put("responseDeadline", HazardRestIT.today().plusDays(10).toString());
        return m;
    }

    @Test
    void lettersSentAtTheSameMomentGetConsecutiveDistinctNumbers() throws Exception {
        int n = 6;
        List<Long> drafts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Answer d = Platform.postJson("shuozhou", L, letter("REMINDER"));
            assertEquals(201, d.status(), d.body());
            drafts.add(d.json().get("id").asLong());
        }
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<Answer>> sends = new ArrayList<>();
            for (long id : drafts) { // each draft sent once, all at the same moment, and one of them twice
                sends.add(pool.submit(() -> Platform.postJson("shuozhou", L + "/" + id + "/sending", "")));
            }
            Future<Answer> twice = pool.submit(() -> Platform.postJson("shuozhou", L + "/" + drafts.get(0) + "/sending", ""));
            TreeSet<Integer> serials = new TreeSet<>();
            for (Future<Answer> f : sends) {
                Answer a = f.get();
                if (a.status() == 409) {
                    continue; // draft 0's other send won
                }
                assertEquals(200, a.status(), a.body());
                serials.add(Integer.parseInt(a.json().get("number").asText().replaceAll(".*〕(\\d+)号", "$1")));
            }
            Answer other = twice.get();
            assertTrue(other.status() == 200 || other.status() == 409, other.body());
            if (other.status() == 200) {
                serials.add(Integer.parseInt(other.json().get("number").asText().replaceAll(".*〕(\\d+)号", "$1")));
            }
            assertEquals(n, serials.size(), "one number per letter, none twice: " + serials);
            int first = serials.iterator().next();
            assertEquals(first + n - 1, serials.last(), "no gap: " + serials);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aLetterIsNumberedSentSignedAndAnswered() {
        Answer drafted = Platform.postJson("shuozhou", L, letter("REMINDER"));
        assertEquals(201, drafted.status(), drafted.body());
        long id = drafted.json().get("id").asLong();
        assertEquals("DRAFT", drafted.json().get("status").asText());
        assertEquals(404, Platform.get("pinglu", L + "/" + id).status(), "a draft is not the recipient's business yet");
        assertEquals(404, Platform.postJson("pinglu", L + "/" + id + "/signature", "").status(),
                "nothing to sign before it is sent");

        JsonNode sent = Platform.postJson("shuozhou", L + "/" + id + "/sending", "").json();
        int year = HazardRestIT.today().getYear();
        assertTrue(sent.get("number").asText().matches("朔安办函〔" + year + "〕\\d+号"), sent.toString());
        assertEquals("SENT", sent.get("status").asText());
        JsonNode second = Platform.postJson("shuozhou", L + "/" + Platform.postJson("shuozhou", L, letter("SUPERVISION"))
                .json().get("id").asLong() + "/sending", "").json();
        int n1 = Integer.parseInt(sent.get("number").asText().replaceAll(".*〕(\\d+)号", "$1"));
        int n2 = Integer.parseInt(second.get("number").asText().replaceAll(".*〕(\\d+)号", "$1"));
        assertEquals(n1 + 1, n2, "numbered per issuing unit and year");

        assertEquals(403, Platform.postJson("pinglu", L + "/" + id + "/sending", "").status(), "only the issuer sends");
        assertEquals(409, Platform.postJson("shuozhou", L + "/" + id + "/sending", "").status(), "sent once");
        assertEquals(404, Platform.postJson("shuocheng", L + "/" + id + "/signature", "").status(), "not for 朔城区");
        Answer bySender = Platform.postJson("shuozhou", L + "/" + id + "/signature", "");
        assertEquals(403, bySender.status(), "the issuing city sees the county's letter but does not sign for it: " + bySender.body());
        JsonNode signed = Platform.postJson("pinglu", L + "/" + id + "/signature", "").json();
        assertEquals("SIGNED", signed.get("status").asText());
        assertEquals("pinglu", signed.get("signedBy").asText());
        assertEquals(400, Platform.postJson("pinglu", L + "/" + id + "/answer", Map.of("plan", "方案")).status());
        JsonNode answered = Platform.postJson("pinglu", L + "/" + id + "/answer",
                Map.of("plan", "制定整改方案，明确责任人", "report", "已完成第 25 项任务")).json();
        assertEquals("ANSWERED", answered.get("status").asText());
        assertTrue(Platform.get("pinglu", L + "?jurisdiction=shuozhou").body().contains(sent.get("number").asText()));
    }

    @Test
    void badLettersAreRefused() {
        Map<String, Object> noSituation = letter("REMINDER");
        noSituation.put("situation", "BAD_LUCK");
        assertEquals(400, Platform.postJson("shuozhou", L, noSituation).status());
        Map<String, Object> wrongKind = letter("LOVE_LETTER");
        assertEquals(400, Platform.postJson("shuozhou", L, wrongKind).status());
        assertEquals(403, Platform.postJson("shuocheng", L, letter("REMINDER")).status(), "a county cannot write as the city office");
    }

    @Test
    void overdueRecordsGetDraftsForAPersonToSendAndNeverTwice() {
        Map<String, Object> h = HazardRestIT.hazard("shanxi.shuozhou.youyu", "逾期未整改-自动提醒-" + java.util.UUID.randomUUID());
        h.put("inspectionDate", HazardRestIT.today().minusDays(30).toString());
        h.put("deadline", HazardRestIT.today().minusDays(1).toString());
        long hazardId = Platform.postJson("admin", Platform.API + "/hazards", h).json().get("id").asLong();
        Map<String, String> request = Map.of("jurisdiction", "shuozhou", "issuer", "shanxi.shuozhou.anweiban");
        Answer first = Platform.postJson("shuozhou", L + "/auto-drafts", request);
        assertEquals(200, first.status(), first.body());
        JsonNode mine = null;
        for (JsonNode d : first.json()) {
            assertEquals("DRAFT", d.get("status").asText(), "nothing is sent without a person");
            assertTrue(d.get("number").isNull());
            assertTrue(d.get("recipient").asText().startsWith("shanxi.shuozhou."), d.toString());
            if ("hazard".equals(d.get("sourceType").asText()) && d.get("sourceId").asLong() == hazardId) {
                mine = d;
            }
        }
        assertTrue(mine != null, "a draft for the overdue hazard: " + first.body());
        assertEquals("NOT_RECTIFIED", mine.get("situation").asText());
        assertEquals("shanxi.shuozhou.youyu", mine.get("recipient").asText());
        assertTrue(mine.get("body").asText().contains((String) h.get("description")));
        Answer again = Platform.postJson("shuozhou", L + "/auto-drafts", request);
        assertTrue(!again.body().contains("\"sourceId\":" + hazardId + ","), "never twice: " + again.body());
        JsonNode sent = Platform.postJson("shuozhou", L + "/" + mine.get("id").asLong() + "/sending", "").json();
        assertEquals("SENT", sent.get("status").asText());
        assertEquals(403, Platform.postJson("shuocheng", L + "/auto-drafts", request).status());
    }

    /**
     * Issue 16, item 7: the reports an office collects that a unit did not send by the due time, or sent late (seed 000
     * 四: 重点任务推进缓慢、逾期), and listings past the notice's plan due date get reminder drafts too — once each. A
     * test city's plugin (hot-deployed) declares a monthly report due on the 5th.
     */
    @Test
    void missingAndLateReportsAndOverdueListingsGetDrafts() throws Exception {
        String city = "shanxi.hanjian";
        String office = city + ".anweiban";
        java.time.LocalDate today = HazardRestIT.today();
        TestPlugin p = TestPlugin.region("org.luoshi.itests.hanjian", "hanjian", "函件测试市", "city", city);
        p.with("LUOSHI-INF/units.tsv", "id\tname\tkind\tparent\n" + city + "\t函件测试市\tcity\tshanxi\n"
                + office + "\t函件测试市安委办\tdepartment\t" + city + "\n" + city + ".a\t甲区\tcounty\t" + city + "\n"
                + city + ".b\t乙区\tcounty\t" + city + "\n" + city + ".c\t丙区\tcounty\t" + city + "\n");
        p.with("LUOSHI-INF/cycles.properties", "monthly.name=测试月报\nmonthly.rrule=FREQ=MONTHLY;BYMONTHDAY=5\n"
                + "monthly.start=" + today.minusDays(40) + "\nmonthly.rollToWorkingDay=false\nmonthly.periodKind=MONTH\n"
                + "monthly.periodOffset=-1\nmonthly.receiver=" + office + "\nmonthly.reporters=" + city + ".a," + city + ".b,"
                + city + ".c\n");
        java.nio.file.Files.write(Platform.home().resolve("deploy/org.luoshi.itests.hanjian.jar"), p.jar());
        java.time.Instant until = java.time.Instant.now().plusSeconds(60);
        while (!Platform.get("admin", Platform.API + "/jurisdictions/hanjian/cycles").body().contains("测试月报")) {
            assertTrue(java.time.Instant.now().isBefore(until), "the test city did not arrive");
            Thread.sleep(250);
        }
        Platform.addUsers("hjcity", city, "hja", city + ".a");

        // the latest period due before now: 甲区 reports late, 乙区 and 丙区 not at all
        String cycle = Platform.API + "/reporting/hanjian/monthly/periods";
        JsonNode last = null;
        for (JsonNode period : Platform.get("hjcity", cycle + "?from=" + today.minusDays(40) + "&to=" + today).json()) {
            if (java.time.OffsetDateTime.parse(period.get("due").asText()).toInstant().isBefore(java.time.Instant.now())) {
                last = period;
            }
        }
        assertTrue(last != null, "a report day within the last 40 days");
        Answer late = Platform.postJson("hja", cycle + "/" + last.get("index").asInt() + "/submissions",
                Map.of("unit", city + ".a", "note", "补报"));
        assertEquals(201, late.status(), late.body());
        assertTrue(late.json().get("late").asBoolean());

        // a listing whose plan was due yesterday
        Map<String, Object> h = HazardRestIT.hazard(city + ".c", "函件测试-重大隐患-" + java.util.UUID.randomUUID());
        h.put("jurisdiction", "hanjian");
        long hazardId = Platform.postJson("admin", Platform.API + "/hazards", h).json().get("id").asLong();
        Map<String, Object> request = ListingIT.request(hazardId, List.of(office), office);
        @SuppressWarnings("unchecked")
        Map<String, Object> notice = new HashMap<>((Map<String, Object>) request.get("notice"));
        notice.put("planDueDate", today.minusDays(1).toString());
        request.put("notice", notice);
        Answer listed = Platform.postJson("admin", ListingIT.L, request);
        assertEquals(201, listed.status(), listed.body());
        long listingId = listed.json().get("id").asLong();

        Map<String, String> auto = Map.of("jurisdiction", "hanjian", "issuer", office);
        Answer first = Platform.postJson("hjcity", L + "/auto-drafts", auto);
        assertEquals(200, first.status(), first.body());
        String what = "《测试月报》（" + last.get("label").asText() + "）";
        Map<String, JsonNode> byTitleAndRecipient = new HashMap<>();
        JsonNode forListing = null;
        for (JsonNode d : first.json()) {
            assertEquals("DRAFT", d.get("status").asText());
            byTitleAndRecipient.put(d.get("title").asText() + "→" + d.get("recipient").asText(), d);
            if ("listing".equals(d.path("sourceType").asText()) && d.get("sourceId").asLong() == listingId) {
                forListing = d;
            }
        }
        JsonNode missing = byTitleAndRecipient.get("关于按时报送" + what + "的提醒函→" + city + ".b");
        assertTrue(missing != null, "乙区 did not report: " + byTitleAndRecipient.keySet());
        assertEquals("TASK_LAGGING", missing.get("situation").asText());
        assertTrue(byTitleAndRecipient.containsKey("关于按时报送" + what + "的提醒函→" + city + ".c"));
        assertTrue(!byTitleAndRecipient.containsKey("关于按时报送" + what + "的提醒函→" + city + ".a"), "甲区 did report");
        JsonNode lateDraft = byTitleAndRecipient.get("关于" + what + "迟报的提醒函→" + city + ".a");
        assertTrue(lateDraft != null && lateDraft.get("body").asText().contains("逾期报送"), byTitleAndRecipient.keySet().toString());
        assertTrue(forListing != null, "a draft for the listing whose plan is overdue: " + first.body());
        assertEquals("NOT_RECTIFIED", forListing.get("situation").asText());
        assertEquals(city + ".c", forListing.get("recipient").asText());
        assertTrue(forListing.get("body").asText().contains("整改方案逾期未报"), forListing.toString());

        Answer again = Platform.postJson("hjcity", L + "/auto-drafts", auto);
        assertEquals(200, again.status(), again.body());
        for (JsonNode d : again.json()) {
            assertTrue(!byTitleAndRecipient.containsKey(d.get("title").asText() + "→" + d.get("recipient").asText()),
                    "never twice: " + d);
        }
    }
}

package org.luoshi.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.luoshi.itests.Platform.Answer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The letter ladder in Fangshan: an overdue task gets an automatic 提醒函 draft, edited and sent by a person; a letter
 * left unanswered past its deadline proposes the next rung (提醒 → 提示 → 督办), and the 督办函 is the last rung.
 * Letters cannot be back-dated, so the unanswered, overdue rungs are letters the bureau sent on paper earlier and
 * records (补录) with their printed numbers and dates.
 */
@ExtendWith(Platform.class)
class LetterLadderIT {
    static final String L = Platform.API + "/letters";
    static final String BUREAU = "shanxi.lvliang.fangshan.fagai";
    static final String SECTION = "shanxi.lvliang.fangshan.fagai.nengyuangu";

    static Map<String, Object> paper(String kind, String number, int sentDaysAgo, int deadlineDaysAgo) {
        Map<String, Object> m = new HashMap<>();
        m.put("jurisdiction", "fangshan");
        m.put("kind", kind);
        m.put("situation", "TASK_LAGGING");
        m.put("issuer", BUREAU);
        m.put("recipient", SECTION);
        m.put("title", "关于加快推进企业主要负责人研究组织重大事故隐患排查整治的" + ("REMINDER".equals(kind) ? "提醒函"
                : "NOTICE".equals(kind) ? "提示函" : "督办函"));
        m.put("body", "你股牵头的第 1 项任务逾期未完成。");
        m.put("requiredResponse", "制定整改方案并报告");
        m.put("number", number);
        m.put("sentAt", HazardRestIT.today().minusDays(sentDaysAgo).toString());
        m.put("responseDeadline", HazardRestIT.today().minusDays(deadlineDaysAgo).toString());
        return m;
    }

    static JsonNode post(String user, String url, Object body, int expected) {
        Answer a = Platform.postJson(user, url, body);
        assertEquals(expected, a.status(), a.body());
        return a.json();
    }

    static JsonNode drafted(JsonNode drafts, String sourceType, long sourceId) {
        for (JsonNode d : drafts) {
            if (sourceType.equals(d.get("sourceType").asText()) && d.get("sourceId").asLong() == sourceId) {
                return d;
            }
        }
        return null;
    }

    @Test
    void fromAnOverdueTaskToASupervisionLetter() throws IOException {
        // an overdue task: Fangshan catalog task 1 (2023年7月底前) on the energy section's list for 2023
        JsonNode tasks = post("fangshan", Platform.API + "/tasks/import",
                Map.of("jurisdiction", "fangshan", "unit", SECTION, "year", 2023, "numbers", List.of(1)), 201);
        long taskId = tasks.get(0).get("id").asLong();
        assertTrue(tasks.get(0).get("overdue").asBoolean(), tasks.toString());

        // rung 1: an automatic 提醒函 draft, reviewed, edited and sent by a person
        Map<String, String> request = Map.of("jurisdiction", "fangshan", "issuer", BUREAU);
        JsonNode reminder = drafted(post("fangshan", L + "/auto-drafts", request, 200), "task", taskId);
        assertNotNull(reminder, "a draft for the overdue task");
        assertEquals("REMINDER", reminder.get("kind").asText());
        assertEquals("TASK_LAGGING", reminder.get("situation").asText());
        assertEquals(SECTION, reminder.get("recipient").asText());
        assertEquals(HazardRestIT.today().plusDays(10).toString(), reminder.get("responseDeadline").asText(),
                "the jurisdiction's response days");
        long reminderId = reminder.get("id").asLong();
        Answer edited = Platform.send("fangshan", "PUT", L + "/" + reminderId,
                Map.of("body", reminder.get("body").asText() + "请能源股高度重视。"));
        assertEquals(200, edited.status(), edited.body());
        assertTrue(edited.json().get("body").asText().endsWith("请能源股高度重视。"));
        assertEquals(400, Platform.send("fangshan", "PUT", L + "/" + reminderId, Map.of("responseDeadline", "2020-01-01"))
                .status(), "a deadline in the past");
        JsonNode sent = post("fangshan", L + "/" + reminderId + "/sending", "", 200);
        assertEquals("SENT", sent.get("status").asText());
        assertEquals(409, Platform.send("fangshan", "PUT", L + "/" + reminderId, Map.of("title", "改标题")).status(),
                "a sent letter is not edited");
        assertEquals(409, Platform.postJson("fangshan", L + "/" + reminderId + "/escalation", "").status(),
                "not overdue yet: no next rung");

        // rung 1 → 2: a 提醒函 sent on paper three weeks ago and left unanswered past its deadline
        JsonNode paperReminder = post("fangshan", L + "/registrations", paper("REMINDER", "方发改函〔2026〕901号", 21, 11), 201);
        assertEquals("SENT", paperReminder.get("status").asText());
        assertTrue(paperReminder.get("overdue").asBoolean());
        assertEquals("NOTICE", paperReminder.get("nextKind").asText());
        assertEquals(409, Platform.postJson("fangshan", L + "/registrations", paper("REMINDER", "方发改函〔2026〕901号", 21, 11))
                .status(), "a printed number is used once");
        JsonNode notice = drafted(post("fangshan", L + "/auto-drafts", request, 200), "letter",
                paperReminder.get("id").asLong());
        assertNotNull(notice, "the office's auto-drafts propose the next rung");
        assertEquals("NOTICE", notice.get("kind").asText());
        assertEquals(paperReminder.get("id").asLong(), notice.get("previousId").asLong());
        assertTrue(notice.get("body").asText().contains("方发改函〔2026〕901号"), "cites the unanswered letter");
        assertTrue(notice.get("title").asText().endsWith("提示函"), notice.toString());
        assertEquals(409, Platform.postJson("fangshan", L + "/" + paperReminder.get("id").asLong() + "/escalation", "")
                .status(), "one follow-up per letter");
        post("fangshan", L + "/" + notice.get("id").asLong() + "/sending", "", 200);

        // rung 2 → 3: a 提示函 on paper, unanswered past its deadline, escalated by hand to a 督办函
        JsonNode paperNotice = post("fangshan", L + "/registrations", paper("NOTICE", "方发改函〔2026〕902号", 12, 2), 201);
        JsonNode supervision = post("fangshan", L + "/" + paperNotice.get("id").asLong() + "/escalation", "", 201);
        assertEquals("SUPERVISION", supervision.get("kind").asText());
        assertEquals("DRAFT", supervision.get("status").asText(), "nothing is sent without a person");
        JsonNode supervisionSent = post("fangshan", L + "/" + supervision.get("id").asLong() + "/sending", "", 200);
        int n = Integer.parseInt(supervisionSent.get("number").asText().replaceAll(".*〕(\\d+)号", "$1"));
        assertTrue(n > 902, "numbered after the recorded paper letters: " + supervisionSent.get("number").asText());

        // the recipient signs for the 督办函 and answers it; the document renders as an official letter
        long sid = supervision.get("id").asLong();
        JsonNode signed = post("nengyuangu", L + "/" + sid + "/signature", "", 200);
        assertEquals("SIGNED", signed.get("status").asText());
        assertEquals("nengyuangu", signed.get("signedBy").asText());
        byte[] docx = Platform.download("fangshan", Platform.API + "/exports/letters/" + sid + ".docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> lines = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.toList());
            assertEquals("方山县发展和改革局督办函", lines.get(0));
            assertEquals(supervisionSent.get("number").asText(), lines.get(1));
            assertTrue(lines.contains("能源股："), lines.toString());
            assertTrue(lines.stream().anyMatch(s -> s.startsWith("督促情形：对安全生产重点工作任务")), lines.toString());
        }
        post("nengyuangu", L + "/" + sid + "/answer", Map.of("plan", "制定整改方案", "report", "第 1 项任务已完成"), 200);

        // the 督办函 is the ladder's last rung
        JsonNode paperSupervision = post("fangshan", L + "/registrations", paper("SUPERVISION", "方发改函〔2026〕903号", 30, 20), 201);
        assertTrue(paperSupervision.get("nextKind").isNull());
        Answer last = Platform.postJson("fangshan", L + "/" + paperSupervision.get("id").asLong() + "/escalation", "");
        assertEquals(409, last.status());
        assertTrue(last.body().contains("最高一级"), last.body());
    }

    @Test
    void theLadderOverSoap() {
        JsonNode paper = post("fangshan", L + "/registrations", paper("REMINDER", "方发改函〔2026〕950号", 20, 5), 201);
        Answer escalated = HazardSoapIT.call("fangshan", Platform.SOAP + "/letters", "<l:escalateLetter><id>"
                + paper.get("id").asLong() + "</id></l:escalateLetter>");
        assertEquals(200, escalated.status(), escalated.body());
        assertTrue(escalated.body().contains("<kind>NOTICE</kind>") && escalated.body().contains("<status>DRAFT</status>"),
                escalated.body());
        Answer again = HazardSoapIT.call("fangshan", Platform.SOAP + "/letters", "<l:escalateLetter><id>"
                + paper.get("id").asLong() + "</id></l:escalateLetter>");
        assertEquals(500, again.status());
        assertTrue(again.body().contains("已有升级函件"), again.body());
        Answer future = HazardSoapIT.call("fangshan", Platform.SOAP + "/letters", "<l:registerLetter><letter>"
                + "<jurisdiction>fangshan</jurisdiction><kind>REMINDER</kind><situation>TASK_LAGGING</situation>"
                + "<issuer>" + BUREAU + "</issuer><recipient>" + SECTION + "</recipient><number>方发改函〔2026〕951号</number>"
                + "<title>提醒函</title><body>正文</body><responseDeadline>" + HazardRestIT.today().plusDays(3)
                + "</responseDeadline><sentAt>" + HazardRestIT.today().plusDays(1) + "</sentAt></letter></l:registerLetter>");
        assertEquals(500, future.status(), "not sent in the future");
        assertTrue(future.body().contains("发文日期不能晚于今天"), future.body());
    }
}

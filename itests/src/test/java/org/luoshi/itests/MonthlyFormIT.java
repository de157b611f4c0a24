package org.luoshi.itests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.luoshi.itests.Platform.Answer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 16, item 4: Shuozhou's monthly "一小结、一报表、两清单" (朔安发〔2022〕3号 五（三）一是坚持考评通报) is a report form — the
 * summary typed, the 报表 and the two 清单 uploaded as attachments (FILE fields) through
 * {@code POST /api/forms/shuozhou/monthly/attachments}: a report without the 报表 is refused at that field, an attachment
 * of another county is refused at its field, the file service refuses a forbidden type, the city reads the attachments
 * and another county does not, and the report is marked late (the action ended in 2022). The helpers here report the
 * form for the other tests of the monthly cycle (ReportingIT, ExportIT).
 */
@ExtendWith(Platform.class)
class MonthlyFormIT {
    static final String FORMS = Platform.API + "/forms/shuozhou/monthly";
    static final String YOUYU = "shanxi.shuozhou.youyu";
    static final String PINGLU = "shanxi.shuozhou.pinglu";
    /** The four items as the notice names them, with their types. */
    static final Map<String, String> LABELS = new LinkedHashMap<>();
    static {
        LABELS.put("S1", "大检查大整治大提升和专项整治三年行动小结");
        LABELS.put("R1", "大检查大整治大提升行动情况报表");
        LABELS.put("L1", "安全生产十五项措施落实清单");
        LABELS.put("L2", "三年行动2022年重点任务清单");
    }
    /** A tiny PDF (the file service recognises it by its header). */
    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    /** Uploads an attachment for a FILE field of a unit's monthly form. */
    static Answer upload(String user, String unit, String field, String name, byte[] bytes) {
        return Platform.sendBytes(user, "POST", FORMS + "/attachments?unit=" + enc(unit) + "&field=" + enc(field)
                + "&name=" + enc(name), "application/octet-stream", bytes);
    }

    /** Uploads one and answers its file id (201 expected). */
    static long attach(String user, String unit, String field, String name, byte[] bytes) {
        Answer a = upload(user, unit, field, name, bytes);
        assertEquals(201, a.status(), a.body());
        return a.json().get("id").asLong();
    }

    /** The three attachments of a unit for a month: the 报表 as a PDF, the two 清单 as UTF-8 text. */
    static Map<String, Long> attachments(String user, String unit, String month) {
        Map<String, Long> out = new LinkedHashMap<>();
        out.put("R1", attach(user, unit, "R1", month + "大检查大整治大提升行动情况报表.pdf", PDF));
        out.put("L1", attach(user, unit, "L1", month + "安全生产十五项措施落实清单.txt",
                (month + "安全生产十五项措施落实清单\n1. 已落实").getBytes(StandardCharsets.UTF_8)));
        out.put("L2", attach(user, unit, "L2", month + "三年行动2022年重点任务清单.txt",
                (month + "三年行动2022年重点任务清单\n1. 推进中").getBytes(StandardCharsets.UTF_8)));
        return out;
    }

    /** A report of the form: the summary and the attachments' ids by field key. */
    static Map<String, Object> report(int period, String unit, String summary, Map<String, Long> files) {
        List<Map<String, String>> values = new ArrayList<>();
        if (summary != null) {
            values.add(Map.of("key", "S1", "value", summary));
        }
        files.forEach((k, id) -> values.add(Map.of("key", k, "value", String.valueOf(id))));
        Map<String, Object> r = new HashMap<>(Map.of("periodIndex", period, "unit", unit, "table", "main"));
        r.put("values", values);
        return r;
    }

    /** A unit's complete monthly report of a period (three attachments uploaded first); the answer of the submission. */
    static Answer submit(String user, String unit, int period, String summary) {
        return Platform.postJson(user, FORMS + "/reports", report(period, unit, summary, attachments(user, unit,
                "第" + period + "期")));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void theFormIsCarriedOverFromTheSeed() {
        JsonNode form = Platform.get("youyu", FORMS).json();
        assertEquals("一小结、一报表、两清单", form.get("title").asText());
        assertEquals(1, form.get("tables").size(), "one table per reporter");
        assertEquals("main", form.get("tables").get(0).get("id").asText());
        List<String> seen = new ArrayList<>();
        for (JsonNode f : form.get("fields")) {
            String key = f.get("key").asText();
            seen.add(key);
            assertEquals(LABELS.get(key), f.get("label").asText(), key);
            assertEquals(key.equals("S1") ? "TEXT" : "FILE", f.get("type").asText(), key);
            assertTrue(f.get("figure").isNull(), key + " is not computed");
        }
        assertEquals(List.of("S1", "R1", "L1", "L2"), seen, "the four items, nothing else");
        assertEquals(List.of("小结", "报表", "两清单", "两清单"), form.findValuesAsText("block"));
        assertEquals(1, form.get("notes").size());
        assertEquals("各县（市、区）安委办和市直有关部门要于每月2日前将“一小结、一报表、两清单”（大检查大整治大提升和专项整治三年行动小结，"
                + "大检查大整治大提升行动情况报表，安全生产十五项措施落实清单、三年行动2022年重点任务清单)报市政府安委办。",
                form.get("notes").get(0).asText());
        JsonNode monthly = null;
        for (JsonNode c : Platform.get("youyu", Platform.API + "/jurisdictions/shuozhou/cycles").json()) {
            monthly = "monthly".equals(c.get("id").asText()) ? c : monthly;
        }
        assertEquals("monthly", monthly.get("form").get("id").asText(), "the cycle carries its form");
    }

    @Test
    void uploadsAreTheReportingUnitsFilesCheckedByTheFileService() {
        Answer text = upload("youyu", YOUYU, "L1", "十五项措施落实清单.txt", "1. 已落实".getBytes(StandardCharsets.UTF_8));
        assertEquals(201, text.status(), text.body());
        JsonNode f = text.json();
        assertEquals("text/plain", f.get("mediaType").asText());
        assertEquals(YOUYU, f.get("unit").asText());
        assertEquals("formattachment", f.get("ownerType").asText());
        assertTrue(f.get("readers").toString().contains("shanxi.shuozhou.anweiban"), "the collecting office reads it: " + f);
        assertEquals("十五项措施落实清单.txt", f.get("name").asText());

        Answer exe = upload("youyu", YOUYU, "R1", "情况报表.pdf", new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0 });
        assertEquals(400, exe.status(), exe.body());
        assertTrue(exe.contentType().startsWith("application/problem+json"), exe.contentType());
        assertTrue(exe.json().get("errors").has("content"), "refused by the file service: " + exe.body());

        Answer notAFile = upload("youyu", YOUYU, "S1", "小结.txt", "小结".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, notAFile.status(), notAFile.body());
        assertTrue(notAFile.json().get("errors").has("field"), notAFile.body());
        assertEquals(400, upload("youyu", YOUYU, "X9", "a.txt", "a".getBytes(StandardCharsets.UTF_8)).status());
        assertEquals(403, upload("pinglu", YOUYU, "R1", "代传.txt", "代传".getBytes(StandardCharsets.UTF_8)).status(),
                "another county uploads nothing for 右玉县");
        Answer office = upload("shuozhou", "shanxi.shuozhou.anweiban", "R1", "a.txt", "a".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, office.status(), "the collecting office is no reporter: " + office.body());
        assertEquals(400, Platform.sendBytes("youyu", "POST", FORMS + "/attachments?field=R1", "application/octet-stream",
                "a".getBytes(StandardCharsets.UTF_8)).status(), "the unit is required");
        assertEquals(404, Platform.sendBytes("youyu", "POST", Platform.API + "/forms/shuozhou/phases/attachments?unit="
                + YOUYU + "&field=R1", "application/octet-stream", "a".getBytes(StandardCharsets.UTF_8)).status(),
                "a cycle without a form has no attachments");
    }

    @Test
    void aReportNamesTheAttachmentsOfItsOwnUnitAndIsMarkedLate() {
        int october = 6; // 2022年10月, due 2 November 2022: long past
        Map<String, Long> own = attachments("youyu", YOUYU, "10月");
        long pinglus = attach("pinglu", PINGLU, "R1", "平鲁区情况报表.pdf", PDF);
        String reports = FORMS + "/reports";

        // without the 报表: refused at that field
        Map<String, Long> without = new LinkedHashMap<>(own);
        without.remove("R1");
        Answer missing = Platform.postJson("youyu", reports, report(october, YOUYU, "10月小结", without));
        assertEquals(400, missing.status(), missing.body());
        assertTrue(missing.contentType().startsWith("application/problem+json"), missing.contentType());
        JsonNode errors = missing.json().get("errors");
        assertTrue(errors.has("R1") && errors.get("R1").asText().contains("请上传附件"), missing.body());
        assertFalse(errors.has("L1") || errors.has("L2") || errors.has("S1"), missing.body());

        // another county's attachment: refused at its field, whether the caller may read it (the city) or not
        Map<String, Long> foreign = new LinkedHashMap<>(own);
        foreign.put("R1", pinglus);
        for (String user : List.of("youyu", "shuozhou")) {
            Answer a = Platform.postJson(user, reports, report(october, YOUYU, "10月小结", foreign));
            assertEquals(400, a.status(), user + ": " + a.body());
            assertTrue(a.json().get("errors").get("R1").asText().contains("附件不存在或不属于本单位"), a.body());
            assertEquals(1, a.json().get("errors").size(), a.body());
        }
        Map<String, Long> unknown = new LinkedHashMap<>(own);
        unknown.put("L2", 987654321L);
        Answer none = Platform.postJson("youyu", reports, report(october, YOUYU, "10月小结", unknown));
        assertTrue(none.json().get("errors").get("L2").asText().contains("附件不存在或不属于本单位"), none.body());
        Answer draft = Platform.send("youyu", "PUT", FORMS + "/drafts", report(october, YOUYU, "10月小结", foreign));
        assertEquals(400, draft.status(), "a draft keeps only the unit's own attachments: " + draft.body());
        assertTrue(draft.json().get("errors").has("R1"), draft.body());
        Answer kept = Platform.send("youyu", "PUT", FORMS + "/drafts", report(october, YOUYU, "10月小结（草稿）", own));
        assertEquals(200, kept.status(), kept.body());
        assertEquals(String.valueOf(own.get("R1")), DispatchFormIT.values(kept.json()).get("R1").get("value").asText());
        assertEquals(403, Platform.postJson("pinglu", reports, report(october, YOUYU, "代报", own)).status());

        Answer in = Platform.postJson("youyu", reports, report(october, YOUYU, "10月大检查大整治大提升和专项整治三年行动小结", own));
        assertEquals(201, in.status(), in.body());
        JsonNode stored = in.json();
        assertEquals("SUBMITTED", stored.get("status").asText());
        assertTrue(stored.get("late").asBoolean(), "due 2 November 2022");
        for (Map.Entry<String, Long> e : own.entrySet()) {
            assertEquals(String.valueOf(e.getValue()), DispatchFormIT.values(stored).get(e.getKey()).get("value").asText());
        }
        assertEquals(409, Platform.postJson("youyu", reports, report(october, YOUYU, "再报", own)).status(),
                "once per unit and period");

        JsonNode status = Platform.get("shuozhou", Platform.API + "/reporting/shuozhou/monthly/periods/" + october).json();
        JsonNode submission = null;
        for (JsonNode s : status.get("submitted")) {
            submission = YOUYU.equals(s.get("unit").asText()) ? s : submission;
        }
        assertTrue(submission != null, "the form counts as the unit's report: " + status);
        assertTrue(submission.get("late").asBoolean());
        assertEquals("一小结、一报表、两清单", submission.get("note").asText());
        assertFalse(status.get("missing").toString().contains(YOUYU), status.toString());

        // the city office reads the attachments; another county does not
        long report = own.get("L1");
        byte[] bytes = Platform.download("shuozhou", Platform.API + "/files/" + report + "/content", "text/plain");
        assertArrayEquals("10月安全生产十五项措施落实清单\n1. 已落实".getBytes(StandardCharsets.UTF_8), bytes);
        Platform.download("shuozhou", Platform.API + "/files/" + own.get("R1") + "/content", "application/pdf");
        assertEquals(404, Platform.get("pinglu", Platform.API + "/files/" + report + "/content").status());
        assertEquals(404, Platform.get("pinglu", Platform.API + "/files/" + own.get("R1")).status());
        assertEquals(200, Platform.get("youyu", Platform.API + "/files/" + own.get("R1")).status());
    }

    @Test
    void attachmentsOverSoap() {
        String url = Platform.SOAP + "/forms";
        int november = 7; // 2022年11月, the last report (due 2 December 2022)
        Answer stored = HazardSoapIT.call("huairen", url, "<l:attachFile><jurisdiction>shuozhou</jurisdiction>"
                + "<cycle>monthly</cycle><unit>shanxi.shuozhou.huairen</unit><field>R1</field><name>11月情况报表.pdf</name>"
                + "<content>" + java.util.Base64.getEncoder().encodeToString(PDF) + "</content></l:attachFile>");
        assertEquals(200, stored.status(), stored.body());
        assertEquals("application/pdf", HazardSoapIT.first(stored.body(), "mediaType"));
        assertEquals("formattachment", HazardSoapIT.first(stored.body(), "ownerType"));
        Answer refused = HazardSoapIT.call("huairen", url, "<l:attachFile><jurisdiction>shuozhou</jurisdiction>"
                + "<cycle>monthly</cycle><unit>shanxi.shuozhou.huairen</unit><field>L1</field><name>a.pdf</name>"
                + "<content>" + java.util.Base64.getEncoder().encodeToString(new byte[] { 'M', 'Z', 0, 0 })
                + "</content></l:attachFile>");
        assertTrue(refused.body().contains("Fault") && refused.body().contains("[INVALID]"), refused.body());
        long r1 = Long.parseLong(HazardSoapIT.first(stored.body(), "id"));
        Map<String, Long> rest = attachments("huairen", "shanxi.shuozhou.huairen", "11月");
        Answer submitted = HazardSoapIT.call("huairen", url, "<l:submitReport><report><jurisdiction>shuozhou</jurisdiction>"
                + "<cycleId>monthly</cycleId><periodIndex>" + november + "</periodIndex><unit>shanxi.shuozhou.huairen</unit>"
                + "<table>main</table><values><key>S1</key><value>11月小结</value></values>"
                + "<values><key>R1</key><value>" + r1 + "</value></values>"
                + "<values><key>L1</key><value>" + rest.get("L1") + "</value></values>"
                + "<values><key>L2</key><value>" + rest.get("L2") + "</value></values></report></l:submitReport>");
        assertEquals(200, submitted.status(), submitted.body());
        assertEquals("true", HazardSoapIT.first(submitted.body(), "late"));
    }
}

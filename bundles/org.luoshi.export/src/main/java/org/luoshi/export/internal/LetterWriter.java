package org.luoshi.export.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.luoshi.api.letter.LetterDTO;

/**
 * A letter as an official document (.docx, A4): the issuer's name as the red masthead, 文号, title, recipient
 * (主送), body, the situation cited, the required response and its deadline, then the issuer and the date.
 */
final class LetterWriter {
    static final Map<String, String> KINDS = Map.of("REMINDER", "提醒函", "NOTICE", "提示函", "SUPERVISION", "督办函");
    static final Map<String, String> SITUATIONS = Map.of(
            "INSTRUCTION", "党委政府和上级部门领导对某个地区或行业领域有关安全生产工作作出专门批示，需要有关单位落实的",
            "FREQUENT_ACCIDENTS", "有关行业领域或地区事故多发、频发，安全生产形势严峻，需要对存在的问题隐患进行整改的",
            "TYPICAL_ACCIDENT", "省内外发生较大或典型事故事件，需有关单位引起重视、汲取教训、举一反三，采取防范措施的",
            "NOT_RECTIFIED", "对督导检查考核反馈问题隐患不整改、假整改或整改不全面、不彻底的",
            "TASK_LAGGING", "对安全生产重点工作任务、各类专项行动工作任务不重视、措施不落实、工作进展缓慢、任务逾期未完成或完成质量不高的",
            "SEVERE_WEATHER", "恶劣天气变化对安全生产可能造成影响的");
    private static final String SONG = "仿宋_GB2312";
    private static final String HEI = "黑体";
    private static final String XBS = "方正小标宋简体";

    private LetterWriter() {
    }

    static byte[] write(LetterDTO l, String issuerName, String recipientName) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            String kind = KINDS.getOrDefault(l.kind, l.kind);
            XWPFParagraph masthead = centred(doc);
            run(masthead, issuerName + kind, XBS, 30, true).setColor("C00000");
            XWPFParagraph number = centred(doc);
            run(number, l.number == null ? "（草稿，发送时编号）" : l.number, SONG, 16, false);
            centred(doc).setBorderBottom(org.apache.poi.xwpf.usermodel.Borders.SINGLE);
            XWPFParagraph title = centred(doc);
            run(title, l.title, XBS, 22, false);
            para(doc, recipientName + "：", 0);
            for (String line : l.body.split("\n")) {
                para(doc, line, 2);
            }
            XWPFParagraph situation = doc.createParagraph();
            situation.setFirstLineIndent(640);
            run(situation, "督促情形：", HEI, 16, false);
            run(situation, SITUATIONS.getOrDefault(l.situation, l.situation) + "。", SONG, 16, false);
            if (l.requiredResponse != null && !l.requiredResponse.isBlank()) {
                XWPFParagraph req = doc.createParagraph();
                req.setFirstLineIndent(640);
                run(req, "工作要求：", HEI, 16, false);
                run(req, l.requiredResponse, SONG, 16, false);
            }
            XWPFParagraph deadline = doc.createParagraph();
            deadline.setFirstLineIndent(640);
            run(deadline, "回复期限：", HEI, 16, false);
            run(deadline, "请于" + chinese(LocalDate.parse(l.responseDeadline))
                    + "前将整改方案和整改落实情况书面报送我单位。", SONG, 16, false);
            doc.createParagraph();
            XWPFParagraph signature = doc.createParagraph();
            signature.setAlignment(ParagraphAlignment.RIGHT);
            run(signature, issuerName, SONG, 16, false);
            XWPFParagraph date = doc.createParagraph();
            date.setAlignment(ParagraphAlignment.RIGHT);
            LocalDate day = l.sentAt != null ? OffsetDateTime.parse(l.sentAt).toLocalDate() : LocalDate.now();
            run(date, chinese(day), SONG, 16, false);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String chinese(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    static XWPFParagraph centred(XWPFDocument doc) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        return p;
    }

    static void para(XWPFDocument doc, String text, int indentChars) {
        XWPFParagraph p = doc.createParagraph();
        p.setFirstLineIndent(indentChars * 320);
        run(p, text, SONG, 16, false);
    }

    static XWPFRun run(XWPFParagraph p, String text, String font, int size, boolean bold) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontFamily(font);
        r.setFontSize(size);
        r.setBold(bold);
        return r;
    }
}

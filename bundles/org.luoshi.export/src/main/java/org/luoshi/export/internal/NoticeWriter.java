package org.luoshi.export.internal;

import static org.luoshi.export.internal.LetterWriter.centred;
import static org.luoshi.export.internal.LetterWriter.para;
import static org.luoshi.export.internal.LetterWriter.run;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.luoshi.api.listing.ListingDTO;
import org.luoshi.api.listing.NoticeDTO;


/**
 * The listing notice (重大事故隐患挂牌督办通知书, .docx, A4) with the content items seed 000 二 requires: 隐患基本情况,
 * 整改责任单位及责任人, 整改方案报送期限, 治理进度定期报告要求, 整改完成期限, 摘牌销号程序 (with the sign-offs the region
 * requires), 联系人及联系方式; then the listing unit and the listing day.
 */
final class NoticeWriter {
    private static final String SONG = "仿宋_GB2312";
    private static final String HEI = "黑体";
    private static final String XBS = "方正小标宋简体";

    private NoticeWriter() {
    }

    static byte[] write(ListingDTO l, Map<String, String> names) {
        NoticeDTO n = l.notice == null ? new NoticeDTO() : l.notice;
        String lister = names.getOrDefault(l.listingUnit, l.listingUnit);
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph masthead = centred(doc);
            run(masthead, lister, XBS, 26, true).setColor("C00000");
            XWPFParagraph title = centred(doc);
            run(title, "重大事故隐患挂牌督办通知书", XBS, 22, false);
            XWPFParagraph number = centred(doc);
            run(number, n.number == null || n.number.isBlank() ? "挂牌督办编号 " + l.id : n.number, SONG, 16, false);
            centred(doc).setBorderBottom(org.apache.poi.xwpf.usermodel.Borders.SINGLE);
            para(doc, Text.nz(l.rectificationUnit) + "：", 0);
            para(doc, "你单位存在的下列重大事故隐患，经" + lister + "研究，自" + chinese(l.listedOn)
                    + "起予以挂牌督办。请严格按照以下要求整改，按期报告，整改完成后按程序申请摘牌销号。", 2);
            item(doc, "一、隐患基本情况：", Text.nz(n.hazardBasics) + "（隐患所在单位："
                    + names.getOrDefault(l.unit, l.unit) + "）");
            item(doc, "二、整改责任：", "整改单位 " + Text.nz(l.rectificationUnit) + "，整改责任人 "
                    + Text.nz(l.rectificationResponsible) + "。");
            item(doc, "三、整改方案报送期限：", chinese(n.planDueDate) + "前，报送落实责任、措施、资金、时限和预案“五到位”的整改方案。");
            item(doc, "四、治理进度定期报告要求：", Text.nz(n.reportCycle) + "。");
            item(doc, "五、整改完成期限：", chinese(n.completionDeadline) + "前。");
            item(doc, "六、摘牌销号程序：", Text.nz(n.delistingProcedure)
                    + (l.signOffsRequired == null || l.signOffsRequired.isEmpty() ? ""
                            : "摘牌销号前须经" + String.join("、", l.signOffsRequired) + "审核并签字确认。"));
            item(doc, "七、联系人及联系方式：", Text.nz(n.contact) + "。");
            doc.createParagraph();
            XWPFParagraph signature = doc.createParagraph();
            signature.setAlignment(ParagraphAlignment.RIGHT);
            run(signature, lister, SONG, 16, false);
            XWPFParagraph date = doc.createParagraph();
            date.setAlignment(ParagraphAlignment.RIGHT);
            run(date, chinese(l.listedOn), SONG, 16, false);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String chinese(String isoDate) {
        try {
            return isoDate == null ? "" : LetterWriter.chinese(LocalDate.parse(isoDate));
        } catch (java.time.format.DateTimeParseException e) {
            return isoDate;
        }
    }

    private static void item(XWPFDocument doc, String head, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setFirstLineIndent(640);
        run(p, head, HEI, 16, false);
        run(p, text, SONG, 16, false);
    }

    /** Null-safe text. */
    private static final class Text {
        static String nz(String s) {
            return s == null ? "" : s;
        }
    }
}

package org.luoshi.export.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.luoshi.api.export.BulletinDTO;

/**
 * A bulletin (简报) in the layout of an official briefing (A4): the bulletin's name as the red masthead, the issue line,
 * the issuer left and the date right above a red rule, the title, the text in 仿宋, each table under its caption in
 * 黑体, then the notes.
 */
final class BulletinWriter {
    private static final String SONG = "仿宋_GB2312";
    private static final String HEI = "黑体";
    private static final String XBS = "方正小标宋简体";

    private BulletinWriter() {
    }

    static byte[] write(BulletinDTO b) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph masthead = centred(doc);
            run(masthead, b.name, XBS, 36, true).setColor("C00000");
            run(centred(doc), b.issue, SONG, 16, false);
            XWPFParagraph line = doc.createParagraph();
            line.setBorderBottom(Borders.THICK);
            run(line, b.issuer, SONG, 14, false);
            run(line, "　　　　　　　　" + LetterWriter.chinese(LocalDate.parse(b.date)), SONG, 14, false);
            run(centred(doc), b.title, XBS, 22, false);
            for (String text : b.paragraphs) {
                XWPFParagraph p = doc.createParagraph();
                p.setFirstLineIndent(640);
                run(p, text, SONG, 16, false);
            }
            for (BulletinDTO.Table t : b.tables) {
                run(centred(doc), t.caption, HEI, 16, false);
                XWPFTable table = doc.createTable(t.rows.size() + 1, t.headers.size());
                table.setWidth("100%");
                fill(table.getRow(0), t.headers, true);
                for (int r = 0; r < t.rows.size(); r++) {
                    fill(table.getRow(r + 1), t.rows.get(r), false);
                }
                doc.createParagraph();
            }
            for (String note : b.notes) {
                XWPFParagraph p = doc.createParagraph();
                run(p, note, SONG, 12, false);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fill(XWPFTableRow row, java.util.List<String> cells, boolean header) {
        for (int c = 0; c < cells.size(); c++) {
            XWPFParagraph p = row.getCell(c).getParagraphs().get(0);
            p.setAlignment(ParagraphAlignment.CENTER);
            run(p, cells.get(c) == null ? "" : cells.get(c), header ? HEI : SONG, 12, false);
        }
    }

    private static XWPFParagraph centred(XWPFDocument doc) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        return p;
    }

    private static XWPFRun run(XWPFParagraph p, String text, String font, int size, boolean bold) {
        XWPFRun r = p.createRun();
        r.setText(text == null ? "" : text);
        r.setFontFamily(font);
        r.setFontSize(size);
        r.setBold(bold);
        return r;
    }
}

package org.luoshi.export.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.export.ExportHeaderDTO;
import org.luoshi.api.export.ExportService;

/**
 * Writes one form as a one-sheet {@code .xlsx} workbook:
 * <pre>
 * row 1            title, bold, merged over every column
 * row 2            "填报单位：…" (merged over all but the last three columns) and "时间：…" (the last three)
 * row 3 (and 4)    the table header; with groups, 序号 is merged over both rows and each group over its columns
 * following rows   one row per record, 序号 numbered from 1
 * last row         "审核人：…", "填报人：…", "联系方式：…", each merged over about a third of the width
 * </pre>
 * Thin borders on the whole table, wrapped text, frozen rows down to the header, header rows repeated on every
 * printed page, A4 landscape fitted to one page wide. A null value is an empty (blank) cell. The workbook is streamed
 * (POI's SXSSF: only a window of {@value #WINDOW} rows in memory, the rest in a temporary file deleted at the end), so
 * a list of any length up to {@link ExportService#MAX_ROWS} takes the same memory.
 */
final class FormWriter {

    static final String FONT = "宋体";
    /** Row height of one line of 11 pt text, in points. */
    private static final float LINE = 14.5f;
    /** Rows kept in memory while writing. */
    static final int WINDOW = 200;

    private final Form form;
    private final SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW);
    private final Sheet sheet;
    private final CellStyle title;
    private final CellStyle line;
    private final CellStyle header;
    private final CellStyle left;
    private final CellStyle center;
    private final CellStyle number;

    private FormWriter(Form form) {
        this.form = form;
        this.sheet = wb.createSheet(WorkbookUtil.createSafeSheetName(form.title()));

        Font plain = font(false, 11);
        Font bold = font(true, 11);

        title = wb.createCellStyle();
        title.setFont(font(true, 18));
        title.setAlignment(HorizontalAlignment.CENTER);
        title.setVerticalAlignment(VerticalAlignment.CENTER);

        line = wb.createCellStyle();
        line.setFont(plain);
        line.setAlignment(HorizontalAlignment.LEFT);
        line.setVerticalAlignment(VerticalAlignment.CENTER);

        header = bordered(bold, HorizontalAlignment.CENTER, VerticalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);

        left = bordered(plain, HorizontalAlignment.LEFT, VerticalAlignment.CENTER);
        center = bordered(plain, HorizontalAlignment.CENTER, VerticalAlignment.CENTER);
        number = bordered(plain, HorizontalAlignment.CENTER, VerticalAlignment.CENTER);
        number.setDataFormat(wb.createDataFormat().getFormat("0"));
    }

    /** The workbook bytes of {@code form} with {@code rows}; each row holds the values of columns 1.. (序号 is added). */
    static byte[] write(Form form, ExportHeaderDTO head, List<String[]> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        write(form, head, rows.iterator(), out);
        return out.toByteArray();
    }

    /**
     * Writes the workbook of {@code form} to {@code out} as the rows come; more than {@link ExportService#MAX_ROWS}
     * rows are refused (INVALID) before the workbook is written.
     */
    static void write(Form form, ExportHeaderDTO head, Iterator<String[]> rows, OutputStream out) {
        FormWriter w = new FormWriter(form);
        try (SXSSFWorkbook wb = w.wb) {
            w.fill(head == null ? new ExportHeaderDTO() : head, rows);
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void fill(ExportHeaderDTO head, Iterator<String[]> rows) {
        int n = form.width();
        for (int c = 0; c < n; c++) {
            sheet.setColumnWidth(c, Math.min(255, form.columns().get(c).width()) * 256);
        }

        // row 1: title
        Row r0 = sheet.createRow(0);
        r0.setHeightInPoints(36);
        text(r0, 0, form.title(), title);
        merge(0, 0, 0, n - 1);

        // row 2: 填报单位 … 时间
        Row r1 = sheet.createRow(1);
        r1.setHeightInPoints(24);
        int split = n - 3;
        text(r1, 0, "填报单位：" + nz(head.fillingUnit), line);
        merge(1, 1, 0, split - 1);
        text(r1, split, "时间：" + nz(head.date), line);
        merge(1, 1, split, n - 1);

        // header row(s)
        int top = 2;
        int headerRows = form.headerRows();
        int sub = top + headerRows - 1; // the row holding the column headers
        for (int h = top; h <= sub; h++) {
            Row row = sheet.createRow(h);
            for (int c = 0; c < n; c++) {
                row.createCell(c).setCellStyle(header); // every cell, so merged regions get their borders
            }
        }
        if (headerRows == 2) {
            text(sheet.getRow(top), 0, form.columns().get(0).header(), header);
            merge(top, sub, 0, 0);
            for (Form.Group g : form.groups()) {
                text(sheet.getRow(top), g.first(), g.label(), header);
                merge(top, top, g.first(), g.last());
            }
            for (int c = 1; c < n; c++) {
                text(sheet.getRow(sub), c, form.columns().get(c).header(), header);
            }
            sheet.getRow(top).setHeightInPoints(24);
        } else {
            for (int c = 0; c < n; c++) {
                text(sheet.getRow(sub), c, form.columns().get(c).header(), header);
            }
        }
        sheet.getRow(sub).setHeightInPoints(height(headerTexts(), 2));

        // data
        int r = sub + 1;
        int seq = 1;
        while (rows.hasNext()) {
            String[] values = rows.next();
            if (seq > ExportService.MAX_ROWS) {
                throw LuoshiException.invalid("超过单个工作表 " + ExportService.MAX_ROWS + " 条的上限，请缩小筛选范围后分批导出");
            }
            Row row = sheet.createRow(r++);
            Cell no = row.createCell(0);
            no.setCellValue(seq++);
            no.setCellStyle(number);
            String[] all = new String[n];
            for (int c = 1; c < n; c++) {
                String v = c - 1 < values.length ? values[c - 1] : null;
                all[c] = v;
                Cell cell = row.createCell(c);
                cell.setCellStyle(form.columns().get(c).align() == Form.Align.CENTER ? center : left);
                if (v != null && !v.isEmpty()) {
                    cell.setCellValue(v);
                }
            }
            row.setHeightInPoints(height(all, 1));
        }

        // footer: 审核人 填报人 联系方式
        Row foot = sheet.createRow(r);
        foot.setHeightInPoints(24);
        int a = (n + 2) / 3;
        int b = (n - a + 1) / 2;
        text(foot, 0, "审核人：" + nz(head.reviewer), line);
        merge(r, r, 0, a - 1);
        text(foot, a, "填报人：" + nz(head.filler), line);
        merge(r, r, a, a + b - 1);
        text(foot, a + b, "联系方式：" + nz(head.contact), line);
        merge(r, r, a + b, n - 1);

        // view and print
        sheet.createFreezePane(0, sub + 1);
        sheet.setRepeatingRows(new CellRangeAddress(top, sub, -1, -1));
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.LEFT, 0.4);
        sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.RIGHT, 0.4);
        sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.TOP, 0.6);
        sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.BOTTOM, 0.6);
        sheet.getFooter().setCenter("第 &P 页，共 &N 页");
        wb.getXSSFWorkbook().getProperties().getCoreProperties().setTitle(form.title());
        wb.getXSSFWorkbook().getProperties().getCoreProperties().setCreator("落实平台");
    }

    private String[] headerTexts() {
        String[] h = new String[form.width()];
        for (int c = 0; c < h.length; c++) {
            h[c] = form.columns().get(c).header();
        }
        if (form.headerRows() == 2) {
            h[0] = null; // 序号 spans two rows
        }
        return h;
    }

    /** A row height that shows every line of the wrapped values: widest cell by lines, at least {@code min} lines. */
    private float height(String[] values, int min) {
        int lines = min;
        for (int c = 0; c < values.length; c++) {
            if (values[c] != null) {
                lines = Math.max(lines, lines(values[c], form.columns().get(c).width()));
            }
        }
        return Math.min(409, lines * LINE + 6);
    }

    /** Lines a text wraps to in a column {@code width} characters wide; a CJK character counts two. */
    static int lines(String text, int width) {
        int usable = Math.max(2, width - 1);
        int lines = 0;
        for (String part : text.split("\n", -1)) {
            int w = 0;
            for (int i = 0; i < part.length(); i++) {
                w += part.charAt(i) < 0x2E80 ? 1 : 2;
            }
            lines += Math.max(1, (w + usable - 1) / usable);
        }
        return lines;
    }

    private Font font(boolean bold, int points) {
        Font f = wb.createFont();
        f.setFontName(FONT);
        f.setFontHeightInPoints((short) points);
        f.setBold(bold);
        return f;
    }

    private CellStyle bordered(Font f, HorizontalAlignment h, VerticalAlignment v) {
        CellStyle s = wb.createCellStyle();
        s.setFont(f);
        s.setAlignment(h);
        s.setVerticalAlignment(v);
        s.setWrapText(true);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }

    private static void text(Row row, int col, String value, CellStyle style) {
        Cell cell = row.getCell(col);
        if (cell == null) {
            cell = row.createCell(col);
        }
        cell.setCellStyle(style);
        cell.setCellValue(value);
    }

    private void merge(int r1, int r2, int c1, int c2) {
        if (r2 > r1 || c2 > c1) {
            sheet.addMergedRegion(new CellRangeAddress(r1, r2, c1, c2));
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s.trim();
    }
}

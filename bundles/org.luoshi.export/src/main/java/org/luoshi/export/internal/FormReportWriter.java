package org.luoshi.export.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.luoshi.api.export.ExportHeaderDTO;
import org.luoshi.api.form.FormDTO;
import org.luoshi.api.form.FormFieldDTO;
import org.luoshi.api.form.FormReportDTO;

/**
 * A filled report form as printed: title, reporting unit and date, one row per numbered item of each block (split
 * items show their parts side by side), the values, and the 填报说明 below; computed figures are marked.
 */
final class FormReportWriter {
    private FormReportWriter() {
    }

    static byte[] write(ExportHeaderDTO header, FormDTO form, FormReportDTO report) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(report.tableName == null ? "报表" : report.tableName);
            CellStyle title = style(wb, 16, true, false);
            CellStyle head = style(wb, 11, true, true);
            CellStyle cell = style(wb, 11, false, true);
            CellStyle plain = style(wb, 11, false, false);
            int r = 0;
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(form.title);
            row.getCell(0).setCellStyle(title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 4));
            row = sheet.createRow(r++);
            row.createCell(0).setCellValue("填报单位：" + nn(report.unitName) + "（" + nn(report.tableName) + "）");
            row.createCell(3).setCellValue("时间：" + nn(header == null ? null : header.date));
            row = sheet.createRow(r++);
            row.createCell(0).setCellValue(nn(report.periodLabel) + "，统计区间 " + nn(report.figuresFrom) + " 至 "
                    + nn(report.cutOff) + (report.submittedAt == null ? "（未报送）" : "，" + nn(report.submittedBy)
                    + " 于 " + ExportServiceImpl.dateTime(report.submittedAt) + (report.late ? " 逾期报送" : " 报送")));
            row = sheet.createRow(r++);
            String[] heads = {"项目", "序号", "内容", "数值", "说明"};
            for (int i = 0; i < heads.length; i++) {
                row.createCell(i).setCellValue(heads[i]);
                row.getCell(i).setCellStyle(head);
            }
            Map<String, List<FormFieldDTO>> items = new LinkedHashMap<>();
            for (FormFieldDTO f : form.fields) {
                items.computeIfAbsent(f.block + "\u0000" + f.no, k -> new java.util.ArrayList<>()).add(f);
            }
            for (List<FormFieldDTO> parts : items.values()) {
                FormFieldDTO first = parts.get(0);
                row = sheet.createRow(r++);
                set(row, 0, first.block, cell);
                set(row, 1, String.valueOf(first.no), cell);
                set(row, 2, first.label, cell);
                StringBuilder value = new StringBuilder();
                boolean computed = false;
                for (FormFieldDTO f : parts) {
                    String v = report.value(f.key);
                    value.append(value.length() == 0 ? "" : "  ").append(f.part == null ? "" : f.part + "：")
                            .append(v == null ? "" : v);
                    computed |= f.computed();
                }
                if (parts.size() == 1 && FormFieldDTO.COUNT.equals(first.type) && report.value(first.key) != null) {
                    row.createCell(3).setCellValue(new BigDecimal(report.value(first.key)).doubleValue());
                    row.getCell(3).setCellStyle(cell);
                } else {
                    set(row, 3, value.toString(), cell);
                }
                set(row, 4, computed ? "系统根据台账统计" : "", cell);
            }
            r++;
            row = sheet.createRow(r++);
            set(row, 0, "填报说明：", plain);
            for (String note : form.notes) {
                row = sheet.createRow(r++);
                set(row, 0, note, plain);
                sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, 4));
            }
            if (header != null) {
                row = sheet.createRow(r + 1);
                set(row, 0, "审核人：" + nn(header.reviewer), plain);
                set(row, 2, "填报人：" + nn(header.filler), plain);
                set(row, 3, "联系方式：" + nn(header.contact), plain);
            }
            sheet.setColumnWidth(0, 22 * 256);
            sheet.setColumnWidth(1, 6 * 256);
            sheet.setColumnWidth(2, 60 * 256);
            sheet.setColumnWidth(3, 28 * 256);
            sheet.setColumnWidth(4, 18 * 256);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void set(Row row, int col, String text, CellStyle style) {
        row.createCell(col).setCellValue(text);
        row.getCell(col).setCellStyle(style);
    }

    private static String nn(String s) {
        return s == null ? "" : s;
    }

    private static CellStyle style(XSSFWorkbook wb, int size, boolean bold, boolean border) {
        CellStyle s = wb.createCellStyle();
        Font f = wb.createFont();
        f.setFontName("宋体");
        f.setFontHeightInPoints((short) size);
        f.setBold(bold);
        s.setFont(f);
        s.setWrapText(true);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        if (border) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
        if (bold && !border) {
            s.setAlignment(HorizontalAlignment.CENTER);
        }
        return s;
    }
}

package org.luoshi.export.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.luoshi.api.LuoshiException;

/** Plain tables: written with a title and bold headers, and read back as text from an uploaded workbook. */
final class Sheets {
    private Sheets() {
    }

    static byte[] table(String title, List<String> headers, List<List<String>> rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(title == null || title.isBlank() ? "Sheet1"
                    : org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(title));
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle head = wb.createCellStyle();
            head.setFont(bold);
            int r = 0;
            if (title != null && !title.isBlank()) {
                Cell c = sheet.createRow(r++).createCell(0);
                c.setCellValue(title);
                c.setCellStyle(head);
            }
            Row h = sheet.createRow(r++);
            for (int i = 0; i < headers.size(); i++) {
                Cell c = h.createCell(i);
                c.setCellValue(headers.get(i));
                c.setCellStyle(head);
                sheet.setColumnWidth(i, Math.min(60, Math.max(10, headers.get(i).length() * 3)) * 256);
            }
            for (List<String> row : rows) {
                Row x = sheet.createRow(r++);
                for (int i = 0; i < row.size(); i++) {
                    if (row.get(i) != null) {
                        x.createCell(i).setCellValue(row.get(i));
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the table", e);
        }
    }

    static List<List<String>> read(byte[] xlsx, int maxRows) {
        if (xlsx == null || xlsx.length < 4 || xlsx[0] != 'P' || xlsx[1] != 'K') {
            throw LuoshiException.invalid("不是 Excel 工作簿（.xlsx）文件");
        }
        ZipSecureFile.setMinInflateRatio(0.005); // a zip bomb is refused before it is inflated
        DataFormatter text = new DataFormatter(java.util.Locale.CHINA);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            if (wb.getNumberOfSheets() == 0) {
                return List.of();
            }
            Sheet sheet = wb.getSheetAt(0);
            if (sheet.getLastRowNum() + 1 > maxRows) {
                throw LuoshiException.invalid("工作表行数过多（最多 " + maxRows + " 行），请分批导入");
            }
            List<List<String>> out = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    int last = Math.min(row.getLastCellNum(), 50);
                    for (int c = 0; c < last; c++) {
                        Cell cell = row.getCell(c);
                        String v;
                        if (cell == null) {
                            v = "";
                        } else if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                                && DateUtil.isCellDateFormatted(cell)) {
                            v = cell.getLocalDateTimeCellValue().toLocalDate().toString();
                        } else {
                            v = text.formatCellValue(cell);
                        }
                        cells.add(v == null ? "" : v.strip());
                    }
                    while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                        cells.remove(cells.size() - 1);
                    }
                }
                out.add(cells);
            }
            return out;
        } catch (IOException | RuntimeException e) {
            if (e instanceof LuoshiException l) {
                throw l;
            }
            throw LuoshiException.invalid("无法读取该 Excel 文件（文件损坏或格式不符）");
        }
    }
}

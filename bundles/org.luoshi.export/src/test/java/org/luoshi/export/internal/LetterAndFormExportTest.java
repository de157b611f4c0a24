package org.luoshi.export.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.luoshi.api.export.ExportHeaderDTO;
import org.luoshi.api.form.FormDTO;
import org.luoshi.api.form.FormFieldDTO;
import org.luoshi.api.form.FormReportDTO;
import org.luoshi.api.form.FormValueDTO;
import org.luoshi.api.letter.LetterDTO;

class LetterAndFormExportTest {
    private final ExportServiceImpl service = new ExportServiceImpl();

    @Test
    void letterRendersAsAnOfficialDocument() throws IOException {
        LetterDTO l = new LetterDTO();
        l.kind = "SUPERVISION";
        l.situation = "TASK_LAGGING";
        l.number = "方发改督〔2026〕3号";
        l.title = "关于加快推进重点工作任务落实的督办函";
        l.body = "你单位重点工作任务逾期未完成。\n请高度重视。";
        l.requiredResponse = "请制定整改方案。";
        l.responseDeadline = "2026-12-03";
        l.sentAt = "2026-11-23T10:00:00+08:00";
        byte[] bytes = service.letter(l, "方山县发展和改革局", "能源股");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<String> lines = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.toList());
            assertEquals("方山县发展和改革局督办函", lines.get(0));
            assertEquals("方发改督〔2026〕3号", lines.get(1));
            assertTrue(lines.contains("关于加快推进重点工作任务落实的督办函"), lines.toString());
            assertTrue(lines.contains("能源股："), lines.toString());
            assertTrue(lines.contains("你单位重点工作任务逾期未完成。"), lines.toString());
            assertTrue(lines.stream().anyMatch(s -> s.startsWith("督促情形：对安全生产重点工作任务")), lines.toString());
            assertTrue(lines.contains("工作要求：请制定整改方案。"), lines.toString());
            assertTrue(lines.stream().anyMatch(s -> s.contains("请于2026年12月3日前")), lines.toString());
            assertEquals("2026年11月23日", lines.get(lines.size() - 1));
            assertEquals("方山县发展和改革局", lines.get(lines.size() - 2));
        }
    }

    @Test
    void formReportShowsEveryItemWithItsPartsAndTheNotes() throws IOException {
        FormDTO form = new FormDTO();
        form.title = "调度表";
        form.notes.add("1. 每月 28 日前上报。");
        form.fields.add(field("A1", "总体情况", 1, "企业自查发现的重大事故隐患(个)", null, "hazards?major=true"));
        form.fields.add(field("D1.county", "组织领导情况", 1, "专题学习(次)", "县", null));
        form.fields.add(field("D1.town", "组织领导情况", 1, "专题学习(次)", "镇", null));
        FormReportDTO r = new FormReportDTO();
        r.unitName = "能源组";
        r.tableName = "本股室";
        r.periodLabel = "2023年6月";
        r.values.add(new FormValueDTO("A1", "7"));
        r.values.add(new FormValueDTO("D1.county", "2"));
        r.values.add(new FormValueDTO("D1.town", "3"));
        ExportHeaderDTO h = new ExportHeaderDTO();
        h.date = "2026-11-23";
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(service.formReport(h, form, r)))) {
            XSSFSheet s = wb.getSheetAt(0);
            assertEquals("调度表", s.getRow(0).getCell(0).getStringCellValue());
            assertEquals(7.0, s.getRow(4).getCell(3).getNumericCellValue());
            assertEquals("系统根据台账统计", s.getRow(4).getCell(4).getStringCellValue());
            assertEquals("县：2  镇：3", s.getRow(5).getCell(3).getStringCellValue());
            assertEquals("1. 每月 28 日前上报。", s.getRow(8).getCell(0).getStringCellValue());
        }
    }

    private static FormFieldDTO field(String key, String block, int no, String label, String part, String figure) {
        FormFieldDTO f = new FormFieldDTO();
        f.key = key;
        f.block = block;
        f.no = no;
        f.label = label;
        f.part = part;
        f.type = FormFieldDTO.COUNT;
        f.figure = figure;
        return f;
    }
}

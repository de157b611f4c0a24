package org.luoshi.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The .xlsx downloads, opened with POI: the forms' headers cell by cell, grouped headers, rows and footer. */
@ExtendWith(Platform.class)
class ExportIT {
    static final DataFormatter TEXT = new DataFormatter();

    static Sheet download(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Platform.API + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", r.headers().firstValue("Content-Type").orElse(""));
        assertTrue(r.headers().firstValue("Content-Disposition").orElse("").contains(".xlsx"));
        XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.body()));
        assertEquals(1, wb.getNumberOfSheets());
        return wb.getSheetAt(0);
    }

    static String cell(Sheet s, int row, int col) {
        Row r = s.getRow(row);
        Cell c = r == null ? null : r.getCell(col);
        return c == null ? "" : TEXT.formatCellValue(c);
    }

    static List<String> row(Sheet s, int row, int from, int to) {
        List<String> out = new ArrayList<>();
        for (int c = from; c <= to; c++) {
            out.add(cell(s, row, c));
        }
        return out;
    }

    static void merged(Sheet s, String range) {
        assertTrue(s.getMergedRegions().stream().map(CellRangeAddress::formatAsString).anyMatch(range::equals),
                range + " not merged in " + s.getMergedRegions());
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void hazardListIsForm2() throws Exception {
        String text = "导出测试-" + UUID.randomUUID();
        Map<String, Object> h = HazardRestIT.hazard("shanxi.shuozhou.shuocheng", text);
        Platform.postJson("admin", Platform.API + "/hazards", h);
        Sheet s = download("/exports/hazards.xlsx?q=" + q(text) + "&unit=shanxi.shuozhou.shuocheng&reviewer=" + q("局长")
                + "&filler=" + q("安全股股长") + "&contact=" + q("0349-1234567"));
        assertEquals("问题隐患整改清单", s.getSheetName());
        assertEquals("问题隐患整改清单", cell(s, 0, 0));
        assertEquals("填报单位：朔城区", cell(s, 1, 0));
        assertTrue(cell(s, 1, 12).startsWith("时间：" + HazardRestIT.today()), cell(s, 1, 12));
        assertEquals("序号", cell(s, 2, 0));
        assertEquals("问题隐患情况", cell(s, 2, 1));
        assertEquals("整改情况", cell(s, 2, 7));
        assertEquals("检查验收情况", cell(s, 2, 13));
        merged(s, "A3:A4");
        merged(s, "B3:G3");
        merged(s, "H3:M3");
        merged(s, "N3:O3");
        assertEquals(List.of("检查单位及检查人", "检查时间", "检查方式", "问题隐患描述", "是否为重大事故隐患", "是否挂牌督办", "整改措施",
                "整改单位及责任人", "整改时限", "整改完成情况", "整改完成时间", "防范重复发生的措施", "复查验收情况", "复查单位及责任人"),
                row(s, 3, 1, 14));
        assertEquals("1", cell(s, 4, 0));
        assertEquals(text, cell(s, 4, 4));
        assertEquals("是", cell(s, 4, 5));
        assertEquals("市应急局\n执法检查组组长", cell(s, 4, 1));
        assertEquals(h.get("deadline"), cell(s, 4, 9));
        assertTrue(cell(s, 5, 0).startsWith("审核人：局长"), cell(s, 5, 0));
        assertTrue(String.join("", row(s, 5, 0, 14)).contains("填报人：安全股股长"));
        assertTrue(String.join("", row(s, 5, 0, 14)).contains("联系方式：0349-1234567"));
    }

    @Test
    void taskListIsForm1() throws Exception {
        TaskIT.importTasks("admin", "shanxi.shuozhou.shanyin", 2023, List.of(4, 25), 201);
        Sheet s = download("/exports/tasks.xlsx?unit=shanxi.shuozhou.shanyin&year=2023");
        assertEquals("重点工作任务清单", cell(s, 0, 0));
        assertEquals("填报单位：山阴县", cell(s, 1, 0));
        assertEquals(List.of("序号", "主要任务", "具体举措", "责任单位及责任人", "完成时限", "推进落实情况", "跟踪督办情况", "完成时间"),
                row(s, 2, 0, 7));
        // 主要任务 as 附件1 prints it: the whole 国家要求, heading first (issue 16, item 4)
        assertTrue(cell(s, 3, 1).startsWith("一、严格落实地方党委安全生产责任。安全生产是人命关天的大事"), cell(s, 3, 1));
        assertTrue(cell(s, 3, 1).endsWith("协调纪检监察机关和组织、宣传、政法、机构编制等单位支持保障安全生产工作。"), cell(s, 3, 1));
        assertEquals("6月底前", cell(s, 3, 4));
        assertEquals("5月10月底前", cell(s, 4, 4), "the printed text, misprint included");
        assertTrue(cell(s, 5, 0).startsWith("审核人："));
    }

    @Test
    void listingListIsForm3WithUnitNames() throws Exception {
        long hazard = ListingIT.hazard("admin", "shanxi.shuozhou.yingxian", "ENFORCEMENT", true);
        long id = Platform.postJson("admin", Platform.API + "/listings",
                ListingIT.request(hazard, List.of("shanxi.shuozhou.yingji"), "shanxi.shuozhou.yingji")).json().get("id").asLong();
        Platform.postJson("admin", Platform.API + "/listings/" + id + "/tracking", Map.of("method", "PHONE",
                "date", HazardRestIT.today().toString(), "person", "督办科科长", "finding", "电话询问整改进度"));
        Sheet s = download("/exports/listings.xlsx?unit=shanxi.shuozhou.yingxian");
        assertEquals("重大事故隐患挂牌督办清单", cell(s, 0, 0));
        merged(s, "B3:G3");
        merged(s, "H3:J3");
        merged(s, "K3:M3");
        assertEquals(List.of("重大事故隐患整改情况", "", "", "", "", "", "挂牌督办情况", "", "", "检查验收及摘牌", "", ""), row(s, 2, 1, 12));
        assertEquals(List.of("重大事故隐患描述", "整改单位及责任人", "整改措施", "整改时限", "整改完成情况", "整改完成时间",
                "挂牌督办单位及责任人", "挂牌督办时间", "督办过程", "复查单位及责任人", "复查验收情况", "摘牌销号时间"), row(s, 3, 1, 12));
        assertEquals("市应急局\n局党组书记", cell(s, 4, 7));
        assertTrue(cell(s, 4, 9).contains("电话询问") && cell(s, 4, 9).contains("电话询问整改进度"), cell(s, 4, 9));
    }

    @Test
    void reportingStatusExportListsTheMissingUnitsFirst() throws Exception {
        // the monthly cycle reports by its form (the summary and three attachments): 右玉县 reports September
        Platform.Answer in = MonthlyFormIT.submit("youyu", "shanxi.shuozhou.youyu", 5, "9月小结");
        assertEquals(201, in.status(), in.body());
        Sheet s = download("/exports/reporting/shuozhou/monthly/5.xlsx");
        assertTrue(cell(s, 0, 0).startsWith("一小结、一报表、两清单报送情况（2022年9月"), cell(s, 0, 0));
        assertEquals("填报单位：市安委办", cell(s, 1, 0));
        assertEquals(List.of("序号", "报送单位", "报送状态", "报送时间", "报送人", "报送内容"), row(s, 2, 0, 5));
        List<String> states = new ArrayList<>();
        for (int r = 3; r < 3 + 14; r++) {
            states.add(cell(s, r, 2));
        }
        assertEquals(13, states.stream().filter("逾期未报送"::equals).count(), states.toString());
        assertEquals("逾期报送", states.get(13));
        assertEquals("右玉县", cell(s, 16, 1));
        assertEquals("一小结、一报表、两清单", cell(s, 16, 5), "a report by the form is shown by its title");
    }
}

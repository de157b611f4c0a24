package org.luoshi.export.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.luoshi.api.export.ExportHeaderDTO;
import org.luoshi.api.hazard.HazardDTO;
import org.luoshi.api.listing.ListingDTO;
import org.luoshi.api.listing.TrackingDTO;
import org.luoshi.api.task.DeadlineDTO;
import org.luoshi.api.task.TaskDTO;
import org.luoshi.api.task.TaskEntryDTO;

class ExportServiceImplTest {

    private final ExportServiceImpl service = new ExportServiceImpl();

    // --- 附件1 重点工作任务清单 ---------------------------------------------------------------------------------

    static final String[] TASK_HEADERS = {"序号", "主要任务", "具体举措", "责任单位及责任人", "完成时限", "推进落实情况",
        "跟踪督办情况", "完成时间"};

    @Test
    void taskList() throws IOException {
        TaskDTO a = task("强化安全生产责任落实", "制定年度安全生产重点工作任务清单", "市安委办", "主任", deadline("6月底前", "2026-06-30"),
                "2026-07-02T09:00:00+08:00");
        a.progress.add(entry(TaskEntryDTO.PROGRESS, "2026-03-01", "办公室主任", "已起草初稿"));
        a.progress.add(entry(TaskEntryDTO.PROGRESS, "2026-05-20", "办公室主任", "已印发"));
        a.supervision.add(entry(TaskEntryDTO.SUPERVISION, "2026-04-10", "督查科科长", "督促加快进度"));
        TaskDTO b = task("开展隐患排查整治", "每季度组织一次联合检查", "市应急管理局、市住建局", null,
                deadline("长期坚持", null), null);
        TaskDTO c = task("加强宣传教育", null, null, null, null, null);

        XSSFSheet s = open(service.taskList(header(), List.of(a, b, c)));
        assertEquals("重点工作任务清单", s.getSheetName());
        assertEquals(8, TASK_HEADERS.length);
        assertTop(s, 8, "时间：", 5);

        assertRow(s, 2, TASK_HEADERS);

        assertRow(s, 3, 1, "强化安全生产责任落实", "制定年度安全生产重点工作任务清单", "市安委办\n主任", "6月底前",
                "2026-03-01 办公室主任：已起草初稿\n2026-05-20 办公室主任：已印发", "2026-04-10 督查科科长：督促加快进度",
                "2026-07-02");
        assertRow(s, 4, 2, "开展隐患排查整治", "每季度组织一次联合检查", "市应急管理局、市住建局", "长期坚持", null, null, null);
        assertRow(s, 5, 3, "加强宣传教育", null, null, null, null, null, null);
        assertFooter(s, 6, 8, 0, 3, 6);
        assertEquals(7, s.getPhysicalNumberOfRows());
        assertMerges(s, "A1:H1", "A2:E2", "F2:H2", "A7:C7", "D7:F7", "G7:H7");
        assertTableStyle(s, 2, 5, 8);
        assertPrint(s, 2, 2);
    }

    @Test
    void deadlineFallsBackToDate() {
        assertEquals("2026-06-30", ExportServiceImpl.deadline(deadline(null, "2026-06-30")));
        assertEquals("6月底前", ExportServiceImpl.deadline(deadline("6月底前", "2026-06-30")));
        assertNull(ExportServiceImpl.deadline(null));
    }

    // --- 附件2 问题隐患整改清单 ---------------------------------------------------------------------------------

    static final String[] HAZARD_GROUPS = {"序号", "问题隐患情况", null, null, null, null, null, "整改情况", null, null,
        null, null, null, "检查验收情况", null};
    static final String[] HAZARD_HEADERS = {null, "检查单位及检查人", "检查时间", "检查方式", "问题隐患描述", "是否为重大事故隐患",
        "是否挂牌督办", "整改措施", "整改单位及责任人", "整改时限", "整改完成情况", "整改完成时间", "防范重复发生的措施", "复查验收情况",
        "复查单位及责任人"};

    @Test
    void hazardList() throws IOException {
        HazardDTO a = new HazardDTO();
        a.inspectionUnit = "朔州市应急管理局";
        a.inspector = "执法一科科长";
        a.inspectionDate = "2026-03-05";
        a.inspectionMethod = "执法检查";
        a.description = "煤矿井下局部通风机未实现“双风机、双电源”自动切换";
        a.major = true;
        a.listed = true;
        a.measures = "立即停止相关区域作业，安装自动切换装置";
        a.rectificationUnit = "某煤业有限公司";
        a.rectificationResponsible = "矿长";
        a.deadline = "2026-03-31";
        a.progress = "已完成";
        a.completedOn = "2026-03-28";
        a.recurrencePrevention = "每班检查切换装置";
        a.review = "经复查，整改到位";
        a.reviewUnit = "朔州市应急管理局";
        a.reviewer = "执法一科科长";
        HazardDTO b = new HazardDTO();
        b.inspectionUnit = "朔城区安委办";
        b.inspectionDate = "2026-04-01";
        b.inspectionMethod = "督导巡查";
        b.description = "消防通道堆放杂物";
        b.major = false;
        b.listed = false;
        b.rectificationUnit = "某商场";
        b.deadline = "2026-04-05";
        HazardDTO c = new HazardDTO(); // everything null

        XSSFSheet s = open(service.hazardList(header(), List.of(a, b, c)));
        assertEquals("问题隐患整改清单", s.getSheetName());
        assertTop(s, 15, "时间：", 12);
        assertRow(s, 2, HAZARD_GROUPS);
        assertRow(s, 3, HAZARD_HEADERS);
        assertRow(s, 4, 1, "朔州市应急管理局\n执法一科科长", "2026-03-05", "执法检查",
                "煤矿井下局部通风机未实现“双风机、双电源”自动切换", "是", "是", "立即停止相关区域作业，安装自动切换装置", "某煤业有限公司\n矿长",
                "2026-03-31", "已完成", "2026-03-28", "每班检查切换装置", "经复查，整改到位", "朔州市应急管理局\n执法一科科长");
        assertRow(s, 5, 2, "朔城区安委办", "2026-04-01", "督导巡查", "消防通道堆放杂物", "否", "否", null, "某商场", "2026-04-05",
                null, null, null, null, null);
        assertRow(s, 6, 3, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        assertFooter(s, 7, 15, 0, 5, 10);
        assertEquals(8, s.getPhysicalNumberOfRows());
        assertMerges(s, "A1:O1", "A2:L2", "M2:O2", "A3:A4", "B3:G3", "H3:M3", "N3:O3", "A8:E8", "F8:J8", "K8:O8");
        assertTableStyle(s, 2, 6, 15);
        assertPrint(s, 2, 3);
    }

    // --- 附件3 重大事故隐患挂牌督办清单 -----------------------------------------------------------------------

    static final String[] LISTING_GROUPS = {"序号", "重大事故隐患整改情况", null, null, null, null, null, "挂牌督办情况", null,
        null, "检查验收及摘牌", null, null};
    static final String[] LISTING_HEADERS = {null, "重大事故隐患描述", "整改单位及责任人", "整改措施", "整改时限", "整改完成情况",
        "整改完成时间", "挂牌督办单位及责任人", "挂牌督办时间", "督办过程", "复查单位及责任人", "复查验收情况", "摘牌销号时间"};

    @Test
    void listingList() throws IOException {
        ListingDTO a = new ListingDTO();
        a.hazardDescription = "危险化学品储罐区可燃气体报警装置失效";
        a.rectificationUnit = "某化工有限公司";
        a.rectificationResponsible = "总经理";
        a.measures = "更换报警装置并接入中控室";
        a.deadline = "2026-05-31";
        a.progress = "已完成更换";
        a.completedOn = "2026-05-20";
        a.listingUnit = "朔州市安委办";
        a.listingResponsible = "副主任";
        a.listedOn = "2026-04-02";
        a.tracking.add(tracking("ON_SITE", "2026-04-15", "监管科科长", "设备已到货"));
        a.tracking.add(tracking("VIDEO", "2026-04-29", "监管科科员", "正在安装"));
        a.tracking.add(tracking("PHONE", "2026-05-12", "副主任", "调试完成"));
        a.reviewUnit = "朔州市应急管理局";
        a.reviewer = "危化科科长";
        a.review = "复查合格，同意销号";
        a.delistedOn = "2026-05-25T10:30:00+08:00";
        ListingDTO b = new ListingDTO();
        b.hazardDescription = "尾矿库排洪设施堵塞";
        b.rectificationUnit = "某矿业公司";
        b.listingUnit = "平鲁区安委办";
        b.listedOn = "2026-06-01";
        b.deadline = "2026-07-15";
        b.tracking = null;

        XSSFSheet s = open(service.listingList(header(), List.of(a, b)));
        assertEquals("重大事故隐患挂牌督办清单", s.getSheetName());
        assertTop(s, 13, "时间：", 10);
        assertRow(s, 2, LISTING_GROUPS);
        assertRow(s, 3, LISTING_HEADERS);
        assertRow(s, 4, 1, "危险化学品储罐区可燃气体报警装置失效", "某化工有限公司\n总经理", "更换报警装置并接入中控室", "2026-05-31",
                "已完成更换", "2026-05-20", "朔州市安委办\n副主任", "2026-04-02",
                "2026-04-15 现场检查 监管科科长：设备已到货\n2026-04-29 视频调度 监管科科员：正在安装\n2026-05-12 电话询问 副主任：调试完成",
                "朔州市应急管理局\n危化科科长", "复查合格，同意销号", "2026-05-25");
        assertRow(s, 5, 2, "尾矿库排洪设施堵塞", "某矿业公司", null, "2026-07-15", null, null, "平鲁区安委办", "2026-06-01", null,
                null, null, null);
        assertFooter(s, 6, 13, 0, 5, 9);
        assertMerges(s, "A1:M1", "A2:J2", "K2:M2", "A3:A4", "B3:G3", "H3:J3", "K3:M3", "A7:E7", "F7:I7", "J7:M7");
        assertTableStyle(s, 2, 5, 13);
        assertPrint(s, 2, 3);
    }

    @Test
    void unknownTrackingMethodIsKept() {
        assertEquals("2026-01-02 书面督办 某人：x", ExportServiceImpl.tracking(List.of(tracking("书面督办", "2026-01-02", "某人", "x"))));
        assertEquals("现场检查 无日期", ExportServiceImpl.tracking(List.of(tracking("ON_SITE", null, null, "无日期"))));
        assertNull(ExportServiceImpl.tracking(List.of()));
    }

    // --- empty and null input ---------------------------------------------------------------------------------

    @Test
    void emptyListsGiveHeadersOnly() throws IOException {
        XSSFSheet t = open(service.taskList(header(), List.of()));
        assertRow(t, 2, TASK_HEADERS);
        assertFooter(t, 3, 8, 0, 3, 6);
        assertEquals(4, t.getPhysicalNumberOfRows());

        XSSFSheet h = open(service.hazardList(header(), List.of()));
        assertRow(h, 2, HAZARD_GROUPS);
        assertRow(h, 3, HAZARD_HEADERS);
        assertFooter(h, 4, 15, 0, 5, 10);
        assertEquals(5, h.getPhysicalNumberOfRows());

        XSSFSheet l = open(service.listingList(header(), null));
        assertRow(l, 2, LISTING_GROUPS);
        assertRow(l, 3, LISTING_HEADERS);
        assertFooter(l, 4, 13, 0, 5, 9);
        assertEquals(5, l.getPhysicalNumberOfRows());
    }

    @Test
    void nullHeaderGivesEmptyLabels() throws IOException {
        XSSFSheet s = open(service.taskList(null, null));
        assertEquals("填报单位：", text(s, 1, 0));
        assertEquals("时间：", text(s, 1, 5));
        assertEquals("审核人：", text(s, 3, 0));
        assertEquals("填报人：", text(s, 3, 3));
        assertEquals("联系方式：", text(s, 3, 6));
    }

    @Test
    void contextClassLoaderIsRestored() {
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        ClassLoader seen = ExportServiceImpl.withBundleLoader(() -> Thread.currentThread().getContextClassLoader());
        assertSame(ExportServiceImpl.class.getClassLoader(), seen);
        assertSame(before, Thread.currentThread().getContextClassLoader());
    }

    @Test
    void wrappedLineCount() {
        assertEquals(1, FormWriter.lines("序号", 6));
        assertEquals(2, FormWriter.lines("是否为重大事故隐患", 11));
        assertEquals(3, FormWriter.lines("a\nb\nc", 10));
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private static ExportHeaderDTO header() {
        ExportHeaderDTO h = new ExportHeaderDTO();
        h.fillingUnit = "朔州市安全生产委员会办公室";
        h.date = "2026-06-30";
        h.reviewer = "市安委办主任";
        h.filler = "综合科科员";
        h.contact = "0349-1234567";
        return h;
    }

    private static XSSFSheet open(byte[] bytes) throws IOException {
        assertNotNull(bytes);
        assertTrue(bytes.length > 1000);
        XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes));
        assertEquals(1, wb.getNumberOfSheets());
        return wb.getSheetAt(0);
    }

    /** Rows 1 and 2: title merged over all columns, 填报单位 and 时间. */
    private static void assertTop(XSSFSheet s, int width, String timeLabel, int timeCol) {
        assertEquals(s.getSheetName(), text(s, 0, 0));
        assertTrue(s.getRow(0).getCell(0).getCellStyle().getFont().getBold());
        assertEquals("填报单位：朔州市安全生产委员会办公室", text(s, 1, 0));
        assertEquals(timeLabel + "2026-06-30", text(s, 1, timeCol));
        assertEquals(width, s.getRow(2).getLastCellNum());
    }

    private static void assertFooter(XSSFSheet s, int row, int width, int c1, int c2, int c3) {
        assertEquals("审核人：市安委办主任", text(s, row, c1));
        assertEquals("填报人：综合科科员", text(s, row, c2));
        assertEquals("联系方式：0349-1234567", text(s, row, c3));
        assertEquals(BorderStyle.NONE, s.getRow(row).getCell(c1).getCellStyle().getBorderTop(), "footer outside the table");
        assertEquals(row, s.getLastRowNum(), "footer is the last row");
    }

    /** A data row: 序号 as a number, then the text of each cell (null = blank cell). */
    private static void assertRow(XSSFSheet s, int row, int seq, String... values) {
        XSSFRow r = s.getRow(row);
        assertNotNull(r, "row " + (row + 1));
        assertEquals(CellType.NUMERIC, r.getCell(0).getCellType());
        assertEquals(seq, (int) r.getCell(0).getNumericCellValue());
        for (int c = 0; c < values.length; c++) {
            XSSFCell cell = r.getCell(c + 1);
            if (values[c] == null) {
                assertTrue(cell == null || cell.getCellType() == CellType.BLANK,
                        "row " + (row + 1) + " col " + (c + 2) + " should be empty but is " + cell);
            } else {
                assertEquals(values[c], cell.getStringCellValue(), "row " + (row + 1) + " col " + (c + 2));
            }
        }
        assertEquals(values.length + 1, r.getLastCellNum());
    }

    /** A header row, cell by cell (null = a blank cell covered by a merged region). */
    private static void assertRow(XSSFSheet s, int row, String[] texts) {
        String[] actual = new String[texts.length];
        for (int c = 0; c < texts.length; c++) {
            XSSFCell cell = s.getRow(row).getCell(c);
            actual[c] = cell == null || cell.getCellType() == CellType.BLANK ? null : cell.getStringCellValue();
        }
        assertArrayEquals(texts, actual, "header row " + (row + 1) + ": " + Arrays.toString(actual));
        assertEquals(texts.length, s.getRow(row).getLastCellNum());
    }

    private static void assertMerges(XSSFSheet s, String... expected) {
        Set<String> actual = new TreeSet<>();
        for (CellRangeAddress a : s.getMergedRegions()) {
            actual.add(a.formatAsString());
        }
        assertEquals(new TreeSet<>(List.of(expected)), actual);
    }

    /** Thin borders and wrapped text on every cell of the table rows {@code first..last}. */
    private static void assertTableStyle(XSSFSheet s, int first, int last, int width) {
        for (int r = first; r <= last; r++) {
            for (int c = 0; c < width; c++) {
                XSSFCell cell = s.getRow(r).getCell(c);
                assertNotNull(cell, "cell " + r + "," + c);
                assertEquals(BorderStyle.THIN, cell.getCellStyle().getBorderLeft());
                assertEquals(BorderStyle.THIN, cell.getCellStyle().getBorderRight());
                assertEquals(BorderStyle.THIN, cell.getCellStyle().getBorderTop());
                assertEquals(BorderStyle.THIN, cell.getCellStyle().getBorderBottom());
                assertTrue(cell.getCellStyle().getWrapText());
            }
            if (r > first) {
                assertTrue(s.getRow(r).getHeightInPoints() >= 15);
            }
        }
        for (int c = 0; c < width; c++) {
            assertTrue(s.getColumnWidth(c) >= 6 * 256, "column width " + c);
        }
    }

    /** Frozen down to the last header row, header rows repeated, A4 landscape one page wide. */
    private static void assertPrint(XSSFSheet s, int firstHeader, int lastHeader) {
        PaneInformation pane = s.getPaneInformation();
        assertNotNull(pane);
        assertTrue(pane.isFreezePane());
        assertEquals(lastHeader + 1, pane.getHorizontalSplitPosition());
        assertEquals(0, pane.getVerticalSplitPosition());
        assertEquals(new CellRangeAddress(firstHeader, lastHeader, -1, -1).formatAsString(),
                s.getRepeatingRows().formatAsString());
        PrintSetup ps = s.getPrintSetup();
        assertEquals(PrintSetup.A4_PAPERSIZE, ps.getPaperSize());
        assertTrue(ps.getLandscape());
        assertEquals(1, ps.getFitWidth());
        assertTrue(s.getFitToPage());
        assertTrue(s.getRow(firstHeader).getCell(0).getCellStyle().getFont().getBold());
    }

    private static String text(XSSFSheet s, int row, int col) {
        return s.getRow(row).getCell(col).getStringCellValue();
    }

    private static TaskDTO task(String main, String measure, String units, String persons, DeadlineDTO d,
            String completed) {
        TaskDTO t = new TaskDTO();
        t.mainTask = main;
        t.measure = measure;
        t.responsibleUnits = units;
        t.responsiblePersons = persons;
        t.deadline = d;
        t.completedOn = completed;
        return t;
    }

    private static DeadlineDTO deadline(String text, String date) {
        DeadlineDTO d = new DeadlineDTO();
        d.text = text;
        d.date = date;
        d.kind = date != null ? DeadlineDTO.DATE : DeadlineDTO.ONGOING;
        return d;
    }

    private static TaskEntryDTO entry(String kind, String date, String person, String text) {
        TaskEntryDTO e = new TaskEntryDTO();
        e.kind = kind;
        e.date = date;
        e.person = person;
        e.text = text;
        return e;
    }

    private static TrackingDTO tracking(String method, String date, String person, String finding) {
        TrackingDTO t = new TrackingDTO();
        t.method = method;
        t.date = date;
        t.person = person;
        t.finding = finding;
        return t;
    }

    // --- streamed lists -----------------------------------------------------------------------------------------

    @Test
    void aStreamedListCarriesEveryRowInOrderWithItsFooterAfterTheLast() throws IOException {
        int n = 5_300;
        java.util.Iterator<HazardDTO> rows = java.util.stream.IntStream.rangeClosed(1, n).mapToObj(i -> {
            HazardDTO h = new HazardDTO();
            h.description = "第" + i + "条隐患";
            h.major = i % 2 == 0;
            return i == 7 ? null : h; // a null item is skipped, as in the list form
        }).iterator();
        ExportHeaderDTO header = new ExportHeaderDTO();
        header.fillingUnit = "朔州市";
        header.reviewer = "局长";
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        service.hazardList(header, rows, out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet s = wb.getSheetAt(0);
            int first = 4; // title, 填报单位, two header rows
            assertEquals("填报单位：朔州市", s.getRow(1).getCell(0).getStringCellValue());
            assertEquals(1, (int) s.getRow(first).getCell(0).getNumericCellValue());
            assertEquals("第1条隐患", s.getRow(first).getCell(4).getStringCellValue());
            XSSFRow last = s.getRow(first + n - 2);
            assertEquals(n - 1, (int) last.getCell(0).getNumericCellValue(), "序号 runs on without the skipped item");
            assertEquals("第" + n + "条隐患", last.getCell(4).getStringCellValue());
            assertEquals("是", last.getCell(5).getStringCellValue());
            assertTrue(s.getRow(first + n - 1).getCell(0).getStringCellValue().startsWith("审核人：局长"));
            assertEquals(first + n - 1, s.getLastRowNum(), "nothing after the footer");
            assertTrue(s.getMergedRegions().stream().anyMatch(r -> r.formatAsString().equals("A3:A4")), "the header stays merged");
        }
    }
}

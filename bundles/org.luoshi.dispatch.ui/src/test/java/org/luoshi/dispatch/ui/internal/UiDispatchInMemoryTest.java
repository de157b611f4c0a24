package org.luoshi.dispatch.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.luoshi.api.Actor;
import org.luoshi.api.form.FormReportDTO;
import org.luoshi.api.hazard.HazardDTO;
import org.luoshi.api.hazard.HazardSource;
import org.luoshi.api.hazard.HazardStatus;
import org.luoshi.api.hazard.ProgressUpdateDTO;
import org.luoshi.lists.ui.internal.InMemoryHazards;
import org.luoshi.lists.ui.internal.InMemorySummary;
import org.luoshi.lists.ui.internal.InMemoryTasks;
import org.luoshi.lists.ui.internal.ListsViews;
import org.luoshi.ui.internal.Browser;
import org.luoshi.ui.internal.InMemoryExports;
import org.luoshi.ui.internal.InMemoryFiles;
import org.luoshi.ui.internal.InMemoryServices;
import org.luoshi.ui.internal.UiServer;
import org.luoshi.ui.kit.ViewContribution;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * UI component test of 调度表 with in-memory services, in headless Chromium: the form laid out block by block with the
 * figures computed from the hazard list (and the records behind a figure), a typed value the service refuses (shown on
 * the field, nothing stored), an attachment (FILE field) of a forbidden type refused at its field and a text file
 * uploaded, the table submitted with its typed values and attachment and then read-only with 提交人 and 提交时间 (the
 * attachment by its name, with a download), the receiving office's list of tables in and missing, the export, and
 * 报送管理 leading to the form.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UiDispatchInMemoryTest {
    /** The view contributions of the modules this test crosses, as DS would bind them. */
    private static final List<ViewContribution> VIEWS = List.of(new ListsViews(), new DispatchViews());
    private static final LocalDate TODAY = LocalDate.now(InMemoryServices.ZONE);
    private static final String CURRENT = TODAY.getYear() + "年" + TODAY.getMonthValue() + "月";
    private static final String SHUOCHENG = "shanxi.shuozhou.shuocheng";

    private final InMemoryServices.Registry registry = new InMemoryServices.Registry();
    private final InMemoryHazards hazards = new InMemoryHazards();
    private final InMemoryTasks tasks = new InMemoryTasks(registry);
    private final InMemoryReporting reporting = new InMemoryReporting(registry, InMemoryForms.form());
    private final InMemoryForms forms = new InMemoryForms(registry, reporting, hazards);
    private final InMemoryFiles files = new InMemoryFiles(registry);
    private final Actor admin = new InMemoryServices.Users().authenticate("admin", "admin").orElseThrow();
    private UiServer server;
    private Browser browser;
    private String base;

    @BeforeAll
    void start() {
        // 朔城区's records this month: two self-reported major hazards (one rectified), an enforcement finding;
        // elsewhere or earlier: not counted
        hazard(SHUOCHENG, HazardSource.SELF_REPORT, TODAY, "自查-配电室无绝缘垫");
        long rectified = hazard(SHUOCHENG, HazardSource.SELF_REPORT, TODAY, "自查-消防通道堵塞");
        ProgressUpdateDTO done = new ProgressUpdateDTO();
        done.status = HazardStatus.REPORTED;
        done.progress = "已清理通道";
        done.completedOn = TODAY.toString();
        hazards.updateProgress(admin, rectified, done);
        hazard(SHUOCHENG, HazardSource.ENFORCEMENT, TODAY, "执法-未设置风电闭锁");
        hazard("shanxi.shuozhou.yingji", HazardSource.SELF_REPORT, TODAY, "应急局-别处的隐患");
        hazard(SHUOCHENG, HazardSource.SELF_REPORT, TODAY.withDayOfMonth(1).minusDays(1), "自查-上月的隐患");

        forms.files = files;
        server = InMemoryServices.start(InMemoryServices.config(0, "127.0.0.1"), registry,
                new InMemoryServices.Users(), VIEWS, hazards, tasks, new InMemorySummary(registry, hazards, tasks), reporting, forms, new InMemoryMeetings(registry, tasks),
                files);
        base = "http://127.0.0.1:" + server.port() + "/";
        browser = new Browser(base);
        browser.login("admin");
    }

    private long hazard(String unit, HazardSource source, LocalDate found, String description) {
        HazardDTO h = new HazardDTO();
        h.jurisdiction = "shuozhou";
        h.unit = unit;
        h.source = source;
        h.inspectionDate = found.toString();
        h.description = description;
        h.major = true;
        h.listed = false;
        h.deadline = TODAY.plusDays(30).toString();
        return hazards.create(admin, h).id;
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.stop();
        }
    }

    @Test
    @Order(1)
    void theFormShowsTheComputedFiguresAndTheRecordsBehindThem() {
        browser.click("nav-dispatch");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("dispatch-cycle")));
        browser.pick("#dispatch-jurisdiction input", "朔州市");
        browser.pick("#dispatch-cycle input", InMemoryReporting.CYCLE_NAME);
        browser.pick("#dispatch-period input", CURRENT);
        browser.pick("#dispatch-unit input", "朔城区");
        browser.pick("#dispatch-table input", "本单位");

        browser.wait.until(d -> InMemoryForms.TITLE.equals(browser.text("dispatch-form-title")));
        assertTrue(browser.text("dispatch-form-header").contains("填报单位：朔城区"), browser.text("dispatch-form-header"));
        assertEquals("未提交", browser.text("dispatch-status"));
        String info = browser.text("dispatch-period-info");
        assertTrue(info.contains("统计区间：" + TODAY.withDayOfMonth(1) + " 至 " + TODAY.withDayOfMonth(TODAY.lengthOfMonth())),
                info);
        assertTrue(info.contains("截止时间："), info);
        // blocks as printed, numbered 一、二、…; the split item with its parts
        assertEquals("一、总体情况", browser.text("dispatch-block-1"));
        assertEquals("四、组织领导情况", browser.text("dispatch-block-4"));
        assertTrue(browser.text("dispatch-item-C1_times").contains("行政处罚(次,万元)"));
        assertTrue(browser.present("dispatch-field-C1_amount"));
        assertTrue(browser.text("dispatch-notes").contains("填报说明"));
        assertTrue(browser.text("dispatch-notes").contains("报送两张表"));

        // computed from the records of 朔城区 in the period: 2 self-reported major hazards, 1 of them rectified
        browser.wait.until(d -> "2".equals(browser.value("#dispatch-field-A1 input")));
        assertEquals("1", browser.value("#dispatch-field-A2 input"));
        assertTrue(browser.attribute("dispatch-field-A1", "readonly"), "computed figures are not typed");
        assertFalse(browser.attribute("dispatch-field-B1", "readonly"));
        assertEquals("COUNT", browser.js("return document.getElementById('dispatch-field-B1').dataset.type"));
        browser.shot("dispatch-1-form");

        browser.click("drill-A1");
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("drill-total"), "共 2 条"));
        browser.waitForCell("#drill-grid", "自查-配电室无绝缘垫");
        List<String> cells = browser.cells("#drill-grid");
        assertTrue(cells.contains("自查-消防通道堵塞"), cells.toString());
        assertFalse(cells.contains("执法-未设置风电闭锁"), cells.toString());
        assertFalse(cells.contains("应急局-别处的隐患"), cells.toString());
        assertFalse(cells.contains("自查-上月的隐患"), cells.toString());
        assertTrue(browser.text("drill-scope").contains("企业自查自报"), browser.text("drill-scope"));
        browser.click("drill-close");
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("drill-grid")));

        browser.click("drill-A2");
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("drill-total"), "共 1 条"));
        browser.waitForCell("#drill-grid", "自查-消防通道堵塞");
        browser.click("drill-close");
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("drill-grid")));
    }

    @Test
    @Order(2)
    void aValueTheServiceRefusesIsShownOnItsFieldAndNothingIsStored() {
        // nothing typed: every typed value is required, and the message says which
        browser.click("dispatch-submit");
        browser.click("dispatch-confirm");
        browser.notification("报表有 6 项填写有误：抽查检查的企业总数(家)：必须填写（没有请填 0）");
        browser.wait.until(d -> browser.attribute("dispatch-field-D2", "invalid"));
        assertTrue(forms.reports.isEmpty(), "nothing stored");
        browser.clearNotifications();

        browser.type("#dispatch-field-B1 input", "12");
        browser.type("#dispatch-field-C1_times input", "3");
        browser.type("#dispatch-field-C1_amount input", "1.23456");
        browser.choose("dispatch-field-D1", "是");
        browser.type("#dispatch-field-D2 textarea", "个别企业外包外租管理混乱");
        browser.click("dispatch-submit");
        browser.click("dispatch-confirm");
        browser.notification("报表有 2 项填写有误：行政处罚(次,万元)（万元）：应为不小于 0 的金额，最多 4 位小数");
        browser.notification("行动情况报表：请上传附件");
        browser.wait.until(d -> browser.attribute("dispatch-field-C1_amount", "invalid"));
        browser.wait.until(d -> browser.attribute("dispatch-field-E1", "invalid"));
        browser.wait.until(d -> !browser.attribute("dispatch-field-B1", "invalid"));
        assertTrue(forms.reports.isEmpty(), "nothing stored");
        assertEquals("未提交", browser.text("dispatch-status"));

        // an attachment the file service refuses (a renamed executable): shown at its field, nothing stored
        browser.clearNotifications();
        browser.upload("dispatch-field-E1-upload", "情况报表.pdf", "application/pdf",
                new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0 });
        browser.notification("只接受 PDF、JPEG、PNG、纯文本和 Word/Excel 文档");
        browser.wait.until(d -> browser.attribute("dispatch-field-E1", "invalid"));
        assertTrue(files.files.isEmpty(), "nothing stored");
        assertEquals("未上传", browser.text("dispatch-field-E1-name"));
    }

    @Test
    @Order(3)
    void theTypedValuesAreSubmittedAndTheTableIsFrozen() {
        browser.clearNotifications();
        browser.type("#dispatch-field-C1_amount input", "8.5");
        browser.upload("dispatch-field-E1-upload", "6月情况报表.txt", "text/plain",
                "大检查大整治大提升行动情况报表".getBytes(StandardCharsets.UTF_8));
        browser.notification("已上传附件：6月情况报表.txt");
        browser.wait.until(d -> "6月情况报表.txt".equals(browser.text("dispatch-field-E1-name")));
        browser.wait.until(d -> !browser.attribute("dispatch-field-E1", "invalid"));
        assertEquals(1, files.files.size());
        long fileId = files.files.keySet().iterator().next();
        assertEquals(SHUOCHENG, files.files.get(fileId).unit, "the table's unit's file");
        assertEquals(List.of(InMemoryReporting.RECEIVER), files.files.get(fileId).readers, "the collecting office reads it");
        browser.clearNotifications();
        browser.click("dispatch-submit");
        browser.click("dispatch-confirm");
        browser.notification("已提交：朔城区 · 本单位 · " + CURRENT);
        browser.wait.until(d -> "已提交".equals(browser.text("dispatch-status")));

        assertEquals(1, forms.reports.size());
        FormReportDTO r = forms.reports.get(0);
        assertEquals(SHUOCHENG, r.unit);
        assertEquals("section", r.table);
        assertEquals(TODAY.getMonthValue(), r.periodIndex);
        assertEquals("admin", r.submittedBy);
        assertEquals("12", r.value("B1"));
        assertEquals("3", r.value("C1.times"));
        assertEquals("8.5", r.value("C1.amount"));
        assertEquals("是", r.value("D1"));
        assertEquals("个别企业外包外租管理混乱", r.value("D2"));
        assertEquals(String.valueOf(fileId), r.value("E1"), "the attachment's file id");
        // the figures are the service's, frozen at submission
        assertEquals("2", r.value("A1"));
        assertEquals("1", r.value("A2"));

        assertEquals("提交人：admin", browser.text("dispatch-submitted-by"));
        assertTrue(browser.text("dispatch-submitted-at").startsWith("提交时间：" + TODAY), browser.text("dispatch-submitted-at"));
        assertEquals(r.late ? "逾期提交" : "", browser.text("dispatch-late"));
        assertTrue(browser.attribute("dispatch-field-B1", "readonly"), "submitted: read-only");
        assertTrue(browser.attribute("dispatch-field-D2", "readonly"));
        assertEquals("8.5", browser.value("#dispatch-field-C1_amount input"));
        // the attachment by its name, with a download and no upload once submitted
        assertEquals("6月情况报表.txt", browser.text("dispatch-field-E1-name"));
        assertFalse(browser.present("dispatch-field-E1-upload"));
        assertEquals("大检查大整治大提升行动情况报表", browser.download("dispatch-field-E1-download"));
        assertFalse((Boolean) browser.js("const b = document.getElementById('dispatch-submit'); "
                + "return !!b && b.offsetParent !== null"), "no second submission from the UI");

        // the receiving office's view of the period: the table in, the tables still missing
        browser.waitForCell("#dispatch-reports", "朔城区");
        browser.waitForCell("#dispatch-reports", "本单位");
        browser.waitForCell("#dispatch-reports", "admin");
        String missing = browser.text("dispatch-missing");
        assertTrue(missing.contains("朔城区（所属行业领域）"), missing);
        assertTrue(missing.contains("市应急局（本单位、所属行业领域）"), missing);
        browser.shot("dispatch-2-submitted");

        // the other table is still open
        browser.pick("#dispatch-table input", "所属行业领域");
        browser.wait.until(d -> "未提交".equals(browser.text("dispatch-status")));
        assertFalse(browser.attribute("dispatch-field-B1", "readonly"));
        assertEquals("", browser.value("#dispatch-field-B1 input"));
    }

    @Test
    @Order(4)
    void theAddressPresetsTheChoiceAndTheTableIsExported() {
        InMemoryExports exports = new InMemoryExports();
        InMemoryServices.bind(server.services(), exports);
        try {
            browser.open("dispatch?jurisdiction=shuozhou&cycle=" + InMemoryReporting.CYCLE + "&period="
                    + TODAY.getMonthValue() + "&unit=" + SHUOCHENG + "&table=section");
            browser.wait.until(d -> "已提交".equals(browser.text("dispatch-status")));
            assertEquals("12", browser.value("#dispatch-field-B1 input"));
            browser.wait.until(d -> !browser.attribute("export-form-report", "disabled"));
            String body = browser.download("export-form-report-link");
            assertTrue(body.startsWith("fake-xlsx 调度表"), body);
            assertEquals(1, exports.calls.size());
            assertEquals("朔城区", exports.calls.get(0).header().fillingUnit);
        } finally {
            InMemoryServices.unbind(server.services(), exports);
        }
    }

    @Test
    @Order(5)
    void reportingACycleWithAFormLeadsToTheForm() {
        browser.open("reporting");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("period-grid")));
        browser.wait.until(d -> "填报调度表".equals(browser.text("submit-report")));
        browser.click("submit-report");
        browser.wait.until(d -> d.getCurrentUrl().contains("dispatch?"));
        browser.wait.until(d -> InMemoryReporting.CYCLE_NAME.equals(browser.value("#dispatch-cycle input")));
        browser.wait.until(d -> InMemoryForms.TITLE.equals(browser.text("dispatch-form-title")));
    }
}

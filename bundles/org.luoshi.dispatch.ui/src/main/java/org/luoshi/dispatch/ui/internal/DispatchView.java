package org.luoshi.dispatch.ui.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.luoshi.api.Actor;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.cycle.CycleDTO;
import org.luoshi.api.cycle.PeriodDTO;
import org.luoshi.api.dispatch.ReportingService;
import org.luoshi.api.form.FormCorrectionDTO;
import org.luoshi.api.form.FormDTO;
import org.luoshi.api.form.FormFieldDTO;
import org.luoshi.api.form.FormReportDTO;
import org.luoshi.api.form.FormService;
import org.luoshi.api.form.FormTableDTO;
import org.luoshi.api.form.FormValueDTO;
import org.luoshi.api.form.FormValues;
import org.luoshi.api.jurisdiction.JurisdictionDTO;
import org.luoshi.ui.kit.Choices;
import org.luoshi.ui.kit.Dates;
import org.luoshi.ui.kit.DrillDown;
import org.luoshi.ui.kit.ExportButton;
import org.luoshi.ui.kit.Feedback;
import org.luoshi.ui.kit.Labels;
import org.luoshi.ui.kit.People;
import org.luoshi.ui.kit.SecuredView;
import org.luoshi.ui.kit.Services;
import org.luoshi.ui.kit.UnitNames;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;

/**
 * 调度表 (工作调度, written dispatch): a reporting unit fills a cycle's report form for a period, table by table, laid out
 * like the printed form — blocks, numbered items, parts (县/镇/部门 …) and units of measure — with the 填报说明 below.
 * Figures the records already hold are computed by the platform (read-only, with the records behind each one a click
 * away); the rest are typed. Submitting freezes the table (提交人, 提交时间, 逾期). Below the form, the tables already
 * submitted for the period, and for the collecting office the tables still missing.
 * <p>
 * The address may preset the choice: {@code dispatch?jurisdiction=<id>&cycle=<id>&period=<index>&unit=<unit>&table=<id>}.
 * Every input has the id {@code dispatch-field-<key>} ({@link #fieldId}) and carries {@code data-key}, {@code data-type}
 * and {@code data-computed}; the drill-down button of a computed figure has the id {@code drill-<key>}. A FILE field
 * (附件) is an {@link AttachmentField}: an upload while the table is open, the file's name with a download link.
 */
@PageTitle("调度表 · 落实")
public class DispatchView extends SecuredView implements BeforeLeaveObserver {
    public static final String ROUTE = "dispatch";
    static final String PERIOD = "period";
    static final String CYCLE = "cycle";
    static final String TABLE = "table";
    private static final long serialVersionUID = 1L;
    private static final String[] ORDINALS = { "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二",
            "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十" };

    private final ComboBox<JurisdictionDTO> jurisdiction = new ComboBox<>("辖区");
    private final ComboBox<CycleDTO> cycle = new ComboBox<>("报送事项");
    private final ComboBox<PeriodDTO> period = new ComboBox<>("期次");
    private final ComboBox<String> unit = new ComboBox<>("报送单位");
    private final ComboBox<FormTableDTO> table = new ComboBox<>("表");
    private final Span empty = new Span();
    private final Span periodInfo = new Span();
    private final VerticalLayout sheet = new VerticalLayout();
    private final H3 formTitle = new H3();
    private final Span header = new Span();
    private final Span legend = new Span("带放大镜的数字由系统根据台账自动统计，不能填写，点击放大镜可查看对应的记录；其余各项请如实填写，没有的填 0。");
    private final Span status = new Span();
    private final Span submittedBy = new Span();
    private final Span submittedAt = new Span();
    private final Span late = new Span();
    private final Div formBody = new Div();
    private final VerticalLayout notes = new VerticalLayout();
    private final Button submit = new Button("提交");
    private final Button saveDraft = new Button("暂存");
    private final Span draftInfo = new Span();
    private final Button correct = new Button("更正");
    private final TextField correctReason = new TextField("更正原因");
    private final Button correctSubmit = new Button("提交更正");
    private final Button correctCancel = new Button("取消更正");
    private final Span corrections = new Span();
    /** Whether a submitted table is being corrected (its typed values editable). */
    private boolean correcting;
    /** Whether something was typed since the table was shown, saved or submitted. */
    private boolean dirty;
    private final ExportButton export;
    private final Grid<FormReportDTO> reports = new Grid<>();
    private final Span reportsCount = new Span();
    private final Span missing = new Span();
    private final UnitNames names = new UnitNames();

    private Actor actor;
    private Services services;
    private boolean loading;
    private FormDTO form;
    private FormReportDTO report;
    /** The inputs of the table shown, by field key. */
    private final Map<String, Component> inputs = new LinkedHashMap<>();

    public DispatchView() {
        setSizeFull();
        H2 title = new H2("调度表");

        jurisdiction.setId("dispatch-jurisdiction");
        jurisdiction.setItemLabelGenerator(j -> Labels.nz(j.name));
        jurisdiction.setWidth("12em");
        jurisdiction.addValueChangeListener(e -> {
            if (!loading) {
                loadCycles(null, null, null, null);
            }
        });
        cycle.setId("dispatch-cycle");
        cycle.setItemLabelGenerator(c -> Labels.nz(c.name));
        cycle.setWidth("20em");
        cycle.addValueChangeListener(e -> {
            if (!loading) {
                loadPeriods(null, null, null);
            }
        });
        period.setId("dispatch-period");
        period.setItemLabelGenerator(p -> Labels.nz(p.label));
        period.setWidth("10em");
        period.addValueChangeListener(e -> {
            if (!loading) {
                showPeriod();
                loadReport();
                loadReports();
            }
        });
        unit.setId("dispatch-unit");
        unit.setItemLabelGenerator(names::name);
        unit.setWidth("20em");
        unit.addValueChangeListener(e -> {
            if (!loading) {
                loadReport();
            }
        });
        table.setId("dispatch-table");
        table.setItemLabelGenerator(t -> Labels.nz(t.name));
        table.setWidth("10em");
        table.addValueChangeListener(e -> {
            if (!loading) {
                loadReport();
            }
        });
        HorizontalLayout head = new HorizontalLayout(title);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        FlexLayout choices = new FlexLayout(jurisdiction, cycle, period, unit, table);
        choices.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        choices.setAlignItems(FlexComponent.Alignment.BASELINE);
        choices.getStyle().set("gap", "var(--lumo-space-s) var(--lumo-space-m)");
        choices.setWidthFull();

        empty.setId("dispatch-empty");
        empty.getStyle().set("color", "var(--lumo-secondary-text-color)");
        periodInfo.setId("dispatch-period-info");
        periodInfo.getStyle().set("color", "var(--lumo-secondary-text-color)");

        formTitle.setId("dispatch-form-title");
        formTitle.getStyle().set("margin", "var(--lumo-space-s) 0 0 0").set("text-align", "center").set("width", "100%");
        header.setId("dispatch-form-header");
        legend.setId("dispatch-legend");
        legend.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        status.setId("dispatch-status");
        status.getStyle().set("font-weight", "600");
        submittedBy.setId("dispatch-submitted-by");
        submittedAt.setId("dispatch-submitted-at");
        late.setId("dispatch-late");
        late.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        HorizontalLayout state = new HorizontalLayout(status, submittedBy, submittedAt, late);
        state.setAlignItems(FlexComponent.Alignment.BASELINE);
        formBody.setId("dispatch-form");
        formBody.setWidthFull();
        notes.setId("dispatch-notes");
        notes.setPadding(false);
        notes.setSpacing(false);

        submit.setId("dispatch-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> confirmSubmit());
        saveDraft.setId("dispatch-save-draft");
        saveDraft.setTooltipText("保存已填的内容（不检查、不提交），本单位人员稍后可继续填写");
        saveDraft.addClickListener(e -> doSaveDraft());
        draftInfo.setId("dispatch-draft-info");
        draftInfo.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        correct.setId("dispatch-correct");
        correct.setTooltipText("发现已提交的数字有误时更正：须说明原因，原数据留存备查");
        correct.addClickListener(e -> startCorrection());
        correctReason.setId("dispatch-correct-reason");
        correctReason.setMaxLength(500);
        correctReason.setRequiredIndicatorVisible(true);
        correctReason.setPlaceholder("如：B1 项笔误，应为 3");
        correctReason.setWidth("24em");
        correctSubmit.setId("dispatch-correct-submit");
        correctSubmit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        correctSubmit.addClickListener(e -> doCorrect());
        correctCancel.setId("dispatch-correct-cancel");
        correctCancel.addClickListener(e -> {
            correcting = false;
            dirty = false;
            show(report);
        });
        corrections.setId("dispatch-corrections");
        corrections.getStyle().set("color", "var(--lumo-warning-text-color, #b25e00)").set("font-size", "var(--lumo-font-size-s)")
                .set("white-space", "pre-line");
        export = new ExportButton("export-form-report", "调度表", () -> report == null ? "" : names.name(report.unit),
                (service, h) -> {
                    if (form == null || report == null) {
                        throw LuoshiException.invalid("请先选择要导出的表");
                    }
                    return service.formReport(h, form, attachmentsByName(report));
                });
        HorizontalLayout actions = new HorizontalLayout(submit, saveDraft, correct, correctReason, correctSubmit,
                correctCancel, export, draftInfo);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);

        sheet.setId("dispatch-sheet");
        sheet.setPadding(false);
        sheet.add(formTitle, header, state, corrections, legend, formBody, actions, notes);
        sheet.setVisible(false);

        reports.setId("dispatch-reports");
        reports.addColumn(r -> r.unitName != null ? r.unitName : names.name(r.unit)).setHeader("单位").setFlexGrow(3);
        reports.addColumn(r -> Labels.nz(r.tableName != null ? r.tableName : r.table)).setHeader("表").setFlexGrow(1);
        reports.addColumn(r -> People.name(r.submittedBy)).setHeader("提交人").setFlexGrow(1);
        reports.addColumn(r -> Dates.minutes(r.submittedAt)).setHeader("提交时间").setFlexGrow(1);
        reports.addColumn(LitRenderer.<FormReportDTO>of(
                "<span style=\"color: ${item.color}; font-weight: 600\">${item.late}</span>")
                .withProperty("late", r -> r.late ? "逾期" : "按时")
                .withProperty("color", r -> r.late ? "var(--lumo-error-text-color)" : "var(--lumo-success-text-color)"))
                .setHeader("逾期").setWidth("5em").setFlexGrow(0);
        reports.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        reports.setAllRowsVisible(true);
        reports.addItemClickListener(e -> {
            if (e.getItem() != null) {
                showSubmitted(e.getItem());
            }
        });
        reportsCount.setId("dispatch-reports-count");
        missing.setId("dispatch-missing");
        missing.getStyle().set("color", "var(--lumo-secondary-text-color)");
        HorizontalLayout reportsHead = new HorizontalLayout(new H4("本期已提交的调度表"), reportsCount);
        reportsHead.setAlignItems(FlexComponent.Alignment.BASELINE);

        add(head, choices, empty, periodInfo, sheet, reportsHead, missing, reports);
    }

    /** A copy of the report with each attachment (FILE value, a file id) as its file's name and number, for the export. */
    private FormReportDTO attachmentsByName(FormReportDTO r) {
        FormReportDTO out = new FormReportDTO();
        out.id = r.id;
        out.jurisdiction = r.jurisdiction;
        out.cycleId = r.cycleId;
        out.periodIndex = r.periodIndex;
        out.periodLabel = r.periodLabel;
        out.figuresFrom = r.figuresFrom;
        out.cutOff = r.cutOff;
        out.due = r.due;
        out.unit = r.unit;
        out.unitName = r.unitName;
        out.table = r.table;
        out.tableName = r.tableName;
        out.scope = r.scope;
        out.status = r.status;
        out.submittedBy = r.submittedBy;
        out.submittedAt = r.submittedAt;
        out.late = r.late;
        out.draftSavedBy = r.draftSavedBy;
        out.draftSavedAt = r.draftSavedAt;
        out.corrections = r.corrections;
        for (FormValueDTO v : r.values) {
            FormValueDTO c = new FormValueDTO(v.key, v.value);
            c.computed = v.computed;
            c.drillDown = v.drillDown;
            boolean file = form.fields.stream().anyMatch(f -> f.key.equals(v.key) && FormFieldDTO.FILE.equals(f.type));
            Long id = file ? FormValues.fileId(v.value) : null;
            if (id != null) {
                c.value = services.find(org.luoshi.api.file.FileService.class).map(files -> {
                    try {
                        return files.get(actor, id).name + "（附件编号 " + id + "）";
                    } catch (LuoshiException e) {
                        return null;
                    }
                }).orElse("附件（编号 " + id + "）");
            }
            out.values.add(c);
        }
        return out;
    }

    /** The id of a field's input: {@code dispatch-field-<key>}, any character but letters, digits, - and _ as _. */
    static String fieldId(String key) {
        return "dispatch-field-" + safe(key);
    }

    static String safe(String key) {
        return key == null ? "" : key.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    @Override
    protected void entered(Actor actor, Services services) {
        this.actor = actor;
        this.services = services;
        names.reset(services);
        export.update(services, actor);
        QueryParameters params = queryParameters();
        String wanted = DrillDown.value(params, DrillDown.JURISDICTION);
        String wantedCycle = DrillDown.value(params, CYCLE);
        Integer wantedPeriod = null;
        String p = DrillDown.value(params, PERIOD);
        if (p != null) {
            try {
                wantedPeriod = Integer.valueOf(p);
            } catch (NumberFormatException e) {
                DrillDown.invalid("期次 " + p);
            }
        }
        String wantedUnit = DrillDown.value(params, DrillDown.UNIT);
        String wantedTable = DrillDown.value(params, TABLE);
        if (wanted == null && jurisdiction.getValue() != null) {
            // back on the view: keep what was chosen
            wanted = jurisdiction.getValue().id;
            wantedCycle = cycle.getValue() == null ? null : cycle.getValue().id;
            wantedPeriod = period.getValue() == null ? null : period.getValue().index;
            wantedUnit = unit.getValue();
            wantedTable = table.getValue() == null ? null : table.getValue().id;
        }
        List<JurisdictionDTO> all = Feedback.call(services.jurisdictions()::jurisdictions).orElse(List.of());
        loading = true;
        try {
            jurisdiction.setItems(all);
            jurisdiction.setValue(Choices.jurisdiction(all, actor, wanted));
        } finally {
            loading = false;
        }
        loadCycles(wantedCycle, wantedPeriod, wantedUnit, wantedTable);
    }

    /** The jurisdiction's cycles that have a report form. */
    private void loadCycles(String wantedCycle, Integer wantedPeriod, String wantedUnit, String wantedTable) {
        JurisdictionDTO j = jurisdiction.getValue();
        List<CycleDTO> cycles = j == null || services == null ? List.of()
                : Feedback.call(() -> services.get(ReportingService.class).cycles(actor, j.id)).orElse(List.of()).stream()
                        .filter(c -> c.form != null).toList();
        loading = true;
        try {
            cycle.setItems(cycles);
            cycle.setValue(cycles.stream().filter(c -> Objects.equals(c.id, wantedCycle)).findFirst()
                    .orElse(cycles.isEmpty() ? null : cycles.get(0)));
        } finally {
            loading = false;
        }
        empty.setText(j == null ? "尚未安装任何辖区" : cycles.isEmpty() ? j.name + "没有需要填报调度表的报送事项" : "");
        empty.setVisible(j == null || cycles.isEmpty());
        loadPeriods(wantedPeriod, wantedUnit, wantedTable);
    }

    /**
     * The cycle's periods from its start to its end (or to a year from today), the form, the user's reporter units and
     * the form's tables; selects the wanted period, else the one being worked on (the first not yet due), else the last.
     */
    private void loadPeriods(Integer wantedPeriod, String wantedUnit, String wantedTable) {
        CycleDTO c = cycle.getValue();
        JurisdictionDTO j = jurisdiction.getValue();
        form = c == null ? null : form(j, c);
        List<PeriodDTO> items = List.of();
        List<String> own = List.of();
        List<FormTableDTO> tables = List.of();
        if (c != null && j != null) {
            LocalDate today = Labels.today();
            LocalDate from = Labels.date(c.start) != null ? Labels.date(c.start) : today.minusYears(1);
            LocalDate until = Labels.date(c.until);
            LocalDate to = until != null ? until : today.plusYears(1);
            items = Feedback.call(() -> services.get(ReportingService.class).periods(actor, j.id, c.id, from, to)).orElse(List.of());
            // the user's own reporter units; the collecting office (and above) may look at every reporter's tables
            boolean receiver = actor.canSee(c.receiver);
            own = c.reporters == null ? List.of() : c.reporters.stream().filter(r -> receiver || actor.canSee(r)).toList();
            tables = form == null || form.tables == null ? List.of() : form.tables;
        }
        PeriodDTO selected = null;
        OffsetDateTime now = OffsetDateTime.now(Labels.ZONE);
        for (PeriodDTO p : items) {
            if (wantedPeriod != null ? p.index == wantedPeriod : !Dates.instant(p.due).isBefore(now)) {
                selected = p;
                break;
            }
        }
        if (selected == null && !items.isEmpty()) {
            selected = items.get(items.size() - 1);
        }
        List<String> units = own;
        List<FormTableDTO> tableItems = tables;
        loading = true;
        try {
            period.setItems(items);
            period.setValue(selected);
            unit.setItems(units);
            unit.setValue(wantedUnit != null && units.contains(wantedUnit) ? wantedUnit
                    : units.stream().filter(actor::canSee).findFirst().orElse(units.isEmpty() ? null : units.get(0)));
            unit.setVisible(!units.isEmpty());
            table.setItems(tableItems);
            table.setValue(tableItems.stream().filter(t -> Objects.equals(t.id, wantedTable)).findFirst()
                    .orElse(tableItems.isEmpty() ? null : tableItems.get(0)));
        } finally {
            loading = false;
        }
        if (c != null && units.isEmpty()) {
            empty.setText("您所在的单位不是“" + Labels.nz(c.name) + "”的报送单位，只能查看已提交的调度表");
            empty.setVisible(true);
        } else if (c != null && units.stream().noneMatch(actor::canSee)) {
            empty.setText("您所在的单位是“" + Labels.nz(c.name) + "”的收集单位：可查看各报送单位的调度表，不能代为填报");
            empty.setVisible(true);
        }
        showPeriod();
        loadReport();
        loadReports();
    }

    /** The cycle's form: as the cycle declares it, else asked of the form service. */
    private FormDTO form(JurisdictionDTO j, CycleDTO c) {
        if (c.form != null && c.form.fields != null && !c.form.fields.isEmpty()) {
            return c.form;
        }
        return Feedback.call(() -> services.get(FormService.class).form(actor, j.id, c.id)).orElse(c.form);
    }

    private void showPeriod() {
        PeriodDTO p = period.getValue();
        if (p == null) {
            periodInfo.setText("");
            return;
        }
        boolean cumulative = p.figuresFrom != null && !p.figuresFrom.equals(p.periodStart);
        periodInfo.setText("统计区间：" + Labels.nz(p.figuresFrom) + " 至 " + Labels.nz(p.cutOff)
                + (cumulative ? "（累计）" : "") + "　　截止时间：" + Dates.due(p));
    }

    /** The chosen unit's table for the chosen period as it stands: submitted, or open with live figures. */
    private void loadReport() {
        JurisdictionDTO j = jurisdiction.getValue();
        CycleDTO c = cycle.getValue();
        PeriodDTO p = period.getValue();
        String u = unit.getValue();
        FormTableDTO t = table.getValue();
        if (j == null || c == null || p == null || u == null || t == null || form == null) {
            show(null);
            return;
        }
        show(Feedback.call(() -> services.get(FormService.class).prepare(actor, j.id, c.id, p.index, u, t.id)).orElse(null));
    }

    /** The tables submitted for the period, and for the collecting office those still missing. */
    private void loadReports() {
        JurisdictionDTO j = jurisdiction.getValue();
        CycleDTO c = cycle.getValue();
        PeriodDTO p = period.getValue();
        List<FormReportDTO> in = j == null || c == null || p == null ? List.of()
                : Feedback.call(() -> services.get(FormService.class).reports(actor, j.id, c.id, p.index)).orElse(List.of());
        reports.setItems(in);
        reportsCount.setText("共 " + in.size() + " 张");
        List<String> lacking = new ArrayList<>();
        if (c != null && p != null && form != null && actor.canSee(c.receiver) && c.reporters != null) {
            for (String r : c.reporters) {
                List<String> tables = new ArrayList<>();
                for (FormTableDTO t : form.tables) {
                    if (in.stream().noneMatch(x -> r.equals(x.unit) && t.id.equals(x.table))) {
                        tables.add(t.name);
                    }
                }
                if (!tables.isEmpty()) {
                    lacking.add(names.name(r) + "（" + String.join("、", tables) + "）");
                }
            }
        }
        missing.setText(lacking.isEmpty() ? "" : "未提交：" + String.join("；", lacking));
        missing.setVisible(!lacking.isEmpty());
    }

    /** A submitted table from the list: chosen above when the user may choose it, else shown as it is. */
    private void showSubmitted(FormReportDTO r) {
        boolean own = unit.getListDataView().getItems().anyMatch(x -> x.equals(r.unit));
        FormTableDTO t = table.getListDataView().getItems().filter(x -> x.id.equals(r.table)).findFirst().orElse(null);
        if (own && t != null) {
            loading = true;
            try {
                unit.setValue(r.unit);
                table.setValue(t);
            } finally {
                loading = false;
            }
            loadReport();
        } else {
            show(r);
        }
    }

    /** Shows a table: the form's blocks and items with the report's values, editable while it is open. */
    private void show(FormReportDTO r) {
        report = r;
        dirty = false;
        inputs.clear();
        formBody.removeAll();
        notes.removeAll();
        if (r == null || form == null) {
            sheet.setVisible(false);
            return;
        }
        sheet.setVisible(true);
        // a table is typed by its own unit while open (or while it corrects it); the collecting office only looks at it
        boolean writable = actor.canSee(r.unit);
        boolean isSubmitted = "SUBMITTED".equals(r.status);
        boolean submitted = isSubmitted && !correcting || !writable;
        formTitle.setText(Labels.nz(form.title));
        String unitName = r.unitName != null ? r.unitName : names.name(r.unit);
        String tableName = r.tableName != null ? r.tableName : r.table;
        header.setText("填报单位：" + unitName + "　　表：" + Labels.nz(tableName)
                + (r.scope == null ? "" : "　　统计范围：" + names.name(r.scope) + "（含下级）")
                + "　　期次：" + Labels.nz(r.periodLabel));
        if ("SUBMITTED".equals(r.status)) {
            status.setText("已提交");
            status.getStyle().set("color", "var(--lumo-success-text-color)");
            submittedBy.setText("提交人：" + People.name(r.submittedBy));
            submittedAt.setText("提交时间：" + Dates.minutes(r.submittedAt));
            late.setText(r.late ? "逾期提交" : "");
        } else {
            status.setText("未提交");
            status.getStyle().set("color", "var(--lumo-secondary-text-color)");
            submittedBy.setText("");
            submittedAt.setText("");
            boolean overdue = r.due != null && OffsetDateTime.now(Labels.ZONE).isAfter(Dates.instant(r.due));
            late.setText(overdue ? "已过截止时间，提交将记为逾期" : "");
        }
        submit.setVisible(!isSubmitted && writable);
        saveDraft.setVisible(!isSubmitted && writable);
        draftInfo.setText(!isSubmitted && r.draftSavedAt != null
                ? "已暂存：" + People.name(r.draftSavedBy) + " " + Dates.minutes(r.draftSavedAt) : "");
        correct.setVisible(isSubmitted && writable && !correcting && r.id != null);
        correctReason.setVisible(correcting);
        correctSubmit.setVisible(correcting);
        correctCancel.setVisible(correcting);
        if (!correcting) {
            correctReason.clear();
            correctReason.setInvalid(false);
        }
        corrections.setText(correctionsText(r));
        corrections.setVisible(!corrections.getText().isEmpty());
        export.update(services, actor);

        Map<String, Map<Integer, List<FormFieldDTO>>> blocks = new LinkedHashMap<>();
        for (FormFieldDTO f : form.fields) {
            blocks.computeIfAbsent(Labels.nz(f.block), b -> new LinkedHashMap<>())
                    .computeIfAbsent(f.no, n -> new ArrayList<>()).add(f);
        }
        int b = 0;
        for (Map.Entry<String, Map<Integer, List<FormFieldDTO>>> block : blocks.entrySet()) {
            H4 heading = new H4(ordinal(b) + "、" + block.getKey());
            heading.setId("dispatch-block-" + (b + 1));
            heading.getStyle().set("margin", "var(--lumo-space-m) 0 var(--lumo-space-xs) 0");
            formBody.add(heading);
            for (List<FormFieldDTO> item : block.getValue().values()) {
                formBody.add(item(item, r, submitted));
            }
            b++;
        }

        H4 notesTitle = new H4("填报说明");
        notesTitle.getStyle().set("margin", "var(--lumo-space-m) 0 var(--lumo-space-xs) 0");
        notes.add(notesTitle);
        for (String n : form.notes == null ? List.<String>of() : form.notes) {
            Paragraph line = new Paragraph(n);
            line.getStyle().set("margin", "0 0 var(--lumo-space-xs) 0").set("font-size", "var(--lumo-font-size-s)");
            notes.add(line);
        }
        notes.setVisible(form.notes != null && !form.notes.isEmpty());
    }

    private static String ordinal(int i) {
        return i < ORDINALS.length ? ORDINALS[i] : String.valueOf(i + 1);
    }

    /** One numbered item as a row of the printed table: number, text, and one value per part. */
    private Component item(List<FormFieldDTO> parts, FormReportDTO r, boolean submitted) {
        FormFieldDTO first = parts.get(0);
        Span no = new Span(String.valueOf(first.no));
        no.getStyle().set("color", "var(--lumo-secondary-text-color)").set("text-align", "right");
        Span label = new Span(Labels.nz(first.label));
        FlexLayout values = new FlexLayout();
        values.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        values.setAlignItems(FlexComponent.Alignment.BASELINE);
        values.getStyle().set("gap", "0 var(--lumo-space-m)");
        for (FormFieldDTO f : parts) {
            values.add(value(f, r, submitted));
        }
        Div row = new Div(no, label, values);
        row.setId("dispatch-item-" + safe(first.key));
        row.getStyle().set("display", "grid").set("grid-template-columns", "2.5em minmax(12em, 1fr) minmax(10em, 1.4fr)")
                .set("gap", "var(--lumo-space-m)").set("align-items", "baseline")
                .set("padding", "var(--lumo-space-xs) 0").set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        if (parts.stream().anyMatch(f -> FormFieldDTO.TEXT.equals(f.type) || FormFieldDTO.FILE.equals(f.type))) {
            values.setWidthFull();
        }
        return row;
    }

    /** The input (or the computed figure) of one field. */
    private Component value(FormFieldDTO f, FormReportDTO r, boolean submitted) {
        String current = valueOf(r, f.key);
        String caption = f.part == null || f.part.isBlank() ? null : f.part;
        Component input;
        if (f.computed()) {
            TextField shown = new TextField(caption);
            shown.setValue(current == null ? "" : current);
            shown.setReadOnly(true);
            shown.setWidth(width(caption, 7));
            suffix(shown, f.measure);
            tag(shown, f, true);
            shown.setTooltipText("由系统根据台账自动统计");
            FormValueDTO v = r.values.stream().filter(x -> f.key.equals(x.key)).findFirst().orElse(null);
            String drill = v == null ? null : v.drillDown;
            if (drill == null || drill.isBlank()) {
                return shown;
            }
            Button records = new Button(new Icon(VaadinIcon.SEARCH));
            records.setId("drill-" + safe(f.key));
            records.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            records.setTooltipText("查看明细");
            records.getElement().setAttribute("aria-label", "查看明细");
            records.addClickListener(e -> FigureRecordsDialog.open(services, actor,
                    Labels.nz(f.label) + (caption == null ? "" : " · " + caption), shown.getValue(), drill));
            HorizontalLayout box = new HorizontalLayout(shown, records);
            box.setSpacing(false);
            box.setAlignItems(FlexComponent.Alignment.BASELINE);
            return box;
        }
        String type = f.type == null ? FormFieldDTO.TEXT : f.type;
        switch (type) {
            case FormFieldDTO.COUNT, FormFieldDTO.AMOUNT -> {
                TextField number = new TextField(caption);
                // what is typed stays as typed (no keystroke filter: it turned 1.5 into 15 and -5 into 5, and dropped
                // full-width digits); a value that is no number of this kind is marked when the field is left, by the service's rule
                number.getElement().setAttribute("inputmode", FormFieldDTO.COUNT.equals(type) ? "numeric" : "decimal");
                number.addValueChangeListener(e -> {
                    String typed = e.getValue();
                    String problem = typed == null || typed.isBlank() ? null : FormValues.problem(f, typed);
                    number.setErrorMessage(problem);
                    number.setInvalid(problem != null);
                });
                number.setWidth(width(caption, 8));
                number.setPlaceholder(FormFieldDTO.COUNT.equals(type) ? "整数" : "数值");
                number.setValue(current == null ? "" : current);
                number.setReadOnly(submitted);
                // the service checks the values by type (on submit), not the component
                number.setManualValidation(true);
                suffix(number, f.measure);
                input = number;
            }
            case FormFieldDTO.YESNO -> {
                Select<String> yesNo = new Select<>();
                if (caption != null) {
                    yesNo.setLabel(caption);
                }
                yesNo.setItems("是", "否");
                yesNo.setEmptySelectionAllowed(true);
                yesNo.setEmptySelectionCaption("未填");
                yesNo.setPlaceholder("请选择");
                yesNo.setWidth("8em");
                yesNo.setValue("是".equals(current) || "否".equals(current) ? current : null);
                yesNo.setReadOnly(submitted);
                yesNo.setManualValidation(true);
                input = yesNo;
            }
            case FormFieldDTO.FILE -> {
                // an attachment: uploaded for the table's unit (FormService.attach), the file's id kept as the value
                AttachmentField file = new AttachmentField(services, actor, f, r, caption, !submitted);
                if (current != null) {
                    file.setValue(current);
                }
                file.setReadOnly(submitted);
                input = file;
            }
            default -> {
                TextArea text = new TextArea(caption);
                text.setMaxLength(2000);
                text.setWidthFull();
                text.setMinHeight("4em");
                text.setValue(current == null ? "" : current);
                text.setReadOnly(submitted);
                text.setManualValidation(true);
                input = text;
            }
        }
        tag(input, f, false);
        if (input instanceof HasValidation v && input instanceof com.vaadin.flow.component.HasValue<?, ?> h
                && !(input instanceof TextField)) {
            // a value the service refused stops being marked once it is changed (numbers are judged as typed, above)
            h.addValueChangeListener(e -> v.setInvalid(false));
        }
        inputs.put(f.key, input);
        if (input instanceof com.vaadin.flow.component.HasValue<?, ?> typedInput) {
            typedInput.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    dirty = true;
                }
            });
        }
        return input;
    }

    /** Wide enough for a long part name above the field (其中匿名举报查实奖励), in em. */
    private static String width(String caption, int least) {
        int chars = caption == null ? 0 : caption.length();
        return Math.min(16, Math.max(least, chars + 1)) + "em";
    }

    private static void suffix(TextField field, String measure) {
        if (measure != null && !measure.isBlank()) {
            Span unitOfMeasure = new Span(measure);
            unitOfMeasure.getStyle().set("font-size", "var(--lumo-font-size-s)");
            field.setSuffixComponent(unitOfMeasure);
        }
    }

    /** The stable id and the data attributes a test (or a person's browser tool) can find the input by. */
    private static void tag(Component c, FormFieldDTO f, boolean computed) {
        c.setId(fieldId(f.key));
        c.getElement().setAttribute("data-form-input", true);
        c.getElement().setAttribute("data-key", f.key);
        c.getElement().setAttribute("data-type", f.type == null ? "" : f.type);
        c.getElement().setAttribute("data-computed", String.valueOf(computed));
        c.getElement().setAttribute("aria-label", Labels.nz(f.label) + (f.part == null ? "" : " " + f.part));
    }

    /** A field's value (not {@link FormReportDTO#value}: it fails on a value not filled in, which is null). */
    private static String valueOf(FormReportDTO r, String key) {
        if (r == null || r.values == null) {
            return null;
        }
        return r.values.stream().filter(v -> v != null && key.equals(v.key)).map(v -> v.value).filter(Objects::nonNull)
                .findFirst().orElse(null);
    }

    private void confirmSubmit() {
        if (report == null) {
            Feedback.error("请先选择要填报的表");
            return;
        }
        Dialog confirm = new Dialog();
        confirm.setId("dispatch-confirm-dialog");
        confirm.setHeaderTitle("提交调度表");
        String tableName = report.tableName != null ? report.tableName : report.table;
        confirm.add(new Span("提交“" + names.name(report.unit) + " · " + Labels.nz(tableName) + " · "
                + Labels.nz(report.periodLabel) + "”后，表中数据将冻结；如发现有误可“更正”（须说明原因，原数据留存）。确认提交？"));
        Button ok = new Button("确认提交", e -> {
            confirm.close();
            doSubmit();
        });
        ok.setId("dispatch-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("取消", e -> confirm.close());
        cancel.setId("dispatch-cancel");
        confirm.getFooter().add(cancel, ok);
        confirm.open();
    }

    /** Sends the typed values; the service checks them by type and recomputes the figures. */
    private void doSubmit() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        FormReportDTO in = typedRequest(fields);
        Feedback.call(() -> submit(in), fields).ifPresent(saved -> {
            String name = saved.unitName != null ? saved.unitName : names.name(saved.unit);
            Feedback.info("已提交：" + name + " · " + Labels.nz(saved.tableName != null ? saved.tableName : saved.table)
                    + " · " + Labels.nz(saved.periodLabel) + (saved.late ? "（逾期提交）" : ""));
            show(saved);
            loadReports();
        });
    }

    /**
     * Submits; a refusal names every value that is wrong in its message (a long form's summary alone, e.g. “报表有 2 项填写
     * 有误”, does not say where), and the first wrong value is scrolled into view.
     */
    private FormReportDTO submit(FormReportDTO in) {
        try {
            return services.get(FormService.class).submit(actor, in);
        } catch (LuoshiException e) {
            if (e.fieldErrors().isEmpty()) {
                throw e;
            }
            inputs.entrySet().stream().filter(x -> e.fieldErrors().containsKey(x.getKey())).findFirst()
                    .ifPresent(x -> x.getValue().scrollIntoView());
            String message = Labels.nz(e.getMessage());
            List<String> details = e.fieldErrors().values().stream().filter(m -> !message.contains(m)).toList();
            if (details.isEmpty()) {
                throw e;
            }
            throw new LuoshiException(e.kind(), (message.isBlank() ? "填写有误" : message) + "：" + String.join("；", details),
                    e.fieldErrors());
        }
    }

    /** The corrections of a submitted table, one line each: when, who, why, and each value before → after. */
    static String correctionsText(FormReportDTO r) {
        if (r == null || r.corrections == null || r.corrections.isEmpty()) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        lines.add("已更正 " + r.corrections.size() + " 次（原数据留存）：");
        for (FormCorrectionDTO c : r.corrections) {
            List<String> changes = c.changes.stream().map(x -> Labels.nz(x.label) + " " + (x.before == null ? "空" : x.before)
                    + " → " + (x.after == null ? "空" : x.after)).toList();
            lines.add(Dates.minutes(c.correctedAt) + " " + People.name(c.correctedBy) + "：" + Labels.nz(c.reason) + "（"
                    + String.join("；", changes) + "）");
        }
        return String.join("\n", lines);
    }

    /** The request of the table shown with the values as they stand in its inputs. */
    private FormReportDTO typedRequest(Map<String, HasValidation> fields) {
        FormReportDTO current = report;
        FormReportDTO in = new FormReportDTO();
        in.jurisdiction = current.jurisdiction != null ? current.jurisdiction
                : jurisdiction.getValue() == null ? null : jurisdiction.getValue().id;
        in.cycleId = current.cycleId != null ? current.cycleId : cycle.getValue() == null ? null : cycle.getValue().id;
        in.periodIndex = current.periodIndex;
        in.unit = current.unit;
        in.table = current.table;
        for (Map.Entry<String, Component> e : inputs.entrySet()) {
            String key = e.getKey();
            in.values.add(new FormValueDTO(key, typed(e.getValue())));
            if (e.getValue() instanceof HasValidation v) {
                v.setInvalid(false);
                // the service may name a value by its key or as a member of values
                fields.put(key, v);
                fields.put("values." + key, v);
                fields.put("values[" + key + "]", v);
            }
        }
        return in;
    }

    /** 暂存: keeps what is typed, as typed, for later (nothing is checked or submitted). */
    private void doSaveDraft() {
        if (report == null) {
            return;
        }
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        FormReportDTO in = typedRequest(fields);
        Feedback.call(() -> services.get(FormService.class).saveDraft(actor, in), fields).ifPresent(saved -> {
            Feedback.info("已暂存，本单位人员稍后可继续填写");
            show(saved);
        });
    }

    /** 更正: the typed values of the submitted table become editable, with the reason to give. */
    private void startCorrection() {
        if (report == null || report.id == null) {
            return;
        }
        correcting = true;
        show(report);
        correctReason.focus();
    }

    private void doCorrect() {
        if (report == null || report.id == null) {
            return;
        }
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        FormReportDTO in = typedRequest(fields);
        fields.put("reason", correctReason);
        correctReason.setInvalid(false);
        long id = report.id;
        Feedback.call(() -> services.get(FormService.class).correct(actor, id, in, correctReason.getValue()), fields)
                .ifPresent(saved -> {
                    correcting = false;
                    Feedback.info("已更正，原数据已留存");
                    show(saved);
                    loadReports();
                });
    }

    /** Leaving with typed values not kept: ask first (暂存 keeps them; 离开 throws them away). */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!dirty || report == null) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        Dialog ask = new Dialog();
        ask.setId("dispatch-leave-dialog");
        ask.setHeaderTitle("离开调度表");
        ask.add(new Span(correcting ? "更正尚未提交，离开将放弃本次修改。" : "表中有未暂存或未提交的内容，离开将丢失。"));
        Button keep = new Button("暂存后离开", e -> {
            ask.close();
            Map<String, HasValidation> fields = new LinkedHashMap<>();
            FormReportDTO in = typedRequest(fields);
            Feedback.call(() -> services.get(FormService.class).saveDraft(actor, in), fields).ifPresent(saved -> {
                dirty = false;
                action.proceed();
            });
        });
        keep.setId("dispatch-leave-save");
        keep.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        keep.setVisible(!correcting && !"SUBMITTED".equals(report.status));
        Button leave = new Button("放弃并离开", e -> {
            ask.close();
            dirty = false;
            correcting = false;
            action.proceed();
        });
        leave.setId("dispatch-leave-discard");
        leave.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button stay = new Button("留在此页", e -> ask.close());
        stay.setId("dispatch-leave-stay");
        ask.getFooter().add(stay, leave, keep);
        ask.open();
    }

    private static String typed(Component c) {
        Object v = c instanceof com.vaadin.flow.component.HasValue<?, ?> h ? h.getValue() : null;
        return v == null ? null : Labels.blankToNull(v.toString());
    }
}

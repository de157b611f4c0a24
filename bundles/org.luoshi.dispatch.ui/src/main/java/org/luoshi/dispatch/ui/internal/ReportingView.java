package org.luoshi.dispatch.ui.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.luoshi.api.Actor;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.cycle.CycleDTO;
import org.luoshi.api.cycle.MilestoneDTO;
import org.luoshi.api.cycle.PeriodDTO;
import org.luoshi.api.dispatch.PeriodStatusDTO;
import org.luoshi.api.dispatch.ReportingService;
import org.luoshi.api.dispatch.SubmissionDTO;
import org.luoshi.api.jurisdiction.JurisdictionDTO;
import org.luoshi.api.jurisdiction.UnitDTO;
import org.luoshi.ui.kit.Choices;
import org.luoshi.ui.kit.Dates;
import org.luoshi.ui.kit.DrillDown;
import org.luoshi.ui.kit.ExportButton;
import org.luoshi.ui.kit.Feedback;
import org.luoshi.ui.kit.Forms;
import org.luoshi.ui.kit.Labels;
import org.luoshi.ui.kit.People;
import org.luoshi.ui.kit.SecuredView;
import org.luoshi.ui.kit.Services;
import org.luoshi.ui.kit.UnitNames;
import org.luoshi.ui.kit.Units;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;

/**
 * 报送管理 (工作调度): the periods of a jurisdiction's reporting cycle in the current year with their due times, the
 * reporting of a unit for a period (报送), and for the collecting office and the levels above it the status of the
 * selected period: who has reported (with late reports marked) and who has not (未报送单位), exportable as a workbook.
 * <p>
 * The user's reporter units are the cycle's reporters the user sees (its own units and those below them): the service
 * lets the user report for exactly those. Their status per period (本单位状态) is read from the period status, which the
 * service gives only to those who see the receiver; for other users the column stays empty.
 */
@PageTitle("报送管理 · 落实")
public class ReportingView extends SecuredView {
    public static final String ROUTE = "reporting";
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ReportingView.class);

    private final ComboBox<JurisdictionDTO> jurisdiction = new ComboBox<>("辖区");
    private final ComboBox<CycleDTO> cycle = new ComboBox<>("报送事项");
    private final Grid<PeriodDTO> periods = new Grid<>();
    private final Grid.Column<PeriodDTO> ownStatus;
    private final Button submit = new Button("报送");
    /** 不定期书面调度: an office's own cycle, set up here and ended here. */
    private final Button adhocAdd = new Button("新增不定期调度");
    private final Button adhocRetire = new Button("结束");
    private final VerticalLayout statusSection = new VerticalLayout();
    private final H4 statusTitle = new H4();
    private final Span counts = new Span();
    private final Grid<UnitDTO> missing = new Grid<>();
    private final Grid<SubmissionDTO> submitted = new Grid<>();
    private final ExportButton export;
    private final UnitNames names = new UnitNames();

    private Actor actor;
    private Services services;
    private boolean loading;
    /** The cycle's reporters the user may report for. */
    private List<String> ownUnits = List.of();
    /** Period index to its status, for the periods whose status the user may read (the receiving office). */
    private final Map<Integer, PeriodStatusDTO> statuses = new HashMap<>();
    /** The user's own units' reports on the cycle, by period index (what a reporting county sees of itself). */
    private final Map<Integer, List<SubmissionDTO>> mine = new HashMap<>();
    /** 年度: the periods of one year at a time, from the cycle's first year to this one. */
    private final com.vaadin.flow.component.select.Select<Integer> year = new com.vaadin.flow.component.select.Select<>();
    private PeriodStatusDTO status;

    public ReportingView() {
        setSizeFull();
        H2 title = new H2("报送管理");
        jurisdiction.setId("reporting-jurisdiction");
        jurisdiction.setItemLabelGenerator(j -> Labels.nz(j.name));
        jurisdiction.setWidth("14em");
        jurisdiction.addValueChangeListener(e -> {
            if (!loading) {
                loadCycles(null);
            }
        });
        cycle.setId("reporting-cycle");
        cycle.setItemLabelGenerator(c -> Labels.nz(c.name) + (c.adhoc ? "（自设）" : ""));
        cycle.setWidth("22em");
        cycle.addValueChangeListener(e -> {
            if (!loading) {
                loadPeriods(null);
            }
        });
        submit.setId("submit-report");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> openSubmitDialog());
        year.setId("reporting-year");
        year.setLabel("年度");
        year.setItemLabelGenerator(y -> y + " 年");
        year.setWidth("8em");
        year.addValueChangeListener(e -> {
            if (!loading) {
                loadPeriods(null);
            }
        });
        adhocAdd.setId("adhoc-cycle-add");
        adhocAdd.addClickListener(e -> openAdhocDialog());
        adhocRetire.setId("adhoc-cycle-retire");
        adhocRetire.addThemeVariants(ButtonVariant.LUMO_ERROR);
        adhocRetire.addClickListener(e -> confirmRetire());
        adhocRetire.setVisible(false);
        HorizontalLayout head = new HorizontalLayout(title, jurisdiction, cycle, adhocRetire, year, submit, adhocAdd);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);

        periods.setId("period-grid");
        periods.addColumn(p -> Labels.nz(p.label)).setHeader("期次").setWidth("10em").setFlexGrow(1);
        periods.addColumn(p -> Labels.nz(p.periodStart) + " 至 " + Labels.nz(p.periodEnd)).setHeader("统计区间")
                .setWidth("14em").setFlexGrow(1);
        periods.addColumn(p -> Dates.due(p)).setHeader("截止时间").setWidth("12em").setFlexGrow(1);
        ownStatus = periods.addColumn(this::ownStatus).setHeader("报送状态").setWidth("16em").setFlexGrow(2);
        periods.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        periods.setAllRowsVisible(true);
        periods.asSingleSelect().addValueChangeListener(e -> {
            if (!loading) {
                loadStatus();
            }
        });

        counts.setId("period-status-counts");
        missing.setId("missing-grid");
        missing.addColumn(u -> Labels.nz(u.name)).setHeader("单位名称");
        missing.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        missing.setAllRowsVisible(true);
        submitted.setId("submitted-grid");
        submitted.addColumn(s -> names.name(s.unit)).setHeader("单位").setFlexGrow(2);
        submitted.addColumn(s -> Dates.minutes(s.submittedAt)).setHeader("报送时间").setFlexGrow(1);
        submitted.addColumn(s -> People.name(s.submittedBy)).setHeader("报送人").setFlexGrow(1);
        submitted.addColumn(s -> Labels.yesNo(s.late)).setHeader("逾期").setFlexGrow(0).setWidth("5em");
        submitted.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        submitted.setAllRowsVisible(true);
        export = new ExportButton("export-report-status", "报送情况", () -> names.name(receiver()), (service, header) -> {
            if (status == null) {
                throw LuoshiException.invalid("请先选择期次");
            }
            return service.reportStatus(header, status);
        });
        HorizontalLayout statusHead = new HorizontalLayout(statusTitle, counts, export);
        statusHead.setAlignItems(FlexComponent.Alignment.BASELINE);
        H4 missingTitle = new H4("未报送单位");
        H4 submittedTitle = new H4("已报送单位");
        statusSection.setId("period-status");
        statusSection.setPadding(false);
        statusSection.add(statusHead, missingTitle, missing, submittedTitle, submitted);
        statusSection.setVisible(false);

        add(head, periods, statusSection);
    }

    @Override
    protected void entered(Actor actor, Services services) {
        this.actor = actor;
        this.services = services;
        names.reset(services);
        export.update(services, actor);
        // a to-do of the workbench links here with the period it is about
        QueryParameters params = queryParameters();
        String linked = DrillDown.value(params, DrillDown.JURISDICTION);
        String wanted = linked != null ? linked : jurisdiction.getValue() == null ? null : jurisdiction.getValue().id;
        String linkedCycle = DrillDown.value(params, DispatchView.CYCLE);
        String wantedCycle = linkedCycle != null ? linkedCycle : cycle.getValue() == null ? null : cycle.getValue().id;
        Integer wantedPeriod = null;
        String linkedPeriod = DrillDown.value(params, DispatchView.PERIOD);
        if (linkedPeriod != null) {
            try {
                wantedPeriod = Integer.valueOf(linkedPeriod);
            } catch (NumberFormatException e) {
                DrillDown.invalid("期次 " + linkedPeriod);
            }
        }
        List<JurisdictionDTO> all = Feedback.call(services.jurisdictions()::jurisdictions).orElse(List.of());
        loading = true;
        try {
            jurisdiction.setItems(all);
            jurisdiction.setValue(Choices.jurisdiction(all, actor, wanted));
        } finally {
            loading = false;
        }
        loadCycles(wantedCycle, wantedPeriod);
    }

    private void loadCycles(String wanted) {
        loadCycles(wanted, null);
    }

    private void loadCycles(String wanted, Integer wantedPeriod) {
        JurisdictionDTO j = jurisdiction.getValue();
        List<CycleDTO> cycles = j == null || services == null ? List.of()
                : Feedback.call(() -> services.get(ReportingService.class).cycles(actor, j.id)).orElse(List.of());
        loading = true;
        try {
            cycle.setItems(cycles);
            cycle.setValue(cycles.stream().filter(c -> Objects.equals(c.id, wanted)).findFirst()
                    .orElse(cycles.isEmpty() ? null : cycles.get(0)));
        } finally {
            loading = false;
        }
        loadPeriods(wantedPeriod);
    }

    /** Reads this year's periods of the cycle and selects the wanted one, or the one being worked on. */
    private void loadPeriods(Integer wantedIndex) {
        CycleDTO c = cycle.getValue();
        JurisdictionDTO j = jurisdiction.getValue();
        adhocAdd.setEnabled(j != null);
        adhocRetire.setVisible(c != null && c.adhoc && c.retiredOn == null);
        statuses.clear();
        mine.clear();
        List<PeriodDTO> items = List.of();
        ownUnits = List.of();
        if (c != null && j != null) {
            int shown = years(c);
            items = Feedback.call(() -> services.get(ReportingService.class).periods(actor, j.id, c.id,
                    java.time.LocalDate.of(shown, 1, 1), java.time.LocalDate.of(shown, 12, 31))).orElse(List.of());
            ownUnits = c.reporters == null ? List.of() : c.reporters.stream().filter(actor::canSee).toList();
            if (!ownUnits.isEmpty()) {
                // the user's own reports: a county sees its own state even though it may not read the whole period's
                Feedback.call(() -> services.get(ReportingService.class).submissions(actor, j.id, c.id))
                        .orElse(List.of()).forEach(x -> mine.computeIfAbsent(x.periodIndex, k -> new ArrayList<>()).add(x));
            }
            if (!ownUnits.isEmpty() && actor.canSee(c.receiver)) {
                for (PeriodDTO p : items) {
                    PeriodStatusDTO s = quietStatus(j.id, c.id, p.index);
                    if (s != null) {
                        statuses.put(p.index, s);
                    }
                }
            }
        }
        ownStatus.setVisible(!ownUnits.isEmpty());
        submit.setVisible(!ownUnits.isEmpty());
        submit.setText(c != null && c.form != null ? "填报调度表" : "报送");
        PeriodDTO selected = null;
        OffsetDateTime now = OffsetDateTime.now(Labels.ZONE);
        for (PeriodDTO p : items) {
            if (wantedIndex != null ? p.index == wantedIndex : !Dates.instant(p.due).isBefore(now)) {
                selected = p;
                break;
            }
        }
        if (selected == null && wantedIndex == null && !items.isEmpty()) {
            selected = items.get(items.size() - 1);
        }
        loading = true;
        try {
            periods.setItems(items);
            periods.asSingleSelect().setValue(selected);
        } finally {
            loading = false;
        }
        loadStatus();
    }

    /** The status of a period without telling the user about a refusal (for the 本单位状态 column). */
    private PeriodStatusDTO quietStatus(String j, String c, int index) {
        try {
            return services.get(ReportingService.class).status(actor, j, c, index);
        } catch (LuoshiException e) {
            return null;
        } catch (RuntimeException e) {
            LOG.warn("Reading the status of period {} of {} failed", index, c, e);
            return null;
        }
    }

    private void loadStatus() {
        PeriodDTO p = periods.asSingleSelect().getValue();
        CycleDTO c = cycle.getValue();
        JurisdictionDTO j = jurisdiction.getValue();
        submit.setEnabled(p != null);
        status = null;
        if (p == null || c == null || j == null || !actor.canSee(c.receiver)) {
            statusSection.setVisible(false);
            return;
        }
        status = Feedback.call(() -> services.get(ReportingService.class).status(actor, j.id, c.id, p.index)).orElse(null);
        if (status == null) {
            statusSection.setVisible(false);
            return;
        }
        statuses.put(p.index, status);
        statusSection.setVisible(true);
        statusTitle.setText(Labels.nz(p.label) + " 报送情况" + (status.overdue ? "（已过截止时间）" : ""));
        counts.setText("已报送 " + status.submitted.size() + " / 未报送 " + status.missing.size());
        missing.setItems(status.missing);
        submitted.setItems(status.submitted);
        export.update(services, actor);
    }

    private String receiver() {
        return cycle.getValue() == null ? null : cycle.getValue().receiver;
    }

    /**
     * For the receiving office (and above): 已报 / 应报 and how many late or missing, the missing units one click away
     * (select the period); for a reporting unit: its own state, from its own reports.
     */
    private String ownStatus(PeriodDTO p) {
        PeriodStatusDTO s = statuses.get(p.index);
        if (s != null) {
            long late = s.submitted.stream().filter(x -> x.late).count();
            int due = s.submitted.size() + s.missing.size();
            return "已报 " + s.submitted.size() + " / 应报 " + due + (late > 0 ? "，逾期 " + late : "")
                    + (s.missing.isEmpty() ? "" : (s.overdue ? "，未报 " : "，待报 ") + s.missing.size());
        }
        List<SubmissionDTO> own = mine.getOrDefault(p.index, List.of());
        boolean past = !Dates.instant(p.due).isAfter(OffsetDateTime.now(Labels.ZONE));
        List<String> parts = new ArrayList<>();
        for (String unit : ownUnits) {
            SubmissionDTO in = own.stream().filter(x -> unit.equals(x.unit)).findFirst().orElse(null);
            String state = in == null ? (past ? "未报送（已逾期）" : "未报送") : in.late ? "逾期报送" : "已报送";
            parts.add(ownUnits.size() == 1 ? state : names.name(unit) + " " + state);
        }
        return String.join("；", parts);
    }

    /** Fills 年度 with the cycle's years (its start, or last year, to this year) and answers the one to show. */
    private int years(CycleDTO c) {
        int now = Labels.today().getYear();
        java.time.LocalDate start = Labels.date(c.start);
        int first = start == null ? now - 1 : Math.min(now, start.getYear());
        List<Integer> all = new ArrayList<>();
        for (int y = now; y >= first; y--) {
            all.add(y);
        }
        Integer wanted = year.getValue();
        int shown = wanted != null && all.contains(wanted) ? wanted : now;
        boolean was = loading;
        loading = true;
        try {
            year.setItems(all);
            year.setValue(shown);
        } finally {
            loading = was;
        }
        return shown;
    }

    private void openSubmitDialog() {
        PeriodDTO p = periods.asSingleSelect().getValue();
        CycleDTO c = cycle.getValue();
        JurisdictionDTO j = jurisdiction.getValue();
        if (p == null || c == null || j == null) {
            Feedback.error("请先选择期次");
            return;
        }
        if (c.form != null) {
            // a cycle with a report form is reported by filling its tables (调度表)
            getUI().ifPresent(ui -> ui.navigate(DispatchView.ROUTE, QueryParameters.simple(Map.of(
                    DrillDown.JURISDICTION, j.id, DispatchView.CYCLE, c.id, DispatchView.PERIOD, String.valueOf(p.index)))));
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("报送：" + Labels.nz(c.name) + " · " + Labels.nz(p.label));
        ComboBox<String> unit = new ComboBox<>("报送单位");
        unit.setId("report-unit");
        unit.setItems(ownUnits);
        unit.setItemLabelGenerator(names::name);
        unit.setRequired(true);
        unit.setWidthFull();
        if (ownUnits.size() == 1) {
            unit.setValue(ownUnits.get(0));
        }
        TextArea note = new TextArea("报送内容");
        note.setId("report-note");
        note.setRequired(true);
        note.setMaxLength(4000);
        note.setWidthFull();
        note.setMinHeight("8em");
        Span due = new Span("截止时间：" + Dates.due(p));
        due.getStyle().set("color", "var(--lumo-secondary-text-color)");
        VerticalLayout body = new VerticalLayout(due, unit, note);
        body.setPadding(false);
        body.setWidth("32em");
        dialog.add(body);
        Button confirm = new Button("报送", e -> {
            unit.setInvalid(false);
            note.setInvalid(false);
            String u = unit.getValue();
            String text = note.getValue();
            Feedback.call(() -> services.get(ReportingService.class).submit(actor, j.id, c.id, p.index, u, text),
                    Forms.fields("unit", unit, "note", note)).ifPresent(s -> {
                        Feedback.info(names.name(s.unit) + " 已报送 “" + Labels.nz(s.periodLabel) + "”"
                                + (s.late ? "（逾期报送）" : ""));
                        dialog.close();
                        loadPeriods(p.index);
                    });
        });
        confirm.setId("report-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("取消", e -> dialog.close());
        cancel.setId("report-cancel");
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    /** Chinese ordinals for the default names of the dates of an office's own cycle: 第一次调度, 第二次调度, … */
    private static final String[] ORDINALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private static String dateName(int n) {
        return "第" + (n <= ORDINALS.length ? ORDINALS[n - 1] : String.valueOf(n)) + "次调度";
    }

    /**
     * 新增不定期调度: an office sets up a reporting cycle of its own (不定期书面调度) with one-off dates; the collecting unit
     * is its own unit or one below, the reporting units lie below its own. The service checks it all.
     */
    private void openAdhocDialog() {
        JurisdictionDTO j = jurisdiction.getValue();
        if (j == null) {
            Feedback.error("请先选择辖区");
            return;
        }
        List<UnitDTO> units = Units.visibleUnits(services, actor, j.id);
        Dialog dialog = new Dialog();
        dialog.setId("adhoc-cycle-dialog");
        dialog.setHeaderTitle("新增不定期调度 · " + Labels.nz(j.name));
        TextField name = new TextField("名称");
        name.setId("adhoc-name");
        name.setRequired(true);
        name.setMaxLength(200);
        name.setPlaceholder("如：汛期安全生产专项调度");
        name.setWidthFull();
        ComboBox<UnitDTO> receiver = new ComboBox<>("收集单位");
        receiver.setId("adhoc-receiver");
        receiver.setItems(units);
        receiver.setItemLabelGenerator(u -> Labels.nz(u.name));
        receiver.setRequired(true);
        receiver.setWidthFull();
        // the user's own unit; for a user above the jurisdiction (the province) the jurisdiction's office
        units.stream().filter(u -> actor.units().contains(u.id)).findFirst()
                .or(() -> units.stream().filter(u -> Objects.equals(u.id, j.unit)).findFirst())
                .or(() -> units.stream().findFirst()).ifPresent(receiver::setValue);
        MultiSelectComboBox<UnitDTO> reporters = new MultiSelectComboBox<>("报送单位");
        reporters.setId("adhoc-reporters");
        reporters.setItems(units.stream().filter(u -> !actor.units().contains(u.id)).toList());
        reporters.setItemLabelGenerator(u -> Labels.nz(u.name));
        reporters.setRequired(true);
        reporters.setWidthFull();

        List<MilestoneDTO> dates = new ArrayList<>();
        Grid<MilestoneDTO> dateGrid = new Grid<>();
        dateGrid.setId("adhoc-dates");
        dateGrid.addColumn(m -> Labels.nz(m.name)).setHeader("名称").setFlexGrow(2);
        dateGrid.addColumn(m -> Labels.nz(m.date)).setHeader("报送日期").setFlexGrow(1);
        dateGrid.addComponentColumn(m -> {
            Button remove = new Button("删除", e -> {
                dates.remove(m);
                dateGrid.setItems(dates);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            return remove;
        }).setFlexGrow(0).setWidth("6em");
        dateGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        dateGrid.setAllRowsVisible(true);
        dateGrid.setItems(dates);
        DatePicker date = Labels.datePicker("报送日期", "adhoc-date");
        date.setMin(Labels.today());
        TextField dateName = new TextField("名称");
        dateName.setId("adhoc-date-name");
        dateName.setValue(dateName(1));
        dateName.setMaxLength(100);
        Button dateAdd = new Button("添加日期", e -> {
            date.setInvalid(false);
            if (date.getValue() == null) {
                date.setErrorMessage("请选择报送日期");
                date.setInvalid(true);
                return;
            }
            String label = dateName.getValue() == null || dateName.getValue().isBlank() ? dateName(dates.size() + 1)
                    : dateName.getValue().strip();
            dates.add(new MilestoneDTO(label, Labels.iso(date.getValue())));
            dates.sort(java.util.Comparator.comparing(m -> m.date));
            dateGrid.setItems(dates);
            date.clear();
            dateName.setValue(dateName(dates.size() + 1));
        });
        dateAdd.setId("adhoc-date-add");
        HorizontalLayout dateRow = new HorizontalLayout(date, dateName, dateAdd);
        dateRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        Span hint = new Span("报送日期至少一个；每个日期为一期，自上一期的次日起算。");
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)");

        VerticalLayout body = new VerticalLayout(name, receiver, reporters, dateRow, hint, dateGrid);
        body.setPadding(false);
        body.setWidth("36em");
        dialog.add(body);
        Button save = new Button("保存", e -> {
            CycleDTO in = new CycleDTO();
            in.name = Labels.blankToNull(name.getValue() == null ? null : name.getValue().strip());
            in.receiver = receiver.getValue() == null ? null : receiver.getValue().id;
            in.reporters = new ArrayList<>(reporters.getValue().stream().map(u -> u.id).sorted().toList());
            in.milestones = new ArrayList<>(dates);
            java.time.LocalDate first = dates.stream().map(m -> Labels.date(m.date)).filter(Objects::nonNull)
                    .min(java.util.Comparator.naturalOrder()).orElse(null);
            java.time.LocalDate today = Labels.today();
            in.start = Labels.iso(first != null && first.isBefore(today) ? first : today);
            Feedback.call(() -> services.get(ReportingService.class).addCycle(actor, j.id, in),
                    Forms.fields("name", name, "receiver", receiver, "reporters", reporters, "milestones", date,
                            "start", date)).ifPresent(c -> {
                                dialog.close();
                                Feedback.info("已新增不定期调度：" + Labels.nz(c.name));
                                loadCycles(c.id);
                            });
        });
        save.setId("adhoc-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("取消", e -> dialog.close());
        cancel.setId("adhoc-cancel");
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    /** 结束: ends an office's own cycle from today after a confirmation; what was reported stays. */
    private void confirmRetire() {
        CycleDTO c = cycle.getValue();
        JurisdictionDTO j = jurisdiction.getValue();
        if (c == null || j == null || !c.adhoc) {
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setId("adhoc-retire-dialog");
        dialog.setHeaderTitle("结束不定期调度");
        dialog.setWidth("min(32em, 95vw)");
        dialog.add(new Paragraph("结束 “" + Labels.nz(c.name) + "” 后不再要求报送以后的期次，已报送的内容保留。确定结束吗？"));
        Button ok = new Button("结束", e -> {
            dialog.close();
            Feedback.call(() -> services.get(ReportingService.class).retireCycle(actor, j.id, c.id)).ifPresent(r -> {
                Feedback.info("已结束不定期调度：" + Labels.nz(r.name));
                loadCycles(null);
            });
        });
        ok.setId("adhoc-retire-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button("取消", e -> dialog.close());
        cancel.setId("adhoc-retire-cancel");
        dialog.getFooter().add(cancel, ok);
        dialog.open();
    }
}

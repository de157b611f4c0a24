package org.luoshi.inspections.ui.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.luoshi.api.Actor;
import org.luoshi.api.hazard.HazardDTO;
import org.luoshi.api.inspection.FindingDTO;
import org.luoshi.api.inspection.InspectionDTO;
import org.luoshi.api.inspection.InspectionService;
import org.luoshi.api.jurisdiction.JurisdictionDTO;
import org.luoshi.api.jurisdiction.UnitDTO;
import org.luoshi.ui.kit.Choices;
import org.luoshi.ui.kit.Feedback;
import org.luoshi.ui.kit.Forms;
import org.luoshi.ui.kit.Labels;
import org.luoshi.ui.kit.LineagePanel;
import org.luoshi.ui.kit.Services;
import org.luoshi.ui.kit.StepBar;
import org.luoshi.ui.kit.UnitNames;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;

/**
 * One inspection of mechanism 5. New: the organising unit records a 考核巡查 or a 督导检查 (with what triggered it), its
 * group (lead and members as role titles, never personal names), the inspected unit, the dates, the methods of seed 000
 * 五（三） and any findings. Recorded: the organiser's group adds findings, turns a finding into a hazard-list entry in one
 * step (source 督导巡查; the hazard's id is shown), closes a finding with a note, feeds back to the inspected unit and
 * closes the inspection (refused, with the reason shown, while a finding is open); the inspected unit reports its
 * rectification with its 举一反三 checks. Every action reloads the inspection from the service.
 */
final class InspectionDialog extends Dialog {
    private static final long serialVersionUID = 1L;

    private final Services services;
    private final Actor actor;
    private final Runnable onChanged;
    private final UnitNames names = new UnitNames();
    private InspectionDTO inspection;

    static void open(Services services, Actor actor, long id, Runnable onChanged) {
        if (services == null || actor == null) {
            return;
        }
        Feedback.call(() -> services.get(InspectionService.class).get(actor, id))
                .ifPresent(i -> new InspectionDialog(services, actor, onChanged).show(i).open());
    }

    static void openNew(Services services, Actor actor, JurisdictionDTO jurisdiction, Consumer<InspectionDTO> onCreated) {
        if (services == null || actor == null) {
            return;
        }
        if (jurisdiction == null) {
            Feedback.error("请先选择辖区");
            return;
        }
        InspectionDialog d = new InspectionDialog(services, actor, () -> { });
        d.newForm(jurisdiction, onCreated);
        d.open();
    }

    private InspectionDialog(Services services, Actor actor, Runnable onChanged) {
        this.services = services;
        this.actor = actor;
        this.onChanged = onChanged;
        names.reset(services);
        setWidth("min(68em, 96vw)");
        setCloseOnOutsideClick(false);
        Forms.askBeforeClosing(this);
        setDraggable(true);
        setResizable(true);
        Button close = new Button("关闭", e -> close());
        close.setId("close-inspection-dialog");
        getFooter().add(close);
    }

    // ---- a new inspection ------------------------------------------------------------------------------------

    private void newForm(JurisdictionDTO jurisdiction, Consumer<InspectionDTO> onCreated) {
        setId("inspection-form");
        setHeaderTitle("登记巡查检查 · " + Labels.nz(jurisdiction.name));
        List<UnitDTO> own = Choices.ownUnits(services, actor, jurisdiction.id);
        List<UnitDTO> units = Choices.allUnits(services, jurisdiction.id);

        ComboBox<UnitDTO> organizer = new ComboBox<>("组织单位");
        organizer.setId("inspection-organizer");
        organizer.setItems(own);
        organizer.setItemLabelGenerator(u -> Labels.nz(u.name));
        organizer.setValue(Choices.defaultUnit(own, actor, jurisdiction));
        organizer.setRequired(true);
        ComboBox<String> kind = new ComboBox<>("类型");
        kind.setId("inspection-kind");
        kind.setItems(InspectionLabels.INSPECTION_KINDS.keySet());
        kind.setItemLabelGenerator(k -> Labels.label(InspectionLabels.INSPECTION_KINDS, k));
        kind.setRequired(true);
        ComboBox<String> trigger = new ComboBox<>("督导检查情形");
        trigger.setId("inspection-trigger");
        trigger.setItems(InspectionLabels.INSPECTION_TRIGGERS.keySet());
        trigger.setItemLabelGenerator(t -> Labels.label(InspectionLabels.INSPECTION_TRIGGERS, t));
        trigger.setEnabled(false);
        trigger.setHelperText("考核巡查按年度开展，不填情形");
        kind.addValueChangeListener(e -> {
            boolean supervision = "SUPERVISION".equals(e.getValue());
            trigger.setEnabled(supervision);
            trigger.setRequired(supervision);
            trigger.setHelperText(supervision ? "" : "考核巡查按年度开展，不填情形");
            if (!supervision) {
                trigger.clear();
            }
        });
        TextField title = new TextField("名称");
        title.setId("inspection-title");
        title.setRequired(true);
        title.setMaxLength(200);
        title.setPlaceholder("如：国庆节前安全生产督导检查");
        TextField lead = new TextField("组长");
        lead.setId("inspection-group-lead");
        lead.setRequired(true);
        lead.setMaxLength(200);
        lead.setPlaceholder("职务或单位，如：市安委办副主任");
        TextArea members = new TextArea("组员");
        members.setId("inspection-group-members");
        members.setHelperText("每行一个，写职务或单位，不写个人姓名");
        members.setMinHeight("4em");
        ComboBox<UnitDTO> inspected = new ComboBox<>("被巡查检查单位");
        inspected.setId("inspection-inspected-unit");
        inspected.setItems(units);
        inspected.setItemLabelGenerator(u -> Labels.nz(u.name));
        inspected.setRequired(true);
        DatePicker start = Labels.datePicker("开始日期", "inspection-start");
        start.setValue(Labels.today());
        start.setMax(Labels.today());
        start.setRequired(true);
        DatePicker end = Labels.datePicker("结束日期", "inspection-end");
        CheckboxGroup<String> methods = new CheckboxGroup<>("巡查检查方式");
        methods.setId("inspection-methods");
        methods.setItems(InspectionLabels.INSPECTION_METHODS.keySet());
        methods.setItemLabelGenerator(m -> Labels.label(InspectionLabels.INSPECTION_METHODS, m));
        methods.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        methods.setRequired(true);
        organizer.setManualValidation(true);
        kind.setManualValidation(true);
        trigger.setManualValidation(true);
        title.setManualValidation(true);
        lead.setManualValidation(true);
        members.setManualValidation(true);
        inspected.setManualValidation(true);
        start.setManualValidation(true);
        end.setManualValidation(true);
        methods.setManualValidation(true);

        FormLayout form = Forms.twoColumns();
        form.add(organizer, kind);
        form.add(title, trigger);
        form.add(lead, inspected);
        form.add(members, 2);
        form.add(start, end);
        form.add(methods, 2);

        // findings found already: kept here until the inspection is saved
        List<FindingDTO> found = new ArrayList<>();
        Grid<FindingDTO> grid = new Grid<>();
        grid.setId("inspection-new-findings");
        grid.addColumn(f -> Labels.nz(f.description)).setHeader("问题描述").setFlexGrow(4);
        grid.addColumn(f -> names.name(f.unit)).setHeader("所在单位").setFlexGrow(2);
        grid.addColumn(f -> f.major ? "重大事故隐患" : "").setHeader("重大").setWidth("8em").setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<Component, FindingDTO>(f -> {
            Button remove = new Button(new Icon(VaadinIcon.CLOSE_SMALL), e -> {
                found.remove(f);
                grid.setItems(found);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.setTooltipText("删除");
            remove.getElement().setAttribute("aria-label", "删除问题");
            remove.setId("remove-new-finding-" + (found.indexOf(f) + 1));
            return remove;
        })).setWidth("4em").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setItems(found);
        FindingEditor editor = new FindingEditor(units);
        inspected.addValueChangeListener(e -> editor.within(e.getValue()));
        Button add = new Button("添加问题", e -> {
            FindingDTO f = editor.value();
            if (f != null) {
                found.add(f);
                grid.setItems(found);
                editor.clear();
            }
        });
        add.setId("add-finding");

        Map<String, HasValidation> fields = Forms.fields("kind", kind, "trigger", trigger, "title", title, "organizer",
                organizer, "groupLead", lead, "groupMembers", members, "inspectedUnit", inspected, "startDate", start,
                "endDate", end, "methods", methods);
        Button save = new Button("登记", e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            InspectionDTO in = new InspectionDTO();
            in.jurisdiction = jurisdiction.id;
            in.kind = kind.getValue();
            in.trigger = trigger.getValue();
            in.title = Labels.blankToNull(title.getValue());
            in.organizer = organizer.getValue() == null ? null : organizer.getValue().id;
            in.groupLead = Labels.blankToNull(lead.getValue());
            in.groupMembers = lines(members.getValue());
            in.inspectedUnit = inspected.getValue() == null ? null : inspected.getValue().id;
            in.startDate = Labels.iso(start.getValue());
            in.endDate = Labels.iso(end.getValue());
            in.methods = InspectionLabels.INSPECTION_METHODS.keySet().stream().filter(methods.getValue()::contains).toList();
            in.findings = new ArrayList<>(found);
            Feedback.call(() -> services.get(InspectionService.class).create(actor, in), fields).ifPresent(created -> {
                Feedback.info("已登记巡查检查（编号 " + created.id + "）");
                onCreated.accept(created);
                // on to the record: findings, feedback, closing
                getFooter().removeAll();
                Button close = new Button("关闭", x -> close());
                close.setId("close-inspection-dialog");
                getFooter().add(close);
                show(created);
            });
        });
        save.setId("save-inspection");

        removeAll();
        add(Forms.section("巡查检查情况", form));
        add(Forms.section("发现的问题（可在登记后继续添加）", editor.form(), add));
        add(grid);
        HorizontalLayout bar = new HorizontalLayout(save);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        bar.getStyle().set("margin-top", "var(--lumo-space-m)");
        add(bar);
    }

    private static List<String> lines(String text) {
        if (text == null) {
            return new ArrayList<>();
        }
        return new ArrayList<>(Arrays.stream(text.split("[\\r\\n、；;]+")).map(String::strip).filter(s -> !s.isEmpty())
                .toList());
    }

    /** The fields of one finding: description, the unit it concerns (the inspected unit or one below), major. */
    private final class FindingEditor {
        final TextArea description = new TextArea("问题描述");
        final ComboBox<UnitDTO> unit = new ComboBox<>("问题所在单位");
        final Checkbox major = new Checkbox("重大事故隐患");
        private final List<UnitDTO> units;

        FindingEditor(List<UnitDTO> units) {
            this.units = units;
            description.setId("finding-description");
            description.setMaxLength(4000);
            description.setMinHeight("4em");
            description.setManualValidation(true);
            unit.setId("finding-unit");
            unit.setItemLabelGenerator(u -> Labels.nz(u.name));
            unit.setManualValidation(true);
            unit.setHelperText("被巡查检查单位或其下级单位");
            major.setId("finding-major");
        }

        /** Offers the inspected unit and the units below it, starting on the inspected unit. */
        void within(UnitDTO inspected) {
            if (inspected == null) {
                unit.setItems(List.of());
                return;
            }
            List<UnitDTO> below = units.stream()
                    .filter(u -> u.id.equals(inspected.id) || u.id.startsWith(inspected.id + ".")).toList();
            unit.setItems(below);
            unit.setValue(inspected);
        }

        Component form() {
            FormLayout form = Forms.twoColumns();
            form.add(description, 2);
            form.add(unit, major);
            return form;
        }

        /** The finding typed in; null (and the field marked) when its description is missing. */
        FindingDTO value() {
            description.setInvalid(false);
            unit.setInvalid(false);
            String text = Labels.blankToNull(description.getValue());
            if (text == null) {
                description.setErrorMessage("问题描述不能为空");
                description.setInvalid(true);
                Feedback.error("问题描述不能为空");
                return null;
            }
            if (unit.getValue() == null) {
                unit.setErrorMessage("请选择问题所在单位");
                unit.setInvalid(true);
                Feedback.error("请选择问题所在单位");
                return null;
            }
            FindingDTO f = new FindingDTO();
            f.description = text;
            f.unit = unit.getValue().id;
            f.major = major.getValue();
            return f;
        }

        void clear() {
            description.clear();
            major.setValue(false);
        }

        Map<String, HasValidation> fields(String prefix) {
            return Forms.fields(prefix + ".description", description, prefix + ".unit", unit);
        }
    }

    // ---- a recorded inspection -------------------------------------------------------------------------------

    private boolean organizerSide(InspectionDTO i) {
        return actor.canSee(i.organizer);
    }

    private boolean inspectedSide(InspectionDTO i) {
        return actor.canSee(i.inspectedUnit);
    }

    private InspectionDialog show(InspectionDTO i) {
        inspection = i;
        setId("inspection-detail");
        removeAll();
        setHeaderTitle(Labels.label(InspectionLabels.INSPECTION_KINDS, i.kind) + " · " + Labels.nz(i.title));
        add(steps(i), state(i), LineagePanel.of(services, actor, "inspection", i.id, this::close), details(i),
                findings(i));
        if ("DRAFT".equals(i.status) || "DISCARDED".equals(i.status)) {
            if ("DRAFT".equals(i.status) && organizerSide(i)) {
                add(confirming(i));
            }
            return this;
        }
        boolean closed = "CLOSED".equals(i.status);
        if (!closed && organizerSide(i)) {
            add(addFinding(i));
        }
        add(feedback(i), report(i));
        if (!closed && organizerSide(i)) {
            add(closing());
        }
        return this;
    }

    /** 巡查检查 → 反馈问题 → 报告整改 → 结束. */
    static StepBar steps(InspectionDTO i) {
        StepBar bar = new StepBar("inspection-steps", java.util.List.of("巡查检查", "反馈问题", "报告整改", "结束"));
        switch (i.status == null ? "" : i.status) {
            case "DISCARDED" -> bar.show(0, "不予开展");
            case "FED_BACK" -> bar.show(2, null);
            case "REPORTED" -> bar.show(3, null);
            case "CLOSED" -> bar.show(4, null);
            default -> bar.show(0, null); // under way
        }
        return bar;
    }

    private Component state(InspectionDTO i) {
        Span status = new Span(Labels.label(InspectionLabels.INSPECTION_STATUSES, i.status));
        status.setId("inspection-status");
        status.getStyle().set("font-weight", "600");
        Span number = new Span("编号 " + i.id);
        number.setId("inspection-id");
        number.getStyle().set("color", "var(--lumo-secondary-text-color)");
        long open = i.findings == null ? 0 : i.findings.stream().filter(f -> !f.closed).count();
        Span openFindings = new Span(open == 0 ? "" : "未销号问题 " + open + " 个");
        openFindings.setId("inspection-open-findings");
        openFindings.getStyle().set("color", "var(--lumo-error-text-color)");
        HorizontalLayout bar = new HorizontalLayout(status, number, openFindings);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    private Component details(InspectionDTO i) {
        FormLayout form = Forms.twoColumns();
        form.add(Forms.readOnly("类型", Labels.label(InspectionLabels.INSPECTION_KINDS, i.kind), "inspection-detail-kind"),
                Forms.readOnly("督导检查情形", Labels.label(InspectionLabels.INSPECTION_TRIGGERS, i.trigger), "inspection-detail-trigger"));
        form.add(Forms.readOnly("组织单位", names.name(i.organizer), "inspection-detail-organizer"),
                Forms.readOnly("被巡查检查单位", names.name(i.inspectedUnit), "inspection-detail-inspected"));
        form.add(Forms.readOnly("组长", i.groupLead, "inspection-detail-lead"),
                Forms.readOnly("时间", Labels.nz(i.startDate) + (i.endDate == null ? "" : " 至 " + i.endDate),
                        "inspection-detail-dates"));
        form.add(Forms.readOnly("组员", i.groupMembers == null ? "" : String.join("、", i.groupMembers),
                "inspection-detail-members"), 2);
        form.add(Forms.readOnlyArea("巡查检查方式", i.methods == null ? ""
                : String.join("\n", i.methods.stream().map(m -> Labels.label(InspectionLabels.INSPECTION_METHODS, m)).toList()),
                "inspection-detail-methods"), 2);
        return Forms.section("巡查检查情况", form);
    }

    private Component findings(InspectionDTO i) {
        Grid<FindingDTO> grid = new Grid<>();
        grid.setId("inspection-findings");
        grid.addColumn(f -> "#" + f.id).setHeader("编号").setWidth("5em").setFlexGrow(0);
        grid.addColumn(f -> Labels.nz(f.description)).setHeader("问题描述").setFlexGrow(4);
        grid.addColumn(f -> names.name(f.unit)).setHeader("所在单位").setFlexGrow(2);
        grid.addColumn(f -> f.major ? "是" : "否").setHeader("重大事故隐患").setWidth("7em").setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<Component, FindingDTO>(f -> {
            Span hazard = new Span(f.hazardId == null ? "" : "隐患 #" + f.hazardId);
            hazard.setId("finding-hazard-" + f.id);
            return hazard;
        })).setHeader("问题隐患清单").setWidth("8em").setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<Component, FindingDTO>(f -> {
            String text = !f.closed ? (f.hazardId == null ? "未销号" : "整改中（随隐患复查验收销号）")
                    : "已销号" + (f.closedOn == null ? "" : "（" + f.closedOn + "）")
                            + (f.closingNote == null ? "" : "：" + f.closingNote);
            Span state = new Span(text);
            state.setId("finding-state-" + f.id);
            return state;
        })).setHeader("销号情况").setFlexGrow(2);
        boolean actions = !"CLOSED".equals(i.status) && organizerSide(i);
        if (actions) {
            grid.addColumn(new ComponentRenderer<Component, FindingDTO>(f -> {
                HorizontalLayout bar = new HorizontalLayout();
                bar.setSpacing(false);
                if (!f.closed && f.hazardId == null) {
                    Button toHazard = new Button("列入隐患清单", e -> openToHazard(f));
                    toHazard.setId("finding-to-hazard-" + f.id);
                    toHazard.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                    Button close = new Button("销号", e -> openCloseFinding(f));
                    close.setId("finding-close-" + f.id);
                    close.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                    bar.add(toHazard, close);
                }
                return bar;
            })).setHeader("处理").setWidth("12em").setFlexGrow(0);
        }
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setItems(i.findings == null ? List.of() : i.findings);
        return Forms.section("发现的问题", grid);
    }

    private Component addFinding(InspectionDTO i) {
        List<UnitDTO> units = Choices.allUnits(services, i.jurisdiction);
        FindingEditor editor = new FindingEditor(units);
        editor.within(units.stream().filter(u -> Objects.equals(u.id, i.inspectedUnit)).findFirst()
                .orElseGet(() -> UnitNames.placeholder(i.inspectedUnit)));
        Button add = new Button("添加问题", e -> {
            FindingDTO f = editor.value();
            if (f != null) {
                act(editor.fields("finding"), () -> services.get(InspectionService.class).addFinding(actor, inspection.id, f), "已添加问题");
            }
        });
        add.setId("add-finding");
        return Forms.section("添加问题", editor.form(), add);
    }

    /** 列入问题隐患清单: the rectification fields of the hazard entry made from the finding. */
    private void openToHazard(FindingDTO f) {
        Dialog d = new Dialog();
        d.setId("finding-hazard-dialog");
        d.setHeaderTitle("列入问题隐患清单 · 问题 #" + f.id);
        d.setWidth("min(44em, 94vw)");
        d.setCloseOnOutsideClick(false);
        Forms.askBeforeClosing(d);
        TextArea measures = new TextArea("整改措施");
        measures.setId("hazard-measures");
        measures.setMaxLength(4000);
        measures.setMinHeight("4em");
        TextField unit = new TextField("整改单位");
        unit.setId("hazard-rectification-unit");
        unit.setMaxLength(200);
        TextField responsible = new TextField("整改责任人（职务）");
        responsible.setId("hazard-rectification-responsible");
        responsible.setMaxLength(100);
        responsible.setPlaceholder("如：矿长");
        DatePicker deadline = Labels.datePicker("整改时限", "hazard-deadline");
        deadline.setMin(Labels.today());
        deadline.setRequired(true);
        TextField inspector = new TextField("检查人（职务）");
        inspector.setId("hazard-inspector");
        inspector.setValue(Labels.nz(inspection.groupLead));
        inspector.setMaxLength(100);
        for (HasValidation h : List.<HasValidation>of(measures, unit, responsible, deadline, inspector)) {
            h.setManualValidation(true);
        }
        FormLayout form = Forms.twoColumns();
        form.add(Forms.readOnlyArea("问题隐患描述", f.description, "hazard-description"), 2);
        form.add(measures, 2);
        form.add(unit, responsible);
        form.add(deadline, inspector);
        Map<String, HasValidation> fields = Forms.fields("measures", measures, "rectificationUnit", unit,
                "rectificationResponsible", responsible, "deadline", deadline, "inspector", inspector);
        Button save = new Button("列入清单", e -> {
            fields.values().forEach(x -> x.setInvalid(false));
            HazardDTO h = new HazardDTO();
            h.measures = Labels.blankToNull(measures.getValue());
            h.rectificationUnit = Labels.blankToNull(unit.getValue());
            h.rectificationResponsible = Labels.blankToNull(responsible.getValue());
            h.deadline = Labels.iso(deadline.getValue());
            h.inspector = Labels.blankToNull(inspector.getValue());
            Feedback.call(() -> services.get(InspectionService.class).findingToHazard(actor, inspection.id, f.id, h), fields)
                    .ifPresent(updated -> {
                        Long hazardId = updated.findings.stream().filter(x -> Objects.equals(x.id, f.id))
                                .map(x -> x.hazardId).filter(Objects::nonNull).findFirst().orElse(null);
                        Feedback.info("已列入问题隐患清单" + (hazardId == null ? "" : "：隐患 #" + hazardId));
                        d.close();
                        show(updated);
                        onChanged.run();
                    });
        });
        save.setId("save-finding-hazard");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("取消", e -> d.close());
        cancel.setId("cancel-finding-hazard");
        d.add(form);
        d.getFooter().add(cancel, save);
        d.open();
    }

    /** 销号 without a hazard entry (e.g. rectified on the spot), with a note. */
    private void openCloseFinding(FindingDTO f) {
        Dialog d = new Dialog();
        d.setId("finding-close-dialog");
        d.setHeaderTitle("问题销号 · 问题 #" + f.id);
        d.setWidth("min(36em, 94vw)");
        d.setCloseOnOutsideClick(false);
        Forms.askBeforeClosing(d);
        TextArea note = new TextArea("销号说明");
        note.setId("finding-close-note");
        note.setMaxLength(2000);
        note.setWidthFull();
        note.setMinHeight("4em");
        note.setPlaceholder("如：已当场整改完毕");
        note.setManualValidation(true);
        Button save = new Button("销号", e -> {
            note.setInvalid(false);
            Feedback.call(() -> services.get(InspectionService.class).closeFinding(actor, inspection.id, f.id,
                    Labels.blankToNull(note.getValue())), Forms.fields("note", note)).ifPresent(updated -> {
                        Feedback.info("问题 #" + f.id + " 已销号");
                        d.close();
                        show(updated);
                        onChanged.run();
                    });
        });
        save.setId("save-finding-close");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("取消", e -> d.close());
        cancel.setId("cancel-finding-close");
        d.add(Forms.readOnlyArea("问题描述", f.description, "finding-close-description"), note);
        d.getFooter().add(cancel, save);
        d.open();
    }

    /** 反馈: shown once given; the form while OPEN, for the organiser's group. */
    private Component feedback(InspectionDTO i) {
        FormLayout form = Forms.twoColumns();
        if (i.feedback != null) {
            form.add(Forms.readOnly("反馈日期", i.feedbackDate, "inspection-feedback-date"));
            form.add(Forms.readOnlyArea("反馈情况", i.feedback, "inspection-feedback"), 2);
            return Forms.section("反馈巡查检查情况", form);
        }
        if (!"OPEN".equals(i.status) || !organizerSide(i)) {
            form.add(new Span("尚未反馈"));
            return Forms.section("反馈巡查检查情况", form);
        }
        DatePicker date = Labels.datePicker("反馈日期", "feedback-date");
        date.setValue(Labels.today());
        date.setMax(Labels.today());
        date.setManualValidation(true);
        TextArea text = new TextArea("反馈情况");
        text.setId("feedback-text");
        text.setMaxLength(8000);
        text.setMinHeight("5em");
        text.setManualValidation(true);
        text.setPlaceholder("发现的问题、整改要求和时限");
        form.add(date);
        form.add(text, 2);
        Button send = new Button("反馈", e -> act(Forms.fields("feedbackDate", date, "feedback", text),
                () -> services.get(InspectionService.class).feedback(actor, inspection.id, Labels.iso(date.getValue()),
                        Labels.blankToNull(text.getValue())), "已反馈"));
        send.setId("send-feedback");
        return Forms.section("反馈巡查检查情况", form, send);
    }

    /** 整改报告 of the inspected unit with its 举一反三 checks: shown once given; the form while FED_BACK. */
    private Component report(InspectionDTO i) {
        FormLayout form = Forms.twoColumns();
        if (i.report != null) {
            form.add(Forms.readOnly("报告日期", i.reportDate, "inspection-report-date"));
            form.add(Forms.readOnlyArea("整改报告", i.report, "inspection-report"), 2);
            form.add(Forms.readOnlyArea("举一反三情况", i.similarCases, "inspection-similar-cases"), 2);
            return Forms.section("整改报告（被巡查检查单位）", form);
        }
        if (!"FED_BACK".equals(i.status) || !inspectedSide(i)) {
            form.add(new Span("FED_BACK".equals(i.status) ? "等待被巡查检查单位报告整改情况" : "反馈后由被巡查检查单位报告整改情况"));
            return Forms.section("整改报告（被巡查检查单位）", form);
        }
        DatePicker date = Labels.datePicker("报告日期", "report-date");
        date.setValue(Labels.today());
        date.setMax(Labels.today());
        date.setManualValidation(true);
        TextArea text = new TextArea("整改报告");
        text.setId("report-text");
        text.setMaxLength(8000);
        text.setMinHeight("5em");
        text.setManualValidation(true);
        TextArea similar = new TextArea("举一反三情况");
        similar.setId("report-similar");
        similar.setMaxLength(8000);
        similar.setMinHeight("4em");
        similar.setManualValidation(true);
        similar.setPlaceholder("对同类问题举一反三排查整改的情况");
        form.add(date);
        form.add(text, 2);
        form.add(similar, 2);
        Button send = new Button("报告整改情况", e -> act(Forms.fields("reportDate", date, "report", text, "similarCases",
                similar), () -> services.get(InspectionService.class).report(actor, inspection.id, Labels.iso(date.getValue()),
                        Labels.blankToNull(text.getValue()), Labels.blankToNull(similar.getValue())), "已报告整改情况"));
        send.setId("send-report");
        return Forms.section("整改报告（被巡查检查单位）", form, send);
    }

    /** 结束巡查检查: refused while a finding is open; the reason stays beside the button. */
    /**
     * A draft proposed by someone else (e.g. a region rule on accidents): the organiser settles the group, the start and
     * the methods and confirms it (确认开展), or decides not to carry it out (不予开展) with a reason.
     */
    private Component confirming(InspectionDTO i) {
        TextField lead = new TextField("巡查检查组组长");
        lead.setId("confirm-lead");
        lead.setValue("待确定".equals(i.groupLead) ? "" : Labels.nz(i.groupLead));
        lead.setPlaceholder("职务，如：市安委办副主任");
        DatePicker start = Labels.datePicker("开始日期", "confirm-start");
        start.setValue(Labels.today());
        start.setMax(Labels.today());
        CheckboxGroup<String> methods = new CheckboxGroup<>("巡查检查方式");
        methods.setId("confirm-methods");
        methods.setItems(InspectionLabels.INSPECTION_METHODS.keySet());
        methods.setItemLabelGenerator(m -> Labels.label(InspectionLabels.INSPECTION_METHODS, m));
        methods.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        if (i.methods != null) {
            methods.setValue(new java.util.LinkedHashSet<>(i.methods));
        }
        lead.setManualValidation(true);
        start.setManualValidation(true);
        methods.setManualValidation(true);
        Map<String, HasValidation> fields = Forms.fields("groupLead", lead, "startDate", start, "methods", methods);
        Button confirm = new Button("确认开展", e -> {
            InspectionDTO d = new InspectionDTO();
            d.groupLead = Labels.blankToNull(lead.getValue());
            d.startDate = Labels.iso(start.getValue());
            d.methods = new ArrayList<>(methods.getValue());
            act(fields, () -> services.get(InspectionService.class).confirm(actor, inspection.id, d), "已确认开展");
        });
        confirm.setId("confirm-inspection");
        TextArea reason = new TextArea("不予开展的理由");
        reason.setId("discard-reason");
        reason.setManualValidation(true);
        reason.setWidthFull();
        Button discard = new Button("不予开展", e -> act(Forms.fields("reason", reason),
                () -> services.get(InspectionService.class).discard(actor, inspection.id, Labels.blankToNull(reason.getValue())),
                "已决定不予开展"));
        discard.setId("discard-inspection");
        discard.addThemeVariants(ButtonVariant.LUMO_ERROR);
        FormLayout form = Forms.twoColumns();
        form.add(lead, start);
        form.add(methods, 2);
        Span hint = new Span("此巡查检查由他人提议（如事故多发规则），确认开展前不计入巡查检查。");
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        VerticalLayout body = new VerticalLayout(hint, form);
        body.setPadding(false);
        VerticalLayout no = new VerticalLayout(reason);
        no.setPadding(false);
        VerticalLayout both = new VerticalLayout(Forms.section("确认开展", body, confirm), Forms.section("不予开展", no, discard));
        both.setPadding(false);
        return both;
    }

    private Component closing() {
        Span refusal = new Span();
        refusal.setId("close-refusal");
        refusal.getStyle().set("color", "var(--lumo-error-text-color)");
        Button close = new Button("结束巡查检查", e -> {
            refusal.setText("");
            Feedback.call(() -> services.get(InspectionService.class).close(actor, inspection.id), Map.<String, HasValidation>of(),
                    refused -> refusal.setText(refused.getMessage())).ifPresent(updated -> {
                        Feedback.info("巡查检查已结束");
                        show(updated);
                        onChanged.run();
                    });
        });
        close.setId("close-inspection");
        close.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout bar = new HorizontalLayout(close, refusal);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        return Forms.section("结束（每个问题销号后，且被巡查检查单位已报告整改情况）", bar);
    }

    /** Runs an action; on success tells the user, shows the inspection afresh and refreshes the list. */
    private void act(Map<String, HasValidation> fields, Supplier<InspectionDTO> action, String done) {
        fields.values().forEach(f -> f.setInvalid(false));
        Feedback.call(action, fields).ifPresent(updated -> {
            Feedback.info(done);
            show(updated);
            onChanged.run();
        });
    }
}

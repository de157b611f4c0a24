package org.luoshi.dispatch.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.luoshi.api.Actor;
import org.luoshi.api.dispatch.AssignmentDTO;
import org.luoshi.api.dispatch.MeetingDTO;
import org.luoshi.api.dispatch.MeetingService;
import org.luoshi.api.jurisdiction.JurisdictionDTO;
import org.luoshi.api.jurisdiction.UnitDTO;
import org.luoshi.ui.kit.Choices;
import org.luoshi.ui.kit.Feedback;
import org.luoshi.ui.kit.Forms;
import org.luoshi.ui.kit.Labels;
import org.luoshi.ui.kit.People;
import org.luoshi.ui.kit.Services;
import org.luoshi.ui.kit.UnitNames;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;

/**
 * A dispatch meeting: the form to record one (登记会议) — organiser, kind, date, name, units attending, progress
 * reported (进展汇报), experience shared (经验交流), lagging units that spoke (后进单位表态发言) and the work assigned (交办事项),
 * which becomes tasks of the organiser's key work task list — or, for a recorded meeting, its record with the tasks
 * made from it (a click opens the task).
 */
final class MeetingDialog extends Dialog {
    private static final long serialVersionUID = 1L;

    private final Services services;
    private final Actor actor;
    private final UnitNames names = new UnitNames();

    static void open(Services services, Actor actor, long id) {
        if (services == null || actor == null) {
            return;
        }
        Feedback.call(() -> services.get(MeetingService.class).get(actor, id))
                .ifPresent(m -> new MeetingDialog(services, actor, m).open());
    }

    static void openNew(Services services, Actor actor, JurisdictionDTO jurisdiction, Consumer<MeetingDTO> onRecorded) {
        if (services == null || actor == null) {
            return;
        }
        if (jurisdiction == null) {
            Feedback.error("请先选择辖区");
            return;
        }
        new MeetingDialog(services, actor, jurisdiction, onRecorded).open();
    }

    private MeetingDialog(Services services, Actor actor) {
        this.services = services;
        this.actor = actor;
        names.reset(services);
        setWidth("min(64em, 95vw)");
        setCloseOnOutsideClick(false);
        Forms.askBeforeClosing(this);
        setDraggable(true);
        setResizable(true);
    }

    /** The record of a meeting. */
    private MeetingDialog(Services services, Actor actor, MeetingDTO m) {
        this(services, actor);
        setId("meeting-detail");
        setHeaderTitle(Labels.label(DispatchLabels.MEETING_KINDS, m.kind) + " · " + Labels.nz(m.date));
        FormLayout form = Forms.twoColumns();
        form.add(Forms.readOnly("会议名称", m.title, "meeting-detail-title"), 2);
        form.add(Forms.readOnly("主办单位", names.name(m.unit), "meeting-detail-unit"),
                Forms.readOnly("登记人", People.name(m.createdBy), "meeting-detail-created-by"));
        form.add(Forms.readOnlyArea("参会单位", unitNames(m.attendingUnits), "meeting-detail-attending"), 2);
        form.add(Forms.readOnlyArea("进展汇报", m.progress, "meeting-detail-progress"), 2);
        form.add(Forms.readOnlyArea("经验交流", m.experience, "meeting-detail-experience"), 2);
        form.add(Forms.readOnlyArea("后进单位表态发言", unitNames(m.laggards), "meeting-detail-laggards"), 2);
        Grid<AssignmentDTO> assignments = assignmentGrid("meeting-detail-assignments");
        assignments.addColumn(a -> a.taskId == null ? "" : "#" + a.taskId).setHeader("任务").setWidth("6em").setFlexGrow(0);
        assignments.setItems(m.assignments == null ? List.of() : m.assignments);
        assignments.addItemClickListener(e -> {
            if (e.getItem() != null && e.getItem().taskId != null) {
                AssignedTaskDialog.open(services, actor, e.getItem().taskId);
            }
        });
        add(Forms.section("会议情况", form), Forms.section("交办事项（已列入主办单位重点工作任务清单，点击查看任务）", assignments));
        Button close = new Button("关闭", e -> close());
        close.setId("close-meeting");
        getFooter().add(close);
    }

    private String unitNames(List<String> ids) {
        return ids == null ? "" : String.join("、", ids.stream().map(names::name).toList());
    }

    private static Grid<AssignmentDTO> assignmentGrid(String id) {
        Grid<AssignmentDTO> grid = new Grid<>();
        grid.setId(id);
        grid.addColumn(a -> Labels.nz(a.measure)).setHeader("具体举措").setFlexGrow(4);
        grid.addColumn(a -> Labels.nz(a.responsibleUnits)).setHeader("责任单位").setFlexGrow(2);
        grid.addColumn(a -> Labels.nz(a.responsiblePersons)).setHeader("责任人").setFlexGrow(1);
        grid.addColumn(a -> Labels.nz(a.deadline)).setHeader("完成时限").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** The form to record a meeting. */
    private MeetingDialog(Services services, Actor actor, JurisdictionDTO jurisdiction, Consumer<MeetingDTO> onRecorded) {
        this(services, actor);
        setId("meeting-form");
        setHeaderTitle("登记调度会议 · " + Labels.nz(jurisdiction.name));
        List<UnitDTO> own = Choices.ownUnits(services, actor, jurisdiction.id);
        List<UnitDTO> units = Choices.allUnits(services, jurisdiction.id);

        ComboBox<UnitDTO> unit = new ComboBox<>("主办单位");
        unit.setId("meeting-unit");
        unit.setItems(own);
        unit.setItemLabelGenerator(u -> Labels.nz(u.name));
        unit.setValue(Choices.defaultUnit(own, actor, jurisdiction));
        unit.setRequired(true);
        ComboBox<String> kind = new ComboBox<>("会议类型");
        kind.setId("meeting-kind");
        kind.setItems(DispatchLabels.MEETING_KINDS.keySet());
        kind.setItemLabelGenerator(k -> Labels.label(DispatchLabels.MEETING_KINDS, k));
        kind.setRequired(true);
        DatePicker date = Labels.datePicker("会议日期", "meeting-date");
        date.setValue(Labels.today());
        date.setMax(Labels.today());
        date.setRequired(true);
        TextField title = new TextField("会议名称");
        title.setId("meeting-title");
        title.setRequired(true);
        title.setMaxLength(200);
        title.setPlaceholder("如：全县安全生产工作视频调度会");
        MultiSelectComboBox<UnitDTO> attending = new MultiSelectComboBox<>("参会单位");
        attending.setId("meeting-attending");
        attending.setItems(units);
        attending.setItemLabelGenerator(u -> Labels.nz(u.name));
        TextArea progress = new TextArea("进展汇报");
        progress.setId("meeting-progress");
        progress.setMaxLength(4000);
        progress.setMinHeight("5em");
        TextArea experience = new TextArea("经验交流");
        experience.setId("meeting-experience");
        experience.setMaxLength(4000);
        experience.setMinHeight("4em");
        MultiSelectComboBox<UnitDTO> laggards = new MultiSelectComboBox<>("后进单位表态发言");
        laggards.setId("meeting-laggards");
        laggards.setItems(units);
        laggards.setItemLabelGenerator(u -> Labels.nz(u.name));

        FormLayout form = Forms.twoColumns();
        form.add(unit, kind);
        form.add(date, title);
        form.add(attending, 2);
        form.add(progress, 2);
        form.add(experience, 2);
        form.add(laggards, 2);

        List<AssignmentDTO> assigned = new ArrayList<>();
        Grid<AssignmentDTO> grid = assignmentGrid("meeting-assignments");
        grid.addColumn(new ComponentRenderer<Component, AssignmentDTO>(a -> {
            Button remove = new Button(new Icon(VaadinIcon.CLOSE_SMALL), e -> {
                assigned.remove(a);
                grid.setItems(assigned);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.setTooltipText("删除");
            remove.getElement().setAttribute("aria-label", "删除交办事项");
            remove.setId("remove-assignment-" + (assigned.indexOf(a) + 1));
            return remove;
        })).setWidth("4em").setFlexGrow(0);
        grid.setItems(assigned);
        TextArea measure = new TextArea("具体举措");
        measure.setId("assignment-measure");
        measure.setMaxLength(4000);
        // checked by the add button, not by the field itself
        measure.setManualValidation(true);
        TextField responsibleUnits = new TextField("责任单位");
        responsibleUnits.setId("assignment-units");
        TextField responsiblePersons = new TextField("责任人（职务）");
        responsiblePersons.setId("assignment-persons");
        responsiblePersons.setPlaceholder("如：局党组书记");
        TextField deadline = new TextField("完成时限");
        deadline.setId("assignment-deadline");
        deadline.setPlaceholder("如：2026-06-30、6月底前、年底前、长期坚持");
        Button add = new Button("添加交办事项", e -> {
            measure.setInvalid(false);
            if (Labels.blankToNull(measure.getValue()) == null) {
                measure.setErrorMessage("请填写具体举措");
                measure.setInvalid(true);
                return;
            }
            AssignmentDTO a = new AssignmentDTO();
            a.measure = Labels.blankToNull(measure.getValue());
            a.responsibleUnits = Labels.blankToNull(responsibleUnits.getValue());
            a.responsiblePersons = Labels.blankToNull(responsiblePersons.getValue());
            a.deadline = Labels.blankToNull(deadline.getValue());
            assigned.add(a);
            grid.setItems(assigned);
            measure.clear();
            responsibleUnits.clear();
            responsiblePersons.clear();
            deadline.clear();
        });
        add.setId("add-assignment");
        FormLayout assignmentForm = Forms.twoColumns();
        assignmentForm.add(measure, 2);
        assignmentForm.add(responsibleUnits, responsiblePersons, deadline);
        Span hint = new Span("交办事项将列入主办单位当年的重点工作任务清单（全部成功或全部不列入）。");
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        VerticalLayout assignments = new VerticalLayout(hint, grid, assignmentForm, add);
        assignments.setPadding(false);

        Map<String, HasValidation> fields = Forms.fields("unit", unit, "kind", kind, "date", date, "title", title,
                "attendingUnits", attending, "progress", progress, "experience", experience, "laggards", laggards);
        // the service decides when a field is invalid (on save), not the components' own checks
        unit.setManualValidation(true);
        kind.setManualValidation(true);
        date.setManualValidation(true);
        title.setManualValidation(true);
        attending.setManualValidation(true);
        progress.setManualValidation(true);
        experience.setManualValidation(true);
        laggards.setManualValidation(true);
        Button save = new Button("登记", e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            MeetingDTO m = new MeetingDTO();
            m.jurisdiction = jurisdiction.id;
            m.unit = unit.getValue() == null ? null : unit.getValue().id;
            m.kind = kind.getValue();
            m.date = Labels.iso(date.getValue());
            m.title = Labels.blankToNull(title.getValue());
            m.attendingUnits = ids(attending.getValue());
            m.progress = Labels.blankToNull(progress.getValue());
            m.experience = Labels.blankToNull(experience.getValue());
            m.laggards = ids(laggards.getValue());
            m.assignments = new ArrayList<>(assigned);
            Feedback.call(() -> services.get(MeetingService.class).record(actor, m), fields).ifPresent(saved -> {
                int tasks = saved.assignments == null ? 0 : saved.assignments.size();
                Feedback.info("已登记会议“" + Labels.nz(saved.title) + "”" + (tasks == 0 ? ""
                        : "，" + tasks + " 项交办事项已列入重点工作任务清单"));
                close();
                onRecorded.accept(saved);
            });
        });
        save.setId("save-meeting");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(Forms.section("会议情况", form), Forms.section("交办事项", assignments));
        Button cancel = new Button("取消", e -> close());
        cancel.setId("cancel-meeting");
        getFooter().add(cancel, save);
    }

    private static List<String> ids(java.util.Set<UnitDTO> units) {
        return units == null ? new ArrayList<>()
                : new ArrayList<>(units.stream().map(u -> u.id).sorted(Comparator.naturalOrder()).toList());
    }
}

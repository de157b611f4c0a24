package org.luoshi.lists.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import org.luoshi.api.Actor;
import org.luoshi.api.task.DeadlineCorrectionDTO;
import org.luoshi.api.task.DeadlineDTO;
import org.luoshi.api.task.TaskAssignmentDTO;
import org.luoshi.api.task.TaskDTO;
import org.luoshi.api.task.TaskEntryDTO;
import org.luoshi.api.task.TaskService;
import org.luoshi.ui.kit.Feedback;
import org.luoshi.ui.kit.Forms;
import org.luoshi.ui.kit.Labels;
import org.luoshi.ui.kit.Services;
import org.luoshi.ui.kit.UnitNames;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * One task of the key work task list: its fields (附件1), the assignment (责任单位、责任人、完成时限), dated entries
 * (推进落实情况, 跟踪督办情况) and completion. Every action reloads the task from the service.
 */
final class TaskDialog extends Dialog {
    private static final long serialVersionUID = 1L;

    private final Services services;
    private final Actor actor;
    private final Runnable onChanged;
    private final UnitNames unitNames = new UnitNames();
    /** 目录已更新, beside the title while the task's catalog entry differs from what the task holds. */
    private final Span catalogChanged = new Span(TaskLabels.CATALOG_CHANGED);
    private TaskDTO task;

    static void open(Services services, Actor actor, long id, Runnable onChanged) {
        if (services == null || actor == null) {
            return;
        }
        Feedback.call(() -> services.get(TaskService.class).get(actor, id))
                .ifPresent(t -> new TaskDialog(services, actor, t, onChanged).open());
    }

    private TaskDialog(Services services, Actor actor, TaskDTO task, Runnable onChanged) {
        this.services = services;
        this.actor = actor;
        this.onChanged = onChanged;
        unitNames.reset(services);
        setId("task-dialog");
        setWidth("min(64em, 95vw)");
        setCloseOnOutsideClick(false);
        Forms.askBeforeClosing(this);
        setDraggable(true);
        setResizable(true);
        Button close = new Button("关闭", e -> close());
        close.setId("close-task");
        getFooter().add(close);
        catalogChanged.setId("task-catalog-changed");
        catalogChanged.getElement().getThemeList().add(TaskLabels.CATALOG_CHANGED_THEME);
        catalogChanged.getElement().setAttribute("title", TaskLabels.CATALOG_CHANGED_TIP);
        show(task);
    }

    private void show(TaskDTO t) {
        task = t;
        removeAll();
        setHeaderTitle("重点工作任务" + (t.catalogNumber == null ? "" : " · 目录序号 " + TaskListView.number(t)) + " · "
                + t.year + " 年度");
        if (t.catalogChanged && catalogChanged.getParent().isEmpty()) {
            getHeader().add(catalogChanged);
        } else if (!t.catalogChanged && catalogChanged.getParent().isPresent()) {
            getHeader().remove(catalogChanged);
        }
        add(info(t), entries(t), assignSection(t), correctionSection(t), entrySection(t), completeSection(t));
    }

    private FormLayout info(TaskDTO t) {
        FormLayout form = Forms.twoColumns();
        form.add(Forms.readOnly("单位", unitNames.name(t.unit), "task-unit"), Forms.readOnly("年度", String.valueOf(t.year), "task-year"));
        form.add(Forms.readOnlyArea("主要任务", t.mainTaskText != null ? t.mainTaskText : t.mainTask, "task-main"), 2);
        form.add(Forms.readOnlyArea("具体举措", t.measure, "task-measure"), 2);
        form.add(Forms.readOnly("责任单位及责任人", TaskListView.responsible(t), "task-responsible"), 2);
        if (t.part != null) {
            form.add(Forms.readOnly("分项（行业领域）", t.part, "task-part"),
                    Forms.readOnly("牵头单位", t.lead == null ? "" : unitNames.name(t.lead), "task-lead"));
        }
        if (t.target != null && !t.periods.isEmpty()) {
            TextArea periods = Forms.readOnlyArea("周期目标（" + TaskLabels.every(t.every) + "至少 " + t.target + " "
                    + Labels.nz(t.targetWhat) + "）", TaskListView.periods(t), "task-periods");
            periods.setHelperText("在“填报情况”中填写推进落实情况时，可填写本次完成数量；按填报日期计入所在周期");
            form.add(periods, 2);
        } else if (t.target != null) {
            TextField target = Forms.readOnly("年度目标", TaskListView.progress(t), "task-target");
            target.setHelperText("在“填报情况”中填写推进落实情况时，可填写本次完成数量");
            form.add(target, 2);
        }
        if (t.note != null) {
            form.add(Forms.readOnlyArea("说明（正文与附表的不同）", t.note, "task-note"), 2);
        }
        String deadline = Labels.deadline(t.deadline) + (t.overdue ? "（逾期）" : "");
        TextField d = Forms.readOnly("完成时限", deadline, "task-deadline");
        if (t.deadline != null && DeadlineDTO.UNPARSED.equals(t.deadline.kind)) {
            d.setHelperText("完成时限无法识别，请在下方“更正完成时限”中确认日期");
        } else if (t.deadline != null && t.deadline.reading != null) {
            d.setHelperText(t.deadline.reading + (t.deadline.correctedBy == null ? "" : "，更正人 " + t.deadline.correctedBy));
        }
        form.add(d, Forms.readOnly("完成时间", t.completedOn == null ? "未完成" : t.completedOn, "task-completed"));
        return form;
    }

    private Component assignSection(TaskDTO t) {
        TextField units = new TextField("责任单位");
        units.setId("assign-units");
        units.setValue(Labels.nz(t.responsibleUnits));
        TextField persons = new TextField("责任人（职务）");
        persons.setId("assign-persons");
        persons.setValue(Labels.nz(t.responsiblePersons));
        persons.setPlaceholder("如：局党组书记");
        TextField deadline = new TextField("完成时限");
        deadline.setId("assign-deadline");
        String current = t.deadline == null ? "" : Labels.nz(t.deadline.text);
        deadline.setValue(current);
        deadline.setPlaceholder("如：2026-06-30、6月底前、年底前、长期坚持");
        Map<String, HasValidation> fields = Forms.fields("responsibleUnits", units, "responsiblePersons", persons,
                "deadline", deadline);
        Button save = new Button("保存分工", e -> {
            TaskAssignmentDTO a = new TaskAssignmentDTO();
            a.responsibleUnits = Labels.blankToNull(units.getValue());
            a.responsiblePersons = Labels.blankToNull(persons.getValue());
            String wanted = Labels.blankToNull(deadline.getValue());
            // an unchanged deadline is kept as it is (even one still to be settled)
            a.deadline = Objects.equals(wanted, Labels.blankToNull(current)) ? null : wanted;
            a.version = task.version;
            act(fields, () -> services.get(TaskService.class).assign(actor, task.id, a), "已保存分工");
        });
        save.setId("assign-task");
        FormLayout form = Forms.twoColumns();
        form.add(units, 2);
        form.add(persons, deadline);
        return Forms.section("分解落实", form, save);
    }

    /** 更正完成时限: a person settles the date (the printed text stays), with a reason. */
    private Component correctionSection(TaskDTO t) {
        DatePicker date = Labels.datePicker("更正后的完成时限", "correct-date");
        if (t.deadline != null && t.deadline.date != null) {
            date.setValue(Labels.date(t.deadline.date));
        }
        TextField reason = new TextField("更正理由");
        reason.setId("correct-reason");
        reason.setPlaceholder("如：正文为“5月10日前”");
        Map<String, HasValidation> fields = Forms.fields("date", date, "reason", reason);
        Button save = new Button("更正时限", e -> {
            DeadlineCorrectionDTO c = new DeadlineCorrectionDTO();
            c.date = Labels.iso(date.getValue());
            c.reason = Labels.blankToNull(reason.getValue());
            c.version = task.version;
            act(fields, () -> services.get(TaskService.class).correctDeadline(actor, task.id, c), "已更正完成时限");
        });
        save.setId("correct-deadline");
        FormLayout form = Forms.twoColumns();
        form.add(date, reason);
        return Forms.section("更正完成时限（保留原文“" + (t.deadline == null ? "" : Labels.nz(t.deadline.text)) + "”）",
                form, save);
    }

    private Component entrySection(TaskDTO t) {
        ComboBox<String> kind = new ComboBox<>("类型");
        kind.setId("entry-kind");
        kind.setItems(TaskLabels.TASK_ENTRY_KINDS.keySet());
        kind.setItemLabelGenerator(k -> Labels.label(TaskLabels.TASK_ENTRY_KINDS, k));
        kind.setValue(TaskEntryDTO.PROGRESS);
        DatePicker date = Labels.datePicker("日期", "entry-date");
        date.setValue(Labels.today());
        date.setMax(Labels.today());
        TextField person = new TextField("填写人（职务）");
        person.setId("entry-person");
        TextArea text = new TextArea("内容");
        text.setId("entry-text");
        text.setMinHeight("5em");
        com.vaadin.flow.component.textfield.IntegerField count = new com.vaadin.flow.component.textfield.IntegerField(
                "本次完成数量");
        count.setId("entry-done");
        count.setMin(0);
        count.setMax(100_000);
        count.setHelperText(t.targetWhat == null ? null : "计入：" + t.targetWhat);
        count.setVisible(t.target != null);
        kind.addValueChangeListener(e -> count.setVisible(t.target != null && TaskEntryDTO.PROGRESS.equals(e.getValue())));
        Map<String, HasValidation> fields = Forms.fields("kind", kind, "date", date, "person", person, "text", text,
                "count", count);
        Button add = new Button("添加", e -> {
            TaskEntryDTO entry = new TaskEntryDTO();
            entry.kind = kind.getValue();
            entry.date = Labels.iso(date.getValue());
            entry.person = Labels.blankToNull(person.getValue());
            entry.text = Labels.blankToNull(text.getValue());
            entry.count = count.isVisible() ? count.getValue() : null;
            if (count.isVisible() && count.isInvalid()) {
                count.setErrorMessage("请填写 0 到 100000 之间的整数");
                Feedback.error("本次完成数量应为整数");
                return;
            }
            act(fields, () -> services.get(TaskService.class).addEntry(actor, task.id, entry),
                    "已添加" + Labels.label(TaskLabels.TASK_ENTRY_KINDS, entry.kind));
        });
        add.setId("add-entry");
        FormLayout form = Forms.twoColumns();
        form.add(kind, date, person, count);
        form.add(text, 2);
        return Forms.section("填报情况", form, add);
    }

    private Component completeSection(TaskDTO t) {
        if (t.completedOn != null) {
            Span done = new Span("该任务已于 " + t.completedOn + " 完成");
            done.setId("task-done");
            return Forms.section("完成", done);
        }
        DatePicker date = Labels.datePicker("完成时间", "complete-date");
        date.setValue(Labels.today());
        date.setMax(Labels.today());
        Map<String, HasValidation> fields = Forms.fields("completedOn", date);
        Button complete = new Button("标记完成", e -> act(fields,
                () -> services.get(TaskService.class).complete(actor, task.id, Labels.iso(date.getValue())), "已标记完成"));
        complete.setId("complete-task");
        return Forms.section("完成", date, complete);
    }

    private Component entries(TaskDTO t) {
        List<TaskEntryDTO> all = new ArrayList<>();
        all.addAll(t.progress == null ? List.of() : t.progress);
        all.addAll(t.supervision == null ? List.of() : t.supervision);
        all.sort(Comparator.comparing((TaskEntryDTO x) -> Labels.nz(x.date)).thenComparing(x -> Labels.nz(x.recordedAt)));
        Grid<TaskEntryDTO> grid = new Grid<>();
        grid.setId("entry-grid");
        grid.addColumn(x -> Labels.label(TaskLabels.TASK_ENTRY_KINDS, x.kind)).setHeader("类型").setFlexGrow(1);
        grid.addColumn(x -> Labels.nz(x.date)).setHeader("日期").setFlexGrow(1);
        grid.addColumn(x -> Labels.nz(x.person)).setHeader("填写人").setFlexGrow(1);
        grid.addColumn(x -> Labels.nz(x.text)).setHeader("内容").setFlexGrow(4);
        if (t.target != null) {
            grid.addColumn(x -> x.count == null ? "" : String.valueOf(x.count)).setHeader("完成数量").setFlexGrow(1);
        }
        grid.addColumn(x -> Labels.nz(x.recordedBy)).setHeader("记录人").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setItems(all);
        Span empty = new Span(all.isEmpty() ? "暂无记录" : "共 " + all.size() + " 条");
        empty.setId("entry-count");
        VerticalLayout body = new VerticalLayout(empty);
        body.setPadding(false);
        if (!all.isEmpty()) {
            body.add(grid);
        }
        return Forms.section("推进落实情况、跟踪督办情况", body);
    }

    /** Runs an action; on success tells the user, shows the task afresh and refreshes the list. */
    private void act(Map<String, HasValidation> fields, Supplier<TaskDTO> action, String done) {
        fields.values().forEach(f -> f.setInvalid(false));
        Feedback.call(action, fields).ifPresent(updated -> {
            Feedback.info(done);
            show(updated);
            onChanged.run();
        });
    }
}

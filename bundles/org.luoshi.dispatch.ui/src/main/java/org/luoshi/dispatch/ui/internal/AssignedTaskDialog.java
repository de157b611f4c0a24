package org.luoshi.dispatch.ui.internal;

import org.luoshi.api.Actor;
import org.luoshi.api.task.TaskDTO;
import org.luoshi.api.task.TaskService;
import org.luoshi.ui.kit.Feedback;
import org.luoshi.ui.kit.Forms;
import org.luoshi.ui.kit.Labels;
import org.luoshi.ui.kit.Services;
import org.luoshi.ui.kit.UnitNames;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;

/**
 * A task made from a meeting's assignment, read-only, as the task service shows it (the task list module edits it;
 * without it the refusal says that module is missing). Ids as in the task list's dialog: {@code task-measure}, ...,
 * {@code close-task}.
 */
final class AssignedTaskDialog extends Dialog {
    private static final long serialVersionUID = 1L;

    static void open(Services services, Actor actor, long id) {
        Feedback.call(() -> services.get(TaskService.class).get(actor, id))
                .ifPresent(t -> new AssignedTaskDialog(services, t).open());
    }

    private AssignedTaskDialog(Services services, TaskDTO t) {
        UnitNames names = new UnitNames();
        names.reset(services);
        setId("task-dialog");
        setWidth("min(56em, 95vw)");
        setDraggable(true);
        setResizable(true);
        setHeaderTitle("重点工作任务" + (t.catalogNumber == null ? "" : " · 目录序号 " + t.catalogNumber) + " · "
                + t.year + " 年度");
        FormLayout form = Forms.twoColumns();
        form.add(Forms.readOnly("单位", names.name(t.unit), "task-unit"),
                Forms.readOnly("年度", String.valueOf(t.year), "task-year"));
        form.add(Forms.readOnlyArea("主要任务", t.mainTask, "task-main"), 2);
        form.add(Forms.readOnlyArea("具体举措", t.measure, "task-measure"), 2);
        String units = Labels.nz(t.responsibleUnits);
        String persons = Labels.nz(t.responsiblePersons);
        form.add(Forms.readOnly("责任单位及责任人",
                persons.isEmpty() ? units : units.isEmpty() ? persons : units + "（" + persons + "）", "task-responsible"), 2);
        form.add(Forms.readOnly("完成时限", Labels.deadline(t.deadline) + (t.overdue ? "（逾期）" : ""), "task-deadline"),
                Forms.readOnly("完成时间", t.completedOn == null ? "未完成" : t.completedOn, "task-completed"));
        add(form);
        Button close = new Button("关闭", e -> close());
        close.setId("close-task");
        getFooter().add(close);
    }
}

package org.luoshi.lists.ui.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.luoshi.api.Actor;
import org.luoshi.api.jurisdiction.JurisdictionDTO;
import org.luoshi.api.jurisdiction.UnitDTO;
import org.luoshi.api.task.TaskDTO;
import org.luoshi.api.task.TaskImportDTO;
import org.luoshi.api.task.TaskService;
import org.luoshi.ui.kit.Feedback;
import org.luoshi.ui.kit.Labels;
import org.luoshi.ui.kit.Services;
import org.luoshi.ui.kit.Units;
import org.luoshi.ui.kit.Forms;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;

/** Makes an office's task list for a year from the whole task catalog of a jurisdiction (TaskService.importCatalog). */
final class TaskImportDialog extends Dialog {
    private static final long serialVersionUID = 1L;

    /** Told the jurisdiction, unit and year of the list just made. */
    @FunctionalInterface
    interface Imported extends java.io.Serializable {
        void done(String jurisdictionId, String unitId, int year);
    }

    private final Services services;
    private final Actor actor;
    private final Imported onImported;
    private final ComboBox<JurisdictionDTO> jurisdiction = new ComboBox<>("辖区");
    private final ComboBox<UnitDTO> unit = new ComboBox<>("单位");
    private final IntegerField year = new IntegerField("年度");
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    static void open(Services services, Actor actor, String jurisdictionId, String unitId, Imported onImported) {
        if (services == null || actor == null) {
            return;
        }
        new TaskImportDialog(services, actor, jurisdictionId, unitId, onImported).open();
    }

    private TaskImportDialog(Services services, Actor actor, String jurisdictionId, String unitId,
            Imported onImported) {
        this.services = services;
        this.actor = actor;
        this.onImported = onImported;
        setId("import-dialog");
        setHeaderTitle("从任务目录生成重点工作任务清单");
        setWidth("min(36em, 95vw)");
        setCloseOnOutsideClick(false);
        Forms.askBeforeClosing(this);

        jurisdiction.setId("import-jurisdiction");
        jurisdiction.setItemLabelGenerator(j -> Labels.nz(j.name));
        jurisdiction.setRequiredIndicatorVisible(true);
        unit.setId("import-unit");
        unit.setItemLabelGenerator(u -> Labels.nz(u.name));
        unit.setRequiredIndicatorVisible(true);
        year.setId("import-year");
        year.setMin(2000);
        year.setMax(2100);
        year.setStepButtonsVisible(true);
        year.setRequiredIndicatorVisible(true);
        year.setValue(Labels.today().getYear());
        for (HasValidation f : List.<HasValidation>of(jurisdiction, unit, year)) {
            f.setManualValidation(true);
        }
        fields.put("jurisdiction", jurisdiction);
        fields.put("unit", unit);
        fields.put("year", year);

        List<JurisdictionDTO> all = Feedback.call(services.jurisdictions()::jurisdictions).orElse(List.of());
        jurisdiction.setItems(all);
        jurisdiction.setValue(all.stream().filter(j -> Objects.equals(j.id, jurisdictionId)).findFirst()
                .orElse(all.size() == 1 ? all.get(0) : null));
        fillUnits(unitId);
        jurisdiction.addValueChangeListener(e -> fillUnits(null));

        Paragraph hint = new Paragraph("将所选辖区任务目录中的全部任务生成为该单位该年度的重点工作任务清单；"
                + "已在清单中的任务不会重复生成。无法识别的完成时限标为“待确认”，请在任务中确认。");
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-top", "0");
        FormLayout form = new FormLayout(jurisdiction, unit, year);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(hint, form);

        Button confirm = new Button("生成", e -> importCatalog());
        confirm.setId("import-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("取消", e -> close());
        cancel.setId("import-cancel");
        getFooter().add(cancel, confirm);
    }

    private void fillUnits(String unitId) {
        JurisdictionDTO j = jurisdiction.getValue();
        List<UnitDTO> units = Units.visibleUnits(services, actor, j == null ? null : j.id);
        unit.setItems(units);
        String wanted = unitId != null ? unitId : j == null ? null : j.unit;
        unit.setValue(units.stream().filter(u -> Objects.equals(u.id, wanted)).findFirst()
                .orElse(units.size() == 1 ? units.get(0) : null));
    }

    private void importCatalog() {
        fields.values().forEach(f -> f.setInvalid(false));
        Map<String, String> errors = new LinkedHashMap<>();
        if (jurisdiction.getValue() == null) {
            errors.put("jurisdiction", "辖区不能为空");
        }
        if (unit.getValue() == null) {
            errors.put("unit", "单位不能为空");
        }
        if (year.getValue() == null || year.isInvalid()) {
            errors.put("year", "年度应为 2000 到 2100 之间的数字");
        }
        if (!errors.isEmpty()) {
            errors.forEach((name, message) -> {
                fields.get(name).setErrorMessage(message);
                fields.get(name).setInvalid(true);
            });
            Feedback.error("请填写必填项：" + String.join("；", errors.values()));
            return;
        }
        TaskImportDTO request = new TaskImportDTO();
        request.jurisdiction = jurisdiction.getValue().id;
        request.unit = unit.getValue().id;
        request.year = year.getValue();
        Feedback.call(() -> services.get(TaskService.class).importCatalog(actor, request), fields).ifPresent(created -> {
            Feedback.info(message(created));
            close();
            onImported.done(request.jurisdiction, request.unit, request.year);
        });
    }

    static String message(List<TaskDTO> created) {
        return created.isEmpty() ? "已生成 0 项任务（目录中的任务都已在清单中）" : "已生成 " + created.size() + " 项任务";
    }
}

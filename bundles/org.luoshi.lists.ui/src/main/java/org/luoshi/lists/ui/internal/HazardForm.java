package org.luoshi.lists.ui.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.luoshi.api.Actor;
import org.luoshi.api.hazard.HazardDTO;
import org.luoshi.api.hazard.HazardReviewDTO;
import org.luoshi.api.hazard.HazardService;
import org.luoshi.api.hazard.HazardSource;
import org.luoshi.api.hazard.HazardStatus;
import org.luoshi.api.hazard.ProgressUpdateDTO;
import org.luoshi.api.jurisdiction.JurisdictionDTO;
import org.luoshi.api.jurisdiction.UnitDTO;
import org.luoshi.api.listing.ListingService;
import org.luoshi.ui.kit.Feedback;
import org.luoshi.ui.kit.Forms;
import org.luoshi.ui.kit.Labels;
import org.luoshi.ui.kit.LineagePanel;
import org.luoshi.ui.kit.Services;
import org.luoshi.ui.kit.Units;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The fields of form 附件2 in a dialog. A new record takes every inspection field; an existing one shows them read-only
 * and takes a progress report (整改完成情况, 状态, 整改完成时间) for {@code HazardService.updateProgress}; one whose
 * rectification is reported (整改完成待验收) takes the review (复查验收) for {@code HazardService.review}: accepted, or
 * sent back to rectification with the reasons.
 */
public class HazardForm extends Dialog {
    private static final long serialVersionUID = 1L;

    private final Services services;
    private final Actor actor;
    private final Runnable onSaved;
    private final HazardDTO existing;

    final ComboBox<JurisdictionDTO> jurisdiction = new ComboBox<>("辖区");
    final ComboBox<UnitDTO> unit = new ComboBox<>("单位");
    final ComboBox<HazardSource> source = new ComboBox<>("来源");
    final TextField inspectionUnit = new TextField("检查单位");
    final TextField inspector = new TextField("检查人");
    final DatePicker inspectionDate = Labels.datePicker("检查时间", "inspection-date");
    final TextField inspectionMethod = new TextField("检查方式");
    final TextArea description = new TextArea("问题隐患描述");
    final Checkbox major = new Checkbox("是否为重大事故隐患");
    final Checkbox listed = new Checkbox("是否挂牌督办");
    final TextArea measures = new TextArea("整改措施");
    /** The enterprise of the register (企业名录) the hazard is about, while the register runs; optional. */
    final ComboBox<org.luoshi.api.enterprise.EnterpriseDTO> enterprise = new ComboBox<>("企业（企业名录）");
    final TextField rectificationUnit = new TextField("整改单位");
    final TextField rectificationResponsible = new TextField("整改责任人");
    final DatePicker deadline = Labels.datePicker("整改时限", "deadline");
    final TextArea recurrencePrevention = new TextArea("防范重复发生的措施");
    final TextArea progress = new TextArea("整改完成情况");
    final ComboBox<HazardStatus> status = new ComboBox<>("状态");
    final DatePicker completedOn = Labels.datePicker("整改完成时间", "completed-on");
    final TextArea reviewOpinion = new TextArea("复查验收情况 / 退回理由");
    final TextField reviewUnit = new TextField("复查单位");
    final TextField reviewer = new TextField("复查责任人");

    /** Fields by the name of the DTO field they edit, so a service's field errors land on them. */
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public static void openNew(Services services, Actor actor, String jurisdictionId, Runnable onSaved) {
        if (services == null || actor == null) {
            return;
        }
        new HazardForm(services, actor, null, jurisdictionId, onSaved).open();
    }

    public static void openEdit(Services services, Actor actor, long id, Runnable onSaved) {
        if (services == null || actor == null) {
            return;
        }
        Feedback.call(() -> services.get(HazardService.class).get(actor, id))
                .ifPresent(h -> new HazardForm(services, actor, h, h.jurisdiction, onSaved).open());
    }

    private HazardForm(Services services, Actor actor, HazardDTO existing, String jurisdictionId, Runnable onSaved) {
        this.services = services;
        this.actor = actor;
        this.existing = existing;
        this.onSaved = onSaved;
        setId("hazard-form");
        setHeaderTitle(existing == null ? "新增问题隐患"
                : "问题隐患 #" + existing.id + (existing.status == HazardStatus.REPORTED ? " · 复查验收" : " · 整改进度"));
        setWidth("min(60em, 95vw)");
        setCloseOnOutsideClick(false);
        Forms.askBeforeClosing(this);
        setDraggable(true);
        setResizable(true);

        configureFields();
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        form.add(jurisdiction, unit, source, inspectionUnit, inspector, inspectionDate, inspectionMethod);
        form.add(description, 2);
        form.add(major, listed);
        form.add(measures, 2);
        if (existing == null && services.has(org.luoshi.api.enterprise.EnterpriseService.class)) {
            form.add(enterprise, 2);
        }
        form.add(rectificationUnit, rectificationResponsible, deadline);
        form.add(recurrencePrevention, 2);

        List<JurisdictionDTO> all = Feedback.call(services.jurisdictions()::jurisdictions).orElse(List.of());
        jurisdiction.setItems(all);
        JurisdictionDTO current = all.stream().filter(j -> Objects.equals(j.id, jurisdictionId)).findFirst()
                .orElse(existing == null && all.size() == 1 ? all.get(0) : null);

        if (existing == null) {
            jurisdiction.setValue(current);
            fillUnits(null);
            inspectionDate.setValue(Labels.today());
            jurisdiction.addValueChangeListener(e -> fillUnits(null));
            major.addValueChangeListener(e -> {
                listed.setEnabled(Boolean.TRUE.equals(e.getValue()));
                if (!Boolean.TRUE.equals(e.getValue())) {
                    listed.setValue(false);
                }
            });
            listed.setEnabled(false);
            // with mechanism 2 installed, only a listing (with its notice) marks a hazard as listed
            listed.setVisible(!services.has(ListingService.class));
            for (var f : List.<com.vaadin.flow.component.HasValue<?, ?>>of(jurisdiction, unit, source, inspectionUnit,
                    inspectionDate, description, deadline)) {
                f.setRequiredIndicatorVisible(true);
            }
            add(form);
        } else {
            // a progress report is what a row is opened for: its fields first, the record read-only below
            showExisting(existing, all, current);
            H4 recordTitle = new H4("隐患登记信息（附件2）");
            add(progressSection(existing));
            if (existing.status == HazardStatus.REPORTED) {
                String reviewing = existing.reviewingUnit != null ? existing.reviewingUnit : existing.unit;
                if (actor.canSee(reviewing)) {
                    add(reviewSection(reviewing));
                } else {
                    // the service refuses it too; here the user learns who will review instead of a button that fails
                    Span waiting = new Span("整改完成，待 " + Feedback.call(() -> services.jurisdictions().unit(reviewing))
                            .flatMap(u -> u).map(u -> u.name).orElse(reviewing) + " 复查验收");
                    waiting.setId("review-waiting");
                    add(waiting);
                }
            }
            add(recordTitle, form, LineagePanel.of(services, actor, "hazard", existing.id, this::close));
        }

        Button save = new Button("保存", e -> save());
        save.setId("save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("取消", e -> close());
        cancel.setId("cancel");
        if (existing != null && !(existing.status == null || existing.status == HazardStatus.REGISTERED
                || existing.status == HazardStatus.RECTIFYING)) {
            save.setEnabled(false);
        }
        getFooter().add(cancel, save);
    }

    private void configureFields() {
        jurisdiction.setId("jurisdiction");
        jurisdiction.setItemLabelGenerator(j -> Labels.nz(j.name));
        unit.setId("unit");
        unit.setItemLabelGenerator(u -> Labels.nz(u.name));
        source.setId("source");
        source.setItems(HazardSource.values());
        source.setItemLabelGenerator(HazardSource::label);
        inspectionUnit.setId("inspection-unit");
        inspector.setId("inspector");
        inspectionMethod.setId("inspection-method");
        inspectionMethod.setPlaceholder("如：现场检查、明查暗访、查阅资料");
        description.setId("description");
        description.setMinHeight("6em");
        major.setId("major");
        listed.setId("listed");
        measures.setId("measures");
        rectificationUnit.setId("rectification-unit");
        enterprise.setId("hazard-enterprise");
        enterprise.setPlaceholder("输入单位名称或统一社会信用代码查找；尚未登记的企业可不选，事后关联");
        enterprise.setClearButtonVisible(true);
        enterprise.setItemLabelGenerator(e -> Labels.nz(e.name) + "（" + Labels.nz(e.creditCode) + "）");
        enterprise.setItems(query -> {
            org.luoshi.api.enterprise.EnterpriseQuery q = new org.luoshi.api.enterprise.EnterpriseQuery();
            q.jurisdiction = jurisdiction.getValue() == null ? null : jurisdiction.getValue().id;
            q.text = blankToNull(query.getFilter().orElse(""));
            q.offset = query.getOffset();
            q.limit = Math.min(query.getLimit(), 50);
            List<org.luoshi.api.enterprise.EnterpriseDTO> found = services.find(
                    org.luoshi.api.enterprise.EnterpriseService.class).flatMap(r -> Feedback.call(() -> r.list(actor, q).items))
                    .orElse(List.of());
            return found.stream().limit(query.getLimit());
        });
        enterprise.addValueChangeListener(e -> {
            if (e.getValue() != null && Labels.nz(rectificationUnit.getValue()).isBlank()) {
                rectificationUnit.setValue(Labels.nz(e.getValue().name)); // the enterprise rectifies, as a rule
            }
        });
        rectificationResponsible.setId("rectification-responsible");
        recurrencePrevention.setId("recurrence-prevention");
        progress.setId("progress");
        status.setId("status");
        status.setItems(HazardStatus.RECTIFYING, HazardStatus.REPORTED);
        status.setItemLabelGenerator(HazardStatus::label);

        fields.put("jurisdiction", jurisdiction);
        fields.put("enterpriseId", enterprise);
        fields.put("unit", unit);
        fields.put("source", source);
        fields.put("inspectionUnit", inspectionUnit);
        fields.put("inspector", inspector);
        fields.put("inspectionDate", inspectionDate);
        fields.put("inspectionMethod", inspectionMethod);
        fields.put("description", description);
        fields.put("measures", measures);
        fields.put("rectificationUnit", rectificationUnit);
        fields.put("rectificationResponsible", rectificationResponsible);
        fields.put("deadline", deadline);
        fields.put("recurrencePrevention", recurrencePrevention);
        fields.put("progress", progress);
        fields.put("status", status);
        fields.put("completedOn", completedOn);
        // the form decides when a field is invalid (on save), not the components' own checks
        jurisdiction.setManualValidation(true);
        unit.setManualValidation(true);
        source.setManualValidation(true);
        inspectionUnit.setManualValidation(true);
        inspector.setManualValidation(true);
        inspectionDate.setManualValidation(true);
        inspectionMethod.setManualValidation(true);
        description.setManualValidation(true);
        measures.setManualValidation(true);
        rectificationUnit.setManualValidation(true);
        rectificationResponsible.setManualValidation(true);
        deadline.setManualValidation(true);
        recurrencePrevention.setManualValidation(true);
        progress.setManualValidation(true);
        status.setManualValidation(true);
        completedOn.setManualValidation(true);
    }

    private void fillUnits(String selectedUnitId) {
        String jid = jurisdiction.getValue() == null ? null : jurisdiction.getValue().id;
        List<UnitDTO> units = Units.visibleUnits(services, actor, jid);
        unit.setItems(units);
        String wanted = selectedUnitId != null ? selectedUnitId
                : jurisdiction.getValue() == null ? null : jurisdiction.getValue().unit;
        unit.setValue(units.stream().filter(u -> Objects.equals(u.id, wanted)).findFirst()
                .orElse(units.size() == 1 ? units.get(0) : null));
    }

    private void showExisting(HazardDTO h, List<JurisdictionDTO> all, JurisdictionDTO current) {
        JurisdictionDTO j = current;
        if (j == null && h.jurisdiction != null) {
            // its plugin is gone: still show the id
            j = new JurisdictionDTO();
            j.id = h.jurisdiction;
            j.name = h.jurisdiction;
            jurisdiction.setItems(concat(all, j));
        }
        jurisdiction.setValue(j);
        UnitDTO u = Feedback.call(() -> services.jurisdictions().unit(h.unit)).flatMap(x -> x).orElseGet(() -> {
            UnitDTO placeholder = new UnitDTO();
            placeholder.id = h.unit;
            placeholder.name = h.unit;
            return placeholder;
        });
        unit.setItems(List.of(u));
        unit.setValue(u);
        source.setValue(h.source);
        inspectionUnit.setValue(Labels.nz(h.inspectionUnit));
        inspector.setValue(Labels.nz(h.inspector));
        inspectionDate.setValue(Labels.date(h.inspectionDate));
        inspectionMethod.setValue(Labels.nz(h.inspectionMethod));
        description.setValue(Labels.nz(h.description));
        major.setValue(Boolean.TRUE.equals(h.major));
        listed.setValue(Boolean.TRUE.equals(h.listed));
        measures.setValue(Labels.nz(h.measures));
        rectificationUnit.setValue(Labels.nz(h.rectificationUnit));
        rectificationResponsible.setValue(Labels.nz(h.rectificationResponsible));
        deadline.setValue(Labels.date(h.deadline));
        recurrencePrevention.setValue(Labels.nz(h.recurrencePrevention));
        for (var f : List.of(jurisdiction, unit, source)) {
            f.setReadOnly(true);
        }
        for (var f : List.of(inspectionUnit, inspector, inspectionMethod, rectificationUnit, rectificationResponsible)) {
            f.setReadOnly(true);
        }
        for (var f : List.of(description, measures)) {
            f.setReadOnly(true);
        }
        inspectionDate.setReadOnly(true);
        deadline.setReadOnly(true);
        major.setReadOnly(true);
        listed.setReadOnly(true);
    }

    private static <T> List<T> concat(List<T> list, T item) {
        java.util.ArrayList<T> out = new java.util.ArrayList<>(list);
        out.add(item);
        return out;
    }

    private FormLayout progressSection(HazardDTO h) {
        FormLayout section = new FormLayout();
        section.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        H4 title = new H4("整改进度");
        Span state = new Span("当前状态：" + (h.status == null ? "" : h.status.label()) + (h.overdue ? "（逾期）" : ""));
        state.setId("current-status");
        if (h.overdue) {
            state.getStyle().set("color", "var(--lumo-error-text-color)");
        }
        section.add(title, 2);
        section.add(state, 2);
        progress.setValue(Labels.nz(h.progress));
        status.setValue(h.status == HazardStatus.REPORTED ? HazardStatus.REPORTED : HazardStatus.RECTIFYING);
        completedOn.setValue(Labels.date(h.completedOn));
        completedOn.setEnabled(status.getValue() == HazardStatus.REPORTED);
        status.addValueChangeListener(e -> {
            boolean done = e.getValue() == HazardStatus.REPORTED;
            completedOn.setEnabled(done);
            completedOn.setRequiredIndicatorVisible(done);
            if (done && completedOn.getValue() == null) {
                completedOn.setValue(Labels.today());
            }
        });
        progress.setRequiredIndicatorVisible(true);
        status.setRequiredIndicatorVisible(true);
        section.add(progress, 2);
        section.add(status, completedOn);
        boolean editable = h.status == null || h.status == HazardStatus.REGISTERED || h.status == HazardStatus.RECTIFYING;
        if (!editable) {
            progress.setReadOnly(true);
            status.setReadOnly(true);
            completedOn.setReadOnly(true);
            recurrencePrevention.setReadOnly(true);
            Span note = new Span("当前状态不能再更新整改进度");
            note.getStyle().set("color", "var(--lumo-secondary-text-color)");
            section.add(note, 2);
        }
        if (h.review != null || h.reviewUnit != null || h.reviewer != null) {
            // the last review: its opinion, or the reasons it was sent back for ("退回（date）：…")
            section.add(Forms.readOnlyArea("复查验收情况", h.review, "hazard-review"), 2);
            section.add(Forms.readOnly("复查单位", h.reviewUnit, "hazard-review-unit"),
                    Forms.readOnly("复查责任人", h.reviewer, "hazard-reviewer"));
        }
        return section;
    }

    /** 复查验收 of a reported rectification: accept it, or send it back with the reasons. */
    private Component reviewSection(String reviewing) {
        reviewOpinion.setId("review-opinion");
        reviewOpinion.setPlaceholder("验收情况，或退回重新整改的理由");
        reviewOpinion.setMinHeight("5em");
        reviewUnit.setId("review-unit");
        reviewer.setId("reviewer");
        reviewer.setPlaceholder("职务，如：督查科科长");
        for (var f : List.<com.vaadin.flow.component.HasValue<?, ?>>of(reviewOpinion, reviewer)) {
            f.setRequiredIndicatorVisible(true);
        }
        reviewOpinion.setManualValidation(true);
        reviewUnit.setManualValidation(true);
        reviewer.setManualValidation(true);
        // a field the service refused is marked until it is changed
        reviewOpinion.addValueChangeListener(e -> reviewOpinion.setInvalid(false));
        reviewUnit.addValueChangeListener(e -> reviewUnit.setInvalid(false));
        reviewer.addValueChangeListener(e -> reviewer.setInvalid(false));
        // the reviewing office is the user's own unit that is (or is above) the reviewing unit: preset its name
        actor.ownUnitFor(reviewing).flatMap(u -> Feedback.call(() -> services.jurisdictions().unit(u)).flatMap(x -> x))
                .ifPresent(u -> reviewUnit.setValue(Labels.nz(u.name)));
        FormLayout form = Forms.twoColumns();
        form.add(reviewOpinion, 2);
        form.add(reviewUnit, reviewer);
        Map<String, HasValidation> reviewFields = Forms.fields("review", reviewOpinion, "reviewUnit", reviewUnit,
                "reviewer", reviewer);
        Button accept = new Button("验收通过", e -> review(true, reviewFields));
        accept.setId("accept-hazard");
        Button sendBack = new Button("退回整改", e -> review(false, reviewFields));
        sendBack.setId("return-hazard");
        sendBack.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return Forms.section("复查验收", form, accept, sendBack);
    }

    /** Sends the review to the service; a refusal is shown with its reason (and on the fields it names). */
    private void review(boolean passed, Map<String, HasValidation> reviewFields) {
        reviewFields.values().forEach(f -> f.setInvalid(false));
        HazardReviewDTO review = new HazardReviewDTO();
        review.passed = passed;
        review.review = blankToNull(reviewOpinion.getValue());
        review.reviewUnit = blankToNull(reviewUnit.getValue());
        review.reviewer = blankToNull(reviewer.getValue());
        review.version = existing.version;
        Feedback.call(() -> services.get(HazardService.class).review(actor, existing.id, review), reviewFields).ifPresent(saved -> {
            Feedback.info(passed ? "问题隐患 #" + saved.id + " 已复查验收" : "问题隐患 #" + saved.id + " 已退回整改");
            close();
            onSaved.run();
        });
    }

    private void clearErrors() {
        fields.values().forEach(f -> f.setInvalid(false));
    }

    private void requireValue(Map<String, String> errors, String name, String label, Object value) {
        boolean empty = value == null || (value instanceof String s && s.isBlank());
        if (empty) {
            errors.put(name, label + "不能为空");
        }
    }

    private void save() {
        clearErrors();
        Map<String, String> errors = new LinkedHashMap<>();
        if (existing == null) {
            requireValue(errors, "jurisdiction", "辖区", jurisdiction.getValue());
            requireValue(errors, "unit", "单位", unit.getValue());
            requireValue(errors, "source", "来源", source.getValue());
            requireValue(errors, "inspectionUnit", "检查单位", inspectionUnit.getValue());
            requireValue(errors, "inspectionDate", "检查时间", inspectionDate.getValue());
            requireValue(errors, "description", "问题隐患描述", description.getValue());
            requireValue(errors, "deadline", "整改时限", deadline.getValue());
        } else {
            requireValue(errors, "progress", "整改完成情况", progress.getValue());
            requireValue(errors, "status", "状态", status.getValue());
            if (status.getValue() == HazardStatus.REPORTED) {
                requireValue(errors, "completedOn", "整改完成时间", completedOn.getValue());
            }
        }
        if (!errors.isEmpty()) {
            errors.forEach((name, message) -> {
                HasValidation field = fields.get(name);
                field.setErrorMessage(message);
                field.setInvalid(true);
            });
            Feedback.error("请填写必填项：" + String.join("；", errors.values()));
            return;
        }
        if (existing == null) {
            Feedback.call(() -> services.get(HazardService.class).create(actor, toDto()), fields).ifPresent(saved -> {
                Feedback.info("已登记问题隐患 #" + saved.id);
                close();
                onSaved.run();
            });
        } else {
            ProgressUpdateDTO update = new ProgressUpdateDTO();
            update.status = status.getValue();
            update.progress = progress.getValue().strip();
            update.completedOn = update.status == HazardStatus.REPORTED ? Labels.iso(completedOn.getValue()) : null;
            update.recurrencePrevention = blankToNull(recurrencePrevention.getValue());
            update.version = existing.version;
            Feedback.call(() -> services.get(HazardService.class).updateProgress(actor, existing.id, update), fields).ifPresent(saved -> {
                Feedback.info("已更新问题隐患 #" + saved.id + " 的整改进度");
                close();
                onSaved.run();
            });
        }
    }

    private HazardDTO toDto() {
        HazardDTO h = new HazardDTO();
        h.jurisdiction = jurisdiction.getValue() == null ? null : jurisdiction.getValue().id;
        h.unit = unit.getValue() == null ? null : unit.getValue().id;
        h.source = source.getValue();
        h.inspectionUnit = blankToNull(inspectionUnit.getValue());
        h.inspector = blankToNull(inspector.getValue());
        h.inspectionDate = Labels.iso(inspectionDate.getValue());
        h.inspectionMethod = blankToNull(inspectionMethod.getValue());
        h.description = blankToNull(description.getValue());
        h.major = major.getValue();
        h.listed = listed.getValue();
        h.measures = blankToNull(measures.getValue());
        h.rectificationUnit = blankToNull(rectificationUnit.getValue());
        h.enterpriseId = enterprise.getValue() == null ? null : enterprise.getValue().id;
        h.rectificationResponsible = blankToNull(rectificationResponsible.getValue());
        h.deadline = Labels.iso(deadline.getValue());
        h.recurrencePrevention = blankToNull(recurrencePrevention.getValue());
        return h;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

package org.luoshi.publicity.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import org.luoshi.api.Actor;
import org.luoshi.api.jurisdiction.JurisdictionDTO;
import org.luoshi.api.jurisdiction.UnitDTO;
import org.luoshi.api.publicity.PublicationDTO;
import org.luoshi.api.publicity.PublicityService;
import org.luoshi.ui.kit.Choices;
import org.luoshi.ui.kit.Dates;
import org.luoshi.ui.kit.Feedback;
import org.luoshi.ui.kit.Forms;
import org.luoshi.ui.kit.Labels;
import org.luoshi.ui.kit.LineagePanel;
import org.luoshi.ui.kit.People;
import org.luoshi.ui.kit.Services;
import org.luoshi.ui.kit.StepBar;
import org.luoshi.ui.kit.UnitNames;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * One publication of mechanism 7: drafted and edited by its author's unit, submitted for approval, approved by a person
 * other than its author — who confirms what was redacted (names, faces, number plates …) — and only then on the public
 * page; a pending one can be sent back with a reason, a published one withdrawn with a reason (it leaves the public page
 * at once). Every action reloads the publication from the service.
 */
final class PublicationDialog extends Dialog {
    /** What an approver confirms was checked; the last one for a text without any personal data. */
    static final List<String> REDACTIONS = List.of("人名", "人脸", "车牌号", "联系方式", "证件号码", "住址", "经核对不含个人信息");
    static final String OWN_APPROVAL = "须由撰稿人和提交人以外的人员审核发布";
    private static final long serialVersionUID = 1L;

    private final Services services;
    private final Actor actor;
    private final Runnable onChanged;
    private final UnitNames names = new UnitNames();
    private final String jurisdiction;
    private PublicationDTO publication;

    private final ComboBox<UnitDTO> unit = new ComboBox<>("发布单位");
    private final ComboBox<String> kind = new ComboBox<>("类型");
    private final TextField title = new TextField("标题");
    private final TextArea body = new TextArea("正文（发布文本，须已遮挡个人信息）");
    private final TextField month = new TextField("公开月份");
    private final ComboBox<String> sourceType = new ComboBox<>("来源");
    private final TextField sourceId = new TextField("来源编号");

    static void open(Services services, Actor actor, long id, Runnable onChanged) {
        if (services == null || actor == null) {
            return;
        }
        Feedback.call(() -> services.get(PublicityService.class).get(actor, id)).ifPresent(
                p -> new PublicationDialog(services, actor, p.jurisdiction, onChanged).show(p).open());
    }

    static void openNew(Services services, Actor actor, JurisdictionDTO jurisdiction, Runnable onChanged) {
        if (services == null || actor == null) {
            return;
        }
        if (jurisdiction == null) {
            Feedback.error("请先选择辖区");
            return;
        }
        PublicationDialog d = new PublicationDialog(services, actor, jurisdiction.id, onChanged);
        List<UnitDTO> own = Choices.ownUnits(services, actor, jurisdiction.id);
        d.unit.setItems(own);
        d.unit.setValue(Choices.defaultUnit(own, actor, jurisdiction));
        d.kind.setValue("TYPICAL_CASE");
        d.show(null).open();
    }

    private PublicationDialog(Services services, Actor actor, String jurisdiction, Runnable onChanged) {
        this.services = services;
        this.actor = actor;
        this.jurisdiction = jurisdiction;
        this.onChanged = onChanged;
        names.reset(services);
        setId("publication-dialog");
        setWidth("min(60em, 95vw)");
        setCloseOnOutsideClick(false);
        Forms.askBeforeClosing(this);
        setDraggable(true);
        setResizable(true);
        configureFields();
        Button close = new Button("关闭", e -> close());
        close.setId("close-publication");
        getFooter().add(close);
    }

    private void configureFields() {
        unit.setId("publication-unit");
        unit.setItemLabelGenerator(u -> Labels.nz(u.name));
        kind.setId("publication-kind");
        kind.setItems(PublicityLabels.PUBLICATION_KINDS.keySet());
        kind.setItemLabelGenerator(k -> Labels.label(PublicityLabels.PUBLICATION_KINDS, k));
        title.setId("publication-title");
        title.setMaxLength(200);
        body.setId("publication-body");
        body.setMaxLength(20000);
        body.setMinHeight("10em");
        month.setId("publication-month");
        month.setPlaceholder("年-月，如 2026-06（月度公开填写）");
        month.setMaxLength(7);
        // only a monthly disclosure names its month
        kind.addValueChangeListener(e -> month.setVisible("DISCLOSURE".equals(e.getValue())));
        month.setVisible(false);
        sourceType.setId("publication-source-type");
        sourceType.setItems(PublicityLabels.PUBLICATION_SOURCES.keySet());
        sourceType.setItemLabelGenerator(s -> Labels.label(PublicityLabels.PUBLICATION_SOURCES, s));
        sourceType.setClearButtonVisible(true);
        sourceId.setId("publication-source-id");
        sourceId.setPlaceholder("如：问题线索编号");
        sourceId.setMaxLength(19);
        for (HasValidation h : List.<HasValidation>of(unit, kind, title, body, month, sourceType, sourceId)) {
            h.setManualValidation(true);
        }
    }

    private Map<String, HasValidation> editFields() {
        return Forms.fields("unit", unit, "kind", kind, "title", title, "body", body, "month", month, "sourceType",
                sourceType, "sourceId", sourceId);
    }

    private boolean authorSide(PublicationDTO p) {
        return p == null ? true : actor.canSee(p.unit);
    }

    /** 起草 → 审核 → 发布 (a withdrawn publication ends there). */
    static StepBar steps(PublicationDTO p) {
        StepBar bar = new StepBar("publication-steps", java.util.List.of("起草", "审核", "发布"));
        switch (p.status == null ? "" : p.status) {
            case "PENDING" -> bar.show(1, null);
            case "PUBLISHED" -> bar.show(3, null);
            case "WITHDRAWN" -> bar.show(2, "已撤回");
            default -> bar.show(0, null); // a draft
        }
        return bar;
    }

    private PublicationDialog show(PublicationDTO p) {
        publication = p;
        removeAll();
        setHeaderTitle(p == null ? "新建稿件"
                : Labels.label(PublicityLabels.PUBLICATION_KINDS, p.kind) + " · " + Labels.nz(p.title));
        if (p != null) {
            add(steps(p));
        }
        add(state(p));
        if (p != null && p.id != null) {
            add(LineagePanel.of(services, actor, "publication", p.id, this::close));
        }
        boolean editable = p == null || "DRAFT".equals(p.status) && authorSide(p);
        add(editable ? editor(p) : readOnly(p));
        if (p != null) {
            add(process(p));
            add(actions(p));
        }
        return this;
    }

    private Component state(PublicationDTO p) {
        Span status = new Span(p == null ? "新建" : Labels.label(PublicityLabels.PUBLICATION_STATUSES, p.status));
        status.setId("publication-status");
        status.getStyle().set("font-weight", "600");
        HorizontalLayout bar = new HorizontalLayout(status);
        if (p != null) {
            Span number = new Span("编号 " + p.id);
            number.setId("publication-id");
            number.getStyle().set("color", "var(--lumo-secondary-text-color)");
            bar.add(number);
        }
        if (p != null && p.note != null) {
            Span note = new Span(("WITHDRAWN".equals(p.status) ? "撤回理由：" : "退回理由：") + p.note);
            note.setId("publication-note");
            note.getStyle().set("color", "var(--lumo-error-text-color)");
            bar.add(note);
        }
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    private Component editor(PublicationDTO p) {
        if (p != null) {
            kind.setValue(p.kind);
            month.setVisible("DISCLOSURE".equals(p.kind));
            title.setValue(Labels.nz(p.title));
            body.setValue(Labels.nz(p.body));
            month.setValue(Labels.nz(p.month));
            sourceType.setValue(p.sourceType);
            sourceId.setValue(p.sourceId == null ? "" : String.valueOf(p.sourceId));
        }
        FormLayout form = Forms.twoColumns();
        if (p == null) {
            form.add(unit, kind);
        } else {
            form.add(Forms.readOnly("发布单位", names.name(p.unit), "publication-unit"),
                    Forms.readOnly("类型", Labels.label(PublicityLabels.PUBLICATION_KINDS, p.kind), "publication-kind"));
        }
        form.add(title, 2);
        form.add(body, 2);
        form.add(month);
        form.add(sourceType, sourceId);
        if (p == null) {
            Button save = new Button("保存草稿", e -> act(editFields(), () -> {
                PublicationDTO d = edits();
                return d == null ? null : services.get(PublicityService.class).draft(actor, d);
            }, "已保存草稿"));
            save.setId("save-publication");
            return Forms.section("稿件内容", form, save);
        }
        Button save = new Button("保存修改", e -> act(editFields(), () -> {
            PublicationDTO d = edits();
            return d == null ? null : services.get(PublicityService.class).update(actor, publication.id, d);
        }, "已保存修改"));
        save.setId("save-publication");
        Button submit = new Button("提交审核", e -> act(editFields(), () -> {
            PublicationDTO d = edits();
            if (d == null) {
                return null;
            }
            // unsaved edits go with it
            services.get(PublicityService.class).update(actor, publication.id, d);
            return services.get(PublicityService.class).submit(actor, publication.id);
        }, "已提交审核"));
        submit.setId("submit-publication");
        submit.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        return Forms.section("稿件内容（草稿）", form, save, submit);
    }

    /** The fields as typed; null (with the field marked) when the source number is not a number. */
    private PublicationDTO edits() {
        PublicationDTO d = new PublicationDTO();
        d.jurisdiction = publication == null ? jurisdiction : publication.jurisdiction;
        d.unit = publication == null ? (unit.getValue() == null ? null : unit.getValue().id) : publication.unit;
        d.kind = publication == null ? kind.getValue() : publication.kind;
        d.title = Labels.blankToNull(title.getValue());
        d.body = Labels.blankToNull(body.getValue());
        d.month = "DISCLOSURE".equals(d.kind) ? Labels.blankToNull(month.getValue()) : null;
        d.sourceType = sourceType.getValue();
        String id = Labels.blankToNull(sourceId.getValue());
        if (id != null) {
            try {
                d.sourceId = Long.valueOf(id);
            } catch (NumberFormatException e) {
                sourceId.setErrorMessage("来源编号应为数字");
                sourceId.setInvalid(true);
                Feedback.error("来源编号应为数字");
                return null;
            }
        }
        return d;
    }

    private Component readOnly(PublicationDTO p) {
        FormLayout form = Forms.twoColumns();
        form.add(Forms.readOnly("发布单位", names.name(p.unit), "publication-unit"),
                Forms.readOnly("类型", Labels.label(PublicityLabels.PUBLICATION_KINDS, p.kind), "publication-kind"));
        form.add(Forms.readOnly("标题", p.title, "publication-title"), 2);
        form.add(Forms.readOnlyArea("正文", p.body, "publication-body"), 2);
        form.add(Forms.readOnly("公开月份", p.month, "publication-month"));
        form.add(Forms.readOnly("来源", p.sourceType == null ? "" : Labels.label(PublicityLabels.PUBLICATION_SOURCES, p.sourceType)
                        + (p.sourceId == null ? "" : " #" + p.sourceId), "publication-source"));
        return Forms.section("稿件内容", form);
    }

    private Component process(PublicationDTO p) {
        FormLayout form = Forms.twoColumns();
        form.add(Forms.readOnly("起草人", People.name(p.createdBy), "publication-created-by"),
                Forms.readOnly("提交审核", People.name(p.submittedBy), "publication-submitted-by"));
        form.add(Forms.readOnly("审核发布", p.approvedBy == null ? ""
                : People.name(p.approvedBy) + "（" + Dates.minutes(p.publishedAt) + "）", "publication-approved"),
                Forms.readOnly("已核对遮挡", p.redactions, "publication-redactions"));
        if (p.withdrawnBy != null) {
            form.add(Forms.readOnly("撤回", People.name(p.withdrawnBy) + "（" + Dates.minutes(p.withdrawnAt) + "）",
                    "publication-withdrawn"), 2);
        }
        return Forms.section("审核发布情况", form);
    }

    private Component actions(PublicationDTO p) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        if ("PENDING".equals(p.status)) {
            if (Objects.equals(actor.name(), p.createdBy) || Objects.equals(actor.name(), p.submittedBy)) {
                Span hint = new Span(OWN_APPROVAL + "：请通知审核人。");
                hint.setId("publication-approval-hint");
                hint.getStyle().set("color", "var(--lumo-secondary-text-color)");
                box.add(hint);
            } else {
                box.add(approval());
            }
            TextArea reason = new TextArea("退回理由");
            reason.setId("reject-reason");
            reason.setWidthFull();
            reason.setMaxLength(2000);
            reason.setManualValidation(true);
            Button reject = new Button("退回修改", e -> act(Forms.fields("reason", reason),
                    () -> services.get(PublicityService.class).reject(actor, publication.id, Labels.blankToNull(reason.getValue())),
                    "已退回修改"));
            reject.setId("reject-publication");
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
            box.add(Forms.section("退回修改（回到草稿）", reason, reject));
        }
        if ("PUBLISHED".equals(p.status)) {
            TextArea reason = new TextArea("撤回理由");
            reason.setId("withdraw-reason");
            reason.setWidthFull();
            reason.setMaxLength(2000);
            reason.setManualValidation(true);
            Button withdraw = new Button("撤回", e -> act(Forms.fields("reason", reason),
                    () -> services.get(PublicityService.class).withdraw(actor, publication.id, Labels.blankToNull(reason.getValue())),
                    "已撤回，公开页面不再显示"));
            withdraw.setId("withdraw-publication");
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
            box.add(Forms.section("撤回（立即从公开页面撤下）", reason, withdraw));
        }
        return box;
    }

    /** 审核发布: the approver states what was checked and redacted in the text. */
    private Component approval() {
        CheckboxGroup<String> items = new CheckboxGroup<>("已核对并遮挡");
        items.setId("approve-redaction-items");
        items.setItems(REDACTIONS);
        items.setManualValidation(true);
        TextField other = new TextField("其他遮挡内容");
        other.setId("approve-redactions-other");
        other.setMaxLength(500);
        other.setWidthFull();
        FormLayout form = Forms.twoColumns();
        form.add(items, 2);
        form.add(other, 2);
        Button approve = new Button("审核发布", e -> {
            items.setInvalid(false);
            List<String> checked = new ArrayList<>(REDACTIONS.stream().filter(items.getValue()::contains).toList());
            String more = Labels.blankToNull(other.getValue());
            if (more != null) {
                checked.add(more);
            }
            if (checked.isEmpty()) {
                items.setErrorMessage("请确认已核对的遮挡内容");
                items.setInvalid(true);
                Feedback.error("请确认已核对的遮挡内容（人名、人脸、车牌号等）");
                return;
            }
            act(Forms.fields("redactions", items), () -> services.get(PublicityService.class).approve(actor, publication.id,
                    String.join("、", checked)), "已审核发布");
        });
        approve.setId("approve-publication");
        return Forms.section("审核发布（核对正文已遮挡个人信息后发布到公开页面）", form, approve);
    }

    /** Runs an action; on success tells the user, shows the publication afresh and refreshes the list. */
    private void act(Map<String, HasValidation> fields, Supplier<PublicationDTO> action, String done) {
        fields.values().forEach(f -> f.setInvalid(false));
        Feedback.call(action, fields).ifPresent(updated -> {
            Feedback.info(done);
            show(updated);
            onChanged.run();
        });
    }
}

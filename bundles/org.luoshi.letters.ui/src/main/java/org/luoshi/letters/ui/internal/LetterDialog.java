package org.luoshi.letters.ui.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import org.luoshi.api.Actor;
import org.luoshi.api.export.ExportService;
import org.luoshi.api.jurisdiction.UnitDTO;
import org.luoshi.api.letter.LetterDTO;
import org.luoshi.api.letter.LetterService;
import org.luoshi.ui.kit.Choices;
import org.luoshi.ui.kit.Dates;
import org.luoshi.ui.kit.ExportButton;
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
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * One letter (提醒函、提示函、督办函): a draft is edited and sent by the issuing side (发送 numbers it); the receiving side
 * signs for it (签收) and answers it with its rectification plan and report (回复); an unanswered letter past its
 * deadline can be escalated to the next kind (升级), which drafts a new letter. Any letter can be downloaded as a
 * document (.docx) when the export service is installed. Every action reloads the letter from the service.
 */
final class LetterDialog extends Dialog {
    private static final long serialVersionUID = 1L;

    private final Services services;
    private final Actor actor;
    private final Runnable onChanged;
    private final UnitNames names = new UnitNames();
    /** For a new letter: the jurisdiction and the issuing unit. */
    private final String jurisdiction;
    private final String issuer;
    /** A new letter already sent on paper (补录): with its printed number and sending day, stored as sent. */
    private final boolean registering;
    private LetterDTO letter;

    private final ComboBox<String> kind = new ComboBox<>("函件类型");
    private final ComboBox<String> situation = new ComboBox<>("适用情形");
    private final ComboBox<UnitDTO> recipient = new ComboBox<>("收函单位");
    private final TextField title = new TextField("标题");
    private final TextArea body = new TextArea("正文");
    private final TextArea required = new TextArea("工作要求");
    private final DatePicker deadline = Labels.datePicker("回复期限", "letter-deadline");
    private final TextField number = new TextField("文号");
    private final DatePicker sentOn = Labels.datePicker("发文日期", "letter-sent-on");

    static void open(Services services, Actor actor, long id, Runnable onChanged) {
        if (services == null || actor == null) {
            return;
        }
        Feedback.call(() -> services.get(LetterService.class).get(actor, id))
                .ifPresent(l -> new LetterDialog(services, actor, l, l.jurisdiction, l.issuer, false, onChanged).open());
    }

    /** A new draft ({@code registering} false), or a letter already sent on paper to record (补录). */
    static void openNew(Services services, Actor actor, String jurisdiction, String issuer, boolean registering,
            Runnable onChanged) {
        if (services == null || actor == null) {
            return;
        }
        if (jurisdiction == null || issuer == null) {
            Feedback.error("请先选择辖区和发函单位");
            return;
        }
        new LetterDialog(services, actor, null, jurisdiction, issuer, registering, onChanged).open();
    }

    private LetterDialog(Services services, Actor actor, LetterDTO letter, String jurisdiction, String issuer,
            boolean registering, Runnable onChanged) {
        this.registering = registering;
        this.services = services;
        this.actor = actor;
        this.onChanged = onChanged;
        this.jurisdiction = jurisdiction;
        this.issuer = issuer;
        names.reset(services);
        setId("letter-dialog");
        setWidth("min(60em, 95vw)");
        setCloseOnOutsideClick(false);
        Forms.askBeforeClosing(this);
        setDraggable(true);
        setResizable(true);
        configureFields();
        Button close = new Button("关闭", e -> close());
        close.setId("close-letter");
        getFooter().add(close);
        show(letter);
    }

    private void configureFields() {
        kind.setId("letter-kind");
        kind.setItems(LetterLabels.LETTER_KINDS.keySet());
        kind.setItemLabelGenerator(k -> Labels.label(LetterLabels.LETTER_KINDS, k));
        kind.setRequired(true);
        situation.setId("letter-situation");
        situation.setItems(LetterLabels.LETTER_SITUATIONS.keySet());
        situation.setItemLabelGenerator(s -> Labels.label(LetterLabels.LETTER_SITUATIONS, s));
        situation.setRequired(true);
        recipient.setId("letter-recipient");
        recipient.setItemLabelGenerator(u -> Labels.nz(u.name));
        recipient.setRequired(true);
        title.setId("letter-title");
        title.setRequired(true);
        title.setMaxLength(200);
        body.setId("letter-body");
        body.setRequired(true);
        body.setMaxLength(8000);
        body.setMinHeight("8em");
        required.setId("letter-required");
        required.setMaxLength(4000);
        required.setMinHeight("4em");
        required.setPlaceholder("如：收函后制定整改方案，明确措施和时限，按期报送整改情况");
        deadline.setRequired(true);
        if (!registering) {
            // a letter sent on paper may be past its deadline already
            deadline.setMin(Labels.today());
        }
        number.setId("letter-number");
        number.setRequired(true);
        number.setMaxLength(100);
        number.setPlaceholder("如：朔安办函〔2025〕12号");
        sentOn.setRequired(true);
        sentOn.setMax(Labels.today());
        number.setManualValidation(true);
        sentOn.setManualValidation(true);
        // the service decides when a field is invalid (on save), not the components' own checks
        kind.setManualValidation(true);
        situation.setManualValidation(true);
        recipient.setManualValidation(true);
        title.setManualValidation(true);
        body.setManualValidation(true);
        required.setManualValidation(true);
        deadline.setManualValidation(true);
    }

    private Map<String, HasValidation> editFields() {
        return Forms.fields("kind", kind, "situation", situation, "recipient", recipient, "title", title, "body", body,
                "requiredResponse", required, "responseDeadline", deadline, "number", number, "sentAt", sentOn);
    }

    private boolean issuerSide(LetterDTO l) {
        return l == null ? actor.canSee(issuer) : actor.canSee(l.issuer);
    }

    /** The recipient itself or one of its sections (the service refuses a superior that merely sees the letter). */
    private boolean recipientSide(LetterDTO l) {
        return l != null && actor.belongsTo(l.recipient);
    }

    private void show(LetterDTO l) {
        letter = l;
        removeAll();
        boolean editable = l == null || "DRAFT".equals(l.status) && issuerSide(l);
        setHeaderTitle(l == null ? (registering ? "补录已发函件" : "新建函件")
                : Labels.label(LetterLabels.LETTER_KINDS, l.kind) + (l.number == null ? "（草稿）" : " · " + l.number));
        add(state(l));
        add(editable ? editor(l) : readOnly(l));
        if (l != null) {
            add(process(l));
            add(actions(l));
        }
    }

    private Component state(LetterDTO l) {
        Span status = new Span(l == null ? "新建" : Labels.label(LetterLabels.LETTER_STATUSES, l.status));
        status.setId("letter-status");
        status.getStyle().set("font-weight", "600");
        Span overdue = new Span(l != null && l.overdue ? "逾期未回复" : "");
        overdue.setId("letter-overdue");
        overdue.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        Span from = new Span("发函单位：" + names.name(l == null ? issuer : l.issuer));
        from.setId("letter-issuer");
        HorizontalLayout bar = new HorizontalLayout(status, overdue, from);
        if (l != null && l.sourceType != null) {
            Span source = new Span("（自动草稿：" + ("task".equals(l.sourceType) ? "重点工作任务" : "hazard".equals(l.sourceType)
                    ? "问题隐患" : l.sourceType) + " #" + l.sourceId + "）");
            source.setId("letter-source");
            source.getStyle().set("color", "var(--lumo-secondary-text-color)");
            bar.add(source);
        }
        if (l != null && l.previousId != null) {
            Span previous = new Span("（前函编号 #" + l.previousId + "）");
            previous.setId("letter-previous");
            previous.getStyle().set("color", "var(--lumo-secondary-text-color)");
            bar.add(previous);
        }
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    /** The fields of a draft, to edit; with 保存 and, for a stored draft, 发送. */
    private Component editor(LetterDTO l) {
        List<UnitDTO> units = Choices.allUnits(services, l == null ? jurisdiction : l.jurisdiction);
        recipient.setItems(units);
        if (l != null) {
            kind.setValue(l.kind);
            situation.setValue(l.situation);
            recipient.setValue(units.stream().filter(u -> Objects.equals(u.id, l.recipient)).findFirst()
                    .orElseGet(() -> l.recipient == null ? null : UnitNames.placeholder(l.recipient)));
            title.setValue(Labels.nz(l.title));
            body.setValue(Labels.nz(l.body));
            required.setValue(Labels.nz(l.requiredResponse));
            deadline.setValue(Labels.date(l.responseDeadline));
        } else {
            kind.setValue("REMINDER");
            deadline.setValue(Labels.today().plusDays(10));
        }
        FormLayout form = Forms.twoColumns();
        if (l == null && registering) {
            form.add(number, sentOn);
        }
        form.add(kind, situation);
        form.add(recipient, deadline);
        form.add(title, 2);
        form.add(body, 2);
        form.add(required, 2);
        if (l == null && registering) {
            Button save = new Button("补录", e -> act(editFields(), () -> services.get(LetterService.class).register(actor, edits()),
                    "已补录"));
            save.setId("save-letter");
            return Forms.section("已发函件（补录后为“已发送”，后续函件接续编号）", form, save);
        }
        if (l == null) {
            Button save = new Button("保存草稿", e -> act(editFields(), () -> services.get(LetterService.class).draft(actor, edits()),
                    "已保存草稿"));
            save.setId("save-letter");
            return Forms.section("函件内容", form, save);
        }
        Button save = new Button("保存修改", e -> act(editFields(),
                () -> services.get(LetterService.class).update(actor, letter.id, edits()), "已保存修改"));
        save.setId("save-letter");
        Button send = new Button("发送", e -> act(editFields(), () -> {
            // unsaved edits go with it
            if (changed()) {
                services.get(LetterService.class).update(actor, letter.id, edits());
            }
            return services.get(LetterService.class).send(actor, letter.id);
        }, "已发送"));
        send.setId("send-letter");
        send.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        return Forms.section("函件内容（草稿）", form, save, send);
    }

    private LetterDTO edits() {
        LetterDTO d = new LetterDTO();
        d.jurisdiction = letter == null ? jurisdiction : letter.jurisdiction;
        d.issuer = letter == null ? issuer : letter.issuer;
        d.kind = kind.getValue();
        d.situation = situation.getValue();
        d.recipient = recipient.getValue() == null ? null : recipient.getValue().id;
        d.title = Labels.blankToNull(title.getValue());
        d.body = Labels.blankToNull(body.getValue());
        d.requiredResponse = Labels.blankToNull(required.getValue());
        d.responseDeadline = Labels.iso(deadline.getValue());
        if (letter == null && registering) {
            d.number = Labels.blankToNull(number.getValue());
            d.sentAt = Labels.iso(sentOn.getValue());
        }
        return d;
    }

    private boolean changed() {
        LetterDTO e = edits();
        LetterDTO l = letter;
        return !Objects.equals(e.kind, l.kind) || !Objects.equals(e.situation, l.situation)
                || !Objects.equals(e.recipient, l.recipient) || !Objects.equals(e.title, Labels.blankToNull(l.title))
                || !Objects.equals(e.body, Labels.blankToNull(l.body))
                || !Objects.equals(e.requiredResponse, Labels.blankToNull(l.requiredResponse))
                || !Objects.equals(e.responseDeadline, l.responseDeadline);
    }

    private Component readOnly(LetterDTO l) {
        FormLayout form = Forms.twoColumns();
        form.add(Forms.readOnly("文号", l.number, "letter-number"),
                Forms.readOnly("函件类型", Labels.label(LetterLabels.LETTER_KINDS, l.kind), "letter-kind"));
        form.add(Forms.readOnly("适用情形", Labels.label(LetterLabels.LETTER_SITUATIONS, l.situation), "letter-situation"), 2);
        form.add(Forms.readOnly("收函单位", names.name(l.recipient), "letter-recipient"),
                Forms.readOnly("回复期限", l.responseDeadline, "letter-deadline"));
        form.add(Forms.readOnly("标题", l.title, "letter-title"), 2);
        form.add(Forms.readOnlyArea("正文", l.body, "letter-body"), 2);
        form.add(Forms.readOnlyArea("工作要求", l.requiredResponse, "letter-required"), 2);
        return Forms.section("函件内容", form);
    }

    /** Who sent, signed for and answered it, and when. */
    private Component process(LetterDTO l) {
        FormLayout form = Forms.twoColumns();
        form.add(Forms.readOnly("发送", step(l.sentBy, l.sentAt), "letter-sent"),
                Forms.readOnly("签收", step(l.signedBy, l.signedAt), "letter-signed"));
        form.add(Forms.readOnly("回复", step(l.answeredBy, l.answeredAt), "letter-answered"), 2);
        if (l.plan != null || l.report != null) {
            form.add(Forms.readOnlyArea("整改方案", l.plan, "letter-plan"), 2);
            form.add(Forms.readOnlyArea("整改情况报告", l.report, "letter-report"), 2);
        }
        return Forms.section("办理情况", form);
    }

    private static String step(String by, String at) {
        return by == null ? "" : People.name(by) + "（" + Dates.minutes(at) + "）";
    }

    /** The steps open to the user now: sign, answer, escalate, download. */
    private Component actions(LetterDTO l) {
        HorizontalLayout bar = new HorizontalLayout();
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        if ("SENT".equals(l.status) && recipientSide(l)) {
            Button sign = new Button("签收", e -> act(Map.of(), () -> services.get(LetterService.class).sign(actor, letter.id), "已签收"));
            sign.setId("sign-letter");
            sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(sign);
        }
        if ("SIGNED".equals(l.status) && recipientSide(l)) {
            TextArea plan = new TextArea("整改方案");
            plan.setId("answer-plan");
            plan.setRequired(true);
            plan.setMaxLength(8000);
            plan.setWidthFull();
            plan.setMinHeight("5em");
            TextArea report = new TextArea("整改情况报告");
            report.setId("answer-report");
            report.setRequired(true);
            report.setMaxLength(8000);
            report.setWidthFull();
            report.setMinHeight("5em");
            plan.setManualValidation(true);
            report.setManualValidation(true);
            Button answer = new Button("回复", e -> act(Forms.fields("plan", plan, "report", report),
                    () -> services.get(LetterService.class).answer(actor, letter.id, Labels.blankToNull(plan.getValue()),
                            Labels.blankToNull(report.getValue())), "已回复"));
            answer.setId("answer-letter");
            FormLayout form = Forms.twoColumns();
            form.add(plan, 2);
            form.add(report, 2);
            box.add(Forms.section("回复（整改方案和整改情况报告）", form, answer));
        }
        if (l.nextKind != null && issuerSide(l)) {
            Button escalate = new Button("升级为" + Labels.label(LetterLabels.LETTER_KINDS, l.nextKind), e -> Feedback
                    .call(() -> services.get(LetterService.class).escalate(actor, letter.id)).ifPresent(next -> {
                        Feedback.info("已起草" + Labels.label(LetterLabels.LETTER_KINDS, next.kind) + "，请审核修改后发送");
                        show(next);
                        onChanged.run();
                    }));
            escalate.setId("escalate-letter");
            escalate.addThemeVariants(ButtonVariant.LUMO_ERROR);
            bar.add(escalate);
        }
        LetterDTO current = l;
        ExportButton download = new ExportButton("download-letter", "下载", "docx", ExportService.DOCX,
                Labels.label(LetterLabels.LETTER_KINDS, l.kind) + (l.number == null ? "-草稿-" + l.id : "-" + l.number),
                () -> names.name(current.issuer),
                (service, header) -> service.letter(current, names.name(current.issuer), names.name(current.recipient)));
        download.update(services, actor);
        bar.add(download);
        box.add(bar);
        return box;
    }

    /** Runs an action; on success tells the user, shows the letter afresh and refreshes the list. */
    private void act(Map<String, HasValidation> fields, Supplier<LetterDTO> action, String done) {
        fields.values().forEach(f -> f.setInvalid(false));
        Feedback.call(action, fields).ifPresent(updated -> {
            Feedback.info(done + (updated.number == null ? "" : "：" + updated.number));
            show(updated);
            onChanged.run();
        });
    }
}

package org.luoshi.tipoffs.ui.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import org.luoshi.api.Actor;
import org.luoshi.api.hazard.HazardDTO;
import org.luoshi.api.jurisdiction.JurisdictionDTO;
import org.luoshi.api.jurisdiction.UnitDTO;
import org.luoshi.api.tipoff.MaterialDTO;
import org.luoshi.api.tipoff.RouteDTO;
import org.luoshi.api.tipoff.TipOffDTO;
import org.luoshi.api.tipoff.TipOffService;
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
import org.luoshi.ui.kit.Uploads;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.StreamResource;

/**
 * One tip-off, for its handlers. New: a designated person registers a tip-off from any channel (named or anonymous);
 * the answer's receipt code is shown once, prominently, to be told to the reporter. Registered: 受理 / 不予受理 (with the
 * reason) / 要求补充材料; 交办转办 (down to the lower level, to the competent department, or passed on with a copy); 核查
 * (a confirmed major hazard enters the hazard list: its rectification fields are asked for); 结案 (the reply to the
 * reporter and the report); 举报奖励 approved and paid.
 * <p>
 * Who reported is shown only when the service sends it (to the case's handlers, and each such view is audited);
 * otherwise the dialog says that it is visible to the handlers only.
 */
final class TipOffDialog extends Dialog {
    static final String IDENTITY_WITHHELD = "举报人信息仅对承办人可见";
    private static final long serialVersionUID = 1L;

    private final Services services;
    private final Actor actor;
    private final Runnable onChanged;
    private final UnitNames names = new UnitNames();
    private TipOffDTO tipOff;

    static void open(Services services, Actor actor, long id, Runnable onChanged) {
        if (services == null || actor == null) {
            return;
        }
        Feedback.call(() -> services.get(TipOffService.class).get(actor, id))
                .ifPresent(t -> new TipOffDialog(services, actor, onChanged).show(t, null).open());
    }

    static void openNew(Services services, Actor actor, JurisdictionDTO jurisdiction, Runnable onChanged) {
        if (services == null || actor == null) {
            return;
        }
        if (jurisdiction == null) {
            Feedback.error("请先选择辖区");
            return;
        }
        TipOffDialog d = new TipOffDialog(services, actor, onChanged);
        d.newForm(jurisdiction);
        d.open();
    }

    private TipOffDialog(Services services, Actor actor, Runnable onChanged) {
        this.services = services;
        this.actor = actor;
        this.onChanged = onChanged;
        names.reset(services);
        setWidth("min(64em, 96vw)");
        setCloseOnOutsideClick(false);
        Forms.askBeforeClosing(this);
        setDraggable(true);
        setResizable(true);
        Button close = new Button("关闭", e -> close());
        close.setId("close-tipoff-dialog");
        getFooter().add(close);
    }

    // ---- registration ----------------------------------------------------------------------------------------

    private void newForm(JurisdictionDTO jurisdiction) {
        setId("tipoff-form");
        setHeaderTitle("登记举报 · " + Labels.nz(jurisdiction.name));
        List<UnitDTO> own = Choices.ownUnits(services, actor, jurisdiction.id);
        ComboBox<UnitDTO> unit = new ComboBox<>("登记单位");
        unit.setId("tipoff-unit");
        unit.setItems(own);
        unit.setItemLabelGenerator(u -> Labels.nz(u.name));
        unit.setValue(Choices.defaultUnit(own, actor, jurisdiction));
        unit.setRequired(true);
        ComboBox<String> channel = new ComboBox<>("举报渠道");
        channel.setId("tipoff-channel");
        channel.setItems(TipOffLabels.TIPOFF_CHANNELS.keySet());
        channel.setItemLabelGenerator(c -> Labels.label(TipOffLabels.TIPOFF_CHANNELS, c));
        channel.setValue("PHONE");
        channel.setRequired(true);
        DatePicker received = Labels.datePicker("收到日期", "tipoff-received-on");
        received.setValue(Labels.today());
        received.setMax(Labels.today());
        received.setRequired(true);
        TextField subject = new TextField("被举报单位或对象");
        subject.setId("tipoff-subject");
        subject.setMaxLength(500);
        TextArea content = new TextArea("举报内容");
        content.setId("tipoff-content");
        content.setRequired(true);
        content.setMaxLength(8000);
        content.setMinHeight("6em");
        TextField place = new TextField("地点");
        place.setId("tipoff-place");
        place.setMaxLength(500);
        Checkbox anonymous = new Checkbox("匿名举报（不登记举报人身份，只能凭查询码网上查询结果）");
        anonymous.setId("tipoff-anonymous");
        TextField name = new TextField("举报人姓名");
        name.setId("tipoff-reporter-name");
        name.setMaxLength(100);
        TextField contact = new TextField("联系方式");
        contact.setId("tipoff-reporter-contact");
        contact.setMaxLength(200);
        ComboBox<String> reply = new ComboBox<>("告知方式");
        reply.setId("tipoff-reply-channel");
        reply.setItems(TipOffLabels.REPLY_CHANNELS.keySet());
        reply.setItemLabelGenerator(c -> Labels.label(TipOffLabels.REPLY_CHANNELS, c));
        reply.setValue("ONLINE");
        anonymous.addValueChangeListener(e -> {
            boolean anon = Boolean.TRUE.equals(e.getValue());
            name.setVisible(!anon);
            contact.setVisible(!anon);
            if (anon) {
                name.clear();
                contact.clear();
                reply.setValue("ONLINE");
            }
            reply.setEnabled(!anon);
        });
        for (HasValidation h : List.<HasValidation>of(unit, channel, received, subject, content, place, name, contact,
                reply)) {
            h.setManualValidation(true);
        }
        Span protection = new Span("举报人信息加密保存，仅承办人可见，每次查看均记录在案。");
        protection.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");

        FormLayout form = Forms.twoColumns();
        form.add(unit, channel);
        form.add(received, subject);
        form.add(content, 2);
        form.add(place, 2);
        form.add(anonymous, 2);
        form.add(name, contact);
        form.add(reply, protection);
        Map<String, HasValidation> fields = Forms.fields("unit", unit, "channel", channel, "receivedOn", received,
                "subject", subject, "content", content, "place", place, "reporterName", name, "reporterContact", contact,
                "replyChannel", reply);
        Button save = new Button("登记", e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            TipOffDTO in = new TipOffDTO();
            in.jurisdiction = jurisdiction.id;
            in.unit = unit.getValue() == null ? null : unit.getValue().id;
            in.channel = channel.getValue();
            in.receivedOn = Labels.iso(received.getValue());
            in.subject = Labels.blankToNull(subject.getValue());
            in.content = Labels.blankToNull(content.getValue());
            in.place = Labels.blankToNull(place.getValue());
            in.anonymous = anonymous.getValue();
            in.reporterName = in.anonymous ? null : Labels.blankToNull(name.getValue());
            in.reporterContact = in.anonymous ? null : Labels.blankToNull(contact.getValue());
            in.replyChannel = reply.getValue();
            Feedback.call(() -> services.get(TipOffService.class).register(actor, in), fields).ifPresent(created -> {
                Feedback.info("已登记举报（编号 " + created.id + "），请将查询码告知举报人");
                onChanged.run();
                show(created, created.receiptCode);
            });
        });
        save.setId("save-tipoff");
        add(Forms.section("举报情况", form, save));
    }

    // ---- a registered tip-off --------------------------------------------------------------------------------

    private boolean handlingSide(TipOffDTO t) {
        return actor.canSee(t.unit);
    }

    /** Shows the tip-off; {@code receiptCode} only right after the registration (it is never shown again). */
    /** 受理 → 核查 → 办结答复, as far as the tip-off has come (不予受理 ends it at the first step). */
    static StepBar steps(TipOffDTO t) {
        StepBar bar = new StepBar("tipoff-steps", java.util.List.of("受理", "核查", "办结答复"));
        String status = t.status == null ? "" : t.status;
        switch (status) {
            case "REJECTED" -> bar.show(0, "不予受理");
            case "ACCEPTED", "VERIFYING" -> bar.show(1, null);
            case "VERIFIED" -> bar.show(2, null);
            case "CLOSED" -> bar.show(3, null);
            default -> bar.show(0, null); // received, or waiting for the reporter's material
        }
        return bar;
    }

    private TipOffDialog show(TipOffDTO t, String receiptCode) {
        tipOff = t;
        setId("tipoff-detail");
        removeAll();
        setHeaderTitle("举报 #" + t.id + " · " + Labels.label(TipOffLabels.TIPOFF_CHANNELS, t.channel));
        if (receiptCode != null) {
            add(receipt(receiptCode));
        }
        add(steps(t), state(t), LineagePanel.of(services, actor, "tipoff", t.id, this::close), details(t), identity(t));
        if (t.materials != null && !t.materials.isEmpty()) {
            add(materials(t));
        }
        if (t.photos != null && !t.photos.isEmpty()) {
            add(photos(t));
        }
        if (t.routes != null && !t.routes.isEmpty()) {
            add(routes(t));
        }
        if (t.outcome != null || t.reply != null || t.rewardApprovedAt != null) {
            add(result(t));
        }
        if (handlingSide(t)) {
            add(actions(t));
        } else {
            Span away = new Span("此举报现由“" + names.name(t.unit) + "”办理，本单位保留查看。");
            away.setId("tipoff-elsewhere");
            away.getStyle().set("color", "var(--lumo-secondary-text-color)");
            add(away);
        }
        return this;
    }

    private static Component receipt(String code) {
        Div box = new Div();
        box.setId("tipoff-receipt");
        box.getStyle().set("border", "2px solid var(--lumo-primary-color)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)").set("margin-bottom", "var(--lumo-space-m)")
                .set("background", "var(--lumo-primary-color-10pct)");
        Span label = new Span("查询码：");
        label.getStyle().set("font-weight", "600");
        Span value = new Span(code);
        value.setId("tipoff-receipt-code");
        value.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-family", "monospace")
                .set("font-weight", "700").set("letter-spacing", "0.08em");
        Div hint = new Div(new Span("请当场告知举报人：凭此查询码可在“曝光台”页面查询办理进度、补充材料。"
                + "查询码只在此显示一次，平台不保存明文，关闭后无法再次查看。"));
        hint.getStyle().set("margin-top", "var(--lumo-space-s)");
        box.add(new Div(label, value), hint);
        return box;
    }

    private Component state(TipOffDTO t) {
        Span status = new Span(Labels.label(TipOffLabels.TIPOFF_STATUSES, t.status));
        status.setId("tipoff-status");
        status.getStyle().set("font-weight", "600");
        Span overdue = new Span(t.overdue ? "逾期未受理（受理期限 " + t.acceptDeadline + "）" : "");
        overdue.setId("tipoff-overdue");
        overdue.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        Span unit = new Span("办理单位：" + names.name(t.unit));
        unit.setId("tipoff-unit-name");
        HorizontalLayout bar = new HorizontalLayout(status, overdue, unit);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    private Component details(TipOffDTO t) {
        FormLayout form = Forms.twoColumns();
        form.add(Forms.readOnly("举报渠道", Labels.label(TipOffLabels.TIPOFF_CHANNELS, t.channel), "tipoff-detail-channel"),
                Forms.readOnly("收到日期", t.receivedOn, "tipoff-detail-received-on"));
        form.add(Forms.readOnly("登记单位", names.name(t.registeringUnit), "tipoff-detail-registering-unit"),
                Forms.readOnly("受理期限", t.acceptDeadline, "tipoff-detail-accept-deadline"));
        form.add(Forms.readOnly("被举报单位或对象", t.subject, "tipoff-detail-subject"),
                Forms.readOnly("地点", t.place, "tipoff-detail-place"));
        form.add(Forms.readOnlyArea("举报内容", t.content, "tipoff-detail-content"), 2);
        form.add(Forms.readOnly("告知方式", Labels.label(TipOffLabels.REPLY_CHANNELS, t.replyChannel), "tipoff-detail-reply-channel"));
        if (t.decisionNote != null) {
            String label = switch (Labels.nz(t.status)) {
                case "REJECTED" -> "不予受理理由";
                case "NEEDS_MATERIAL" -> "需补充的材料";
                default -> "受理意见";
            };
            form.add(Forms.readOnly(label, t.decisionNote, "tipoff-decision-note"));
        }
        return Forms.section("举报情况", form);
    }

    /** The reporter: the identity when the service sent it (to a handler), else why it is not shown. */
    private static Component identity(TipOffDTO t) {
        FormLayout form = Forms.twoColumns();
        if (t.anonymous) {
            Span anonymous = new Span("匿名举报");
            anonymous.setId("tipoff-identity");
            form.add(anonymous, 2);
        } else if (t.reporterName != null || t.reporterContact != null) {
            form.add(Forms.readOnly("举报人姓名", t.reporterName, "tipoff-reporter-name"),
                    Forms.readOnly("联系方式", t.reporterContact, "tipoff-reporter-contact"));
            Span note = new Span("举报人信息严格保密，不得泄露；本次查看已记录在案。");
            note.setId("tipoff-identity");
            note.getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)");
            form.add(note, 2);
        } else {
            Span withheld = new Span(IDENTITY_WITHHELD);
            withheld.setId("tipoff-identity");
            withheld.getStyle().set("color", "var(--lumo-secondary-text-color)");
            form.add(withheld, 2);
        }
        return Forms.section("举报人", form);
    }

    private static Component materials(TipOffDTO t) {
        Grid<MaterialDTO> grid = new Grid<>();
        grid.setId("tipoff-materials");
        grid.addColumn(m -> Dates.minutes(m.at)).setHeader("时间").setWidth("10em").setFlexGrow(0);
        grid.addColumn(m -> m.fromReporter ? "举报人补充" : "承办人").setHeader("来源").setWidth("7em").setFlexGrow(0);
        grid.addColumn(m -> Labels.nz(m.text)).setHeader("内容").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setItems(t.materials);
        return Forms.section("补充材料", grid);
    }

    /** The reporter's photos as thumbnails; a click opens one full size. */
    private Component photos(TipOffDTO t) {
        Div box = new Div();
        box.setId("tipoff-photos");
        box.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)");
        int n = 0;
        for (Long fileId : t.photos) {
            n++;
            long tipOffId = t.id;
            StreamResource resource = Uploads.image(this, "举报照片-" + tipOffId + "-" + fileId,
                    () -> services.get(TipOffService.class).photo(actor, tipOffId, fileId));
            Image image = new Image(resource, "举报照片 " + n);
            image.setId("tipoff-photo-" + fileId);
            image.setHeight("8em");
            image.getStyle().set("border-radius", "var(--lumo-border-radius-m)").set("object-fit", "cover")
                    .set("max-width", "12em");
            Anchor full = new Anchor(resource, "");
            full.add(image);
            full.setTarget("_blank");
            box.add(full);
        }
        return Forms.section("现场照片（" + t.photos.size() + " 张）", box);
    }

    private Component routes(TipOffDTO t) {
        Grid<RouteDTO> grid = new Grid<>();
        grid.setId("tipoff-routes");
        grid.addColumn(r -> Labels.label(TipOffLabels.ROUTE_KINDS, r.kind)).setHeader("方式").setFlexGrow(2);
        grid.addColumn(r -> names.name(r.from)).setHeader("交出单位").setFlexGrow(2);
        grid.addColumn(r -> names.name(r.to)).setHeader("接收单位").setFlexGrow(2);
        grid.addColumn(r -> names.name(r.copyTo)).setHeader("抄送").setFlexGrow(2);
        grid.addColumn(r -> Labels.nz(r.deadline)).setHeader("核查报告期限").setWidth("8em").setFlexGrow(0);
        grid.addColumn(r -> Dates.minutes(r.at) + (r.by == null ? "" : "（" + People.name(r.by) + "）")).setHeader("经办")
                .setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setItems(t.routes);
        return Forms.section("交办转办", grid);
    }

    private Component result(TipOffDTO t) {
        FormLayout form = Forms.twoColumns();
        if (t.outcome != null) {
            form.add(Forms.readOnly("核查结论", Labels.label(TipOffLabels.TIPOFF_OUTCOMES, t.outcome), "tipoff-outcome"),
                    Forms.readOnly("列入问题隐患清单", t.hazardId == null ? "" : "隐患 #" + t.hazardId, "tipoff-hazard-id"));
            form.add(Forms.readOnlyArea("处理措施", t.outcomeAction, "tipoff-outcome-action"), 2);
        }
        if (t.reply != null || t.report != null) {
            form.add(Forms.readOnlyArea("告知举报人的核查结果", t.reply, "tipoff-reply"), 2);
            form.add(Forms.readOnlyArea("核查处理报告", t.report, "tipoff-report"), 2);
            form.add(Forms.readOnly("结案时间", Dates.minutes(t.closedAt), "tipoff-closed-at"),
                    Forms.readOnly("已报告", t.reportedTo == null ? ""
                            : String.join("、", t.reportedTo.stream().map(names::name).toList()), "tipoff-reported-to"));
        }
        if (t.rewardApprovedAt != null) {
            form.add(Forms.readOnly("奖励金额（元）", t.rewardAmount, "tipoff-reward-amount"),
                    Forms.readOnly("批准", Labels.nz(t.rewardApprovedBy) + "（" + Dates.minutes(t.rewardApprovedAt)
                            + "）", "tipoff-reward-approved"));
            form.add(Forms.readOnly("发放", t.rewardPaidAt == null ? "未发放"
                    : Dates.minutes(t.rewardPaidAt) + "：" + Labels.nz(t.rewardPaymentRecord), "tipoff-reward-paid"), 2);
        }
        return Forms.section("核查与办结", form);
    }

    /** The steps open to the handling unit now. */
    private Component actions(TipOffDTO t) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        String s = Labels.nz(t.status);
        if (s.equals("RECEIVED")) {
            TextField note = new TextField("受理意见（可不填）");
            note.setId("accept-note");
            note.setWidthFull();
            note.setMaxLength(2000);
            Button accept = new Button("受理", e -> act(Map.of(),
                    () -> services.get(TipOffService.class).accept(actor, tipOff.id, Labels.blankToNull(note.getValue())), "已受理"));
            accept.setId("accept-tipoff");
            box.add(Forms.section("受理（受理人成为承办人）", note, accept));

            TextField what = new TextField("需补充的材料");
            what.setId("material-what");
            what.setWidthFull();
            what.setMaxLength(2000);
            what.setManualValidation(true);
            Button ask = new Button("要求补充材料", e -> act(Forms.fields("what", what),
                    () -> services.get(TipOffService.class).requestMaterial(actor, tipOff.id, Labels.blankToNull(what.getValue())),
                    "已要求举报人补充材料"));
            ask.setId("request-material");
            box.add(Forms.section("要求补充材料（举报人凭查询码补充）", what, ask));
        }
        if (s.equals("RECEIVED") || s.equals("NEEDS_MATERIAL")) {
            TextArea reason = new TextArea("不予受理理由（告知举报人）");
            reason.setId("reject-reason");
            reason.setWidthFull();
            reason.setMaxLength(2000);
            reason.setManualValidation(true);
            Button reject = new Button("不予受理", e -> act(Forms.fields("reason", reason),
                    () -> services.get(TipOffService.class).reject(actor, tipOff.id, Labels.blankToNull(reason.getValue())), "已不予受理"));
            reject.setId("reject-tipoff");
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
            box.add(Forms.section("不予受理", reason, reject));
        }
        if (s.equals("RECEIVED") || s.equals("ACCEPTED")) {
            box.add(routing());
        }
        if (s.equals("ACCEPTED")) {
            box.add(verification(t));
        }
        if (s.equals("VERIFIED")) {
            TextArea reply = new TextArea("告知举报人的核查结果");
            reply.setId("close-reply");
            reply.setMaxLength(4000);
            reply.setMinHeight("4em");
            reply.setManualValidation(true);
            TextArea report = new TextArea("核查处理报告");
            report.setId("close-report");
            report.setMaxLength(8000);
            report.setMinHeight("5em");
            report.setManualValidation(true);
            FormLayout form = Forms.twoColumns();
            form.add(reply, 2);
            form.add(report, 2);
            Button close = new Button("结案", e -> act(Forms.fields("reply", reply, "report", report),
                    () -> services.get(TipOffService.class).close(actor, tipOff.id, Labels.blankToNull(reply.getValue()),
                            Labels.blankToNull(report.getValue())), "已结案"));
            close.setId("close-tipoff");
            box.add(Forms.section("结案（告知举报人，并向交办转办单位报告）", form, close));
        }
        boolean confirmed = t.outcome != null && !"NOT_CONFIRMED".equals(t.outcome);
        if ((s.equals("VERIFIED") || s.equals("CLOSED")) && confirmed && t.rewardApprovedAt == null) {
            TextField amount = new TextField("奖励金额（元）");
            amount.setId("reward-amount");
            amount.setMaxLength(20);
            amount.setManualValidation(true);
            TextField by = new TextField("批准人（职务）");
            by.setId("reward-approved-by");
            by.setMaxLength(200);
            by.setManualValidation(true);
            FormLayout form = Forms.twoColumns();
            form.add(amount, by);
            Button approve = new Button("批准奖励", e -> act(Forms.fields("amount", amount, "approvedBy", by),
                    () -> services.get(TipOffService.class).approveReward(actor, tipOff.id, Labels.blankToNull(amount.getValue()),
                            Labels.blankToNull(by.getValue())), "已批准奖励"));
            approve.setId("approve-reward");
            box.add(Forms.section("举报奖励", form, approve));
        }
        if (t.rewardApprovedAt != null && t.rewardPaidAt == null) {
            TextField record = new TextField("发放记录");
            record.setId("reward-payment-record");
            record.setWidthFull();
            record.setMaxLength(1000);
            record.setManualValidation(true);
            record.setPlaceholder("如：国库支付凭证号");
            Button pay = new Button("登记发放", e -> act(Forms.fields("paymentRecord", record),
                    () -> services.get(TipOffService.class).payReward(actor, tipOff.id, Labels.blankToNull(record.getValue())),
                    "已登记奖励发放"));
            pay.setId("pay-reward");
            box.add(Forms.section("奖励发放", record, pay));
        }
        return box;
    }

    /** 交办转办: down to the lower level, to the competent department, or passed on with a copy. */
    private Component routing() {
        List<UnitDTO> units = Choices.installedUnits(services);
        ComboBox<String> kind = new ComboBox<>("方式");
        kind.setId("route-kind");
        kind.setItems(TipOffLabels.ROUTE_KINDS.keySet());
        kind.setItemLabelGenerator(k -> Labels.label(TipOffLabels.ROUTE_KINDS, k));
        ComboBox<UnitDTO> to = new ComboBox<>("接收单位");
        to.setId("route-to");
        to.setItems(units);
        to.setItemLabelGenerator(u -> Choices.qualifiedName(names, u));
        ComboBox<UnitDTO> copyTo = new ComboBox<>("抄送（移交时必填）");
        copyTo.setId("route-copy-to");
        copyTo.setItems(units);
        copyTo.setItemLabelGenerator(u -> Choices.qualifiedName(names, u));
        copyTo.setClearButtonVisible(true);
        DatePicker deadline = Labels.datePicker("核查报告期限", "route-deadline");
        deadline.setMin(Labels.today());
        deadline.setValue(Labels.today().plusDays(15));
        for (HasValidation h : List.<HasValidation>of(kind, to, copyTo, deadline)) {
            h.setManualValidation(true);
        }
        FormLayout form = Forms.twoColumns();
        form.add(kind, to);
        form.add(copyTo, deadline);
        Button route = new Button("交办转办", e -> {
            RouteDTO r = new RouteDTO();
            r.kind = kind.getValue();
            r.to = to.getValue() == null ? null : to.getValue().id;
            r.copyTo = copyTo.getValue() == null ? null : copyTo.getValue().id;
            r.deadline = Labels.iso(deadline.getValue());
            act(Forms.fields("kind", kind, "to", to, "copyTo", copyTo, "deadline", deadline),
                    () -> services.get(TipOffService.class).route(actor, tipOff.id, r), "已交办转办");
        });
        route.setId("route-tipoff");
        return Forms.section("交办转办（属地管理、分级负责；接收单位登记受理）", form, route);
    }

    /** 核查: the outcome and what was done; for a confirmed major hazard the hazard-list entry's fields too. */
    private Component verification(TipOffDTO t) {
        ComboBox<String> outcome = new ComboBox<>("核查结论");
        outcome.setId("verify-outcome");
        outcome.setItems(TipOffLabels.TIPOFF_OUTCOMES.keySet());
        outcome.setItemLabelGenerator(o -> Labels.label(TipOffLabels.TIPOFF_OUTCOMES, o));
        TextArea action = new TextArea("处理措施");
        action.setId("verify-action");
        action.setMaxLength(2000);
        action.setMinHeight("3em");
        action.setPlaceholder("如：责令立即整改 / 限期整改 / 当场纠正 / 行政处罚 / 移送司法机关 / 提请调查");
        List<UnitDTO> own = Choices.ownUnits(services, actor, t.jurisdiction);
        ComboBox<UnitDTO> hazardUnit = new ComboBox<>("隐患所在单位");
        hazardUnit.setId("verify-hazard-unit");
        hazardUnit.setItems(own);
        hazardUnit.setItemLabelGenerator(u -> Labels.nz(u.name));
        hazardUnit.setValue(own.stream().filter(u -> Objects.equals(u.id, t.unit)).findFirst().orElse(null));
        TextArea description = new TextArea("问题隐患描述");
        description.setId("verify-hazard-description");
        description.setMaxLength(4000);
        description.setValue((t.subject == null ? "" : t.subject + "：") + Labels.nz(t.content));
        TextArea measures = new TextArea("整改措施");
        measures.setId("verify-measures");
        measures.setMaxLength(4000);
        TextField rectificationUnit = new TextField("整改单位");
        rectificationUnit.setId("verify-rectification-unit");
        rectificationUnit.setMaxLength(200);
        TextField responsible = new TextField("整改责任人（职务）");
        responsible.setId("verify-responsible");
        responsible.setMaxLength(100);
        DatePicker deadline = Labels.datePicker("整改时限", "verify-deadline");
        deadline.setMin(Labels.today());
        TextField inspector = new TextField("核查人（职务）");
        inspector.setId("verify-inspector");
        inspector.setValue("核查组组长");
        inspector.setMaxLength(100);
        FormLayout hazardForm = Forms.twoColumns();
        hazardForm.add(hazardUnit, inspector);
        hazardForm.add(description, 2);
        hazardForm.add(measures, 2);
        hazardForm.add(rectificationUnit, responsible);
        hazardForm.add(deadline);
        Component hazardSection = Forms.section("重大事故隐患列入问题隐患清单（来源：群众举报核实）", hazardForm);
        hazardSection.setVisible(false);
        outcome.addValueChangeListener(e -> hazardSection.setVisible("MAJOR_HAZARD".equals(e.getValue())));
        for (HasValidation h : List.<HasValidation>of(outcome, action, hazardUnit, description, measures,
                rectificationUnit, responsible, deadline, inspector)) {
            h.setManualValidation(true);
        }
        FormLayout form = Forms.twoColumns();
        form.add(outcome);
        form.add(action, 2);
        Map<String, HasValidation> fields = Forms.fields("outcome", outcome, "action", action, "hazard", measures,
                "unit", hazardUnit, "description", description, "measures", measures, "rectificationUnit",
                rectificationUnit, "rectificationResponsible", responsible, "deadline", deadline, "inspector", inspector);
        Button verify = new Button("登记核查结果", e -> {
            String o = outcome.getValue();
            HazardDTO h = null;
            if ("MAJOR_HAZARD".equals(o)) {
                h = new HazardDTO();
                h.unit = hazardUnit.getValue() == null ? null : hazardUnit.getValue().id;
                h.description = Labels.blankToNull(description.getValue());
                h.measures = Labels.blankToNull(measures.getValue());
                h.rectificationUnit = Labels.blankToNull(rectificationUnit.getValue());
                h.rectificationResponsible = Labels.blankToNull(responsible.getValue());
                h.deadline = Labels.iso(deadline.getValue());
                h.inspector = Labels.blankToNull(inspector.getValue());
            }
            HazardDTO hazard = h;
            act(fields, () -> services.get(TipOffService.class).verify(actor, tipOff.id, o, Labels.blankToNull(action.getValue()), hazard),
                    "已登记核查结果");
        });
        verify.setId("verify-tipoff");
        VerticalLayout box = new VerticalLayout(form, hazardSection);
        box.setPadding(false);
        box.setSpacing(false);
        return Forms.section("核查", box, verify);
    }

    /** Runs an action; on success tells the user, shows the tip-off afresh and refreshes the list. */
    private void act(Map<String, HasValidation> fields, Supplier<TipOffDTO> action, String done) {
        fields.values().forEach(f -> f.setInvalid(false));
        Feedback.call(action, fields).ifPresent(updated -> {
            Feedback.info(done + (updated.hazardId != null && "已登记核查结果".equals(done) ? "，已列入问题隐患清单：隐患 #"
                    + updated.hazardId : ""));
            show(updated, null);
            onChanged.run();
        });
    }
}

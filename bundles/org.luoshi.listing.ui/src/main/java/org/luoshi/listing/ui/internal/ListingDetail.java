package org.luoshi.listing.ui.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

import org.luoshi.api.Actor;
import org.luoshi.api.jurisdiction.UnitDTO;
import org.luoshi.api.listing.ExtensionDTO;
import org.luoshi.api.listing.FollowUpDTO;
import org.luoshi.api.listing.ListingDTO;
import org.luoshi.api.listing.ListingService;
import org.luoshi.api.listing.ListingStatus;
import org.luoshi.api.listing.NoticeDTO;
import org.luoshi.api.listing.PlanDTO;
import org.luoshi.api.listing.ReviewDTO;
import org.luoshi.api.listing.ProgressReportDTO;
import org.luoshi.api.listing.SignOffDTO;
import org.luoshi.api.listing.TrackingDTO;
import org.luoshi.ui.kit.Feedback;
import org.luoshi.ui.kit.Forms;
import org.luoshi.ui.kit.Labels;
import org.luoshi.ui.kit.LineagePanel;
import org.luoshi.ui.kit.People;
import org.luoshi.ui.kit.Services;
import org.luoshi.ui.kit.StepBar;
import org.luoshi.ui.kit.ExportButton;
import org.luoshi.ui.kit.UnitNames;
import org.luoshi.api.export.ExportService;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * One listed major hazard: every column of form 附件3, the listing notice, and the supervision process (督办过程) with one
 * section per step that the current state allows — plan (五要素), tracking, extension request and decision, completion
 * report, delegation of the acceptance, review (accept or send back), delisting (摘牌销号) and follow-ups (立案查处、追责问责、
 * 公开曝光、一案双罚). The service decides who may take a step; its refusal is shown with its reason.
 */
final class ListingDetail extends Dialog {
    private static final long serialVersionUID = 1L;
    /** States in which the supervision goes on (tracking entries may be added). */
    private static final Set<ListingStatus> OPEN = EnumSet.of(ListingStatus.LISTED, ListingStatus.RECTIFYING,
            ListingStatus.EXTENSION_REQUESTED, ListingStatus.COMPLETION_REPORTED);

    private final Services services;
    private final Actor actor;
    private final Runnable onChanged;
    private final UnitNames unitNames = new UnitNames();
    private ListingDTO listing;

    static void open(Services services, Actor actor, long id, Runnable onChanged) {
        if (services == null || actor == null) {
            return;
        }
        Feedback.call(() -> services.get(ListingService.class).get(actor, id))
                .ifPresent(l -> new ListingDetail(services, actor, l, onChanged).open());
    }

    private ListingDetail(Services services, Actor actor, ListingDTO listing, Runnable onChanged) {
        this.services = services;
        this.actor = actor;
        this.onChanged = onChanged;
        unitNames.reset(services);
        setId("listing-detail");
        setWidth("min(72em, 96vw)");
        setCloseOnOutsideClick(false);
        Forms.askBeforeClosing(this);
        setDraggable(true);
        setResizable(true);
        Button close = new Button("关闭", e -> close());
        close.setId("close-listing");
        getFooter().add(close);
        show(listing);
    }

    private void show(ListingDTO l) {
        listing = l;
        removeAll();
        setHeaderTitle("重大事故隐患挂牌督办 · 编号 " + l.id);
        add(steps(l), status(l), LineagePanel.of(services, actor, "listing", l.id, this::close), record(l));
        for (Component section : new Component[] { notice(l), plan(l), progressReports(l), tracking(l), extension(l),
                completion(l), delegation(l), review(l), signOffs(l), delisting(l), followUps(l) }) {
            if (section != null) {
                add(section);
            }
        }
    }

    /** 挂牌 → 方案 → 整改 → 验收 → 摘牌, as far as the listing has come. */
    static StepBar steps(ListingDTO l) {
        StepBar bar = new StepBar("listing-steps", List.of("挂牌", "整改方案", "整改", "复查验收", "摘牌销号"));
        int done = l.status == null ? 0 : switch (l.status) {
            case LISTED -> l.plan == null ? 1 : 2;
            case RECTIFYING, EXTENSION_REQUESTED -> 2;
            case COMPLETION_REPORTED -> 3;
            case ACCEPTED -> 4;
            case DELISTED -> 5;
        };
        bar.show(done, null);
        return bar;
    }

    private Component status(ListingDTO l) {
        Span label = new Span("当前状态：");
        Span status = new Span(l.status == null ? "" : l.status.label());
        status.setId("listing-status");
        status.getStyle().set("font-weight", "600");
        HorizontalLayout bar = new HorizontalLayout(label, status);
        if (l.overdue) {
            bar.add(mark("逾期", "listing-overdue"));
        }
        if (l.planOverdue) {
            bar.add(mark("整改方案逾期未报", "listing-plan-overdue"));
        }
        if (l.progressOverdue) {
            bar.add(mark("进展报告逾期", "listing-progress-overdue"));
        }
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setSpacing(false);
        bar.getStyle().set("gap", "var(--lumo-space-s)");
        return bar;
    }

    private static Span mark(String text, String id) {
        Span s = new Span(text);
        s.setId(id);
        s.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        return s;
    }

    /** 整改进展报告 by the notice's cycle: the next report day, the days missed, the reports, and the form to send one. */
    private Component progressReports(ListingDTO l) {
        if (l.notice == null || (l.progressReports.isEmpty() && !OPEN.contains(l.status))) {
            return null;
        }
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        String schedule = "报告周期：" + Labels.nz(l.notice.reportCycle)
                + (l.nextReportDue == null ? "" : "；下次报告截止：" + l.nextReportDue.replace("T", " ").replaceAll("(:\\d\\d)(:\\d\\d)?([+-].*)$", "$1"))
                + (l.reportsMissed > 0 ? "；已缺报 " + l.reportsMissed + " 次" : "");
        Span line = new Span(schedule);
        line.setId("progress-schedule");
        body.add(line);
        if (!l.progressReports.isEmpty()) {
            Grid<ProgressReportDTO> grid = new Grid<>();
            grid.setId("progress-grid");
            grid.addColumn(r -> Labels.nz(r.date)).setHeader("报告日期").setFlexGrow(1);
            grid.addColumn(r -> Labels.nz(r.documentNumber)).setHeader("文号").setFlexGrow(1);
            grid.addColumn(r -> Labels.nz(r.text)).setHeader("整改进展").setFlexGrow(4);
            grid.addColumn(r -> People.name(r.reportedBy)).setHeader("报告人").setFlexGrow(1);
            grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
            grid.setAllRowsVisible(true);
            grid.setItems(l.progressReports);
            body.add(grid);
        }
        if (!OPEN.contains(l.status) || l.status == ListingStatus.COMPLETION_REPORTED) {
            return Forms.section("整改进展报告", body);
        }
        DatePicker date = Labels.datePicker("报告日期", "progress-date");
        date.setValue(Labels.today());
        date.setMax(Labels.today());
        TextField number = new TextField("文号");
        number.setId("progress-number");
        TextArea text = area("整改进展", "progress-text", "本期整改治理情况");
        Map<String, HasValidation> fields = Forms.fields("date", date, "documentNumber", number, "text", text);
        FormLayout form = Forms.twoColumns();
        form.add(date, number);
        form.add(text, 2);
        body.add(form);
        Button send = new Button("报告整改进展", e -> {
            ProgressReportDTO r = new ProgressReportDTO();
            r.date = Labels.iso(date.getValue());
            r.documentNumber = Labels.blankToNull(number.getValue());
            r.text = Labels.blankToNull(text.getValue());
            act(fields, () -> services.get(ListingService.class).reportProgress(actor, listing.id, r), "已报告整改进展");
        });
        send.setId("report-progress");
        return Forms.section("整改进展报告", body, send);
    }

    /** 签字确认 before 摘牌销号, where the region requires it: who must sign, who has, and the signing form. */
    private Component signOffs(ListingDTO l) {
        if (l.signOffsRequired.isEmpty()) {
            return null;
        }
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        List<String> missing = new java.util.ArrayList<>(l.signOffsRequired);
        l.signOffs.forEach(x -> missing.remove(x.role));
        Span need = new Span("本辖区规定摘牌销号前须经签字确认：" + String.join("、", l.signOffsRequired)
                + (missing.isEmpty() ? "（已全部签字）" : "；尚缺：" + String.join("、", missing)));
        need.setId("signoff-required");
        body.add(need);
        if (!l.signOffs.isEmpty()) {
            Grid<SignOffDTO> grid = new Grid<>();
            grid.setId("signoff-grid");
            grid.addColumn(x -> Labels.nz(x.role)).setHeader("签字身份").setFlexGrow(1);
            grid.addColumn(x -> Labels.nz(x.signerName) + "（" + Labels.nz(x.signerTitle) + "）").setHeader("签字人").setFlexGrow(1);
            grid.addColumn(x -> Labels.nz(x.date)).setHeader("日期").setFlexGrow(1);
            grid.addColumn(x -> Labels.nz(x.opinion)).setHeader("审核意见").setFlexGrow(3);
            grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
            grid.setAllRowsVisible(true);
            grid.setItems(l.signOffs);
            body.add(grid);
        }
        if (missing.isEmpty() || (l.status != ListingStatus.COMPLETION_REPORTED && l.status != ListingStatus.ACCEPTED)) {
            return Forms.section("签字确认", body);
        }
        ComboBox<String> role = new ComboBox<>("签字身份");
        role.setId("signoff-role");
        role.setItems(missing);
        role.setValue(missing.get(0));
        DatePicker date = Labels.datePicker("签字日期", "signoff-date");
        date.setValue(Labels.today());
        date.setMax(Labels.today());
        TextArea opinion = area("审核意见", "signoff-opinion", "如：经审核，整改到位，同意销号");
        Map<String, HasValidation> fields = Forms.fields("role", role, "date", date, "opinion", opinion);
        FormLayout form = Forms.twoColumns();
        form.add(role, date);
        form.add(opinion, 2);
        body.add(form);
        body.add(note("以本人账号签字确认；签字人的姓名和职务取自“个人信息”。"));
        Button sign = new Button("签字确认", e -> {
            SignOffDTO x = new SignOffDTO();
            x.role = role.getValue();
            x.date = Labels.iso(date.getValue());
            x.opinion = Labels.blankToNull(opinion.getValue());
            act(fields, () -> services.get(ListingService.class).signOff(actor, listing.id, x), "已签字确认");
        });
        sign.setId("sign-off");
        return Forms.section("签字确认", body, sign);
    }

    /** The row of form 附件3. */
    private Component record(ListingDTO l) {
        FormLayout form = Forms.twoColumns();
        form.add(Forms.readOnlyArea("重大事故隐患描述", l.hazardDescription, "detail-description"), 2);
        form.add(Forms.readOnly("隐患所在单位", unitNames.name(l.unit), "detail-unit"),
                Forms.readOnly("整改单位及责任人", withPerson(l.rectificationUnit, l.rectificationResponsible),
                        "detail-rectification"));
        form.add(Forms.readOnlyArea("整改措施", l.measures, "detail-measures"), 2);
        form.add(Forms.readOnly("整改时限", Labels.nz(l.deadline) + (l.overdue ? "（逾期）" : ""), "detail-deadline"),
                Forms.readOnly("立即整改", Labels.yesNo(l.fixNow), "detail-fix-now"));
        form.add(Forms.readOnlyArea("整改完成情况", l.progress, "detail-progress"), 2);
        form.add(Forms.readOnly("整改完成时间", l.completedOn, "detail-completed-on"),
                Forms.readOnly("挂牌督办时间", l.listedOn, "detail-listed-on"));
        form.add(Forms.readOnly("挂牌督办单位及责任人", withPerson(unitNames.name(l.listingUnit), l.listingResponsible),
                "detail-listing-unit"), Forms.readOnly("提级挂牌", Labels.yesNo(l.escalated), "detail-escalated"));
        if (l.designatedBy != null) {
            form.add(Forms.readOnly("指定单位", unitNames.name(l.designatedBy), "detail-designated-by"), 2);
        }
        form.add(Forms.readOnly("复查单位及责任人", withPerson(unitNames.name(l.reviewUnit), l.reviewer),
                "detail-review-unit"), Forms.readOnly("验收文书", l.acceptanceDocument, "detail-acceptance-document"));
        form.add(Forms.readOnlyArea("复查验收情况", l.review, "detail-review"), 2);
        if (l.delegatedReviewUnit != null) {
            form.add(Forms.readOnly("委托复查验收单位", unitNames.name(l.delegatedReviewUnit), "detail-delegated"), 2);
        }
        form.add(Forms.readOnly("摘牌销号时间", l.delistedOn, "detail-delisted-on"));
        return Forms.section("挂牌督办清单（附件3）", form);
    }

    private Component notice(ListingDTO l) {
        NoticeDTO n = l.notice;
        if (n == null) {
            return null;
        }
        FormLayout form = Forms.twoColumns();
        form.add(Forms.readOnly("文号", n.number, "detail-notice-number"),
                Forms.readOnly("联系人及联系方式", n.contact, "detail-notice-contact"));
        form.add(Forms.readOnlyArea("隐患基本情况", n.hazardBasics, "detail-notice-basics"), 2);
        form.add(Forms.readOnly("整改方案报送期限", Labels.nz(n.planDueDate) + (l.planOverdue ? "（逾期未报）" : ""),
                "detail-notice-plan-due"),
                Forms.readOnly("进展报告周期", n.reportCycle, "detail-notice-report-cycle"));
        form.add(Forms.readOnly("整改完成期限", n.completionDeadline, "detail-notice-completion-deadline"));
        form.add(Forms.readOnlyArea("摘牌销号程序", n.delistingProcedure, "detail-notice-procedure"), 2);
        ListingDTO current = l;
        java.util.Map<String, String> names = new java.util.HashMap<>();
        names.put(l.unit, unitNames.name(l.unit));
        names.put(l.listingUnit, unitNames.name(l.listingUnit));
        ExportButton download = new ExportButton("download-notice", "下载通知书", "docx", ExportService.DOCX,
                "重大事故隐患挂牌督办通知书-" + (n.number == null ? String.valueOf(l.id) : n.number),
                () -> names.get(current.listingUnit), (service, header) -> service.listingNotice(current, names));
        download.update(services, actor);
        VerticalLayout body = new VerticalLayout(form, download);
        body.setPadding(false);
        return Forms.section("挂牌督办通知书", body);
    }

    /** The plan with its five elements: shown once submitted, to be filled while the hazard is just listed. */
    private Component plan(ListingDTO l) {
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        if (l.plan != null) {
            PlanDTO p = l.plan;
            FormLayout done = Forms.twoColumns();
            done.add(Forms.readOnlyArea("责任", p.responsibility, "detail-plan-responsibility"), 2);
            done.add(Forms.readOnlyArea("措施", p.measures, "detail-plan-measures"), 2);
            done.add(Forms.readOnly("资金", p.funds, "detail-plan-funds"),
                    Forms.readOnly("时限", p.deadline, "detail-plan-deadline"));
            done.add(Forms.readOnlyArea("预案", p.contingency, "detail-plan-contingency"), 2);
            done.add(Forms.readOnly("报送时间", p.submittedOn, null), Forms.readOnly("报送人", People.name(p.submittedBy), null));
            body.add(done);
        }
        if (l.status != ListingStatus.LISTED) {
            return l.plan == null ? null : Forms.section("整改方案（责任、措施、资金、时限、预案）", body);
        }
        TextArea responsibility = area("责任", "plan-responsibility", "如：矿长为第一责任人，分管副矿长具体负责");
        TextArea measures = area("措施", "plan-measures", "整改的具体措施");
        measures.setValue(Labels.nz(l.measures));
        TextField funds = new TextField("资金");
        funds.setId("plan-funds");
        funds.setPlaceholder("如：企业自筹 50 万元");
        DatePicker deadline = Labels.datePicker("时限", "plan-deadline");
        deadline.setValue(Labels.date(l.deadline));
        TextArea contingency = area("预案", "plan-contingency", "整改期间的应急预案和安全防范措施");
        Map<String, HasValidation> fields = Forms.fields("responsibility", responsibility, "measures", measures,
                "funds", funds, "deadline", deadline, "contingency", contingency);
        FormLayout form = Forms.twoColumns();
        form.add(responsibility, 2);
        form.add(measures, 2);
        form.add(funds, deadline);
        form.add(contingency, 2);
        body.add(form);
        if (l.fixNow) {
            body.add(note("立即整改的隐患也可不报方案，整改完成后直接报告整改完成。"));
        }
        Button submit = new Button("提交整改方案", e -> {
            PlanDTO p = new PlanDTO();
            p.responsibility = Labels.blankToNull(responsibility.getValue());
            p.measures = Labels.blankToNull(measures.getValue());
            p.funds = Labels.blankToNull(funds.getValue());
            p.deadline = Labels.iso(deadline.getValue());
            p.contingency = Labels.blankToNull(contingency.getValue());
            act(fields, () -> services.get(ListingService.class).submitPlan(actor, listing.id, p), "已提交整改方案");
        });
        submit.setId("submit-plan");
        return Forms.section("整改方案（责任、措施、资金、时限、预案）", body, submit);
    }

    private Component tracking(ListingDTO l) {
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        Grid<TrackingDTO> grid = new Grid<>();
        grid.setId("tracking-grid");
        grid.addColumn(t -> Labels.nz(t.date)).setHeader("日期").setFlexGrow(1);
        grid.addColumn(t -> Labels.label(ListingLabels.TRACKING_METHODS, t.method)).setHeader("方式").setFlexGrow(1);
        grid.addColumn(t -> Labels.nz(t.person)).setHeader("督办人").setFlexGrow(1);
        grid.addColumn(t -> Labels.nz(t.finding)).setHeader("督办情况").setFlexGrow(4);
        grid.addColumn(t -> Labels.nz(t.recordedBy)).setHeader("记录人").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setItems(l.tracking == null ? List.of() : l.tracking);
        if (l.tracking == null || l.tracking.isEmpty()) {
            body.add(note("暂无督办记录"));
        } else {
            body.add(grid);
        }
        if (!OPEN.contains(l.status)) {
            return Forms.section("督办过程", body);
        }
        ComboBox<String> method = new ComboBox<>("督办方式");
        method.setId("track-method");
        method.setItems(ListingLabels.TRACKING_METHODS.keySet());
        method.setItemLabelGenerator(m -> Labels.label(ListingLabels.TRACKING_METHODS, m));
        method.setValue("ON_SITE");
        DatePicker date = Labels.datePicker("日期", "track-date");
        date.setValue(Labels.today());
        date.setMax(Labels.today());
        TextField person = new TextField("督办人（职务）");
        person.setId("track-person");
        TextArea finding = area("督办情况", "track-finding", "检查发现、调度或问询的情况");
        Map<String, HasValidation> fields = Forms.fields("method", method, "date", date, "person", person,
                "finding", finding);
        FormLayout form = Forms.twoColumns();
        form.add(method, date, person);
        form.add(finding, 2);
        body.add(form);
        Button add = new Button("记录督办过程", e -> {
            TrackingDTO t = new TrackingDTO();
            t.method = method.getValue();
            t.date = Labels.iso(date.getValue());
            t.person = Labels.blankToNull(person.getValue());
            t.finding = Labels.blankToNull(finding.getValue());
            act(fields, () -> services.get(ListingService.class).track(actor, listing.id, t), "已记录督办过程");
        });
        add.setId("add-tracking");
        return Forms.section("督办过程（现场检查、视频调度、电话询问）", body, add);
    }

    private Component extension(ListingDTO l) {
        boolean any = l.extensions != null && !l.extensions.isEmpty();
        if (!any && l.status != ListingStatus.RECTIFYING && l.status != ListingStatus.EXTENSION_REQUESTED) {
            return null;
        }
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        if (any) {
            Grid<ExtensionDTO> grid = new Grid<>();
            grid.setId("extension-grid");
            grid.addColumn(x -> Labels.nz(x.requestedOn)).setHeader("申请日期").setFlexGrow(1);
            grid.addColumn(x -> Labels.nz(x.requestedDeadline)).setHeader("申请延期至").setFlexGrow(1);
            grid.addColumn(x -> Labels.nz(x.explanation)).setHeader("延期说明").setFlexGrow(3);
            grid.addColumn(x -> Labels.label(ListingLabels.EXTENSION_DECISIONS, x.decision)).setHeader("审批结果").setFlexGrow(1);
            grid.addColumn(x -> Labels.nz(x.decisionReason)).setHeader("审批意见").setFlexGrow(2);
            grid.addColumn(x -> Labels.nz(x.decidedOn)).setHeader("审批日期").setFlexGrow(1);
            grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
            grid.setAllRowsVisible(true);
            grid.setItems(l.extensions);
            body.add(grid);
        }
        if (l.status == ListingStatus.RECTIFYING) {
            DatePicker wanted = Labels.datePicker("申请延期至", "ext-deadline");
            java.time.LocalDate current = Labels.date(l.deadline);
            if (current != null) {
                // only a later deadline is an extension
                wanted.setMin(current.plusDays(1));
            }
            TextArea explanation = area("延期说明", "ext-explanation", "因特殊原因不能按期整改到位的说明");
            Map<String, HasValidation> fields = Forms.fields("requestedDeadline", wanted, "explanation", explanation);
            FormLayout form = Forms.twoColumns();
            form.add(wanted);
            form.add(explanation, 2);
            body.add(form);
            Button request = new Button("申请延期", e -> {
                ExtensionDTO x = new ExtensionDTO();
                x.requestedDeadline = Labels.iso(wanted.getValue());
                x.explanation = Labels.blankToNull(explanation.getValue());
                act(fields, () -> services.get(ListingService.class).requestExtension(actor, listing.id, x), "已提交延期申请");
            });
            request.setId("request-extension");
            return Forms.section("延期申请", body, request);
        }
        if (l.status == ListingStatus.EXTENSION_REQUESTED) {
            TextArea reason = area("审批意见", "ext-reason", "同意可不填；不同意须说明理由");
            Map<String, HasValidation> fields = Forms.fields("reason", reason);
            body.add(reason);
            reason.setWidthFull();
            Button approve = new Button("同意延期", e -> act(fields, () -> services.get(ListingService.class)
                    .decideExtension(actor, listing.id, true, Labels.blankToNull(reason.getValue())), "已同意延期"));
            approve.setId("approve-extension");
            Button refuse = new Button("不同意延期", e -> act(fields, () -> services.get(ListingService.class)
                    .decideExtension(actor, listing.id, false, Labels.blankToNull(reason.getValue())), "已不同意延期"));
            refuse.setId("refuse-extension");
            refuse.addThemeVariants(ButtonVariant.LUMO_ERROR);
            return Forms.section("延期申请 · 审批", body, approve, refuse);
        }
        return Forms.section("延期申请", body);
    }

    private Component completion(ListingDTO l) {
        boolean allowed = l.status == ListingStatus.RECTIFYING || l.status == ListingStatus.LISTED && l.fixNow;
        if (!allowed) {
            return null;
        }
        TextArea report = area("整改完成情况（书面整改报告）", "completion-report", "整改完成情况");
        DatePicker date = Labels.datePicker("整改完成时间", "completion-date");
        date.setValue(Labels.today());
        date.setMax(Labels.today());
        Map<String, HasValidation> fields = Forms.fields("report", report, "completedOn", date);
        FormLayout form = Forms.twoColumns();
        form.add(report, 2);
        form.add(date);
        Button submit = new Button("报告整改完成", e -> act(fields, () -> services.get(ListingService.class).reportCompletion(actor,
                listing.id, Labels.blankToNull(report.getValue()), Labels.iso(date.getValue())), "已报告整改完成"));
        submit.setId("report-completion");
        return Forms.section("整改完成报告", form, submit);
    }

    /** An escalated listing: the lister may have the daily supervising department accept it. */
    private Component delegation(ListingDTO l) {
        if (!l.escalated || !OPEN.contains(l.status)) {
            return null;
        }
        ComboBox<UnitDTO> unit = unitCombo("受委托的日常监管部门", "delegate-unit",
                ListingForm.unitsAtAndAbove(services, l.jurisdiction).stream()
                        .filter(u -> "department".equals(u.kind)).toList(), l.delegatedReviewUnit);
        Map<String, HasValidation> fields = Forms.fields("reviewUnit", unit);
        Button delegate = new Button("委托复查验收", e -> act(fields, () -> services.get(ListingService.class).delegateReview(actor,
                listing.id, unit.getValue() == null ? null : unit.getValue().id), "已委托复查验收"));
        delegate.setId("delegate-review");
        return Forms.section("委托复查验收（提级挂牌）", unit, delegate);
    }

    private Component review(ListingDTO l) {
        if (l.status != ListingStatus.COMPLETION_REPORTED) {
            return null;
        }
        String expected = l.delegatedReviewUnit != null ? l.delegatedReviewUnit : l.listingUnit;
        ComboBox<UnitDTO> unit = unitCombo("复查单位", "review-unit",
                ListingForm.unitsAtAndAbove(services, l.jurisdiction), expected);
        TextField reviewer = new TextField("复查责任人（职务）");
        reviewer.setId("reviewer");
        TextField document = new TextField("验收文书");
        document.setId("acceptance-document");
        document.setPlaceholder("文书编号或名称（验收通过时必填）");
        TextArea opinion = area("复查验收情况 / 退回理由", "review-opinion", "验收情况，或退回重新整改的理由");
        DatePicker date = Labels.datePicker("复查日期", "review-date");
        date.setValue(Labels.today());
        date.setMax(Labels.today());
        Map<String, HasValidation> fields = Forms.fields("reviewUnit", unit, "reviewer", reviewer,
                "acceptanceDocument", document, "opinion", opinion, "date", date);
        FormLayout form = Forms.twoColumns();
        form.add(unit, reviewer, document, date);
        form.add(opinion, 2);
        Button accept = new Button("验收通过", e -> act(fields, () -> services.get(ListingService.class).review(actor, listing.id,
                review(true, unit.getValue(), reviewer, document, opinion, date)), "复查验收通过"));
        accept.setId("accept");
        Button sendBack = new Button("退回重新整改", e -> act(fields, () -> services.get(ListingService.class).review(actor, listing.id,
                review(false, unit.getValue(), reviewer, document, opinion, date)), "已退回重新整改"));
        sendBack.setId("send-back");
        sendBack.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return Forms.section("复查验收", form, accept, sendBack);
    }

    private static ReviewDTO review(boolean passed, UnitDTO unit, TextField reviewer, TextField document,
            TextArea opinion, DatePicker date) {
        ReviewDTO r = new ReviewDTO();
        r.passed = passed;
        r.reviewUnit = unit == null ? null : unit.id;
        r.reviewer = Labels.blankToNull(reviewer.getValue());
        r.acceptanceDocument = Labels.blankToNull(document.getValue());
        r.opinion = Labels.blankToNull(opinion.getValue());
        r.date = Labels.iso(date.getValue());
        return r;
    }

    private Component delisting(ListingDTO l) {
        if (l.status != ListingStatus.ACCEPTED) {
            return null;
        }
        DatePicker date = Labels.datePicker("摘牌销号时间", "delist-date");
        date.setValue(Labels.today());
        date.setMax(Labels.today());
        Map<String, HasValidation> fields = Forms.fields("date", date);
        Button delist = new Button("摘牌销号", e -> act(fields,
                () -> services.get(ListingService.class).delist(actor, listing.id, Labels.iso(date.getValue())), "已摘牌销号"));
        delist.setId("delist");
        return Forms.section("摘牌销号", date, delist);
    }

    private Component followUps(ListingDTO l) {
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        if (l.followUps != null && !l.followUps.isEmpty()) {
            Grid<FollowUpDTO> grid = new Grid<>();
            grid.setId("followup-grid");
            grid.addColumn(f -> Labels.nz(f.date)).setHeader("日期").setFlexGrow(1);
            grid.addColumn(f -> Labels.label(ListingLabels.FOLLOW_UPS, f.kind)).setHeader("类型").setFlexGrow(1);
            grid.addColumn(f -> Labels.nz(f.description)).setHeader("情况说明").setFlexGrow(3);
            grid.addColumn(f -> Labels.nz(f.enterprisePenalty)).setHeader("对企业的处罚").setFlexGrow(2);
            grid.addColumn(f -> Labels.nz(f.principalPenalty)).setHeader("对主要负责人的处罚").setFlexGrow(2);
            grid.addColumn(f -> Labels.nz(f.recordedBy)).setHeader("记录人").setFlexGrow(1);
            grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
            grid.setAllRowsVisible(true);
            grid.setItems(l.followUps);
            body.add(grid);
        }
        ComboBox<String> kind = new ComboBox<>("类型");
        kind.setId("followup-kind");
        kind.setItems(ListingLabels.FOLLOW_UPS.keySet());
        kind.setItemLabelGenerator(k -> Labels.label(ListingLabels.FOLLOW_UPS, k));
        DatePicker date = Labels.datePicker("日期", "followup-date");
        date.setValue(Labels.today());
        date.setMax(Labels.today());
        TextArea description = area("情况说明", "followup-description", "立案、问责、曝光或处罚的情况");
        TextField enterprise = new TextField("对企业的处罚");
        enterprise.setId("followup-enterprise");
        TextField principal = new TextField("对主要负责人的处罚");
        principal.setId("followup-principal");
        enterprise.setEnabled(false);
        principal.setEnabled(false);
        kind.addValueChangeListener(e -> {
            boolean both = "DOUBLE_PENALTY".equals(e.getValue());
            enterprise.setEnabled(both);
            principal.setEnabled(both);
            enterprise.setRequiredIndicatorVisible(both);
            principal.setRequiredIndicatorVisible(both);
        });
        Map<String, HasValidation> fields = Forms.fields("kind", kind, "date", date, "description", description,
                "enterprisePenalty", enterprise, "principalPenalty", principal);
        FormLayout form = Forms.twoColumns();
        form.add(kind, date);
        form.add(description, 2);
        form.add(enterprise, principal);
        body.add(form);
        Button add = new Button("记录查处情况", e -> {
            FollowUpDTO f = new FollowUpDTO();
            f.kind = kind.getValue();
            f.date = Labels.iso(date.getValue());
            f.description = Labels.blankToNull(description.getValue());
            boolean both = "DOUBLE_PENALTY".equals(f.kind);
            f.enterprisePenalty = both ? Labels.blankToNull(enterprise.getValue()) : null;
            f.principalPenalty = both ? Labels.blankToNull(principal.getValue()) : null;
            act(fields, () -> services.get(ListingService.class).addFollowUp(actor, listing.id, f), "已记录查处情况");
        });
        add.setId("add-followup");
        return Forms.section("重大隐患查处（立案查处、追责问责、公开曝光、一案双罚）", body, add);
    }

    /** Runs a step; on success tells the user, shows the listing afresh and refreshes the list behind the dialog. */
    private void act(Map<String, HasValidation> fields, Supplier<ListingDTO> step, String done) {
        fields.values().forEach(f -> f.setInvalid(false));
        Feedback.call(step, fields).ifPresent(updated -> {
            Feedback.info(done);
            show(updated);
            onChanged.run();
        });
    }

    private ComboBox<UnitDTO> unitCombo(String label, String id, List<UnitDTO> units, String selected) {
        ComboBox<UnitDTO> combo = new ComboBox<>(label);
        combo.setId(id);
        combo.setItemLabelGenerator(u -> Labels.nz(u.name));
        combo.setItems(units);
        combo.setValue(units.stream().filter(u -> Objects.equals(u.id, selected)).findFirst().orElse(null));
        combo.setManualValidation(true);
        return combo;
    }

    private static TextArea area(String label, String id, String placeholder) {
        TextArea area = new TextArea(label);
        area.setId(id);
        area.setPlaceholder(placeholder);
        area.setMinHeight("4em");
        area.setManualValidation(true);
        return area;
    }

    private static Span note(String text) {
        Span note = new Span(text);
        note.getStyle().set("color", "var(--lumo-secondary-text-color)");
        return note;
    }

    private static String withPerson(String unit, String person) {
        String u = Labels.nz(unit);
        String p = Labels.nz(person);
        return p.isEmpty() ? u : u.isEmpty() ? p : u + "（" + p + "）";
    }
}

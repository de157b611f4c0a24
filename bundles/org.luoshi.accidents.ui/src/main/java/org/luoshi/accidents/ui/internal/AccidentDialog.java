package org.luoshi.accidents.ui.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.luoshi.api.Actor;
import org.luoshi.api.accident.AccidentActionDTO;
import org.luoshi.api.accident.AccidentDTO;
import org.luoshi.api.accident.AccidentFiringDTO;
import org.luoshi.api.accident.AccidentLevel;
import org.luoshi.api.accident.AccidentService;
import org.luoshi.api.accident.AccidentStepDTO;
import org.luoshi.api.jurisdiction.JurisdictionDTO;
import org.luoshi.api.jurisdiction.UnitDTO;
import org.luoshi.ui.kit.Choices;
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
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * An accident: recording one (the level shown as the figures make it, as the service will derive it), and its record —
 * where it stands (登记 → 调查组 → 调查报告 → 责任追究), what the region's rules drafted on it (each draft a link to its own
 * record; a proposed 约谈 or 挂牌督办 decided here by the office it names), its 来龙去脉 and the next follow-up step.
 */
final class AccidentDialog extends Dialog {
    private static final long serialVersionUID = 1L;

    private final Services services;
    private final Actor actor;
    private final Runnable onChanged;
    private final UnitNames names = new UnitNames();
    private AccidentDTO accident;

    private AccidentDialog(Services services, Actor actor, Runnable onChanged) {
        this.services = services;
        this.actor = actor;
        this.onChanged = onChanged;
        names.reset(services);
        setWidth("min(60em, 96vw)");
        setMaxHeight("94vh");
        Forms.askBeforeClosing(this);
        Button close = new Button("关闭", e -> close());
        close.setId("close-accident");
        getFooter().add(close);
    }

    /** Opens an accident by id (a refusal is shown instead). */
    static void open(Services services, Actor actor, long id, Runnable onChanged) {
        if (services == null) {
            return;
        }
        Feedback.call(() -> services.get(AccidentService.class).get(actor, id)).ifPresent(a -> {
            AccidentDialog d = new AccidentDialog(services, actor, onChanged);
            d.show(a);
            d.open();
        });
    }

    /** The form to record an accident in a jurisdiction; {@code created} runs with the recorded accident. */
    static void openNew(Services services, Actor actor, JurisdictionDTO jurisdiction, Consumer<AccidentDTO> created) {
        if (services == null || actor == null) {
            return;
        }
        if (jurisdiction == null) {
            Feedback.error("请先选择辖区");
            return;
        }
        AccidentDialog d = new AccidentDialog(services, actor, () -> { });
        d.setId("accident-form");
        d.setHeaderTitle("登记生产安全事故 · " + jurisdiction.name);
        d.add(d.form(jurisdiction, created));
        d.open();
    }

    private Component form(JurisdictionDTO j, Consumer<AccidentDTO> created) {
        List<UnitDTO> own = Choices.ownUnits(services, actor, j.id);
        ComboBox<UnitDTO> unit = new ComboBox<>("事故所属单位（县、市、区或其下级单位）");
        unit.setId("accident-unit");
        unit.setItems(own);
        unit.setItemLabelGenerator(u -> Labels.nz(u.name));
        unit.setValue(Choices.defaultUnit(own, actor, j));
        DateTimePicker when = new DateTimePicker("事故发生时间");
        when.setId("accident-when");
        when.setMax(LocalDateTime.now(Labels.ZONE));
        when.setDatePlaceholder("日期");
        when.setTimePlaceholder("时间");
        TextField place = new TextField("事故发生地点");
        place.setId("accident-place");
        ComboBox<String> sector = new ComboBox<>("行业领域");
        sector.setId("accident-sector");
        sector.setItems(Feedback.call(() -> services.get(AccidentService.class).sectors(j.id)).orElse(List.of()));
        IntegerField deaths = new IntegerField("死亡人数");
        deaths.setId("accident-deaths");
        deaths.setMin(0);
        deaths.setValue(0);
        IntegerField injuries = new IntegerField("重伤人数（含急性工业中毒）");
        injuries.setId("accident-injuries");
        injuries.setMin(0);
        injuries.setValue(0);
        BigDecimalField loss = new BigDecimalField("直接经济损失（万元）");
        loss.setId("accident-loss");
        loss.setValue(BigDecimal.ZERO);
        Span level = new Span();
        level.setId("accident-level");
        level.getStyle().set("font-weight", "600");
        Runnable showLevel = () -> level.setText("事故等级（按《生产安全事故报告和调查处理条例》第三条认定）："
                + AccidentLevel.of(deaths.getValue(), injuries.getValue(), loss.getValue()).label());
        showLevel.run();
        deaths.addValueChangeListener(e -> showLevel.run());
        injuries.addValueChangeListener(e -> showLevel.run());
        loss.addValueChangeListener(e -> showLevel.run());
        TextField enterprise = new TextField("事故单位（企业）");
        enterprise.setId("accident-enterprise");
        ComboBox<String> issue = new ComboBox<>("报告情况");
        issue.setId("accident-issue");
        issue.setItems(AccidentLabels.ISSUES.keySet());
        issue.setItemLabelGenerator(k -> Labels.label(AccidentLabels.ISSUES, k));
        issue.setPlaceholder("按时如实报告");
        issue.setClearButtonVisible(true);
        TextArea facts = new TextArea("事故简要经过");
        facts.setId("accident-facts");
        facts.setMinHeight("6em");
        Map<String, HasValidation> fields = Forms.fields("unit", unit, "occurredAt", when, "place", place, "sector", sector,
                "deaths", deaths, "seriousInjuries", injuries, "directLoss", loss, "enterprise", enterprise,
                "reportingIssue", issue, "facts", facts);
        Button save = new Button("登记", e -> {
            if (deaths.isInvalid() || injuries.isInvalid() || loss.isInvalid()) {
                Feedback.error("请检查标出的数字");
                return;
            }
            AccidentDTO a = new AccidentDTO();
            a.jurisdiction = j.id;
            a.unit = unit.getValue() == null ? null : unit.getValue().id;
            a.occurredAt = when.getValue() == null ? null : when.getValue().withSecond(0).withNano(0).toString();
            a.place = Labels.blankToNull(place.getValue());
            a.sector = sector.getValue();
            a.deaths = deaths.getValue();
            a.seriousInjuries = injuries.getValue();
            a.directLoss = loss.getValue();
            a.enterprise = Labels.blankToNull(enterprise.getValue());
            a.reportingIssue = issue.getValue();
            a.facts = Labels.blankToNull(facts.getValue());
            Feedback.call(() -> services.get(AccidentService.class).record(actor, a), fields).ifPresent(saved -> {
                long fired = saved.firings.size();
                Feedback.info("已登记事故（编号 " + saved.id + "，" + saved.level.label() + "）"
                        + (fired == 0 ? "" : "；触发 " + fired + " 条规则，已起草待确认的处置"));
                close();
                created.accept(saved);
                open(services, actor, saved.id, onChanged);
            });
        });
        save.setId("save-accident");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(save);
        FormLayout form = Forms.twoColumns();
        form.add(unit, when);
        form.add(place, sector);
        form.add(deaths, injuries);
        form.add(loss, issue);
        form.add(level, 2);
        form.add(enterprise, 2);
        form.add(facts, 2);
        return form;
    }

    private void show(AccidentDTO a) {
        accident = a;
        setId("accident-detail");
        removeAll();
        setHeaderTitle("生产安全事故 #" + a.id + " · " + (a.level == null ? "" : a.level.label()));
        add(steps(a), details(a), rules(a), LineagePanel.of(services, actor, "accident", a.id, this::close), followUp(a));
    }

    /** 登记 → 成立调查组 → 调查报告 → 责任追究. */
    static StepBar steps(AccidentDTO a) {
        StepBar bar = new StepBar("accident-steps", List.of("登记", "成立调查组", "调查报告", "责任追究"));
        bar.show(switch (a.status == null ? "" : a.status) {
            case "INVESTIGATING" -> 2;
            case "REPORTED" -> 3;
            case "CLOSED" -> 4;
            default -> 1;
        }, null);
        return bar;
    }

    private Component details(AccidentDTO a) {
        FormLayout form = Forms.twoColumns();
        form.add(Forms.readOnly("所属单位", names.name(a.unit), "accident-detail-unit"),
                Forms.readOnly("发生时间", Labels.nz(a.occurredAt).replace('T', ' '), "accident-detail-when"));
        form.add(Forms.readOnly("地点", a.place, "accident-detail-place"),
                Forms.readOnly("行业领域", a.sector, "accident-detail-sector"));
        form.add(Forms.readOnly("事故等级", a.level == null ? "" : a.level.label(), "accident-detail-level"),
                Forms.readOnly("死亡 / 重伤 / 直接经济损失", a.deaths + " 人 / " + a.seriousInjuries + " 人 / "
                        + (a.directLoss == null ? "0" : a.directLoss.stripTrailingZeros().toPlainString()) + " 万元",
                        "accident-detail-figures"));
        form.add(Forms.readOnly("事故单位", a.enterprise, "accident-detail-enterprise"),
                Forms.readOnly("报告情况", a.reportingIssue == null ? "按时如实报告" : Labels.label(AccidentLabels.ISSUES,
                        a.reportingIssue), "accident-detail-issue"));
        if (a.campaign != null) {
            form.add(Forms.readOnly("所属专项整治", a.campaign, "accident-detail-campaign"), 2);
        }
        form.add(Forms.readOnlyArea("事故简要经过", a.facts, "accident-detail-facts"), 2);
        form.add(Forms.readOnly("登记", People.name(a.createdBy) + " · " + Labels.nz(a.createdAt).replace('T', ' ')
                .substring(0, Math.min(16, Labels.nz(a.createdAt).length())), "accident-detail-created"), 2);
        VerticalLayout done = new VerticalLayout();
        done.setPadding(false);
        done.setSpacing(false);
        for (AccidentStepDTO s : a.steps) {
            Span line = new Span(s.date + " " + Labels.label(AccidentLabels.STEPS, s.kind) + "：" + s.text + "（"
                    + People.name(s.recordedBy) + "）");
            done.add(line);
        }
        VerticalLayout body = new VerticalLayout(form);
        body.setPadding(false);
        if (!a.steps.isEmpty()) {
            body.add(Forms.section("后续处置", done));
        }
        return body;
    }

    /** What the rules drafted, each a link to its record; proposals decided here. */
    private Component rules(AccidentDTO a) {
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        body.setSpacing(false);
        body.setId("accident-rules");
        if (a.firings.isEmpty()) {
            Span none = new Span("本起事故未触发辖区的事故规则");
            none.setId("accident-no-rule");
            body.add(none);
        }
        for (AccidentFiringDTO f : a.firings) {
            Span why = new Span(f.ruleName + "（" + names.name(f.territory) + "）：" + f.explanation
                    + (f.source == null ? "" : "。依据：" + f.source));
            why.setId("firing-" + f.id);
            why.getStyle().set("font-weight", "600");
            body.add(why);
            for (int i = 0; i < f.actions.size(); i++) {
                body.add(action(f, i));
            }
        }
        return Forms.section("事故规则（自动起草，须经人确认）", body);
    }

    private Component action(AccidentFiringDTO f, int index) {
        AccidentActionDTO x = f.actions.get(index);
        String id = "firing-" + f.id + "-action-" + (index + 1);
        Span what = new Span(Labels.label(AccidentLabels.ACTIONS, x.kind) + "：" + x.text + " — "
                + Labels.label(AccidentLabels.ACTION_STATUSES, x.status)
                + (x.decidedBy == null ? "" : "（" + People.name(x.decidedBy) + (x.decisionNote == null ? "" : "：" + x.decisionNote)
                        + "）"));
        what.setId(id);
        HorizontalLayout line = new HorizontalLayout(what);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (x.recordType != null && x.recordId != null) {
            String route = "inspection".equals(x.recordType) ? "inspections" : "letters";
            Anchor link = new Anchor(route + "?id=" + x.recordId, "inspection".equals(x.recordType) ? "打开巡查检查草稿"
                    : "打开函件草稿");
            link.setId(id + "-open");
            line.add(link);
        }
        if ("PROPOSED".equals(x.status) && x.unit != null && actor.canSee(x.unit)) {
            TextField note = new TextField();
            note.setPlaceholder("说明（不采纳时必填）");
            note.setId(id + "-note");
            Button yes = new Button("采纳", e -> decide(f.id, index, true, note));
            yes.setId(id + "-confirm");
            yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            Button no = new Button("不采纳", e -> decide(f.id, index, false, note));
            no.setId(id + "-dismiss");
            no.addThemeVariants(ButtonVariant.LUMO_SMALL);
            line.add(note, yes, no);
        }
        return line;
    }

    private void decide(long firing, int index, boolean confirm, TextField note) {
        Feedback.call(() -> services.get(AccidentService.class).decide(actor, firing, index, confirm,
                Labels.blankToNull(note.getValue())), Forms.fields("note", note)).ifPresent(updated -> {
                    Feedback.info(confirm ? "已采纳" : "已记录不采纳");
                    reload();
                });
    }

    private void reload() {
        Feedback.call(() -> services.get(AccidentService.class).get(actor, accident.id)).ifPresent(this::show);
        onChanged.run();
    }

    private Component followUp(AccidentDTO a) {
        ComboBox<String> kind = new ComboBox<>("处置");
        kind.setId("step-kind");
        kind.setItems(AccidentLabels.STEPS.keySet());
        kind.setItemLabelGenerator(k -> Labels.label(AccidentLabels.STEPS, k));
        DatePicker date = Labels.datePicker("日期", "step-date");
        date.setValue(Labels.today());
        date.setMax(Labels.today());
        TextArea text = new TextArea("内容");
        text.setId("step-text");
        text.setWidthFull();
        Map<String, HasValidation> fields = Forms.fields("kind", kind, "date", date, "text", text);
        Button add = new Button("记录", e -> {
            AccidentStepDTO s = new AccidentStepDTO();
            s.kind = kind.getValue();
            s.date = Labels.iso(date.getValue());
            s.text = Labels.blankToNull(text.getValue());
            Feedback.call(() -> services.get(AccidentService.class).addStep(actor, a.id, s), fields).ifPresent(updated -> {
                Feedback.info("已记录" + Labels.label(AccidentLabels.STEPS, s.kind));
                show(updated);
                onChanged.run();
            });
        });
        add.setId("add-step");
        FormLayout form = Forms.twoColumns();
        form.add(kind, date);
        form.add(text, 2);
        return Forms.section("记录后续处置（“四不放过”）", form, add);
    }

    /** The actions of a firing in one line, for the firings list. */
    static String actionsText(AccidentFiringDTO f) {
        StringBuilder b = new StringBuilder();
        for (AccidentActionDTO x : f.actions) {
            b.append(b.length() == 0 ? "" : "；").append(Labels.label(AccidentLabels.ACTIONS, x.kind)).append("（")
                    .append(Labels.label(AccidentLabels.ACTION_STATUSES, x.status)).append("）");
        }
        return b.toString();
    }
}

package org.luoshi.ranking.ui.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.luoshi.api.Actor;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.ranking.EvaluationDTO;
import org.luoshi.api.ranking.IndicatorDTO;
import org.luoshi.api.ranking.RankHistoryDTO;
import org.luoshi.api.ranking.RankingDTO;
import org.luoshi.api.ranking.RankingService;
import org.luoshi.api.ranking.TypedValueDTO;
import org.luoshi.api.workbench.ChartDTO;
import org.luoshi.api.workbench.ChartSeriesDTO;
import org.luoshi.ui.kit.Charts;
import org.luoshi.ui.kit.Feedback;
import org.luoshi.ui.kit.Forms;
import org.luoshi.ui.kit.Labels;
import org.luoshi.ui.kit.SecuredView;
import org.luoshi.ui.kit.Services;
import org.luoshi.ui.kit.Uploads;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.PageTitle;

/**
 * 考评排队: a rule and a month; each evaluated group's table (名次, 单位, 得分, each indicator's points; a row opens the
 * figures behind it with links to the records and a chart of the score's breakdown), a chart of the scores, and the
 * ranks over the published months. The
 * evaluating office computes (what changed since the last computation listed), enters typed indicators, publishes
 * (frozen from then on) and downloads the 简报.
 */
@PageTitle("考评排队 · 落实")
public class RankingView extends SecuredView {
    public static final String ROUTE = "rankings";
    private static final long serialVersionUID = 1L;

    private final ComboBox<EvaluationDTO> evaluation = new ComboBox<>("考评");
    private final ComboBox<String> month = new ComboBox<>("月份");
    private final Span status = new Span();
    private final Button compute = new Button("计算");
    private final Button publish = new Button("发布");
    private final Button typed = new Button("录入指标");
    private final Anchor bulletin = new Anchor();
    private final Div changes = new Div();
    private final Div tables = new Div();
    private final Div history = new Div();
    private Actor actor;
    private Services services;
    private boolean loading;

    public RankingView() {
        setSizeFull();
        evaluation.setId("ranking-evaluation");
        evaluation.setItemLabelGenerator(e -> e.name);
        evaluation.setWidth("22em");
        month.setId("ranking-month");
        month.setWidth("9em");
        YearMonth now = YearMonth.now(Labels.ZONE);
        List<String> months = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            months.add(now.minusMonths(i).toString());
        }
        month.setItems(months);
        month.setValue(now.minusMonths(1).toString());
        evaluation.addValueChangeListener(e -> {
            if (!loading) {
                load();
            }
        });
        month.addValueChangeListener(e -> {
            if (!loading) {
                load();
            }
        });
        status.setId("ranking-status");
        compute.setId("ranking-compute");
        compute.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        compute.addClickListener(e -> act(() -> services.get(RankingService.class).compute(actor, key(), month.getValue()),
                "已计算并保存待发布稿"));
        publish.setId("ranking-publish");
        publish.addClickListener(e -> confirmPublish());
        typed.setId("ranking-typed");
        typed.addClickListener(e -> openTyped());
        bulletin.setId("ranking-bulletin");
        bulletin.setText("简报（.docx）");
        bulletin.getElement().setAttribute("download", true);
        bulletin.setHref(Uploads.download(bulletin, "考评排队简报.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                () -> services.get(RankingService.class).bulletin(actor, key(), month.getValue())));
        HorizontalLayout head = new HorizontalLayout(new H2("考评排队"), evaluation, month, status);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        head.setWidthFull();
        HorizontalLayout actions = new HorizontalLayout(compute, typed, publish, bulletin);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        changes.setId("ranking-changes");
        tables.setWidthFull();
        history.setWidthFull();
        add(head, actions, changes, tables, history);
    }

    private String key() {
        return evaluation.getValue() == null ? null : evaluation.getValue().id;
    }

    private boolean evaluating() {
        return evaluation.getValue() != null && actor.canSee(evaluation.getValue().evaluator);
    }

    @Override
    protected void entered(Actor actor, Services services) {
        this.actor = actor;
        this.services = services;
        String keep = key();
        List<EvaluationDTO> all = Feedback.call(() -> services.get(RankingService.class).evaluations(actor)).orElse(List.of());
        loading = true;
        try {
            evaluation.setItems(all);
            // the one asked for, else the first the user evaluates (an office's own work), else the first it is ranked by
            evaluation.setValue(all.stream().filter(e -> e.id.equals(keep)).findFirst()
                    .or(() -> all.stream().filter(e -> actor.canSee(e.evaluator)).findFirst())
                    .orElse(all.isEmpty() ? null : all.get(0)));
        } finally {
            loading = false;
        }
        load();
    }

    private void act(java.util.function.Supplier<RankingDTO> action, String done) {
        Feedback.call(action).ifPresent(r -> {
            Feedback.info(done);
            show(r);
        });
    }

    private void confirmPublish() {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("ranking-publish-confirm");
        confirm.setHeader("发布 " + month.getValue() + " 考评排队");
        confirm.setText("发布后数据冻结，不能再计算或录入。请确认已核对最近一次计算的结果。");
        confirm.setCancelable(true);
        confirm.setCancelText("取消");
        confirm.setConfirmText("发布");
        confirm.addConfirmListener(e -> act(() -> services.get(RankingService.class).publish(actor, key(), month.getValue()),
                "已发布，数据已冻结"));
        confirm.open();
    }

    private void load() {
        tables.removeAll();
        changes.removeAll();
        history.removeAll();
        status.setText("");
        boolean evaluator = evaluating();
        compute.setVisible(evaluator);
        publish.setVisible(evaluator);
        typed.setVisible(evaluator && evaluation.getValue().indicators.stream().anyMatch(i -> i.typed));
        if (evaluation.getValue() == null || month.getValue() == null) {
            tables.add(new Paragraph("没有与本单位有关的考评"));
            return;
        }
        try {
            show(services.get(RankingService.class).ranking(actor, key(), month.getValue()));
        } catch (LuoshiException notYet) {
            if (notYet.kind() != LuoshiException.Kind.NOT_FOUND) {
                throw notYet; // the shell tells what went wrong (a module away: its notice)
            }
            Paragraph p = new Paragraph(Feedback.message(notYet)); // a month not published: said in place, no alarm
            p.setId("ranking-not-published");
            tables.add(p);
        }
        drawHistory();
    }

    private void show(RankingDTO r) {
        tables.removeAll();
        changes.removeAll();
        status.setText(switch (r.status) {
            case RankingDTO.PUBLISHED -> "已发布（" + Labels.nz(r.publishedBy) + "，" + Labels.nz(r.publishedAt).replace('T', ' ')
                    .substring(0, Math.min(16, Labels.nz(r.publishedAt).length())) + "）";
            case RankingDTO.DRAFT -> "待发布稿（" + Labels.nz(r.computedBy) + " 计算）";
            default -> "实时数据（尚未计算保存）";
        });
        boolean frozen = RankingDTO.PUBLISHED.equals(r.status);
        compute.setEnabled(!frozen);
        publish.setEnabled(!frozen);
        typed.setEnabled(!frozen);
        if (!r.changes.isEmpty()) {
            UnorderedList list = new UnorderedList();
            r.changes.forEach(c -> list.add(new ListItem(c)));
            changes.add(new Span(RankingDTO.LIVE.equals(r.status) ? "与已计算稿相比的变化：" : "与上次计算相比的变化："), list);
        }
        if (!r.missing.isEmpty()) {
            Paragraph missing = new Paragraph("未能统计：" + String.join("；", r.missing));
            missing.getStyle().set("color", "var(--lumo-error-text-color)");
            changes.add(missing);
        }
        EvaluationDTO e = evaluation.getValue();
        for (RankingDTO.GroupRankingDTO g : r.groups) {
            tables.add(new H3(g.name), grid(e, g), chart(g));
        }
    }

    private Component grid(EvaluationDTO e, RankingDTO.GroupRankingDTO g) {
        Grid<RankingDTO.RowDTO> grid = new Grid<>();
        grid.setId("ranking-grid-" + g.group);
        grid.addColumn(row -> row.rank).setHeader("名次").setWidth("4.5em").setFlexGrow(0);
        grid.addColumn(row -> row.unitName).setHeader("单位").setFlexGrow(2);
        grid.addColumn(row -> plain(row.score)).setHeader("得分").setWidth("6em").setFlexGrow(0);
        for (IndicatorDTO i : e.indicators) {
            grid.addColumn(row -> row.items.stream().filter(x -> x.indicator.equals(i.id)).findFirst()
                    .map(x -> plain(x.points)).orElse("")).setHeader(i.name).setFlexGrow(1);
        }
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setItems(g.rows);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(ev -> detail(ev.getItem()));
        return grid;
    }

    /** The figures behind one unit's score: value, points, the rule, and a link to the records counted. */
    private void detail(RankingDTO.RowDTO row) {
        Dialog d = new Dialog();
        d.setId("ranking-detail");
        d.setHeaderTitle(row.unitName + " · 第 " + row.rank + " 名 · " + plain(row.score) + " 分");
        Grid<RankingDTO.ScoreItemDTO> items = new Grid<>();
        items.setId("ranking-detail-items");
        items.addColumn(i -> i.name).setHeader("指标").setFlexGrow(2);
        items.addColumn(i -> plain(i.value)).setHeader("数值").setWidth("6em").setFlexGrow(0);
        items.addColumn(i -> plain(i.points)).setHeader("得分").setWidth("6em").setFlexGrow(0);
        items.addComponentColumn(i -> i.drillDown != null ? new Anchor(i.drillDown.substring(5), "查看记录")
                : new Span(i.reason == null ? "" : i.reason + "（" + Labels.nz(i.enteredBy) + "）")).setHeader("依据").setFlexGrow(2);
        items.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        items.setItems(row.items);
        items.setAllRowsVisible(true);
        d.setWidth("min(52em, 95vw)");
        // the score's breakdown: each indicator's points (losses below the axis)
        ChartDTO c = new ChartDTO();
        c.title = row.unitName + "得分构成";
        c.type = "bar";
        List<Double> points = new ArrayList<>();
        for (RankingDTO.ScoreItemDTO i : row.items) {
            c.categories.add(i.name);
            points.add(i.points);
        }
        c.series.add(new ChartSeriesDTO("得分", points));
        d.add(items, Charts.chart(c, "ranking-detail-chart", "240px"));
        d.getFooter().add(new Button("关闭", e -> d.close()));
        d.open();
    }

    /** The group's scores, as a bar chart whose figures are also in words. */
    private Component chart(RankingDTO.GroupRankingDTO g) {
        ChartDTO c = new ChartDTO();
        c.title = g.name + "得分";
        c.type = "bar";
        List<Double> scores = new ArrayList<>();
        for (RankingDTO.RowDTO row : g.rows) {
            c.categories.add(row.unitName);
            scores.add(row.score);
        }
        c.series.add(new ChartSeriesDTO("得分", scores));
        return Charts.chart(c, "ranking-chart-" + g.group, "240px");
    }

    /** Each unit's rank over the published months (a line per unit; the first place on top). */
    private void drawHistory() {
        List<RankHistoryDTO> h = Feedback.call(() -> services.get(RankingService.class).history(actor, key(), null))
                .orElse(List.of());
        java.util.TreeSet<String> months = new java.util.TreeSet<>();
        h.forEach(x -> months.addAll(x.months));
        if (months.isEmpty()) {
            return;
        }
        ChartDTO c = new ChartDTO();
        c.title = "历月名次";
        c.type = "line";
        c.categories.addAll(months);
        for (RankHistoryDTO x : h) {
            List<Integer> ranks = new ArrayList<>();
            for (String m : months) {
                int i = x.months.indexOf(m);
                ranks.add(i < 0 ? null : x.ranks.get(i));
            }
            c.series.add(new ChartSeriesDTO(x.unitName, ranks));
        }
        history.add(new H3(c.title), Charts.chart(c, "ranking-history-chart", "280px"));
    }

    private void openTyped() {
        EvaluationDTO e = evaluation.getValue();
        Dialog d = new Dialog();
        d.setId("ranking-typed-dialog");
        d.setHeaderTitle("录入指标 · " + month.getValue());
        ComboBox<String> unit = new ComboBox<>("被考评单位");
        unit.setId("ranking-typed-unit");
        List<String> units = new ArrayList<>();
        Map<String, String> names = new java.util.HashMap<>();
        e.groups.forEach(g -> {
            units.addAll(g.units);
            for (int i = 0; i < g.units.size(); i++) {
                names.put(g.units.get(i), g.unitNames.get(i));
            }
        });
        unit.setItems(units);
        unit.setItemLabelGenerator(u -> names.getOrDefault(u, u));
        ComboBox<String> indicator = new ComboBox<>("指标");
        indicator.setId("ranking-typed-indicator");
        List<IndicatorDTO> typedOnes = e.indicators.stream().filter(i -> i.typed).toList();
        indicator.setItems(typedOnes.stream().map(i -> i.id).toList());
        indicator.setItemLabelGenerator(id -> typedOnes.stream().filter(i -> i.id.equals(id)).map(i -> i.name + "（"
                + plain(i.min) + "–" + plain(i.max) + "）").findFirst().orElse(id));
        if (typedOnes.size() == 1) {
            indicator.setValue(typedOnes.get(0).id);
        }
        NumberField value = new NumberField("分值");
        value.setId("ranking-typed-value");
        TextArea reason = new TextArea("理由");
        reason.setId("ranking-typed-reason");
        reason.setWidthFull();
        Button save = new Button("保存", ev -> {
            TypedValueDTO t = new TypedValueDTO();
            t.unit = unit.getValue();
            t.indicator = indicator.getValue();
            t.value = value.getValue();
            t.reason = reason.getValue();
            Feedback.call(() -> services.get(RankingService.class).enter(actor, key(), month.getValue(), t),
                    Forms.fields("unit", unit, "indicator", indicator, "value", value, "reason", reason)).ifPresent(x -> {
                        Feedback.info("已录入，重新计算后计入得分");
                        d.close();
                    });
        });
        save.setId("ranking-typed-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.add(new com.vaadin.flow.component.formlayout.FormLayout(unit, indicator, value, reason));
        d.getFooter().add(new Button("取消", ev -> d.close()), save);
        d.open();
    }

    static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}

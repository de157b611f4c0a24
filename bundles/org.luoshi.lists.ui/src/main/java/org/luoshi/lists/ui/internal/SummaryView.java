package org.luoshi.lists.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToLongFunction;

import org.luoshi.api.Actor;
import org.luoshi.api.hazard.HazardSource;
import org.luoshi.api.jurisdiction.JurisdictionDTO;
import org.luoshi.api.jurisdiction.UnitDTO;
import org.luoshi.api.summary.SummaryDTO;
import org.luoshi.api.summary.SummaryService;
import org.luoshi.api.summary.UnitSummaryDTO;
import org.luoshi.api.workbench.ChartDTO;
import org.luoshi.api.workbench.ChartSeriesDTO;
import org.luoshi.ui.kit.Charts;
import org.luoshi.ui.kit.DrillDown;
import org.luoshi.ui.kit.Feedback;
import org.luoshi.ui.kit.Labels;
import org.luoshi.ui.kit.SecuredView;
import org.luoshi.ui.kit.Services;
import org.luoshi.ui.kit.UnitNames;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.RouterLink;

/**
 * 汇总统计: the level summary of a unit ("各级安委办应当定期统计汇总本级数据") — its own records (本级), one row per unit
 * directly below with everything under it, and the total (合计). The figures of the rows below and of the total are links
 * to the hazard or task list with the matching filters preset (see {@link DrillDown}).
 * <p>
 * The own row has no links: it counts only the records of the unit itself, and the lists' unit filter always takes the
 * unit with everything below it, so no list shows exactly those records. Its subtree is the total row, which does
 * link. 已整改 (REPORTED or ACCEPTED) and 挂牌督办 have no single list filter either and are shown without links.
 * <p>
 * The unit selector offers the user's units and every unit below them; it starts on the user's first unit, or on the
 * unit of the address ({@code summary?unit=<unit>}).
 */
@PageTitle("汇总统计 · 落实")
public class SummaryView extends SecuredView {
    public static final String ROUTE = "summary";
    private static final long serialVersionUID = 1L;

    private final ComboBox<UnitDTO> unit = new ComboBox<>("单位");
    private final Span asOf = new Span();
    private final com.vaadin.flow.component.html.Div chart = new com.vaadin.flow.component.html.Div();
    private final Grid<UnitSummaryDTO> grid = new Grid<>();

    private Actor actor;
    private Services services;
    private UnitSummaryDTO total;
    /** The other modules' columns shown (key → column), added and removed as their modules come and go. */
    private final java.util.Map<String, com.vaadin.flow.component.grid.Grid.Column<UnitSummaryDTO>> more =
            new java.util.LinkedHashMap<>();
    private boolean loading;

    public SummaryView() {
        setSizeFull();
        H2 title = new H2("汇总统计");
        unit.setId("summary-unit");
        unit.setItemLabelGenerator(u -> Labels.nz(u.name));
        unit.setWidth("18em");
        unit.addValueChangeListener(e -> {
            if (!loading && e.getValue() != null) {
                load();
            }
        });
        asOf.setId("summary-as-of");
        asOf.getStyle().set("color", "var(--lumo-secondary-text-color)");
        HorizontalLayout head = new HorizontalLayout(title, unit, asOf);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.setId("summary-grid");
        grid.addColumn(new ComponentRenderer<>(this::name)).setHeader("单位").setWidth("12em").setFlexGrow(2)
                .setFrozen(true);
        figure("隐患总数", DrillDown.HAZARDS, s -> s.hazards, true);
        for (HazardSource source : HazardSource.values()) {
            figure(source.label(), sourceColumn(source), s -> s.bySource.getOrDefault(source.name(), 0L), true,
                    DrillDown.SOURCE, source.name());
        }
        figure("重大隐患", DrillDown.MAJOR, s -> s.major, true, DrillDown.MAJOR, "true");
        // no list filter matches these two: shown without a link
        figure("挂牌督办", "listed", s -> s.listed, false);
        figure("已整改", "rectified", s -> s.rectified, false);
        figure("逾期", DrillDown.OVERDUE, s -> s.overdue, true, DrillDown.OVERDUE, "true");
        figure("任务数", DrillDown.TASKS, s -> s.tasks, true);
        figure("已完成", DrillDown.TASKS_DONE, s -> s.tasksDone, true, DrillDown.COMPLETED, "true");
        figure("任务逾期", DrillDown.TASKS_OVERDUE, s -> s.tasksOverdue, true, DrillDown.OVERDUE, "true");
        // long unit names and headers (企业自查自报) wrap rather than widen the table
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_COMPACT,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);

        Paragraph note = new Paragraph("“（本级）”行只统计本单位自身的记录，不含下级单位；清单按单位筛选时总是包含下级单位，"
                + "因此本级行的数字不能钻取。合计 = 本级 + 各下级单位，点击合计行或下级单位行的数字，可查看对应的清单。"
                + "已整改（整改完成待验收及已复查验收）和挂牌督办在清单中没有对应的筛选条件，不提供钻取。");
        note.setId("summary-note");
        note.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");

        chart.setId("summary-chart");
        chart.setWidthFull();
        add(head, grid, chart, note);
    }

    /** The column key of a hazard source in the link ids: {@code source-<CODE>}. */
    private static String sourceColumn(HazardSource source) {
        return "source-" + source.name();
    }

    /**
     * A figure column. With {@code linked}, the figures of the rows below and of the total link to the list of the row's
     * unit filtered on {@code filter} (name, value pairs): the task list for the task columns, else the hazard list.
     */
    private void figure(String header, String column, ToLongFunction<UnitSummaryDTO> value, boolean linked,
            String... filter) {
        boolean tasks = column.startsWith("tasks");
        grid.addColumn(new ComponentRenderer<Component, UnitSummaryDTO>(s -> {
            String text = String.valueOf(value.applyAsLong(s));
            if (!linked || s.own || s.unit == null) {
                Span plain = new Span(text);
                if (s == total) {
                    plain.getStyle().set("font-weight", "600");
                }
                return plain;
            }
            RouterLink link = new RouterLink();
            link.setText(text);
            // the address written out by hand: unit first, in a stable order (QueryParameters keeps no order)
            link.getElement().setAttribute("href",
                    DrillDown.href(tasks ? TaskListView.ROUTE : HazardListView.ROUTE, s.unit, filter));
            link.setId(DrillDown.id(s.unit, column));
            link.getElement().setAttribute("title", (tasks ? "查看任务清单：" : "查看隐患清单：")
                    + (s == total ? "本单位及全部下级" : s.name) + " · " + header);
            if (s == total) {
                link.getStyle().set("font-weight", "600");
            }
            return link;
        })).setHeader(header).setWidth("4.75em").setFlexGrow(1).setTextAlign(ColumnTextAlign.END);
    }

    private Component name(UnitSummaryDTO s) {
        Span name = new Span(Labels.nz(s.name));
        if (s == total) {
            name.getStyle().set("font-weight", "600");
        } else if (s.own) {
            name.getElement().setAttribute("title", "本单位自身的记录，不含下级单位");
        }
        return name;
    }

    @Override
    protected void entered(Actor actor, Services services) {
        this.actor = actor;
        this.services = services;
        String wanted = DrillDown.value(queryParameters(), DrillDown.UNIT);
        if (wanted == null) {
            wanted = unit.getValue() != null ? unit.getValue().id
                    : actor.units().isEmpty() ? null : actor.units().get(0);
        }
        loading = true;
        try {
            List<UnitDTO> units = units(services, actor);
            String id = wanted;
            UnitDTO selected = units.stream().filter(u -> Objects.equals(u.id, id)).findFirst().orElse(null);
            if (selected == null && id != null) {
                // not visible (the service says so) or not declared by any installed plugin: still ask for it
                selected = UnitNames.placeholder(id);
                units = new ArrayList<>(units);
                units.add(selected);
            }
            unit.setItems(units);
            unit.setValue(selected);
        } finally {
            loading = false;
        }
        load();
    }

    /** The actor's units and every unit below them, of all installed jurisdictions, in path order. */
    static List<UnitDTO> units(Services services, Actor actor) {
        Map<String, UnitDTO> byId = new LinkedHashMap<>();
        for (JurisdictionDTO j : Feedback.call(services.jurisdictions()::jurisdictions).orElse(List.of())) {
            for (UnitDTO u : Feedback.call(() -> services.jurisdictions().units(j.id)).flatMap(x -> x).orElse(List.of())) {
                if (u.id != null && actor.canSee(u.id)) {
                    byId.putIfAbsent(u.id, u);
                }
            }
        }
        for (String own : actor.units()) {
            // a unit no installed plugin declares (e.g. the province above a city plugin): shown by its id
            byId.computeIfAbsent(own, UnitNames::placeholder);
        }
        List<UnitDTO> out = new ArrayList<>(byId.values());
        out.sort(Comparator.comparing((UnitDTO u) -> u.id));
        return out;
    }

    private void load() {
        if (services == null || unit.getValue() == null) {
            grid.setItems(List.of());
            asOf.setText("");
            return;
        }
        String id = unit.getValue().id;
        SummaryDTO summary = Feedback.call(() -> services.get(SummaryService.class).summary(actor, id)).orElse(null);
        if (summary == null) {
            total = null;
            chart.removeAll();
            grid.setItems(List.of());
            asOf.setText("");
            return;
        }
        total = summary.total;
        if (total != null && total.unit == null) {
            total.unit = summary.unit;
        }
        List<UnitSummaryDTO> rows = new ArrayList<>(summary.rows);
        if (total != null) {
            rows.add(total);
        }
        showMore(summary);
        grid.setItems(rows);
        asOf.setText("截至 " + Labels.nz(summary.asOf));
        showChart(summary);
    }

    /** The other modules' columns (e.g. 本年事故), as the summary names them; gone when their module is. */
    private void showMore(SummaryDTO summary) {
        for (String key : new ArrayList<>(more.keySet())) {
            if (!summary.columns.containsKey(key)) {
                grid.removeColumn(more.remove(key));
            }
        }
        summary.columns.forEach((key, header) -> more.computeIfAbsent(key, k -> grid.addColumn(
                s -> String.valueOf(s.more.getOrDefault(k, 0L))).setHeader(header).setKey("more-" + k).setWidth("7em")
                .setFlexGrow(0)));
    }

    /** The units below compared (问题隐患, 已整改, 逾期未整改), in the table's order. */
    private void showChart(SummaryDTO summary) {
        chart.removeAll();
        List<UnitSummaryDTO> below = summary.rows.stream().filter(r -> !r.own).toList();
        if (below.isEmpty()) {
            return;
        }
        ChartDTO c = new ChartDTO();
        c.key = "summary";
        c.title = "下级单位问题隐患对比";
        c.type = "bar";
        below.forEach(r -> c.categories.add(r.name));
        c.series.add(new ChartSeriesDTO("问题隐患", below.stream().map(r -> r.hazards).toList()));
        c.series.add(new ChartSeriesDTO("已整改", below.stream().map(r -> r.rectified).toList()));
        c.series.add(new ChartSeriesDTO("逾期未整改", below.stream().map(r -> r.overdue).toList()));
        chart.add(Charts.chart(c, "summary-chart-canvas", "320px"));
    }
}

package org.luoshi.spotchecks.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.luoshi.api.Actor;
import org.luoshi.api.PageDTO;
import org.luoshi.api.export.ExportService;
import org.luoshi.api.jurisdiction.JurisdictionDTO;
import org.luoshi.api.jurisdiction.UnitDTO;
import org.luoshi.api.spotcheck.CoverageRowDTO;
import org.luoshi.api.spotcheck.SpotCheckDTO;
import org.luoshi.api.spotcheck.SpotCheckRuleDTO;
import org.luoshi.api.spotcheck.SpotCheckService;
import org.luoshi.api.spotcheck.SpotCheckSheet;
import org.luoshi.api.workbench.ChartDTO;
import org.luoshi.api.workbench.ChartSeriesDTO;
import org.luoshi.ui.kit.Charts;
import org.luoshi.ui.kit.Choices;
import org.luoshi.ui.kit.DrillDown;
import org.luoshi.ui.kit.Feedback;
import org.luoshi.ui.kit.Labels;
import org.luoshi.ui.kit.PageBar;
import org.luoshi.ui.kit.SecuredView;
import org.luoshi.ui.kit.Services;
import org.luoshi.ui.kit.Uploads;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.PageTitle;

/**
 * 抽查: the office's spot-check campaigns (this year first), the ratio its level must meet and the enterprises of its
 * region, a chart of the year's coverage per office, 新建抽查, and each campaign in {@link SpotCheckDialog} (draw,
 * re-draw, the sample and its inspections). {@code spot-checks?id=<id>} opens that campaign.
 */
@PageTitle("抽查 · 落实")
public class SpotCheckView extends SecuredView {
    public static final String ROUTE = "spot-checks";
    private static final long serialVersionUID = 1L;

    private final ComboBox<UnitDTO> office = new ComboBox<>("组织单位");
    private final Paragraph rule = new Paragraph();
    private final Grid<SpotCheckDTO> grid = new Grid<>();
    private final PageBar pager = new PageBar("spot-", this::load);
    private final Div chart = new Div();
    private final Span total = new Span();
    private Actor actor;
    private Services services;
    private boolean loading;

    public SpotCheckView() {
        setSizeFull();
        H2 title = new H2("抽查");
        office.setId("spot-office");
        office.setItemLabelGenerator(u -> Labels.nz(u.name));
        office.setWidth("16em");
        office.addValueChangeListener(e -> {
            if (!loading) {
                refresh();
            }
        });
        total.setId("spot-total");
        Button create = new Button("新建抽查", e -> SpotCheckDialog.openNew(services, actor, office.getValue(), this::created));
        create.setId("spot-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Anchor export = new Anchor();
        export.setId("spot-coverage-export");
        export.setText("导出覆盖情况");
        export.getElement().setAttribute("download", true);
        export.setHref(Uploads.download(export, "抽查覆盖情况.xlsx", ExportService.XLSX, this::coverageBytes));
        HorizontalLayout head = new HorizontalLayout(title, office, create, export, total);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        head.setWidthFull();
        rule.setId("spot-rule");
        rule.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");

        grid.setId("spot-grid");
        grid.addColumn(c -> Labels.nz(c.title)).setHeader("抽查名称").setFlexGrow(3);
        grid.addColumn(c -> Labels.nz(c.organizerName)).setHeader("组织单位").setFlexGrow(1);
        grid.addColumn(c -> c.sectors.isEmpty() ? "全部行业领域" : String.join("、", c.sectors)).setHeader("行业领域").setFlexGrow(2);
        grid.addColumn(c -> c.ratio + "%").setHeader("比例").setWidth("5em").setFlexGrow(0);
        grid.addColumn(c -> SpotCheckDTO.DRAWN.equals(c.status) ? c.sampled + " / " + c.population : "—")
                .setHeader("抽中 / 企业").setWidth("8em").setFlexGrow(0);
        grid.addColumn(c -> SpotCheckDTO.DRAWN.equals(c.status) ? c.inspected + " / " + c.target : "—")
                .setHeader("已检查 / 应抽").setWidth("8em").setFlexGrow(0);
        grid.addColumn(c -> Integer.toString(c.findings)).setHeader("发现问题").setWidth("6em").setFlexGrow(0);
        grid.addComponentColumn(SpotCheckView::due).setHeader("完成期限").setWidth("9em").setFlexGrow(0);
        grid.addColumn(c -> Labels.label(SpotCheckDialog.STATUSES, c.status)).setHeader("状态").setWidth("5em").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText("本年度尚无抽查，可点击“新建抽查”");
        grid.addItemClickListener(e -> {
            if (e.getItem() != null && e.getItem().id != null) {
                SpotCheckDialog.open(services, actor, e.getItem().id, this::load);
            }
        });
        chart.setId("spot-coverage");
        chart.setWidthFull();
        add(head, rule, grid, pager, chart);
        setFlexGrow(1, grid);
    }

    private static Component due(SpotCheckDTO c) {
        Span s = new Span(Labels.nz(c.dueDate) + (c.late ? " 逾期 " + c.overdue + " 家" : ""));
        if (c.late) {
            s.getStyle().set("color", "var(--lumo-error-text-color)");
            s.getElement().setAttribute("title", c.overdue + " 家抽中企业逾期未检查");
        }
        return s;
    }

    @Override
    protected void entered(Actor actor, Services services) {
        this.actor = actor;
        this.services = services;
        String keep = office.getValue() == null ? null : office.getValue().id;
        java.util.Map<String, UnitDTO> byId = new java.util.TreeMap<>();
        for (JurisdictionDTO j : Feedback.call(services.jurisdictions()::jurisdictions).orElse(List.of())) {
            Choices.ownUnits(services, actor, j.id).forEach(u -> byId.putIfAbsent(u.id, u));
        }
        List<UnitDTO> offices = new ArrayList<>(byId.values());
        loading = true;
        try {
            office.setItems(offices);
            UnitDTO chosen = offices.stream().filter(u -> u.id.equals(keep)).findFirst()
                    .orElse(offices.stream().filter(u -> actor.units().contains(u.id)).findFirst()
                            .orElse(offices.isEmpty() ? null : offices.get(0)));
            office.setValue(chosen);
        } finally {
            loading = false;
        }
        refresh();
        Long open = DrillDown.recordId(queryParameters(), "抽查编号");
        if (open != null) {
            SpotCheckDialog.open(services, actor, open, this::load);
        }
    }

    private void created(SpotCheckDTO made) {
        refresh();
        SpotCheckDialog.open(services, actor, made.id, this::load);
    }

    private void refresh() {
        UnitDTO u = office.getValue();
        if (u == null || services == null) {
            rule.setText("");
        } else {
            Feedback.call(() -> services.get(SpotCheckService.class).rule(actor, u.id)).ifPresent(r -> rule.setText(text(r)));
        }
        pager.first();
        load();
    }

    static String text(SpotCheckRuleDTO r) {
        return r.levelLabel + "（" + r.regionName + "）· " + (r.minimumRatio > 0 ? "抽查比例不低于 " + r.minimumRatio + "%"
                : "本级未规定抽查比例") + " · 辖区在册企业 " + r.population + " 家" + (r.basis == null ? "" : " · 依据：" + r.basis);
    }

    private void load() {
        UnitDTO u = office.getValue();
        if (u == null || services == null) {
            pager.fill(grid::setItems, () -> 0L, (o, l) -> List.<SpotCheckDTO>of());
            return;
        }
        SpotCheckService spot = services.get(SpotCheckService.class);
        PageDTO<SpotCheckDTO> first = Feedback.call(() -> spot.list(actor, u.id, null, pager.offset(), pager.size()))
                .orElse(null);
        int offset0 = pager.offset();
        int size0 = pager.size();
        pager.fill(grid::setItems, () -> first == null ? null : first.total, (offset, limit) -> offset == offset0
                && limit == size0 ? first.items
                        : Feedback.call(() -> spot.list(actor, u.id, null, offset, limit).items).orElse(List.of()));
        total.setText("共 " + (first == null ? 0 : first.total) + " 次");
        drawChart(u);
    }

    /** The year's coverage per office: the enterprises to check and those checked. */
    private void drawChart(UnitDTO u) {
        chart.removeAll();
        int year = Labels.today().getYear();
        List<CoverageRowDTO> rows = Feedback.call(() -> services.get(SpotCheckService.class).coverage(actor, u.id, year))
                .orElse(List.of());
        if (rows.isEmpty()) {
            return;
        }
        ChartDTO c = new ChartDTO();
        c.title = year + " 年抽查覆盖情况";
        c.type = "bar";
        List<Integer> target = new ArrayList<>();
        List<Integer> sampled = new ArrayList<>();
        List<Integer> inspected = new ArrayList<>();
        for (CoverageRowDTO r : rows) {
            c.categories.add(r.officeName);
            target.add(r.target);
            sampled.add(r.sampled);
            inspected.add(r.inspected);
        }
        c.series.add(new ChartSeriesDTO("应抽", target));
        c.series.add(new ChartSeriesDTO("已抽", sampled));
        c.series.add(new ChartSeriesDTO("已检查", inspected));
        chart.add(new H3(c.title), Charts.chart(c, "spot-coverage-chart", "260px"));
    }

    private byte[] coverageBytes() {
        UnitDTO u = office.getValue();
        int year = Labels.today().getYear();
        List<CoverageRowDTO> rows = u == null ? List.of()
                : services.get(SpotCheckService.class).coverage(actor, u.id, year);
        return services.get(ExportService.class).table(year + " 年抽查覆盖情况", SpotCheckSheet.COVERAGE_COLUMNS,
                SpotCheckSheet.coverageRows(rows));
    }
}

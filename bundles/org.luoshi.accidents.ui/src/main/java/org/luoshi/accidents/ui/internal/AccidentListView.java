package org.luoshi.accidents.ui.internal;

import java.util.List;

import org.luoshi.api.Actor;
import org.luoshi.api.PageDTO;
import org.luoshi.api.accident.AccidentDTO;
import org.luoshi.api.accident.AccidentFiringDTO;
import org.luoshi.api.accident.AccidentLevel;
import org.luoshi.api.accident.AccidentQuery;
import org.luoshi.api.accident.AccidentService;
import org.luoshi.api.jurisdiction.JurisdictionDTO;
import org.luoshi.ui.kit.Choices;
import org.luoshi.ui.kit.Dates;
import org.luoshi.ui.kit.DrillDown;
import org.luoshi.ui.kit.Feedback;
import org.luoshi.ui.kit.Labels;
import org.luoshi.ui.kit.PageBar;
import org.luoshi.ui.kit.SecuredView;
import org.luoshi.ui.kit.Services;
import org.luoshi.ui.kit.UnitNames;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.PageTitle;

/**
 * 生产安全事故: the accidents of the user's units in a jurisdiction, newest first, filtered by level, sector and date,
 * with 登记事故 ({@link AccidentDialog}); a second tab lists what the region's rules drafted on them (规则触发记录).
 * <p>
 * The address may preset the jurisdiction and open an accident: {@code accidents?jurisdiction=<id>&id=<id>}.
 */
@PageTitle("生产安全事故 · 落实")
public class AccidentListView extends SecuredView {
    public static final String ROUTE = "accidents";
    private static final long serialVersionUID = 1L;

    private final ComboBox<JurisdictionDTO> jurisdiction = new ComboBox<>("辖区");
    private final ComboBox<AccidentLevel> level = new ComboBox<>("事故等级");
    private final ComboBox<String> sector = new ComboBox<>("行业领域");
    private final DatePicker from = Labels.datePicker("发生日期 从", "accidents-from");
    private final DatePicker to = Labels.datePicker("至", "accidents-to");
    private final Grid<AccidentDTO> grid = new Grid<>();
    private final PageBar pager = new PageBar("accidents-", this::load);
    private final Grid<AccidentFiringDTO> firings = new Grid<>();
    private final PageBar firingPager = new PageBar("firings-", this::loadFirings);
    private final UnitNames names = new UnitNames();

    private Actor actor;
    private Services services;
    private boolean loading;

    public AccidentListView() {
        setSizeFull();
        H2 title = new H2("生产安全事故");
        Button record = new Button("登记事故", e -> AccidentDialog.openNew(services, actor, jurisdiction.getValue(),
                created -> {
                    search();
                    searchFirings();
                }));
        record.setId("new-accident");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout head = new HorizontalLayout(title, record);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);

        jurisdiction.setId("accidents-jurisdiction");
        jurisdiction.setItemLabelGenerator(j -> Labels.nz(j.name));
        jurisdiction.setWidth("12em");
        jurisdiction.addValueChangeListener(e -> {
            if (!loading) {
                fillSectors();
                search();
                searchFirings();
            }
        });
        level.setId("accidents-level");
        level.setItems(AccidentLevel.values());
        level.setItemLabelGenerator(AccidentLevel::label);
        level.setClearButtonVisible(true);
        level.setPlaceholder("全部");
        sector.setId("accidents-sector");
        sector.setClearButtonVisible(true);
        sector.setPlaceholder("全部");
        for (var f : List.of(level, sector)) {
            f.addValueChangeListener(e -> {
                if (!loading) {
                    search();
                }
            });
        }
        for (DatePicker d : List.of(from, to)) {
            d.addValueChangeListener(e -> {
                if (!loading) {
                    search();
                }
            });
        }
        FlexLayout filters = new FlexLayout(jurisdiction, level, sector, from, to);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-s) var(--lumo-space-m)");
        filters.setWidthFull();

        grid.setId("accident-grid");
        grid.addColumn(a -> a.id == null ? "" : String.valueOf(a.id)).setHeader("编号").setWidth("5em").setFlexGrow(0);
        grid.addColumn(a -> Labels.nz(a.occurredAt).replace('T', ' ')).setHeader("发生时间").setWidth("10em").setFlexGrow(0);
        grid.addColumn(a -> names.name(a.unit)).setHeader("所属单位").setFlexGrow(2);
        grid.addColumn(a -> Labels.nz(a.place)).setHeader("地点").setFlexGrow(2);
        grid.addColumn(a -> Labels.nz(a.sector)).setHeader("行业领域").setWidth("7em").setFlexGrow(0);
        grid.addColumn(a -> a.level == null ? "" : a.level.label()).setHeader("等级").setWidth("7em").setFlexGrow(0);
        grid.addColumn(a -> a.deaths + " / " + a.seriousInjuries).setHeader("死亡/重伤").setWidth("6em").setFlexGrow(0);
        grid.addColumn(a -> a.directLoss == null ? "" : a.directLoss.stripTrailingZeros().toPlainString())
                .setHeader("直接经济损失（万元）").setWidth("9em").setFlexGrow(0);
        grid.addColumn(LitRenderer.<AccidentDTO>of(
                "<span style=\"color: var(--lumo-error-text-color); font-weight: 600\">${item.issue}</span>")
                .withProperty("issue", a -> Labels.label(AccidentLabels.ISSUES, a.reportingIssue)))
                .setHeader("报告情况").setWidth("6em").setFlexGrow(0);
        grid.addColumn(a -> Labels.label(AccidentLabels.STATUSES, a.status)).setHeader("状态").setWidth("8em").setFlexGrow(0);
        grid.addColumn(a -> a.firings.isEmpty() ? "" : "触发 " + a.firings.size() + " 条规则").setHeader("规则")
                .setWidth("8em").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText("没有符合条件的事故");
        grid.addItemClickListener(e -> {
            if (e.getItem() != null && e.getItem().id != null) {
                AccidentDialog.open(services, actor, e.getItem().id, this::refresh);
            }
        });
        VerticalLayout list = new VerticalLayout(filters, grid, pager);
        list.setPadding(false);
        list.setSizeFull();
        list.setFlexGrow(1, grid);

        firings.setId("firing-grid");
        firings.addColumn(f -> Dates.minutes(f.firedAt)).setHeader("触发时间").setWidth("10em").setFlexGrow(0);
        firings.addColumn(f -> names.name(f.territory)).setHeader("属地").setWidth("8em").setFlexGrow(0);
        firings.addColumn(f -> Labels.nz(f.ruleName)).setHeader("规则").setFlexGrow(2);
        firings.addColumn(f -> Labels.nz(f.explanation)).setHeader("触发情况").setFlexGrow(3);
        firings.addColumn(AccidentDialog::actionsText).setHeader("起草或提议").setFlexGrow(3);
        firings.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        firings.setEmptyStateText("尚无规则触发");
        firings.addItemClickListener(e -> {
            if (e.getItem() != null && !e.getItem().accidents.isEmpty()) {
                AccidentDialog.open(services, actor, e.getItem().accidents.get(e.getItem().accidents.size() - 1),
                        this::refresh);
            }
        });
        VerticalLayout rules = new VerticalLayout(firings, firingPager);
        rules.setPadding(false);
        rules.setSizeFull();
        rules.setFlexGrow(1, firings);

        TabSheet tabs = new TabSheet();
        tabs.setSizeFull();
        tabs.add("事故", list).setId("tab-accidents");
        tabs.add("规则触发记录", rules).setId("tab-firings");
        add(head, tabs);
        setFlexGrow(1, tabs);
    }

    @Override
    protected void entered(Actor actor, Services services) {
        this.actor = actor;
        this.services = services;
        names.reset(services);
        String wanted = DrillDown.value(queryParameters(), DrillDown.JURISDICTION);
        if (wanted == null && jurisdiction.getValue() != null) {
            wanted = jurisdiction.getValue().id;
        }
        List<JurisdictionDTO> js = Feedback.call(services.jurisdictions()::jurisdictions).orElse(List.of());
        loading = true;
        try {
            jurisdiction.setItems(js);
            jurisdiction.setValue(Choices.jurisdiction(js, actor, wanted));
        } finally {
            loading = false;
        }
        fillSectors();
        search();
        searchFirings();
        Long open = DrillDown.recordId(queryParameters(), "事故编号");
        if (open != null) {
            AccidentDialog.open(services, actor, open, this::refresh);
        }
    }

    private void fillSectors() {
        JurisdictionDTO j = jurisdiction.getValue();
        List<String> list = j == null || services == null ? List.of()
                : Feedback.call(() -> services.get(AccidentService.class).sectors(j.id)).orElse(List.of());
        loading = true;
        try {
            sector.setItems(list);
        } finally {
            loading = false;
        }
    }

    private void refresh() {
        load();
        loadFirings();
    }

    private void search() {
        pager.first();
        load();
    }

    private void searchFirings() {
        firingPager.first();
        loadFirings();
    }

    /** The current page of accidents under the filters, with the total (the service answers both in one call). */
    private void load() {
        JurisdictionDTO j = jurisdiction.getValue();
        if (j == null || services == null) {
            grid.setItems(List.of());
            pager.show(0);
            return;
        }
        AccidentQuery q = new AccidentQuery();
        q.jurisdiction = j.id;
        q.level = level.getValue();
        q.sector = sector.getValue();
        q.from = Labels.iso(from.getValue());
        q.to = Labels.iso(to.getValue());
        q.offset = pager.offset();
        q.limit = pager.size();
        PageDTO<AccidentDTO> page = Feedback.call(() -> services.get(AccidentService.class).list(actor, q)).orElse(null);
        show(grid, pager, page, this::load);
    }

    private void loadFirings() {
        JurisdictionDTO j = jurisdiction.getValue();
        if (j == null || services == null) {
            firings.setItems(List.of());
            firingPager.show(0);
            return;
        }
        PageDTO<AccidentFiringDTO> page = Feedback.call(() -> services.get(AccidentService.class).firings(actor, j.id,
                firingPager.offset(), firingPager.size())).orElse(null);
        show(firings, firingPager, page, this::loadFirings);
    }

    /** A page and its total on a grid and its bar; a page beyond the total (records left the filter) reads the last. */
    private static <T> void show(Grid<T> grid, PageBar bar, PageDTO<T> page, Runnable again) {
        if (page == null) {
            grid.setItems(List.of());
            bar.show(0);
        } else if (bar.show(page.total)) {
            grid.setItems(page.items);
        } else {
            again.run();
        }
    }
}

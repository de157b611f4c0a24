package org.luoshi.listing.ui.internal;

import java.util.List;
import java.util.Objects;

import org.luoshi.api.Actor;
import org.luoshi.api.export.Rows;
import org.luoshi.api.jurisdiction.JurisdictionDTO;
import org.luoshi.api.jurisdiction.JurisdictionRegistry;
import org.luoshi.api.jurisdiction.UnitDTO;
import org.luoshi.api.listing.ListingDTO;
import org.luoshi.api.listing.ListingPage;
import org.luoshi.api.listing.ListingQuery;
import org.luoshi.api.listing.ListingService;
import org.luoshi.api.listing.ListingStatus;
import org.luoshi.ui.kit.DrillDown;
import org.luoshi.ui.kit.ExportButton;
import org.luoshi.ui.kit.Feedback;
import org.luoshi.ui.kit.Labels;
import org.luoshi.ui.kit.PageBar;
import org.luoshi.ui.kit.SecuredView;
import org.luoshi.ui.kit.Services;
import org.luoshi.ui.kit.UnitNames;
import org.luoshi.ui.kit.Units;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.PageTitle;

/**
 * 重大事故隐患挂牌督办 (mechanism 2, form 附件3): the listed major hazards with filters and paging, listing a major
 * hazard of the hazard list, and the detail of a listing with every step of its supervision.
 */
@PageTitle("重大事故隐患挂牌督办 · 落实")
public class ListingListView extends SecuredView {
    public static final String ROUTE = "listings";
    private static final long serialVersionUID = 1L;

    private final ComboBox<JurisdictionDTO> jurisdiction = new ComboBox<>("辖区");
    private final ComboBox<UnitDTO> unit = new ComboBox<>("单位");
    private final ComboBox<ListingStatus> status = new ComboBox<>("状态");
    private final TextField text = new TextField("关键词");
    private final Checkbox overdueOnly = new Checkbox("只看逾期");
    private final Grid<ListingDTO> grid = new Grid<>();
    private final PageBar pager = new PageBar("", this::load);
    /** The order asked for by a column header (the service's sort key); null: the list's own order. */
    private String sort;
    private final UnitNames unitNames = new UnitNames();
    private final ExportButton export = ExportButton.streaming("export-listings", "重大事故隐患挂牌督办清单", this::fillingUnit, () -> {
                ListingQuery q = query();
                ListingService service = this.services.get(ListingService.class);
                Actor a = this.actor;
                JurisdictionRegistry registry = this.services.jurisdictions();
                return (exporter, header, out) -> exporter.listingList(header, Rows.paged((offset, limit) -> {
                    q.offset = offset;
                    q.limit = limit;
                    List<ListingDTO> rows = service.search(a, q).items;
                    for (ListingDTO l : rows) { // the form shows unit names, not ids (as the REST export)
                        l.listingUnit = unitName(registry, l.listingUnit);
                        l.reviewUnit = unitName(registry, l.reviewUnit);
                        l.delegatedReviewUnit = unitName(registry, l.delegatedReviewUnit);
                    }
                    return rows;
                }), out);
            });

    private Actor actor;
    private Services services;
    private long totalCount;
    private boolean loading;

    public ListingListView() {
        setSizeFull();
        H2 title = new H2("重大事故隐患挂牌督办");
        Button list = new Button("挂牌督办", e -> ListingForm.open(services, actor, this::listed));
        list.setId("new-listing");
        list.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout head = new HorizontalLayout(title, list, export);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);

        jurisdiction.setId("filter-jurisdiction");
        jurisdiction.setItemLabelGenerator(j -> Labels.nz(j.name));
        jurisdiction.setClearButtonVisible(true);
        jurisdiction.addValueChangeListener(e -> {
            if (!loading) {
                fillUnits();
                search();
            }
        });
        unit.setId("filter-unit");
        unit.setItemLabelGenerator(u -> Labels.nz(u.name));
        unit.setClearButtonVisible(true);
        unit.setPlaceholder("先选择辖区");
        status.setId("filter-status");
        status.setItems(ListingStatus.values());
        status.setItemLabelGenerator(ListingStatus::label);
        status.setClearButtonVisible(true);
        text.setId("filter-text");
        text.setPlaceholder("隐患描述中的文字");
        text.setClearButtonVisible(true);
        overdueOnly.setId("filter-overdue");
        unit.addValueChangeListener(e -> searchUnlessLoading());
        status.addValueChangeListener(e -> searchUnlessLoading());
        overdueOnly.addValueChangeListener(e -> searchUnlessLoading());
        text.addKeyPressListener(Key.ENTER, e -> search());
        Button searchButton = new Button("查询", e -> search());
        searchButton.setId("search");
        Button reset = new Button("重置", e -> resetFilters());
        reset.setId("reset-filters");
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        FlexLayout filters = new FlexLayout(jurisdiction, unit, status, text, overdueOnly, searchButton, reset);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-s) var(--lumo-space-m)");
        filters.setWidthFull();

        grid.setId("listing-grid");
        grid.addColumn(l -> l.id == null ? "" : String.valueOf(l.id)).setHeader("编号").setWidth("5.5em").setFlexGrow(0)
                .setKey("id").setSortable(true).setComparator(PageBar.serviceOrder());
        grid.addColumn(l -> Labels.nz(l.hazardDescription)).setHeader("重大事故隐患描述").setFlexGrow(5);
        grid.addColumn(l -> unitNames.name(l.unit)).setHeader("单位").setFlexGrow(2);
        grid.addColumn(l -> unitNames.name(l.listingUnit)).setHeader("挂牌督办单位").setFlexGrow(2);
        grid.addColumn(l -> Labels.nz(l.listedOn)).setHeader("挂牌时间").setFlexGrow(1).setKey("listedOn").setSortable(true)
                .setComparator(PageBar.serviceOrder());
        grid.addColumn(l -> Labels.nz(l.deadline)).setHeader("整改时限").setFlexGrow(1).setKey("deadline").setSortable(true)
                .setComparator(PageBar.serviceOrder());
        grid.addColumn(l -> l.status == null ? "" : l.status.label()).setHeader("状态").setFlexGrow(1);
        grid.addColumn(LitRenderer.<ListingDTO>of(
                "<span style=\"color: var(--lumo-error-text-color); font-weight: 600\">${item.overdue}</span>")
                .withProperty("overdue", ListingListView::overdueMarks)).setHeader("逾期").setWidth("8em").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        // a header sorts the whole list in the service (not just the page shown)
        grid.addSortListener(e -> {
            sort = PageBar.sortKey(e.getSortOrder());
            search();
        });
        grid.addItemClickListener(e -> {
            if (e.getItem() != null && e.getItem().id != null) {
                ListingDetail.open(services, actor, e.getItem().id, this::refresh);
            }
        });


        add(head, filters, grid, pager);
        setFlexGrow(1, grid);
    }

    @Override
    protected void entered(Actor actor, Services services) {
        this.actor = actor;
        this.services = services;
        unitNames.reset(services);
        export.update(services, actor);
        loading = true;
        try {
            String selected = selectedJurisdictionId();
            List<JurisdictionDTO> all = Feedback.call(services.jurisdictions()::jurisdictions).orElse(List.of());
            jurisdiction.setItems(all);
            jurisdiction.setValue(all.stream().filter(j -> Objects.equals(j.id, selected)).findFirst().orElse(null));
            fillUnits();
        } finally {
            loading = false;
        }
        load();
        Long open = DrillDown.recordId(queryParameters(), "挂牌督办编号");
        if (open != null) {
            ListingDetail.open(services, actor, open, this::refresh);
        }
    }

    /** A new listing: show the list from its start, then its detail (the next step is the plan). */
    private void listed(ListingDTO created) {
        search();
        if (created.id != null) {
            ListingDetail.open(services, actor, created.id, this::refresh);
        }
    }

    private String selectedJurisdictionId() {
        return jurisdiction.getValue() == null ? null : jurisdiction.getValue().id;
    }

    private void fillUnits() {
        String previousUnit = unit.getValue() == null ? null : unit.getValue().id;
        boolean wasLoading = loading;
        loading = true;
        try {
            List<UnitDTO> units = Units.visibleUnits(services, actor, selectedJurisdictionId());
            unit.setItems(units);
            unit.setValue(units.stream().filter(u -> Objects.equals(u.id, previousUnit)).findFirst().orElse(null));
            unit.setPlaceholder(jurisdiction.getValue() == null ? "先选择辖区" : "全部单位");
        } finally {
            loading = wasLoading;
        }
    }

    private void resetFilters() {
        loading = true;
        try {
            jurisdiction.clear();
            fillUnits();
            unit.clear();
            status.clear();
            text.clear();
            overdueOnly.clear();
        } finally {
            loading = false;
        }
        search();
    }

    private void searchUnlessLoading() {
        if (!loading) {
            search();
        }
    }

    private void search() {
        pager.first();
        load();
    }

    /** Reloads the current page, e.g. after a step in the detail. */
    void refresh() {
        load();
    }

    /** The filters as a query (first page). */
    private ListingQuery query() {
        ListingQuery q = new ListingQuery();
        q.jurisdiction = selectedJurisdictionId();
        q.unit = unit.getValue() == null ? null : unit.getValue().id;
        q.status = status.getValue();
        q.text = Labels.blankToNull(text.getValue());
        q.overdue = overdueOnly.getValue() ? Boolean.TRUE : null;
        q.sort = sort;
        return q;
    }

    /** 填报单位 of an export: the unit filtered on, else the jurisdiction's office, else the user's own unit. */
    private String fillingUnit() {
        if (unit.getValue() != null) {
            return unit.getValue().name;
        }
        if (jurisdiction.getValue() != null && jurisdiction.getValue().unit != null) {
            return unitNames.name(jurisdiction.getValue().unit);
        }
        return actor == null || actor.units().isEmpty() ? "" : unitNames.name(actor.units().get(0));
    }

    private void load() {
        if (services == null) {
            return;
        }
        ListingQuery q = query();
        q.offset = pager.offset();
        q.limit = pager.size();
        ListingPage result = Feedback.call(() -> services.get(ListingService.class).search(actor, q)).orElse(null);
        if (result == null) {
            grid.setItems(List.of());
            totalCount = 0;
        } else {
            totalCount = result.total;
            if (!pager.show(totalCount)) {
                load(); // the page emptied (records moved out of the filter): the last page instead
                return;
            }
            grid.setItems(result.items);
        }
        pager.show(totalCount);
        export.count(totalCount);
    }

    /** A unit's name for the printed form (its id when no installed jurisdiction declares it). */
    private static String unitName(JurisdictionRegistry registry, String unitId) {
        return unitId == null ? null : registry.unit(unitId).map(u -> u.name).orElse(unitId);
    }

    /** 逾期 (rectification), 方案逾期 (the notice's plan due date), 进展逾期 (a missed progress-report day). */
    static String overdueMarks(ListingDTO l) {
        java.util.List<String> marks = new java.util.ArrayList<>();
        if (l.overdue) {
            marks.add("逾期");
        }
        if (l.planOverdue) {
            marks.add("方案逾期");
        }
        if (l.progressOverdue) {
            marks.add("进展逾期");
        }
        return String.join(" ", marks);
    }
}

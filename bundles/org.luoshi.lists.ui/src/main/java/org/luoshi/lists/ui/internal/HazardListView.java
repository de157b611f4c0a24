package org.luoshi.lists.ui.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.luoshi.api.Actor;
import org.luoshi.api.export.Rows;
import org.luoshi.api.hazard.HazardDTO;
import org.luoshi.api.hazard.HazardPage;
import org.luoshi.api.hazard.HazardQuery;
import org.luoshi.api.hazard.HazardService;
import org.luoshi.api.hazard.HazardSource;
import org.luoshi.api.hazard.HazardStatus;
import org.luoshi.api.jurisdiction.JurisdictionDTO;
import org.luoshi.api.jurisdiction.UnitDTO;
import org.luoshi.ui.kit.DrillDown;
import org.luoshi.ui.kit.ExportButton;
import org.luoshi.ui.kit.Feedback;
import org.luoshi.ui.kit.Labels;
import org.luoshi.ui.kit.PageBar;
import org.luoshi.ui.kit.SecuredView;
import org.luoshi.ui.kit.Services;
import org.luoshi.ui.kit.Units;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
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
import com.vaadin.flow.router.QueryParameters;

/**
 * 问题隐患整改清单 (form 附件2): filters, a page of 20, 50 or 100 records (PageBar), and the form for a new record, a progress report or the
 * review. The filters can be preset by the address ({@code hazards?unit=…&source=…&major=true&overdue=true&status=…},
 * see {@link DrillDown}), as the figures of the summary do.
 */
@PageTitle("问题隐患整改清单 · 落实")
public class HazardListView extends SecuredView {
    public static final String ROUTE = "hazards";
    /** The query parameters that preset the filters (see {@link DrillDown}). */
    static final List<String> PARAMETERS = List.of(DrillDown.JURISDICTION, DrillDown.UNIT, DrillDown.SOURCE,
            DrillDown.MAJOR, DrillDown.STATUS, DrillDown.OVERDUE, DrillDown.TEXT);
    private static final long serialVersionUID = 1L;

    private final ComboBox<JurisdictionDTO> jurisdiction = new ComboBox<>("辖区");
    private final ComboBox<UnitDTO> unit = new ComboBox<>("单位");
    private final ComboBox<HazardSource> source = new ComboBox<>("来源");
    private final ComboBox<Boolean> major = new ComboBox<>("重大隐患");
    private final ComboBox<HazardStatus> status = new ComboBox<>("状态");
    private final TextField text = new TextField("关键词");
    private final Checkbox overdueOnly = new Checkbox("只看逾期");
    private final ComboBox<Boolean> listed = new ComboBox<>("挂牌督办");
    private final DatePicker foundFrom = Labels.datePicker("检查时间 从", "filter-found-from");
    private final DatePicker foundTo = Labels.datePicker("至", "filter-found-to");
    /** The order asked for by a column header ({@link HazardQuery#sort}); null: newest first. */
    private String sort;
    private final Grid<HazardDTO> grid = new Grid<>();
    private final PageBar pager = new PageBar("", this::load);
    private final ExportButton export = ExportButton.streaming("export-hazards", "问题隐患整改清单", this::fillingUnit, () -> {
                HazardQuery q = query();
                HazardService service = this.services.get(HazardService.class);
                Actor a = this.actor;
                return (exporter, header, out) -> exporter.hazardList(header, Rows.paged((offset, limit) -> {
                    q.offset = offset;
                    q.limit = limit;
                    return service.list(a, q).items;
                }), out);
            });

    private Actor actor;
    private Services services;
    private long totalCount;
    private boolean loading;
    private final Map<String, String> unitNames = new HashMap<>();

    public HazardListView() {
        setSizeFull();
        H2 title = new H2("问题隐患整改清单");
        Button add = new Button("新增隐患", e -> HazardForm.openNew(services, actor, selectedJurisdictionId(), this::refresh));
        add.setId("add-hazard");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout head = new HorizontalLayout(title, add, export);
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
        unit.setPlaceholder("全部单位");
        source.setId("filter-source");
        source.setItems(HazardSource.values());
        source.setItemLabelGenerator(HazardSource::label);
        source.setClearButtonVisible(true);
        major.setId("filter-major");
        major.setItems(Boolean.TRUE, Boolean.FALSE);
        major.setItemLabelGenerator(b -> Boolean.TRUE.equals(b) ? "是" : "否");
        major.setClearButtonVisible(true);
        major.setWidth("8em");
        status.setId("filter-status");
        status.setItems(HazardStatus.values());
        status.setItemLabelGenerator(HazardStatus::label);
        status.setClearButtonVisible(true);
        text.setId("filter-text");
        text.setPlaceholder("问题隐患描述中的文字");
        text.setClearButtonVisible(true);
        overdueOnly.setId("filter-overdue");
        listed.setId("filter-listed");
        listed.setItems(Boolean.TRUE, Boolean.FALSE);
        listed.setItemLabelGenerator(b -> Boolean.TRUE.equals(b) ? "是" : "否");
        listed.setClearButtonVisible(true);
        listed.setWidth("8em");
        foundFrom.setWidth("10em");
        foundTo.setWidth("10em");
        // a range the wrong way round is said at the field (the service would answer with an empty list)
        foundFrom.addValueChangeListener(e -> foundTo.setMin(e.getValue()));
        foundTo.addValueChangeListener(e -> foundFrom.setMax(e.getValue()));
        for (var field : List.of(foundFrom, foundTo)) {
            field.addValueChangeListener(e -> {
                if (!loading && !field.isInvalid()) {
                    search();
                }
            });
        }
        listed.addValueChangeListener(e -> {
            if (!loading) {
                search();
            }
        });
        for (var field : List.of(unit, source, major, status)) {
            field.addValueChangeListener(e -> {
                if (!loading) {
                    search();
                }
            });
        }
        overdueOnly.addValueChangeListener(e -> {
            if (!loading) {
                search();
            }
        });
        text.addKeyPressListener(Key.ENTER, e -> search());
        Button searchButton = new Button("查询", e -> search());
        searchButton.setId("search");
        Button reset = new Button("重置", e -> resetFilters());
        reset.setId("reset-filters");
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        FlexLayout filters = new FlexLayout(jurisdiction, unit, source, major, status, listed, foundFrom, foundTo, text,
                overdueOnly, searchButton, reset);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-s) var(--lumo-space-m)");
        filters.setWidthFull();

        grid.setId("hazard-grid");
        grid.addColumn(h -> h.id == null ? "" : String.valueOf(h.id)).setHeader("编号").setWidth("5.5em").setFlexGrow(0)
                .setKey("id").setSortable(true).setComparator(PageBar.serviceOrder());
        grid.addColumn(h -> unitName(h.unit)).setHeader("单位").setFlexGrow(2);
        grid.addColumn(h -> h.source == null ? "" : h.source.label()).setHeader("来源").setFlexGrow(1);
        grid.addColumn(h -> Labels.nz(h.description)).setHeader("问题隐患描述").setFlexGrow(5);
        grid.addColumn(h -> Labels.nz(h.inspectionDate)).setHeader("检查时间").setFlexGrow(1).setKey("inspectionDate")
                .setSortable(true).setComparator(PageBar.serviceOrder());
        grid.addColumn(h -> Labels.yesNo(h.major)).setHeader("重大").setWidth("5em").setFlexGrow(0);
        grid.addColumn(h -> Labels.yesNo(h.listed)).setHeader("挂牌督办").setWidth("6em").setFlexGrow(0);
        grid.addColumn(h -> Labels.nz(h.deadline)).setHeader("整改时限").setFlexGrow(1).setKey("deadline").setSortable(true)
                .setComparator(PageBar.serviceOrder());
        grid.addColumn(h -> h.status == null ? "" : h.status.label()).setHeader("状态").setFlexGrow(1);
        grid.addColumn(LitRenderer.<HazardDTO>of(
                "<span style=\"color: var(--lumo-error-text-color); font-weight: 600\">${item.overdue}</span>")
                .withProperty("overdue", h -> h.overdue ? "逾期" : "")).setHeader("逾期").setWidth("5em").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText("没有符合条件的问题隐患");
        // a header sorts the whole list in the service (not just the page shown)
        grid.addSortListener(e -> {
            sort = PageBar.sortKey(e.getSortOrder());
            search();
        });
        grid.addItemClickListener(e -> {
            if (e.getItem() != null && e.getItem().id != null) {
                HazardForm.openEdit(services, actor, e.getItem().id, this::refresh);
            }
        });


        add(head, filters, grid, pager);
        setFlexGrow(1, grid);
    }

    @Override
    protected void entered(Actor actor, Services services) {
        this.actor = actor;
        this.services = services;
        export.update(services, actor);
        QueryParameters params = queryParameters();
        boolean preset = DrillDown.hasAny(params, PARAMETERS);
        loading = true;
        try {
            String selected = preset ? DrillDown.value(params, DrillDown.JURISDICTION) : selectedJurisdictionId();
            List<JurisdictionDTO> all = Feedback.call(services.jurisdictions()::jurisdictions).orElse(List.of());
            jurisdiction.setItems(all);
            jurisdiction.setValue(all.stream().filter(j -> Objects.equals(j.id, selected)).findFirst().orElse(null));
            if (preset && selected != null && jurisdiction.getValue() == null) {
                DrillDown.invalid("辖区 " + selected + " 未安装");
            }
            fillUnits();
            if (preset) {
                preset(params);
                pager.first();
            }
        } finally {
            loading = false;
        }
        load();
        Long open = DrillDown.recordId(queryParameters(), "隐患编号");
        if (open != null) {
            HazardForm.openEdit(services, actor, open, this::refresh);
        }
    }

    /**
     * Sets the filters from the address (a drill-down link of the summary, see {@link DrillDown}): every filter not
     * named there is cleared, so the list shows exactly the records the link stands for.
     */
    private void preset(QueryParameters params) {
        unit.clear();
        source.clear();
        major.clear();
        status.clear();
        text.clear();
        overdueOnly.clear();
        listed.clear();
        foundFrom.clear();
        foundTo.clear();
        String unitId = DrillDown.value(params, DrillDown.UNIT);
        if (unitId != null) {
            Units.selectUnit(services, unit, unitId);
        }
        String sourceCode = DrillDown.value(params, DrillDown.SOURCE);
        if (sourceCode != null) {
            HazardSource s = HazardSource.parse(sourceCode);
            if (s == null) {
                DrillDown.invalid("来源 " + sourceCode);
            }
            source.setValue(s);
        }
        String statusCode = DrillDown.value(params, DrillDown.STATUS);
        if (statusCode != null) {
            HazardStatus s = HazardStatus.parse(statusCode);
            if (s == null) {
                DrillDown.invalid("状态 " + statusCode);
            }
            status.setValue(s);
        }
        try {
            major.setValue(DrillDown.bool(params, DrillDown.MAJOR));
            // the list can only narrow to overdue records: overdue=false leaves the box unchecked
            overdueOnly.setValue(Boolean.TRUE.equals(DrillDown.bool(params, DrillDown.OVERDUE)));
        } catch (IllegalArgumentException e) {
            DrillDown.invalid(e.getMessage());
        }
        String words = DrillDown.value(params, DrillDown.TEXT);
        text.setValue(words == null ? "" : words);
    }

    private String selectedJurisdictionId() {
        return jurisdiction.getValue() == null ? null : jurisdiction.getValue().id;
    }

    private void fillUnits() {
        String previousUnit = unit.getValue() == null ? null : unit.getValue().id;
        boolean wasLoading = loading;
        loading = true;
        try {
            List<UnitDTO> units = Units.filterUnits(services, actor, selectedJurisdictionId());
            unit.setItems(units);
            unit.setValue(units.stream().filter(u -> Objects.equals(u.id, previousUnit)).findFirst().orElse(null));
            unit.setPlaceholder("全部单位");
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
            source.clear();
            major.clear();
            status.clear();
            text.clear();
            overdueOnly.clear();
            listed.clear();
            foundFrom.clear();
            foundTo.clear();
        } finally {
            loading = false;
        }
        search();
    }

    private void search() {
        pager.first();
        load();
    }

    /** Reloads the current page, e.g. after the form saved a record. */
    void refresh() {
        load();
    }

    /** The filters as a query (first page). */
    private HazardQuery query() {
        HazardQuery q = new HazardQuery();
        q.jurisdiction = selectedJurisdictionId();
        q.unit = unit.getValue() == null ? null : unit.getValue().id;
        q.source = source.getValue();
        q.major = major.getValue();
        q.status = status.getValue();
        String words = text.getValue() == null ? "" : text.getValue().strip();
        q.text = words.isEmpty() ? null : words;
        q.overdue = overdueOnly.getValue() ? Boolean.TRUE : null;
        q.listed = listed.getValue();
        q.foundFrom = Labels.iso(foundFrom.getValue());
        q.foundTo = Labels.iso(foundTo.getValue());
        q.sort = sort;
        return q;
    }

    /** 填报单位 of an export: the unit filtered on, else the jurisdiction's office, else the user's own unit. */
    private String fillingUnit() {
        if (unit.getValue() != null) {
            return unit.getValue().name;
        }
        if (jurisdiction.getValue() != null && jurisdiction.getValue().unit != null) {
            return unitName(jurisdiction.getValue().unit);
        }
        return actor == null || actor.units().isEmpty() ? "" : unitName(actor.units().get(0));
    }

    private void load() {
        if (services == null) {
            return;
        }
        HazardQuery q = query();
        q.offset = pager.offset();
        q.limit = pager.size();
        HazardPage result = Feedback.call(() -> services.get(HazardService.class).list(actor, q)).orElse(null);
        if (result == null) {
            grid.setItems(List.of());
            totalCount = 0;
        } else {
            totalCount = result.total;
            if (!pager.show(totalCount)) {
                load(); // the page emptied (records moved out of the filter): the last page instead
                return;
            }
            unitNames.clear();
            grid.setItems(result.items);
        }
        pager.show(totalCount);
        export.count(totalCount);
    }

    private String unitName(String unitId) {
        if (unitId == null) {
            return "";
        }
        return unitNames.computeIfAbsent(unitId, id -> {
            try {
                return services.jurisdictions().unit(id).map(u -> u.name).orElse(id);
            } catch (RuntimeException e) {
                return id;
            }
        });
    }
}

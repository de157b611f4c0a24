package org.luoshi.inspections.ui.internal;

import java.util.List;

import org.luoshi.api.Actor;
import org.luoshi.api.inspection.InspectionDTO;
import org.luoshi.api.inspection.InspectionService;
import org.luoshi.api.jurisdiction.JurisdictionDTO;
import org.luoshi.ui.kit.Choices;
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
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.PageTitle;

/**
 * 巡查检查 (mechanism 5): the assessment patrols (考核巡查) and supervision inspections (督导检查) organised by or of the
 * user's units in a jurisdiction, newest first, 20 a page, filtered by kind and status; 登记巡查检查 records one, and a
 * click on a row opens it ({@link InspectionDialog}): findings, a finding turned into a hazard-list entry, feedback, the
 * inspected unit's rectification report, closing.
 * <p>
 * The address may preset the jurisdiction and open an inspection: {@code inspections?jurisdiction=<id>&id=<id>}.
 */
@PageTitle("巡查检查 · 落实")
public class InspectionListView extends SecuredView {
    public static final String ROUTE = "inspections";
    private static final long serialVersionUID = 1L;

    private final ComboBox<JurisdictionDTO> jurisdiction = new ComboBox<>("辖区");
    private final ComboBox<String> kind = new ComboBox<>("类型");
    private final ComboBox<String> status = new ComboBox<>("状态");
    private final Grid<InspectionDTO> grid = new Grid<>();
    private final PageBar pager = new PageBar("inspections-", this::load);
    private final UnitNames names = new UnitNames();

    private Actor actor;
    private Services services;
    private boolean loading;

    public InspectionListView() {
        setSizeFull();
        H2 title = new H2("巡查检查");
        Button record = new Button("登记巡查检查", e -> InspectionDialog.openNew(services, actor, jurisdiction.getValue(),
                created -> search()));
        record.setId("new-inspection");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout head = new HorizontalLayout(title, record);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);

        jurisdiction.setId("inspections-jurisdiction");
        jurisdiction.setItemLabelGenerator(j -> Labels.nz(j.name));
        jurisdiction.setWidth("12em");
        jurisdiction.addValueChangeListener(e -> {
            if (!loading) {
                search();
            }
        });
        kind.setId("inspections-kind");
        kind.setItems(InspectionLabels.INSPECTION_KINDS.keySet());
        kind.setItemLabelGenerator(k -> Labels.label(InspectionLabels.INSPECTION_KINDS, k));
        kind.setClearButtonVisible(true);
        kind.setPlaceholder("全部");
        kind.setWidth("9em");
        kind.addValueChangeListener(e -> {
            if (!loading) {
                search();
            }
        });
        status.setId("inspections-status");
        status.setItems(InspectionLabels.INSPECTION_STATUSES.keySet());
        status.setItemLabelGenerator(s -> Labels.label(InspectionLabels.INSPECTION_STATUSES, s));
        status.setClearButtonVisible(true);
        status.setPlaceholder("全部");
        status.setWidth("9em");
        status.addValueChangeListener(e -> {
            if (!loading) {
                search();
            }
        });
        FlexLayout filters = new FlexLayout(jurisdiction, kind, status);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-s) var(--lumo-space-m)");
        filters.setWidthFull();

        grid.setId("inspection-grid");
        grid.addColumn(i -> i.id == null ? "" : String.valueOf(i.id)).setHeader("编号").setWidth("5em").setFlexGrow(0);
        grid.addColumn(i -> Labels.label(InspectionLabels.INSPECTION_KINDS, i.kind)).setHeader("类型").setWidth("6em").setFlexGrow(0);
        grid.addColumn(i -> Labels.label(InspectionLabels.INSPECTION_TRIGGERS, i.trigger)).setHeader("情形").setFlexGrow(1);
        grid.addColumn(i -> Labels.nz(i.title)).setHeader("名称").setFlexGrow(3);
        grid.addColumn(i -> names.name(i.organizer)).setHeader("组织单位").setFlexGrow(2);
        grid.addColumn(i -> names.name(i.inspectedUnit)).setHeader("被巡查检查单位").setFlexGrow(2);
        grid.addColumn(i -> Labels.nz(i.startDate) + (i.endDate == null ? "" : " 至 " + i.endDate)).setHeader("时间")
                .setFlexGrow(2);
        grid.addColumn(InspectionListView::findings).setHeader("问题（未销号/共）").setWidth("8em").setFlexGrow(0);
        grid.addColumn(i -> Labels.label(InspectionLabels.INSPECTION_STATUSES, i.status)).setHeader("状态").setWidth("7em")
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addItemClickListener(e -> {
            if (e.getItem() != null && e.getItem().id != null) {
                InspectionDialog.open(services, actor, e.getItem().id, this::load);
            }
        });
        grid.setEmptyStateText("没有符合条件的巡查检查");

        add(head, filters, grid, pager);
        setFlexGrow(1, grid);
    }

    private static String findings(InspectionDTO i) {
        List<?> all = i.findings == null ? List.of() : i.findings;
        long open = i.findings == null ? 0 : i.findings.stream().filter(f -> !f.closed).count();
        return open + " / " + all.size();
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
        search();
        String open = DrillDown.value(queryParameters(), "id");
        if (open != null) {
            try {
                InspectionDialog.open(services, actor, Long.parseLong(open), this::load);
            } catch (NumberFormatException e) {
                DrillDown.invalid("巡查检查编号 " + open);
            }
        }
    }

    private void search() {
        pager.first();
        load();
    }

    /** The current page under the filters, with the total. */
    private void load() {
        JurisdictionDTO j = jurisdiction.getValue();
        if (j == null || services == null) {
            pager.fill(grid::setItems, () -> 0L, (offset, limit) -> List.<InspectionDTO>of());
            return;
        }
        InspectionService service = services.get(InspectionService.class);
        String k = kind.getValue();
        String st = status.getValue();
        pager.fill(grid::setItems, () -> Feedback.call(() -> service.count(actor, j.id, k, st)).orElse(null),
                (offset, limit) -> Feedback.call(() -> service.list(actor, j.id, k, st, offset, limit)).orElse(List.of()));
    }
}

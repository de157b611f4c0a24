package org.luoshi.ui.internal.views;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.luoshi.api.Actor;
import org.luoshi.api.jurisdiction.CatalogTaskDTO;
import org.luoshi.api.jurisdiction.JurisdictionDTO;
import org.luoshi.api.jurisdiction.JurisdictionRegistry;
import org.luoshi.ui.kit.Feedback;
import org.luoshi.ui.kit.Labels;
import org.luoshi.ui.kit.SecuredView;
import org.luoshi.ui.kit.Services;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;

/** The installed jurisdictions and, for the selected one, its task catalog with a text search. */
@PageTitle("辖区与任务目录 · 落实")
public class JurisdictionsView extends SecuredView {
    public static final String ROUTE = "jurisdictions";
    private static final long serialVersionUID = 1L;

    private final Grid<JurisdictionDTO> jurisdictionGrid = new Grid<>();
    private final Grid<CatalogTaskDTO> catalogGrid = new Grid<>();
    /** The leading groups' roles by title (roles.tsv of the plugin), hidden when it has none. */
    private final Grid<org.luoshi.api.jurisdiction.RoleDTO> roleGrid = new Grid<>();
    private final com.vaadin.flow.component.html.H3 roleTitle = new com.vaadin.flow.component.html.H3("领导小组组成（按职务）");
    private final H3 catalogTitle = new H3();
    private final TextField search = new TextField();
    private final Span catalogCount = new Span();
    private JurisdictionRegistry registry;
    private List<JurisdictionDTO> jurisdictions = List.of();
    private List<CatalogTaskDTO> catalog = List.of();

    public JurisdictionsView() {
        setSizeFull();
        H2 title = new H2("已安装的辖区");
        Button refresh = new Button("刷新", e -> reload());
        refresh.setId("refresh-jurisdictions");
        refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout head = new HorizontalLayout(title, refresh);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);

        jurisdictionGrid.setId("jurisdiction-grid");
        jurisdictionGrid.addColumn(j -> Labels.nz(j.name)).setHeader("名称").setFlexGrow(2);
        jurisdictionGrid.addColumn(j -> Labels.level(j.level)).setHeader("层级");
        jurisdictionGrid.addColumn(this::parentName).setHeader("上级");
        jurisdictionGrid.addColumn(j -> Labels.nz(j.version)).setHeader("版本");
        jurisdictionGrid.setAllRowsVisible(true);
        jurisdictionGrid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        jurisdictionGrid.asSingleSelect().addValueChangeListener(e -> showCatalog(e.getValue()));

        catalogTitle.setId("catalog-title");
        search.setId("catalog-search");
        search.setPlaceholder("搜索任务目录（措施、分组、责任单位、时限）");
        search.setClearButtonVisible(true);
        search.setWidth("28em");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> filterCatalog());
        catalogCount.setId("catalog-count");
        HorizontalLayout tools = new HorizontalLayout(search, catalogCount);
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);

        catalogGrid.setId("catalog-grid");
        catalogGrid.addColumn(t -> t.number).setHeader("序号").setWidth("5em").setFlexGrow(0);
        catalogGrid.addColumn(t -> Labels.nz(t.group)).setHeader("国家要求/分组").setFlexGrow(2);
        catalogGrid.addColumn(t -> Labels.nz(t.measure)).setHeader("细化措施").setFlexGrow(4);
        catalogGrid.addColumn(t -> Labels.nz(t.responsibleUnits)).setHeader("责任单位").setFlexGrow(2);
        catalogGrid.addColumn(t -> Labels.nz(t.deadline)).setHeader("完成时限").setFlexGrow(1);
        catalogGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        catalogGrid.setMinHeight("20em");

        roleGrid.setId("role-grid");
        roleGrid.addColumn(r -> Labels.nz(r.group)).setHeader("领导小组").setFlexGrow(3);
        roleGrid.addColumn(r -> Labels.nz(r.role)).setHeader("职责").setWidth("7em").setFlexGrow(0);
        roleGrid.addColumn(r -> Labels.nz(r.title)).setHeader("担任者（职务）").setFlexGrow(3);
        roleGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        roleGrid.setAllRowsVisible(true);
        roleTitle.setId("role-title");
        add(head, jurisdictionGrid, roleTitle, roleGrid, catalogTitle, tools, catalogGrid);
        setFlexGrow(1, catalogGrid);
    }

    @Override
    protected void entered(Actor actor, Services services) {
        registry = services.jurisdictions();
        reload();
    }

    private void reload() {
        String selected = Optional.ofNullable(jurisdictionGrid.asSingleSelect().getValue()).map(j -> j.id).orElse(null);
        jurisdictions = Feedback.call(registry::jurisdictions).orElse(List.of());
        jurisdictionGrid.setItems(jurisdictions);
        JurisdictionDTO select = jurisdictions.stream().filter(j -> j.id != null && j.id.equals(selected)).findFirst()
                .orElse(jurisdictions.isEmpty() ? null : jurisdictions.get(0));
        if (select != null) {
            jurisdictionGrid.select(select);
        } else {
            showCatalog(null);
        }
    }

    private String parentName(JurisdictionDTO j) {
        if (j.parent == null || j.parent.isBlank()) {
            return "";
        }
        return jurisdictions.stream().filter(p -> j.parent.equals(p.id)).map(p -> p.name).findFirst().orElse(j.parent);
    }

    private void showCatalog(JurisdictionDTO j) {
        List<org.luoshi.api.jurisdiction.RoleDTO> roles = j == null ? List.of()
                : Feedback.call(() -> registry.roles(j.id)).flatMap(r -> r).orElse(List.of());
        roleGrid.setItems(roles);
        roleGrid.setVisible(!roles.isEmpty());
        roleTitle.setVisible(!roles.isEmpty());
        if (j == null) {
            catalog = List.of();
            catalogTitle.setText(jurisdictions.isEmpty() ? "尚未安装任何辖区插件" : "请选择辖区查看其任务目录");
        } else {
            catalog = Feedback.call(() -> registry.catalog(j.id)).flatMap(c -> c).orElse(List.of());
            catalogTitle.setText(Labels.nz(j.name) + " · 重点工作任务目录");
        }
        filterCatalog();
    }

    private void filterCatalog() {
        String q = search.getValue() == null ? "" : search.getValue().strip().toLowerCase(Locale.ROOT);
        List<CatalogTaskDTO> shown = q.isEmpty() ? catalog
                : catalog.stream().filter(t -> matches(t, q)).toList();
        catalogGrid.setItems(shown);
        catalogCount.setText(q.isEmpty() ? "共 " + catalog.size() + " 项" : "共 " + shown.size() + " 项（全部 " + catalog.size() + " 项）");
    }

    private static boolean matches(CatalogTaskDTO t, String q) {
        String text = String.join("\n", String.valueOf(t.number), Labels.nz(t.group), Labels.nz(t.measure),
                Labels.nz(t.responsibleUnits), Labels.nz(t.deadline)).toLowerCase(Locale.ROOT);
        return text.contains(q);
    }
}

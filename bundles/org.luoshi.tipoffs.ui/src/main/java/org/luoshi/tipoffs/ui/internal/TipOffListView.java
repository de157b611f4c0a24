package org.luoshi.tipoffs.ui.internal;

import java.util.List;

import org.luoshi.api.Actor;
import org.luoshi.api.jurisdiction.JurisdictionDTO;
import org.luoshi.api.tipoff.TipOffDTO;
import org.luoshi.api.tipoff.TipOffService;
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
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.PageTitle;

/**
 * 问题线索 (mechanism 6), the handlers' side: the tip-offs handled by, or once routed by, the user's units in a
 * jurisdiction, newest first, 20 a page (or 50, 100), filtered by status, with the acceptance deadline marked when it has passed
 * without a decision. The list never shows who reported (the service does not even send it). 登记举报 registers one taken
 * by phone, mail, letter or visit, and a click opens it ({@link TipOffDialog}).
 * <p>
 * The address may preset the jurisdiction and open a tip-off: {@code tipoffs?jurisdiction=<id>&id=<id>}.
 */
@PageTitle("问题线索 · 落实")
public class TipOffListView extends SecuredView {
    public static final String ROUTE = "tipoffs";
    private static final int EXCERPT = 60;
    private static final long serialVersionUID = 1L;

    private final ComboBox<JurisdictionDTO> jurisdiction = new ComboBox<>("辖区");
    private final ComboBox<String> status = new ComboBox<>("状态");
    private final Grid<TipOffDTO> grid = new Grid<>();
    private final PageBar pager = new PageBar("tipoffs-", this::load);
    private final UnitNames names = new UnitNames();

    private Actor actor;
    private Services services;
    private boolean loading;

    public TipOffListView() {
        setSizeFull();
        H2 title = new H2("问题线索");
        Button register = new Button("登记举报", e -> TipOffDialog.openNew(services, actor, jurisdiction.getValue(),
                this::search));
        register.setId("new-tipoff");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.setTooltipText("登记电话、信箱、来信、来访等渠道收到的举报；登记后生成查询码告知举报人");
        HorizontalLayout head = new HorizontalLayout(title, register);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);

        jurisdiction.setId("tipoffs-jurisdiction");
        jurisdiction.setItemLabelGenerator(j -> Labels.nz(j.name));
        jurisdiction.setWidth("12em");
        jurisdiction.addValueChangeListener(e -> {
            if (!loading) {
                search();
            }
        });
        status.setId("tipoffs-status");
        status.setItems(TipOffLabels.TIPOFF_STATUSES.keySet());
        status.setItemLabelGenerator(s -> Labels.label(TipOffLabels.TIPOFF_STATUSES, s));
        status.setClearButtonVisible(true);
        status.setPlaceholder("全部");
        status.setWidth("10em");
        status.addValueChangeListener(e -> {
            if (!loading) {
                search();
            }
        });
        FlexLayout filters = new FlexLayout(jurisdiction, status);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-s) var(--lumo-space-m)");
        filters.setWidthFull();

        grid.setId("tipoff-grid");
        grid.addColumn(t -> t.id == null ? "" : String.valueOf(t.id)).setHeader("编号").setWidth("5em").setFlexGrow(0);
        grid.addColumn(t -> Labels.label(TipOffLabels.TIPOFF_CHANNELS, t.channel)).setHeader("渠道").setWidth("6em").setFlexGrow(0);
        grid.addColumn(t -> Labels.nz(t.receivedOn)).setHeader("收到日期").setWidth("8em").setFlexGrow(0);
        grid.addColumn(t -> names.name(t.unit)).setHeader("办理单位").setFlexGrow(2);
        grid.addColumn(t -> Labels.nz(t.subject)).setHeader("被举报单位或对象").setFlexGrow(2);
        grid.addColumn(t -> excerpt(t.content)).setHeader("举报内容").setFlexGrow(4);
        grid.addColumn(t -> Labels.label(TipOffLabels.TIPOFF_STATUSES, t.status)).setHeader("状态").setWidth("7em").setFlexGrow(0);
        grid.addColumn(t -> Labels.nz(t.acceptDeadline)).setHeader("受理期限").setWidth("8em").setFlexGrow(0);
        grid.addColumn(LitRenderer.<TipOffDTO>of(
                "<span style=\"color: var(--lumo-error-text-color); font-weight: 600\">${item.overdue}</span>")
                .withProperty("overdue", t -> t.overdue ? "逾期未受理" : "")).setHeader("逾期").setWidth("7em").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addItemClickListener(e -> {
            if (e.getItem() != null && e.getItem().id != null) {
                TipOffDialog.open(services, actor, e.getItem().id, this::load);
            }
        });
        grid.setEmptyStateText("没有符合条件的举报线索");

        add(head, filters, grid, pager);
        setFlexGrow(1, grid);
    }

    private void search() {
        pager.first();
        load();
    }

    /** The current page under the filters, with the total. */
    private void load() {
        JurisdictionDTO j = jurisdiction.getValue();
        if (j == null || services == null) {
            pager.fill(grid::setItems, () -> 0L, (offset, limit) -> List.<TipOffDTO>of());
            return;
        }
        TipOffService tipOffs = services.get(TipOffService.class);
        String s = status.getValue();
        pager.fill(grid::setItems, () -> Feedback.call(() -> tipOffs.count(actor, j.id, s)).orElse(null),
                (offset, limit) -> Feedback.call(() -> tipOffs.list(actor, j.id, s, offset, limit)).orElse(List.of()));
    }

    static String excerpt(String text) {
        if (text == null) {
            return "";
        }
        String t = text.strip().replaceAll("\\s+", " ");
        return t.length() <= EXCERPT ? t : t.substring(0, EXCERPT) + "…";
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
        Long open = DrillDown.recordId(queryParameters(), "举报编号");
        if (open != null) {
            TipOffDialog.open(services, actor, open, this::load);
        }
    }
}

package org.luoshi.transfers.ui.internal;

import java.util.List;

import org.luoshi.api.Actor;
import org.luoshi.api.jurisdiction.JurisdictionDTO;
import org.luoshi.api.transfer.TransferDTO;
import org.luoshi.api.transfer.TransferService;
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
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.PageTitle;

/**
 * 行刑衔接 (mechanism 8): the transfers of suspected safety crimes sent by, or to, the user's units in a jurisdiction,
 * newest first, 20 a page; 移送涉嫌犯罪案件 sends one to the public security of the same level, and a click on a row opens
 * it ({@link TransferDialog}): sources, evidence files, acceptance, outcome and information shared with the
 * procuratorate or a court.
 * <p>
 * The address may preset the jurisdiction and open a transfer: {@code transfers?jurisdiction=<id>&id=<id>}.
 */
@PageTitle("行刑衔接 · 落实")
public class TransferListView extends SecuredView {
    public static final String ROUTE = "transfers";
    private static final long serialVersionUID = 1L;

    private final ComboBox<JurisdictionDTO> jurisdiction = new ComboBox<>("辖区");
    private final Grid<TransferDTO> grid = new Grid<>();
    private final PageBar pager = new PageBar("transfers-", this::load);
    private final UnitNames names = new UnitNames();

    private Actor actor;
    private Services services;
    private boolean loading;

    public TransferListView() {
        setSizeFull();
        H2 title = new H2("行刑衔接");
        Button send = new Button("移送涉嫌犯罪案件", e -> TransferDialog.openNew(services, actor, jurisdiction.getValue(),
                created -> search()));
        send.setId("new-transfer");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout head = new HorizontalLayout(title, send);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);

        jurisdiction.setId("transfers-jurisdiction");
        jurisdiction.setItemLabelGenerator(j -> Labels.nz(j.name));
        jurisdiction.setWidth("12em");
        jurisdiction.addValueChangeListener(e -> {
            if (!loading) {
                search();
            }
        });
        FlexLayout filters = new FlexLayout(jurisdiction);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-s) var(--lumo-space-m)");
        filters.setWidthFull();

        grid.setId("transfer-grid");
        grid.addColumn(t -> t.id == null ? "" : String.valueOf(t.id)).setHeader("编号").setWidth("5em").setFlexGrow(0);
        grid.addColumn(t -> Labels.label(TransferLabels.TRANSFER_SITUATIONS_SHORT, t.situation)).setHeader("移送情形").setFlexGrow(2);
        grid.addColumn(t -> names.name(t.fromUnit)).setHeader("移送部门").setFlexGrow(2);
        grid.addColumn(t -> names.name(t.toUnit)).setHeader("接收的公安机关").setFlexGrow(2);
        grid.addColumn(t -> Labels.nz(t.facts)).setHeader("涉嫌犯罪事实").setFlexGrow(4);
        grid.addColumn(t -> Dates.minutes(t.sentAt)).setHeader("移送时间").setWidth("10em").setFlexGrow(0);
        grid.addColumn(TransferListView::state).setHeader("状态").setWidth("9em").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addItemClickListener(e -> {
            if (e.getItem() != null && e.getItem().id != null) {
                TransferDialog.open(services, actor, e.getItem().id, this::load);
            }
        });
        grid.setEmptyStateText("没有移交记录");

        add(head, filters, grid, pager);
        setFlexGrow(1, grid);
    }

    /** The status, and for a concluded transfer its outcome. */
    static String state(TransferDTO t) {
        String s = Labels.label(TransferLabels.TRANSFER_STATUSES, t.status);
        return t.outcome == null ? s : s + "（" + Labels.label(TransferLabels.TRANSFER_OUTCOMES, t.outcome) + "）";
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
                TransferDialog.open(services, actor, Long.parseLong(open), this::load);
            } catch (NumberFormatException e) {
                DrillDown.invalid("移送记录编号 " + open);
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
            pager.fill(grid::setItems, () -> 0L, (offset, limit) -> List.<TransferDTO>of());
            return;
        }
        TransferService service = services.get(TransferService.class);
        pager.fill(grid::setItems, () -> Feedback.call(() -> service.count(actor, j.id)).orElse(null),
                (offset, limit) -> Feedback.call(() -> service.list(actor, j.id, offset, limit)).orElse(List.of()));
    }
}

package org.luoshi.dispatch.ui.internal;

import java.util.List;
import java.util.Objects;

import org.luoshi.api.Actor;
import org.luoshi.api.dispatch.MeetingDTO;
import org.luoshi.api.dispatch.MeetingService;
import org.luoshi.api.jurisdiction.JurisdictionDTO;
import org.luoshi.ui.kit.Choices;
import org.luoshi.ui.kit.DrillDown;
import org.luoshi.ui.kit.Feedback;
import org.luoshi.ui.kit.Labels;
import org.luoshi.ui.kit.People;
import org.luoshi.ui.kit.SecuredView;
import org.luoshi.ui.kit.Services;
import org.luoshi.ui.kit.UnitNames;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.PageTitle;

/**
 * 调度会议 (会议调度, mechanism 3): the dispatch meetings of a jurisdiction organised by the user's units, newest first,
 * 20 a page — committee meetings, liaison meetings and video dispatch — and the form to record one with the units
 * attending, the progress reported, the experience shared, the lagging units that spoke and the work assigned, which
 * becomes tasks of the organiser's key work task list ({@link MeetingDialog}).
 */
@PageTitle("调度会议 · 落实")
public class MeetingListView extends SecuredView {
    public static final String ROUTE = "meetings";
    static final int PAGE_SIZE = 20;
    private static final long serialVersionUID = 1L;

    private final ComboBox<JurisdictionDTO> jurisdiction = new ComboBox<>("辖区");
    private final ComboBox<String> kind = new ComboBox<>("会议类型");
    private final Grid<MeetingDTO> grid = new Grid<>();
    private final Button previous = new Button("上一页");
    private final Button next = new Button("下一页");
    private final Span pageInfo = new Span();
    private final Span total = new Span();
    private final UnitNames names = new UnitNames();

    private Actor actor;
    private Services services;
    private boolean loading;
    private int page;
    private List<MeetingDTO> all = List.of();

    public MeetingListView() {
        setSizeFull();
        H2 title = new H2("调度会议");
        Button record = new Button("登记会议", e -> MeetingDialog.openNew(services, actor, jurisdiction.getValue(),
                this::recorded));
        record.setId("new-meeting");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        jurisdiction.setId("meetings-jurisdiction");
        jurisdiction.setItemLabelGenerator(j -> Labels.nz(j.name));
        jurisdiction.setWidth("12em");
        jurisdiction.addValueChangeListener(e -> {
            if (!loading) {
                reload();
            }
        });
        kind.setId("meetings-kind");
        kind.setItems(DispatchLabels.MEETING_KINDS.keySet());
        kind.setItemLabelGenerator(k -> Labels.label(DispatchLabels.MEETING_KINDS, k));
        kind.setClearButtonVisible(true);
        kind.setPlaceholder("全部");
        kind.setWidth("10em");
        kind.addValueChangeListener(e -> {
            if (!loading) {
                page = 0;
                load();
            }
        });
        HorizontalLayout head = new HorizontalLayout(title, jurisdiction, kind, record);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.setId("meeting-grid");
        grid.addColumn(m -> Labels.nz(m.date)).setHeader("会议日期").setWidth("8em").setFlexGrow(0);
        grid.addColumn(m -> Labels.label(DispatchLabels.MEETING_KINDS, m.kind)).setHeader("会议类型").setWidth("8em").setFlexGrow(0);
        grid.addColumn(m -> Labels.nz(m.title)).setHeader("会议名称").setFlexGrow(3);
        grid.addColumn(m -> names.name(m.unit)).setHeader("主办单位").setFlexGrow(2);
        grid.addColumn(m -> String.valueOf(size(m.attendingUnits))).setHeader("参会单位").setWidth("6em").setFlexGrow(0);
        grid.addColumn(m -> String.valueOf(size(m.assignments))).setHeader("交办事项").setWidth("6em").setFlexGrow(0);
        grid.addColumn(m -> m.laggards == null ? "" : String.join("、", m.laggards.stream().map(names::name).toList()))
                .setHeader("后进单位表态发言").setFlexGrow(2);
        grid.addColumn(m -> People.name(m.createdBy)).setHeader("登记人").setWidth("7em").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addItemClickListener(e -> {
            if (e.getItem() != null && e.getItem().id != null) {
                MeetingDialog.open(services, actor, e.getItem().id);
            }
        });

        previous.setId("meetings-prev-page");
        previous.addClickListener(e -> goTo(page - 1));
        next.setId("meetings-next-page");
        next.addClickListener(e -> goTo(page + 1));
        pageInfo.setId("meetings-page-info");
        total.setId("meetings-total");
        HorizontalLayout paging = new HorizontalLayout(previous, pageInfo, next, total);
        paging.setAlignItems(FlexComponent.Alignment.BASELINE);

        add(head, grid, paging);
        setFlexGrow(1, grid);
    }

    private static int size(List<?> list) {
        return list == null ? 0 : list.size();
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
        reload();
    }

    private void recorded(MeetingDTO m) {
        if (jurisdiction.getValue() == null || !Objects.equals(jurisdiction.getValue().id, m.jurisdiction)) {
            return;
        }
        page = 0;
        reload();
    }

    void reload() {
        JurisdictionDTO j = jurisdiction.getValue();
        all = j == null || services == null ? List.of()
                : Feedback.call(() -> services.get(MeetingService.class).list(actor, j.id)).orElse(List.of());
        load();
    }

    private void goTo(int newPage) {
        page = Math.max(0, newPage);
        load();
    }

    private void load() {
        String k = kind.getValue();
        List<MeetingDTO> rows = all.stream().filter(m -> k == null || k.equals(m.kind)).toList();
        long count = rows.size();
        if (page > 0 && (long) page * PAGE_SIZE >= count) {
            page = (int) Math.max(0, (count - 1) / PAGE_SIZE);
        }
        grid.setItems(rows.stream().skip((long) page * PAGE_SIZE).limit(PAGE_SIZE).toList());
        long pages = Math.max(1, (count + PAGE_SIZE - 1) / PAGE_SIZE);
        pageInfo.setText("第 " + (page + 1) + " / " + pages + " 页");
        total.setText("共 " + count + " 次");
        previous.setEnabled(page > 0);
        next.setEnabled((long) (page + 1) * PAGE_SIZE < count);
    }
}

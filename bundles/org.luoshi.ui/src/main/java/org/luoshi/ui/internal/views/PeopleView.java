package org.luoshi.ui.internal.views;

import java.util.List;
import java.util.Locale;

import org.luoshi.api.Actor;
import org.luoshi.api.people.PeopleService;
import org.luoshi.api.people.PersonDTO;
import org.luoshi.ui.kit.Feedback;
import org.luoshi.ui.kit.Labels;
import org.luoshi.ui.kit.SecuredView;
import org.luoshi.ui.kit.Services;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;

/**
 * 人员信息: the profiles of the people in the units the user sees (an administrator: everyone's), searchable by name,
 * title, unit or login. A click opens one's own profile for editing, and for an administrator anyone's.
 */
@PageTitle("人员信息 · 落实")
public class PeopleView extends SecuredView {
    public static final String ROUTE = "people";
    private static final long serialVersionUID = 1L;

    private final Grid<PersonDTO> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Span count = new Span();
    private List<PersonDTO> people = List.of();
    private Actor actor;
    private Services services;

    public PeopleView() {
        setSizeFull();
        H2 title = new H2("人员信息");
        Button mine = new Button("我的信息", e -> ProfileDialog.openMine(services, actor, this::reload));
        mine.setId("people-mine");
        mine.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout head = new HorizontalLayout(title, mine);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        search.setId("people-search");
        search.setPlaceholder("按姓名、职务、单位或登录名查找");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> show());
        search.setWidth("22em");
        count.setId("people-count");
        HorizontalLayout filters = new HorizontalLayout(search, count);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.setId("people-grid");
        grid.addColumn(p -> Labels.nz(p.name)).setHeader("姓名").setSortable(true).setComparator(p -> Labels.nz(p.name));
        grid.addColumn(p -> Labels.nz(p.title)).setHeader("职务").setFlexGrow(2).setSortable(true)
                .setComparator(p -> Labels.nz(p.title));
        grid.addColumn(p -> Labels.nz(p.unitName)).setHeader("所属单位").setFlexGrow(2).setSortable(true)
                .setComparator(p -> Labels.nz(p.unit));
        grid.addColumn(p -> Labels.nz(p.phone)).setHeader("联系电话");
        grid.addColumn(p -> p.login).setHeader("登录名").setSortable(true).setComparator(p -> p.login);
        grid.setEmptyStateText("没有符合条件的人员");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addItemClickListener(e -> {
            PersonDTO p = e.getItem();
            if (p != null && (actor.name().equals(p.login) || actor.roles().contains(Actor.ROLE_ADMIN))) {
                ProfileDialog.open(services, actor, p, this::reload);
            }
        });
        add(head, filters, grid);
        setFlexGrow(1, grid);
    }

    @Override
    protected void entered(Actor actor, Services services) {
        this.actor = actor;
        this.services = services;
        reload();
    }

    private void reload() {
        people = Feedback.call(() -> services.get(PeopleService.class).list(actor, null)).orElse(List.of());
        show();
    }

    private void show() {
        String q = search.getValue() == null ? "" : search.getValue().strip().toLowerCase(Locale.ROOT);
        List<PersonDTO> shown = q.isEmpty() ? people : people.stream().filter(p -> (Labels.nz(p.name) + " "
                + Labels.nz(p.title) + " " + Labels.nz(p.unitName) + " " + p.login).toLowerCase(Locale.ROOT).contains(q))
                .toList();
        grid.setItems(shown);
        count.setText("共 " + shown.size() + " 人");
    }
}

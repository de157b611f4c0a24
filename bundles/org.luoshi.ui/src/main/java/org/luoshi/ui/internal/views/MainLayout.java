package org.luoshi.ui.internal.views;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.luoshi.api.Actor;
import org.luoshi.ui.internal.UiServices;
import org.luoshi.ui.kit.Session;
import org.luoshi.ui.kit.UiView;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.RouterLink;

/**
 * The frame of every view after the login: title, navigation, the user's name and the logout button. The navigation is
 * recomputed on every navigation from the views contributed right now ({@link org.luoshi.ui.kit.ViewContribution}),
 * those with a menu label, by their order, after the shell's own 辖区与任务目录: a view's entry shows only while the
 * services it needs are present.
 */
public class MainLayout extends AppLayout implements BeforeEnterObserver {
    private static final long serialVersionUID = 1L;

    /** The shell's own entry, always first. */
    private static final UiView JURISDICTIONS = UiView.staff(JurisdictionsView.ROUTE, JurisdictionsView.class,
            "辖区与任务目录", "nav-jurisdictions", Integer.MIN_VALUE);

    private final Span user = new Span();
    /** The links made so far, by element id (kept while their label and route stay the same). */
    private final Map<String, RouterLink> links = new HashMap<>();
    private final FlexLayout nav = new FlexLayout();

    public MainLayout() {
        H1 title = new H1("落实 · 安全生产工作平台");
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0 var(--lumo-space-l) 0 var(--lumo-space-m)")
                .set("white-space", "nowrap");

        // the links wrap onto a second line on narrow screens rather than pushing the user and logout away
        nav.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        nav.setAlignItems(FlexComponent.Alignment.CENTER);
        nav.getStyle().set("gap", "var(--lumo-space-xs) var(--lumo-space-m)").set("font-size", "var(--lumo-font-size-s)")
                .set("min-width", "0");

        user.setId("current-user");
        user.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Button logout = new Button("退出", e -> SessionGuard.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        user.getStyle().set("white-space", "nowrap");
        HorizontalLayout bar = new HorizontalLayout(title, nav, user, logout);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.setFlexGrow(1, nav);
        bar.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(bar);
    }

    /** A link to a route (by its path, so a contributed view that left meanwhile costs a not-found, not an error). */
    private RouterLink link(UiView view) {
        RouterLink link = links.get(view.navId());
        if (link == null || !view.label().equals(link.getText())
                || !view.route().equals(link.getElement().getAttribute("href"))) {
            link = new RouterLink();
            link.setText(view.label());
            link.getElement().setAttribute("href", view.route());
            link.setId(view.navId());
            link.getStyle().set("white-space", "nowrap");
            links.put(view.navId(), link);
        }
        return link;
    }

    /** On every navigation: the user's name, and the menu entries of the views present right now. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Actor actor = Session.actor().orElse(null);
        user.setText(actor == null ? "" : "当前用户：" + actor.name());
        UiServices services = UiServices.current();
        List<Component> shown = new ArrayList<>();
        shown.add(link(JURISDICTIONS));
        for (UiView view : services.menu()) {
            if (services.missing(services.needs(view)).isEmpty()) {
                shown.add(link(view));
            }
        }
        if (!shown.equals(nav.getChildren().toList())) {
            nav.removeAll();
            shown.forEach(nav::add);
        }
    }
}

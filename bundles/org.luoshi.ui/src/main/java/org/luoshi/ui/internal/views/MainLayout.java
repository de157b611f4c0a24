package org.luoshi.ui.internal.views;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.luoshi.api.Actor;
import org.luoshi.ui.internal.UiServices;

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
 * recomputed on every navigation: a module's entry shows only while the services its view {@link Needs} are present.
 */
public class MainLayout extends AppLayout implements BeforeEnterObserver {
    private static final long serialVersionUID = 1L;

    private final Span user = new Span();
    /** Every menu entry with the view it leads to, in menu order; the bar shows those whose modules are present. */
    private final Map<RouterLink, Class<? extends Component>> links = new LinkedHashMap<>();
    private final FlexLayout nav = new FlexLayout();

    public MainLayout() {
        H1 title = new H1("落实 · 安全生产工作平台");
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0 var(--lumo-space-l) 0 var(--lumo-space-m)")
                .set("white-space", "nowrap");

        entry("辖区与任务目录", "nav-jurisdictions", JurisdictionsView.class);
        entry("重点工作任务清单", "nav-tasks", TaskListView.class);
        entry("问题隐患整改清单", "nav-hazards", HazardListView.class);
        entry("重大事故隐患挂牌督办", "nav-listings", ListingListView.class);
        entry("汇总统计", "nav-summary", SummaryView.class);
        entry("报送管理", "nav-reporting", ReportingView.class);
        entry("调度表", "nav-dispatch", DispatchView.class);
        entry("调度会议", "nav-meetings", MeetingListView.class);
        entry("提醒提示督办函", "nav-letters", LetterListView.class);
        entry("巡查检查", "nav-inspections", InspectionListView.class);
        entry("问题线索", "nav-tipoffs", TipOffListView.class);
        entry("宣传曝光", "nav-publicity", PublicityView.class);
        entry("行刑衔接", "nav-transfers", TransferListView.class);
        // the links wrap onto a second line on narrow screens rather than pushing the user and logout away
        nav.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        nav.setAlignItems(FlexComponent.Alignment.CENTER);
        nav.getStyle().set("gap", "var(--lumo-space-xs) var(--lumo-space-m)").set("font-size", "var(--lumo-font-size-s)")
                .set("min-width", "0");

        user.setId("current-user");
        user.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Button logout = new Button("退出", e -> Session.logout());
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

    private void entry(String label, String id, Class<? extends Component> view) {
        RouterLink link = new RouterLink(label, view);
        link.setId(id);
        link.getStyle().set("white-space", "nowrap");
        links.put(link, view);
    }

    /** On every navigation: the user's name, and the menu entries of the modules present right now. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Actor actor = Session.actor().orElse(null);
        user.setText(actor == null ? "" : "当前用户：" + actor.name());
        UiServices services = UiServices.current();
        List<RouterLink> shown = links.entrySet().stream()
                .filter(e -> services.missing(SecuredView.needs(e.getValue())).isEmpty()).map(Map.Entry::getKey)
                .toList();
        if (!shown.equals(nav.getChildren().toList())) {
            nav.removeAll();
            shown.forEach(nav::add);
        }
    }
}

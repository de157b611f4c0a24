package org.luoshi.ui.internal.views;

import org.luoshi.api.Actor;

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

/** The frame of every view after the login: title, navigation, the user's name and the logout button. */
public class MainLayout extends AppLayout implements BeforeEnterObserver {
    private static final long serialVersionUID = 1L;

    private final Span user = new Span();

    public MainLayout() {
        H1 title = new H1("落实 · 安全生产工作平台");
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0 var(--lumo-space-l) 0 var(--lumo-space-m)")
                .set("white-space", "nowrap");

        RouterLink jurisdictions = new RouterLink("辖区与任务目录", JurisdictionsView.class);
        jurisdictions.setId("nav-jurisdictions");
        RouterLink hazards = new RouterLink("问题隐患整改清单", HazardListView.class);
        hazards.setId("nav-hazards");
        RouterLink tasks = new RouterLink("重点工作任务清单", TaskListView.class);
        tasks.setId("nav-tasks");
        RouterLink listings = new RouterLink("重大事故隐患挂牌督办", ListingListView.class);
        listings.setId("nav-listings");
        RouterLink summary = new RouterLink("汇总统计", SummaryView.class);
        summary.setId("nav-summary");
        RouterLink reporting = new RouterLink("报送管理", ReportingView.class);
        reporting.setId("nav-reporting");
        RouterLink dispatch = new RouterLink("调度表", DispatchView.class);
        dispatch.setId("nav-dispatch");
        RouterLink meetings = new RouterLink("调度会议", MeetingListView.class);
        meetings.setId("nav-meetings");
        RouterLink letters = new RouterLink("提醒提示督办函", LetterListView.class);
        letters.setId("nav-letters");
        RouterLink inspections = new RouterLink("巡查检查", InspectionListView.class);
        inspections.setId("nav-inspections");
        RouterLink tipOffs = new RouterLink("问题线索", TipOffListView.class);
        tipOffs.setId("nav-tipoffs");
        RouterLink publicity = new RouterLink("宣传曝光", PublicityView.class);
        publicity.setId("nav-publicity");
        RouterLink transfers = new RouterLink("行刑衔接", TransferListView.class);
        transfers.setId("nav-transfers");
        RouterLink[] links = { jurisdictions, tasks, hazards, listings, summary, reporting, dispatch, meetings, letters,
                inspections, tipOffs, publicity, transfers };
        for (RouterLink link : links) {
            link.getStyle().set("white-space", "nowrap");
        }
        // the links wrap onto a second line on narrow screens rather than pushing the user and logout away
        FlexLayout nav = new FlexLayout(links);
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

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Actor actor = Session.actor().orElse(null);
        user.setText(actor == null ? "" : "当前用户：" + actor.name());
    }
}

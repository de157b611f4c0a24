package org.luoshi.ui.internal.views;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.luoshi.api.Actor;
import org.luoshi.api.cycle.CalendarService;
import org.luoshi.api.jurisdiction.Plugins;
import org.luoshi.api.people.PeopleService;
import org.luoshi.api.settings.ModuleSettings;
import org.luoshi.ui.internal.UiServices;
import org.luoshi.ui.kit.Badges;
import org.luoshi.ui.kit.People;
import org.luoshi.ui.kit.Session;
import org.luoshi.ui.kit.UiView;
import org.luoshi.ui.kit.UnitNames;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

/**
 * The frame of every view after the login: the title, the user (name and unit) and the logout button on top; the side
 * navigation on the left — 工作台 first, then the contributed views present right now ({@link
 * org.luoshi.ui.kit.ViewContribution}) by their order, those of one mechanism under its heading when it has several,
 * then the shell's 系统管理 (人员信息, 辖区与任务目录, 模块配置 and, for administrators only, 插件管理, 接入管理 and 法定节假日).
 * Administrators also see a banner under the title ({@code #calendar-warning}) while the statutory calendar lacks this
 * year's or, from 1 October, the coming year's holiday arrangement, with a link to load it. An entry shows only
 * while the services its view needs are present and, when its contribution names a module, while 模块配置 has that module
 * enabled at one of the user's units; it carries the number of the user's to-dos that open in it ({@link Badges}; red
 * when some are overdue; the workbench's total leaves out the hidden entries). Recomputed on every navigation; the
 * items are rebuilt only when the entries changed.
 */
public class MainLayout extends AppLayout implements BeforeEnterObserver {
    private static final long serialVersionUID = 1L;

    /** The shell's own entries: the workbench first, the jurisdictions last. */
    private static final UiView WORKBENCH = UiView.staff(WorkbenchView.ROUTE, WorkbenchView.class, "工作台", "nav-workbench",
            Integer.MIN_VALUE);
    private static final UiView JURISDICTIONS = UiView.staff(JurisdictionsView.ROUTE, JurisdictionsView.class,
            "辖区与任务目录", "nav-jurisdictions", Integer.MAX_VALUE).inGroup("系统管理");
    private static final UiView PEOPLE = UiView.staff(PeopleView.ROUTE, PeopleView.class, "人员信息", "nav-people",
            Integer.MAX_VALUE - 1, PeopleService.class).inGroup("系统管理");
    /** Every user: the settings of the jurisdictions at, above and below the user's unit (changes: own and below). */
    private static final UiView SETTINGS = UiView.staff(SettingsView.ROUTE, SettingsView.class, "模块配置",
            "nav-settings", Integer.MAX_VALUE, ModuleSettings.class).inGroup("系统管理");
    /** Administrators only (the view refuses everyone else, and so does the service). */
    private static final UiView PLUGINS = UiView.staff(PluginsView.ROUTE, PluginsView.class, "插件管理", "nav-plugins",
            Integer.MAX_VALUE, Plugins.class).inGroup("系统管理");
    /** Administrators only: integrators' service accounts and subscriptions. */
    private static final UiView INTEGRATION = UiView.staff(IntegrationView.ROUTE, IntegrationView.class, "接入管理",
            "nav-integration", Integer.MAX_VALUE, org.luoshi.api.integration.ServiceAccounts.class).inGroup("系统管理");

    /** Administrators only: the statutory calendar's years (shipped, loaded) and loading a year's arrangement. */
    private static final UiView CALENDAR = UiView.staff(CalendarView.ROUTE, CalendarView.class, "法定节假日",
            "nav-calendar", Integer.MAX_VALUE, CalendarService.class).inGroup("系统管理");

    private final Button user = new Button();
    /** The administrators' banner about a year without a holiday arrangement (hidden when there is nothing to say). */
    private final Div calendarWarning = new Div();
    private final Span calendarWarningText = new Span();
    private final SideNav nav = new SideNav();
    /** The entries shown now, by element id, and the signature they were built from. */
    private final Map<String, SideNavItem> items = new LinkedHashMap<>();
    private String shownSignature = "";
    private List<UiView> shownViews = List.of();
    /** The routes of the contributed views hidden now because their module is disabled for the user (模块配置). */
    private Set<String> hiddenRoutes = Set.of();

    public MainLayout() {
        H1 title = new H1("落实 · 安全生产工作平台");
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0").set("white-space", "nowrap");

        user.setId("current-user");
        user.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        user.setTooltipText("我的信息");
        user.getStyle().set("color", "var(--lumo-secondary-text-color)").set("white-space", "nowrap")
                .set("overflow", "hidden").set("text-overflow", "ellipsis");
        user.addClickListener(e -> Session.actor().ifPresent(a -> ProfileDialog.openMine(UiServices.current(), a,
                () -> user.setText(userText(a, UiServices.current())))));
        Button logout = new Button("退出", e -> SessionGuard.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        HorizontalLayout bar = new HorizontalLayout(new DrawerToggle(), title, user, logout);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.setFlexGrow(1, user);
        user.getStyle().set("min-width", "0");
        bar.setJustifyContentMode(FlexComponent.JustifyContentMode.START);
        bar.getStyle().set("padding-right", "var(--lumo-space-m)");

        calendarWarningText.setId("calendar-warning-text");
        Button load = new Button("前往载入", e -> getUI().ifPresent(ui -> ui.navigate(CalendarView.ROUTE)));
        load.setId("calendar-warning-link");
        load.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        calendarWarning.setId("calendar-warning");
        calendarWarning.add(calendarWarningText, load);
        calendarWarning.getElement().setAttribute("role", "alert");
        calendarWarning.getStyle().set("background", "var(--lumo-warning-color-10pct, #fff4d6)")
                .set("color", "var(--lumo-warning-text-color, #8a5a00)").set("font-size", "var(--lumo-font-size-s)")
                .set("padding", "var(--lumo-space-xs) var(--lumo-space-m)").set("box-sizing", "border-box")
                .set("width", "100%");
        calendarWarning.setVisible(false);
        Div header = new Div(bar, calendarWarning);
        header.getStyle().set("display", "flex").set("flex-direction", "column").set("width", "100%");
        addToNavbar(header);

        nav.setId("side-nav");
        nav.getStyle().set("margin", "var(--lumo-space-s)");
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }

    /** On every navigation: the user, the entries of the views present right now and their badges. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Actor actor = Session.actor().orElse(null);
        UiServices services = UiServices.current();
        user.setText(actor == null ? "" : userText(actor, services));
        List<UiView> shown = new ArrayList<>();
        shown.add(WORKBENCH);
        Set<String> disabled = services.disabledModules(actor);
        Set<String> hidden = new HashSet<>();
        for (UiView view : services.menu()) {
            String module = disabled.isEmpty() ? null : services.module(view);
            if (module != null && disabled.contains(module)) {
                hidden.add(view.route());
            } else if (services.missing(services.needs(view)).isEmpty()) {
                shown.add(view);
            }
        }
        if (services.has(PeopleService.class)) {
            shown.add(PEOPLE);
        }
        shown.add(JURISDICTIONS);
        if (actor != null && services.has(ModuleSettings.class)) {
            shown.add(SETTINGS);
        }
        if (actor != null && actor.roles().contains(Actor.ROLE_ADMIN) && services.has(Plugins.class)) {
            shown.add(PLUGINS);
        }
        if (actor != null && actor.roles().contains(Actor.ROLE_ADMIN)
                && services.has(org.luoshi.api.integration.ServiceAccounts.class)) {
            shown.add(INTEGRATION);
        }
        if (actor != null && actor.roles().contains(Actor.ROLE_ADMIN) && services.has(CalendarService.class)) {
            shown.add(CALENDAR);
        }
        calendarWarning(actor, services);
        String signature = shown.stream().map(v -> v.navId() + "|" + v.label() + "|" + v.route() + "|" + v.group())
                .reduce("", (a, b) -> a + "\n" + b);
        if (!signature.equals(shownSignature)) {
            rebuild(shown);
            shownSignature = signature;
        }
        shownViews = shown;
        hiddenRoutes = Set.copyOf(hidden);
        if (actor != null) {
            badges(shown, Badges.counts(services, actor));
        }
    }

    /**
     * The banner for administrators while the statutory calendar lacks this year's (or, from 1 October, the coming
     * year's) arrangement; hidden for everyone else, and while the calendar (bundle org.luoshi.cycles) is not running.
     */
    private void calendarWarning(Actor actor, UiServices services) {
        String warning = null;
        if (actor != null && actor.roles().contains(Actor.ROLE_ADMIN)) {
            try {
                warning = services.find(CalendarService.class).map(c -> c.warning(org.luoshi.ui.kit.Labels.today()))
                        .orElse(null);
            } catch (RuntimeException e) {
                warning = null; // the calendar went away while it was asked
            }
        }
        calendarWarningText.setText(warning == null ? "" : warning);
        calendarWarning.setVisible(warning != null);
    }

    /**
     * Who is logged in: "当前用户：姓名（职务） · 单位（登录名）" as the people module names the login (kept in the session
     * for a minute: no query on every navigation), or the login and its units while no profile names it.
     */
    private static String userText(Actor actor, UiServices services) {
        UnitNames names = new UnitNames();
        names.reset(services);
        String units = String.join("、", actor.units().stream().map(names::name).toList());
        String person = People.name(actor.name());
        if (person.equals(actor.name())) {
            return "当前用户：" + actor.name() + (units.isEmpty() ? "" : "（" + units + "）");
        }
        return "当前用户：" + person + (units.isEmpty() ? "" : " · " + units) + "（" + actor.name() + "）";
    }

    /** The entries: a view alone in its group stands on its own, several of one group go under its heading. */
    private void rebuild(List<UiView> shown) {
        nav.removeAll();
        items.clear();
        Map<String, List<UiView>> groups = new LinkedHashMap<>();
        for (UiView v : shown) {
            groups.computeIfAbsent(v.group() == null ? "\u0000" + v.navId() : v.group(), g -> new ArrayList<>()).add(v);
        }
        int n = 0;
        for (Map.Entry<String, List<UiView>> g : groups.entrySet()) {
            if (g.getValue().size() == 1) {
                nav.addItem(item(g.getValue().get(0)));
            } else {
                SideNavItem heading = new SideNavItem(g.getKey());
                heading.setId("nav-group-" + (++n));
                heading.setExpanded(true);
                g.getValue().forEach(v -> heading.addItem(item(v)));
                nav.addItem(heading);
            }
        }
    }

    private SideNavItem item(UiView view) {
        SideNavItem item = new SideNavItem(view.label(), view.route());
        item.setId(view.navId());
        if (view == WORKBENCH) {
            item.setPrefixComponent(VaadinIcon.HOME.create());
        }
        items.put(view.navId(), item);
        return item;
    }

    /** The calendar banner afresh (a year was just loaded or removed in 法定节假日). */
    void refreshCalendarWarning() {
        calendarWarning(Session.actor().orElse(null), UiServices.current());
    }

    /** The badges afresh from the counts kept in the session (the workbench has just read every to-do). */
    void refreshBadges() {
        Actor actor = Session.actor().orElse(null);
        if (actor != null) {
            badges(shownViews, Badges.counts(UiServices.current(), actor));
        }
    }

    private void badges(List<UiView> shown, Map<String, Badges.Count> counts) {
        for (UiView view : shown) {
            SideNavItem item = items.get(view.navId());
            if (item == null) {
                continue;
            }
            Badges.Count c = view == WORKBENCH ? total(counts, hiddenRoutes) : counts.get(view.route());
            if (c == null || c.total() == 0) {
                item.setSuffixComponent(null);
                continue;
            }
            Span badge = new Span(String.valueOf(c.total()));
            badge.setId("badge-" + view.navId());
            badge.getElement().getThemeList().add(c.overdue() > 0 ? "badge error pill small" : "badge contrast pill small");
            badge.getElement().setAttribute("title", "待办 " + c.total() + " 项" + (c.overdue() > 0 ? "，其中逾期 " + c.overdue() + " 项" : ""));
            item.setSuffixComponent(badge);
        }
    }

    /** The workbench's badge: every to-do but those opening in a hidden entry. */
    private static Badges.Count total(Map<String, Badges.Count> counts, Set<String> hidden) {
        int total = 0;
        int overdue = 0;
        for (Map.Entry<String, Badges.Count> e : counts.entrySet()) {
            if (hidden.contains(e.getKey())) {
                continue;
            }
            total += e.getValue().total();
            overdue += e.getValue().overdue();
        }
        return new Badges.Count(total, overdue);
    }
}

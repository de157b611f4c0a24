package org.luoshi.ui.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.luoshi.ui.internal.views.JurisdictionsView;
import org.luoshi.ui.internal.views.WorkbenchView;
import org.luoshi.ui.internal.views.LoginView;
import org.luoshi.ui.internal.views.MainLayout;
import org.luoshi.ui.internal.views.NotFoundView;
import org.luoshi.ui.internal.views.PeopleView;
import org.luoshi.ui.internal.views.CalendarView;
import org.luoshi.ui.internal.views.IntegrationView;
import org.luoshi.ui.internal.views.PluginsView;
import org.luoshi.ui.internal.views.RootView;
import org.luoshi.ui.internal.views.ServerErrorView;
import org.luoshi.ui.internal.views.SessionGuard;
import org.luoshi.ui.internal.views.SettingsView;
import org.luoshi.ui.kit.Feedback;
import org.luoshi.ui.kit.UiView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The Vaadin servlet: registers the routes in code (no annotation scanning in OSGi) — the shell's own at start, the
 * contributed views' as their contributions come and go — sets the Chinese locale and a login guard on every UI, and
 * runs every request with this bundle's class loader as thread context class loader.
 */
public class LuoshiServlet extends VaadinServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(LuoshiServlet.class);

    /** Simplified Chinese, as used in mainland China. */
    public static final Locale LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final transient UiServices services;
    /** Guards {@link #routes} and {@link #owners}: contributions come on DS threads, the start on Jetty's. */
    private final transient Object lock = new Object();
    /** The route registry once the servlet is initialised; until then contributions wait in {@link #services}. */
    private transient RouteConfiguration routes;
    /** Contributed routes with the view class registered for each. */
    private final transient Map<String, Class<? extends Component>> owners = new HashMap<>();

    public LuoshiServlet(UiServices services) {
        this.services = Objects.requireNonNull(services);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(LuoshiServlet.class.getClassLoader());
        try {
            super.service(request, response);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Override
    protected void servletInitialized() throws ServletException {
        super.servletInitialized();
        ApplicationRouteRegistry registry = ApplicationRouteRegistry
                .getInstance(new VaadinServletContext(getServletContext()));
        RouteConfiguration config = RouteConfiguration.forRegistry(registry);
        config.update(() -> {
            config.setRoute("", RootView.class);
            config.setRoute(LoginView.ROUTE, LoginView.class);
            config.setRoute(JurisdictionsView.ROUTE, JurisdictionsView.class, List.of(MainLayout.class));
            config.setRoute(WorkbenchView.ROUTE, WorkbenchView.class, List.of(MainLayout.class));
            config.setRoute(PeopleView.ROUTE, PeopleView.class, List.of(MainLayout.class));
            config.setRoute(PluginsView.ROUTE, PluginsView.class, List.of(MainLayout.class));
            config.setRoute(SettingsView.ROUTE, SettingsView.class, List.of(MainLayout.class));
            config.setRoute(IntegrationView.ROUTE, IntegrationView.class, List.of(MainLayout.class));
            config.setRoute(CalendarView.ROUTE, CalendarView.class, List.of(MainLayout.class));
        });
        Set<Class<? extends Component>> errorViews = Set.of(NotFoundView.class, ServerErrorView.class);
        registry.setErrorNavigationTargets(errorViews);
        synchronized (lock) {
            routes = config;
            // the contributions that came before the servlet was initialised
            services.views().forEach(this::addRoute);
        }

        getService().addSessionInitListener(event -> {
            event.getSession().setLocale(LOCALE);
            event.getSession().setErrorHandler(Feedback::handleUnexpected);
        });
        getService().setSystemMessagesProvider(info -> MESSAGES);
        getService().addUIInitListener(event -> {
            event.getUI().setLocale(LOCALE);
            event.getUI().addBeforeEnterListener(SessionGuard::guard);
            chinese(event.getUI());
        });
    }

    /** Vaadin's own messages (session expired, internal error, cookies off) in Chinese. */
    static final com.vaadin.flow.server.CustomizedSystemMessages MESSAGES = messages();

    private static com.vaadin.flow.server.CustomizedSystemMessages messages() {
        com.vaadin.flow.server.CustomizedSystemMessages m = new com.vaadin.flow.server.CustomizedSystemMessages();
        m.setSessionExpiredCaption("会话已过期");
        m.setSessionExpiredMessage("长时间未操作，请保存未提交的内容后点击此处或按 ESC 重新登录。");
        m.setInternalErrorCaption("系统错误");
        m.setInternalErrorMessage("请保存未提交的内容后点击此处或按 ESC 刷新页面。");
        m.setCookiesDisabledCaption("Cookie 已禁用");
        m.setCookiesDisabledMessage("本系统需要浏览器允许 Cookie，请在浏览器设置中启用后刷新页面。");
        return m;
    }

    /** The reconnect and connection texts of the browser side in Chinese (Vaadin shows them in English otherwise). */
    @SuppressWarnings("deprecation")
    private static void chinese(com.vaadin.flow.component.UI ui) {
        ui.getReconnectDialogConfiguration().setDialogText("与服务器的连接已中断，正在重新连接…");
        ui.getReconnectDialogConfiguration().setDialogTextGaveUp("无法连接服务器，请检查网络后刷新页面。");
        ui.getPage().executeJs("const i = document.querySelector('vaadin-connection-indicator');"
                + "if (i) { i.onlineText = '已连接'; i.offlineText = '无法连接服务器，请检查网络后刷新页面。';"
                + " i.reconnectingText = '与服务器的连接已中断，正在重新连接…'; }");
    }

    /**
     * The page itself: {@code lang="zh-CN"} (screen readers, spelling, the browser's translation offer) and a favicon
     * (an inline SVG: 落 on the platform's blue, so nothing extra is fetched).
     */
    @Override
    protected com.vaadin.flow.server.VaadinServletService createServletService(
            com.vaadin.flow.function.DeploymentConfiguration configuration) throws com.vaadin.flow.server.ServiceException {
        com.vaadin.flow.server.VaadinServletService service = new com.vaadin.flow.server.VaadinServletService(this,
                configuration) {
            private static final long serialVersionUID = 1L;

            @Override
            public void modifyIndexHtmlResponse(com.vaadin.flow.server.communication.IndexHtmlResponse response) {
                super.modifyIndexHtmlResponse(response);
                org.jsoup.nodes.Document page = response.getDocument();
                page.selectFirst("html").attr("lang", "zh-CN");
                page.head().appendElement("link").attr("rel", "icon").attr("type", "image/svg+xml").attr("href", FAVICON);
            }
        };
        service.init();
        return service;
    }

    static final String FAVICON = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'%3E"
            + "%3Crect width='32' height='32' rx='6' fill='%231676f3'/%3E%3Ctext x='16' y='23' font-size='20'"
            + " text-anchor='middle' fill='white' font-family='sans-serif'%3E%E8%90%BD%3C/text%3E%3C/svg%3E";

    /** Adds the routes of views contributed now (before the initialisation: they are added by it). */
    void added(List<UiView> views) {
        synchronized (lock) {
            if (routes != null) {
                views.forEach(this::addRoute);
            }
        }
    }

    /** Removes the routes of views whose contribution left. */
    void removed(List<UiView> views) {
        synchronized (lock) {
            if (routes == null) {
                return;
            }
            for (UiView view : views) {
                if (owners.get(view.route()) != view.type()) {
                    continue;
                }
                withBundleLoader(() -> routes.removeRoute(view.route()));
                owners.remove(view.route());
                LOG.info("UI: route /{} removed ({})", view.route(), view.type().getSimpleName());
                // another contribution may bring the same route: it takes over
                services.views().stream().filter(v -> v.route().equals(view.route())).findFirst()
                        .ifPresent(this::addRoute);
            }
        }
    }

    private void addRoute(UiView view) {
        Class<? extends Component> owner = owners.get(view.route());
        if (owner != null || isShellRoute(view.route())) {
            if (owner != view.type()) {
                LOG.warn("UI: route /{} of {} ignored, it is taken by {}", view.route(), view.type().getName(),
                        owner == null ? "the shell" : owner.getName());
            }
            return;
        }
        List<Class<? extends RouterLayout>> layouts = view.publicView() ? List.of() : List.of(MainLayout.class);
        withBundleLoader(() -> routes.setRoute(view.route(), view.type(), layouts));
        owners.put(view.route(), view.type());
        LOG.info("UI: route /{} added ({})", view.route(), view.type().getSimpleName());
    }

    private static boolean isShellRoute(String route) {
        return route.isEmpty() || route.equals(LoginView.ROUTE) || route.equals(JurisdictionsView.ROUTE)
                || route.equals(WorkbenchView.ROUTE) || route.equals(PeopleView.ROUTE)
                || route.equals(PluginsView.ROUTE) || route.equals(SettingsView.ROUTE)
                || route.equals(IntegrationView.ROUTE) || route.equals(CalendarView.ROUTE);
    }

    private static void withBundleLoader(Runnable action) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(LuoshiServlet.class.getClassLoader());
        try {
            action.run();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}

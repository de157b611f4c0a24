package org.luoshi.ui.internal;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.luoshi.ui.internal.views.DispatchView;
import org.luoshi.ui.internal.views.HazardListView;
import org.luoshi.ui.internal.views.InspectionListView;
import org.luoshi.ui.internal.views.JurisdictionsView;
import org.luoshi.ui.internal.views.LetterListView;
import org.luoshi.ui.internal.views.ListingListView;
import org.luoshi.ui.internal.views.LoginView;
import org.luoshi.ui.internal.views.MainLayout;
import org.luoshi.ui.internal.views.MeetingListView;
import org.luoshi.ui.internal.views.NotFoundView;
import org.luoshi.ui.internal.views.PublicView;
import org.luoshi.ui.internal.views.PublicityView;
import org.luoshi.ui.internal.views.ReportingView;
import org.luoshi.ui.internal.views.RootView;
import org.luoshi.ui.internal.views.ServerErrorView;
import org.luoshi.ui.internal.views.SummaryView;
import org.luoshi.ui.internal.views.TaskListView;
import org.luoshi.ui.internal.views.TipOffListView;
import org.luoshi.ui.internal.views.TransferListView;
import org.luoshi.ui.internal.views.Feedback;
import org.luoshi.ui.internal.views.Session;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The Vaadin servlet: registers the routes in code (no annotation scanning in OSGi), sets the Chinese locale and a
 * login guard on every UI, and runs every request with this bundle's class loader as thread context class loader.
 */
public class LuoshiServlet extends VaadinServlet {
    private static final long serialVersionUID = 1L;

    /** Simplified Chinese, as used in mainland China. */
    public static final Locale LOCALE = Locale.SIMPLIFIED_CHINESE;

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
        RouteConfiguration routes = RouteConfiguration.forRegistry(registry);
        List<Class<? extends com.vaadin.flow.router.RouterLayout>> main = List.of(MainLayout.class);
        routes.update(() -> {
            routes.setRoute("", RootView.class);
            routes.setRoute(LoginView.ROUTE, LoginView.class);
            routes.setRoute(JurisdictionsView.ROUTE, JurisdictionsView.class, main);
            routes.setRoute(HazardListView.ROUTE, HazardListView.class, main);
            routes.setRoute(TaskListView.ROUTE, TaskListView.class, main);
            routes.setRoute(ListingListView.ROUTE, ListingListView.class, main);
            routes.setRoute(SummaryView.ROUTE, SummaryView.class, main);
            routes.setRoute(ReportingView.ROUTE, ReportingView.class, main);
            routes.setRoute(DispatchView.ROUTE, DispatchView.class, main);
            routes.setRoute(MeetingListView.ROUTE, MeetingListView.class, main);
            routes.setRoute(LetterListView.ROUTE, LetterListView.class, main);
            routes.setRoute(InspectionListView.ROUTE, InspectionListView.class, main);
            routes.setRoute(TipOffListView.ROUTE, TipOffListView.class, main);
            routes.setRoute(PublicityView.ROUTE, PublicityView.class, main);
            routes.setRoute(TransferListView.ROUTE, TransferListView.class, main);
            // no login, no main layout: the 曝光台 for the public
            routes.setRoute(PublicView.ROUTE, PublicView.class);
        });
        Set<Class<? extends Component>> errorViews = Set.of(NotFoundView.class, ServerErrorView.class);
        registry.setErrorNavigationTargets(errorViews);

        getService().addSessionInitListener(event -> {
            event.getSession().setLocale(LOCALE);
            event.getSession().setErrorHandler(Feedback::handleUnexpected);
        });
        getService().addUIInitListener(event -> {
            event.getUI().setLocale(LOCALE);
            event.getUI().addBeforeEnterListener(Session::guard);
        });
    }
}

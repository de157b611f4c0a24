package org.luoshi.ui.internal.views;

import java.util.Optional;

import org.luoshi.api.Actor;
import org.luoshi.ui.internal.UiServices;
import org.luoshi.ui.kit.PublicPage;
import org.luoshi.ui.kit.Session;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;

/** Login and logout of the Vaadin session, and the guard that sends everyone not logged in to the login view. */
public final class SessionGuard {
    /** Session attribute: the path a user asked for before being sent to the login view. */
    static final String REQUESTED_PATH = "luoshi.requestedPath";

    private SessionGuard() {
    }

    static void login(Actor actor) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null) {
            // a new HTTP session id after login, against session fixation
            VaadinService.reinitializeSession(request);
        }
        VaadinSession.getCurrent().setAttribute(Actor.class, actor);
    }

    static void logout() {
        VaadinSession session = VaadinSession.getCurrent();
        session.setAttribute(Actor.class, null);
        UI.getCurrent().getPage().setLocation(LoginView.ROUTE);
        session.getSession().invalidate();
    }

    /**
     * Sends the request to the login view unless it is for the login view, a public page ({@link PublicPage}, or a
     * view contributed as public), an error view, or a logged-in user.
     */
    public static void guard(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == LoginView.class || (target != null && (PublicPage.class.isAssignableFrom(target)
                || HasErrorParameter.class.isAssignableFrom(target) || UiServices.current().isPublic(target)))) {
            return;
        }
        if (Session.actor().isEmpty()) {
            String path = event.getLocation().getPathWithQueryParameters();
            VaadinSession.getCurrent().setAttribute(REQUESTED_PATH, path);
            event.forwardTo(LoginView.class);
        }
    }

    /** The path asked for before the login, once. */
    static Optional<String> takeRequestedPath() {
        VaadinSession session = VaadinSession.getCurrent();
        Object path = session.getAttribute(REQUESTED_PATH);
        session.setAttribute(REQUESTED_PATH, null);
        return Optional.ofNullable(path).map(Object::toString)
                .filter(p -> !p.isBlank() && !p.startsWith(LoginView.ROUTE));
    }
}

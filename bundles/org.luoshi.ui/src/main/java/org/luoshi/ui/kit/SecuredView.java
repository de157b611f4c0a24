package org.luoshi.ui.kit;

import java.util.List;

import org.luoshi.api.Actor;
import org.luoshi.api.LuoshiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;

/**
 * A view for logged-in users only: without an actor in the session it forwards to the login view. While a service the
 * view needs ({@link UiView#needs()}) is missing (its module stopped or not installed), or when
 * showing it meets a refusal of kind UNAVAILABLE, the view's content makes way for a {@link ModuleNotice}; it comes
 * back at the next navigation once the module is there again.
 */
public abstract class SecuredView extends VerticalLayout implements BeforeEnterObserver {
    /** The route of the shell's login view. */
    public static final String LOGIN_ROUTE = "login";

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(SecuredView.class);

    private QueryParameters queryParameters = QueryParameters.empty();
    /** The view's own content while a notice stands in for it; null while it is shown. */
    private List<Component> content;

    @Override
    public final void beforeEnter(BeforeEnterEvent event) {
        Actor actor = Session.actor().orElse(null);
        if (actor == null) {
            event.forwardTo(LOGIN_ROUTE);
            return;
        }
        queryParameters = event.getLocation().getQueryParameters();
        Services services = Services.current();
        List<Class<?>> missing = services.missing(services.needs(getClass()));
        if (!missing.isEmpty()) {
            LOG.debug("View {} shown without its modules {}", getClass().getSimpleName(), missing);
            showNotice(ModuleNotice.forStaff(services, missing));
            return;
        }
        restoreContent();
        try {
            // data is read afresh on every navigation: jurisdiction plugins and modules come and go at run time
            entered(actor, services);
        } catch (LuoshiException e) {
            if (e.kind() != LuoshiException.Kind.UNAVAILABLE) {
                throw e;
            }
            LOG.debug("View {} met a missing module: {}", getClass().getSimpleName(), e.getMessage());
            showNotice(ModuleNotice.forStaff(e.getMessage() == null ? "所需模块未启用" : e.getMessage()));
        }
    }

    /** Called on every navigation to the view with the logged-in user, once the services it needs are present. */
    protected abstract void entered(Actor actor, Services services);

    /** The query parameters of the navigation being entered (e.g. the filters of a drill-down link); never null. */
    protected QueryParameters queryParameters() {
        return queryParameters;
    }

    private void showNotice(ModuleNotice notice) {
        if (content == null) {
            content = getChildren().toList();
        }
        removeAll();
        add(notice);
    }

    private void restoreContent() {
        if (content != null) {
            removeAll();
            add(content.toArray(Component[]::new));
            content = null;
        }
    }
}

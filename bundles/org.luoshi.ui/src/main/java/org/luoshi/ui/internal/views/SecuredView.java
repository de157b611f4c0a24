package org.luoshi.ui.internal.views;

import java.util.List;

import org.luoshi.api.Actor;
import org.luoshi.api.LuoshiException;
import org.luoshi.ui.internal.UiServices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;

/**
 * A view for logged-in users only: without an actor in the session it forwards to the login view. While a service the
 * view {@link Needs} is missing (its module stopped or not installed), or when showing it meets a refusal of kind
 * UNAVAILABLE, the view's content makes way for a {@link ModuleNotice}; it comes back at the next navigation once the
 * module is there again.
 */
public abstract class SecuredView extends VerticalLayout implements BeforeEnterObserver {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(SecuredView.class);

    private QueryParameters queryParameters = QueryParameters.empty();
    /** The view's own content while a notice stands in for it; null while it is shown. */
    private List<Component> content;

    @Override
    public final void beforeEnter(BeforeEnterEvent event) {
        Actor actor = Session.actor().orElse(null);
        if (actor == null) {
            event.forwardTo(LoginView.class);
            return;
        }
        queryParameters = event.getLocation().getQueryParameters();
        UiServices services = UiServices.current();
        List<Class<?>> missing = services.missing(needs(getClass()));
        if (!missing.isEmpty()) {
            LOG.debug("View {} shown without its modules {}", getClass().getSimpleName(), missing);
            showNotice(ModuleNotice.forStaff(missing));
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

    protected abstract void entered(Actor actor, UiServices services);

    /** The query parameters of the navigation being entered (e.g. the filters of a drill-down link); never null. */
    protected QueryParameters queryParameters() {
        return queryParameters;
    }

    /** The services a view class declares with {@link Needs}; empty when it declares none. */
    static List<Class<?>> needs(Class<?> view) {
        Needs needs = view.getAnnotation(Needs.class);
        return needs == null ? List.of() : List.of(needs.value());
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

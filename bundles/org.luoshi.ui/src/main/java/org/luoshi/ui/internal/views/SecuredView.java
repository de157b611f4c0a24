package org.luoshi.ui.internal.views;

import org.luoshi.api.Actor;
import org.luoshi.ui.internal.UiServices;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;

/** A view for logged-in users only: without an actor in the session it forwards to the login view. */
public abstract class SecuredView extends VerticalLayout implements BeforeEnterObserver {
    private static final long serialVersionUID = 1L;

    private QueryParameters queryParameters = QueryParameters.empty();

    @Override
    public final void beforeEnter(BeforeEnterEvent event) {
        Actor actor = Session.actor().orElse(null);
        if (actor == null) {
            event.forwardTo(LoginView.class);
            return;
        }
        queryParameters = event.getLocation().getQueryParameters();
        // data is read afresh on every navigation: jurisdiction plugins come and go at run time
        entered(actor, UiServices.current());
    }

    protected abstract void entered(Actor actor, UiServices services);

    /** The query parameters of the navigation being entered (e.g. the filters of a drill-down link); never null. */
    protected QueryParameters queryParameters() {
        return queryParameters;
    }
}

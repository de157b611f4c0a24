package org.luoshi.ui.internal.views;

import org.luoshi.api.Actor;
import org.luoshi.ui.internal.UiServices;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

/** A view for logged-in users only: without an actor in the session it forwards to the login view. */
public abstract class SecuredView extends VerticalLayout implements BeforeEnterObserver {
    private static final long serialVersionUID = 1L;

    @Override
    public final void beforeEnter(BeforeEnterEvent event) {
        Actor actor = Session.actor().orElse(null);
        if (actor == null) {
            event.forwardTo(LoginView.class);
            return;
        }
        // data is read afresh on every navigation: jurisdiction plugins come and go at run time
        entered(actor, UiServices.current());
    }

    protected abstract void entered(Actor actor, UiServices services);
}

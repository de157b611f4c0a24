package org.luoshi.ui.internal.views;

import org.luoshi.ui.kit.Session;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

/** The empty path: on to the jurisdictions (or, without a login, to the login view). */
public class RootView extends Div implements BeforeEnterObserver {
    private static final long serialVersionUID = 1L;

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(Session.actor().isPresent() ? WorkbenchView.class : LoginView.class);
    }
}

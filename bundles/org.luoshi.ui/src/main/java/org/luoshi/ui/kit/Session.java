package org.luoshi.ui.kit;

import java.util.Optional;

import org.luoshi.api.Actor;

import com.vaadin.flow.server.VaadinSession;

/** The logged-in {@link Actor} of the current Vaadin session (the UI shell logs users in and out). */
public final class Session {
    private Session() {
    }

    /** The user logged in to the current session; empty outside a session or before the login. */
    public static Optional<Actor> actor() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : Optional.ofNullable(session.getAttribute(Actor.class));
    }
}

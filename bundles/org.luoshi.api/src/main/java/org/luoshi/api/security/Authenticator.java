package org.luoshi.api.security;

import java.util.Optional;

import org.luoshi.api.Actor;
import org.osgi.annotation.versioning.ProviderType;

/** Checks a user name and password against the container's JAAS realm. */
@ProviderType
public interface Authenticator {
    /** The actor for valid credentials, or empty. Never throws for bad credentials. */
    Optional<Actor> authenticate(String user, String password);

    /**
     * As {@link #authenticate(String, String)}, for a login from a client address (null when unknown): failed logins are
     * counted per user and per address, and while either has failed too often, every login of it is refused with
     * {@link org.luoshi.api.LuoshiException.Kind#TOO_MANY} (saying when to try again), even with the right password.
     */
    default Optional<Actor> authenticate(String user, String password, String address) {
        return authenticate(user, password);
    }
}

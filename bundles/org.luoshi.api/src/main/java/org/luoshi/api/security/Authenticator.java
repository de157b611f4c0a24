package org.luoshi.api.security;

import java.util.Optional;

import org.luoshi.api.Actor;
import org.osgi.annotation.versioning.ProviderType;

/** Checks a user name and password against the container's JAAS realm. */
@ProviderType
public interface Authenticator {
    /** The actor for valid credentials, or empty. Never throws for bad credentials. */
    Optional<Actor> authenticate(String user, String password);
}

package org.luoshi.security.internal;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.luoshi.api.Actor;
import org.luoshi.api.security.Authenticator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Authenticates against a JAAS realm of the container (Karaf's {@code karaf} realm by default, i.e.
 * {@code etc/users.properties}); the user's {@code unit:} roles decide what it may see.
 */
@Component(service = Authenticator.class, configurationPid = "org.luoshi.security")
@Designate(ocd = JaasAuthenticator.Config.class)
public class JaasAuthenticator implements Authenticator {
    private static final Logger LOG = LoggerFactory.getLogger(JaasAuthenticator.class);

    /** Configuration, PID {@code org.luoshi.security}. */
    @ObjectClassDefinition(name = "Luoshi authentication")
    public @interface Config {
        @AttributeDefinition(description = "JAAS realm to log in against")
        String realm() default "karaf";
    }

    private final String realm;

    @Activate
    public JaasAuthenticator(Config config) {
        if (config.realm() == null || config.realm().isBlank()) {
            throw new IllegalArgumentException("org.luoshi.security: realm must not be blank");
        }
        this.realm = config.realm();
    }

    @Override
    public Optional<Actor> authenticate(String user, String password) {
        if (user == null || user.isBlank() || password == null) {
            return Optional.empty();
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(ProxyLoginModule.class.getClassLoader());
        try {
            Subject subject = new Subject();
            LoginContext lc = new LoginContext(realm, subject, callbacks -> {
                for (var cb : callbacks) {
                    if (cb instanceof NameCallback n) {
                        n.setName(user);
                    } else if (cb instanceof PasswordCallback p) {
                        p.setPassword(password.toCharArray());
                    } else {
                        throw new UnsupportedCallbackException(cb);
                    }
                }
            });
            lc.login();
            List<String> roles = new ArrayList<>();
            for (Principal p : subject.getPrincipals()) {
                if (p instanceof RolePrincipal) {
                    roles.add(p.getName());
                }
            }
            return Optional.of(Actor.fromRoles(user, roles));
        } catch (LoginException e) {
            LOG.warn("Login refused for user '{}': {}", user, e.getMessage());
            return Optional.empty();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}

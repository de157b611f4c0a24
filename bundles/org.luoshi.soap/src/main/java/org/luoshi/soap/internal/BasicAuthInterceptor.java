package org.luoshi.soap.internal;

import java.security.Principal;

import javax.security.auth.Subject;

import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.configuration.security.AuthorizationPolicy;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.security.SecurityContext;
import org.luoshi.api.Actor;
import org.luoshi.api.security.Authenticator;
import org.luoshi.api.security.TokenAuthenticator;

/**
 * HTTP Basic against the JAAS realm, or an integrator's API token (Bearer, or as the Basic password); runs after WSDL requests are answered, so {@code ?wsdl} needs no login. The actor
 * becomes the call's principal, which endpoints read with {@code SoapSupport.actor(WebServiceContext)}.
 */
final class BasicAuthInterceptor extends AbstractPhaseInterceptor<Message> {
    private final Authenticator authenticator;
    private final java.util.function.Supplier<TokenAuthenticator> tokens;

    BasicAuthInterceptor(Authenticator authenticator, java.util.function.Supplier<TokenAuthenticator> tokens) {
        super(Phase.PRE_PROTOCOL);
        this.authenticator = authenticator;
        this.tokens = tokens;
    }

    @Override
    public void handleMessage(Message message) {
        AuthorizationPolicy policy = message.get(AuthorizationPolicy.class);
        Object http = message.get(org.apache.cxf.transport.http.AbstractHTTPDestination.HTTP_REQUEST);
        String address = http instanceof javax.servlet.http.HttpServletRequest r ? r.getRemoteAddr() : null;
        String header = http instanceof javax.servlet.http.HttpServletRequest r ? r.getHeader("Authorization") : null;
        TokenAuthenticator t = tokens.get();
        Actor actor;
        try {
            if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                String token = header.substring(7).trim();
                actor = t == null || token.isEmpty() ? null : t.authenticateToken(null, token, address).orElse(null);
            } else if (policy != null && TokenAuthenticator.looksLikeToken(policy.getPassword())) {
                actor = t == null ? null : t.authenticateToken(policy.getUserName(), policy.getPassword(), address).orElse(null);
            } else {
                actor = policy == null ? null
                        : authenticator.authenticate(policy.getUserName(), policy.getPassword(), address).orElse(null);
            }
        } catch (org.luoshi.api.LuoshiException throttled) {
            throw new SoapFault("[" + throttled.kind() + "] " + throttled.getMessage(), SoapShell.CLIENT);
        }
        if (actor == null) {
            throw new SoapFault("认证失败：请使用 HTTP Basic 认证提供有效的用户名和密码，或提供有效的接入令牌", SoapShell.CLIENT);
        }
        message.getExchange().put(Actor.class, actor);
        message.put(SecurityContext.class, new ActorContext(actor));
    }

    /** CXF's security context carrying the actor as principal. */
    private record ActorContext(Actor actor) implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return actor;
        }

        @Override
        public boolean isUserInRole(String role) {
            return actor.roles().contains(role);
        }
    }
}

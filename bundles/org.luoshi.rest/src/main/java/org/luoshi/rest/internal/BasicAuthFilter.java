package org.luoshi.rest.internal;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.luoshi.api.Actor;
import org.luoshi.api.security.Authenticator;
import org.luoshi.api.security.TokenAuthenticator;

/**
 * HTTP Basic against the JAAS realm for everything but the public paths, or an integrator's API token (Bearer, or as the
 * Basic password) while the integration module runs; the actor travels in the SecurityContext.
 */
@Priority(Priorities.AUTHENTICATION)
final class BasicAuthFilter implements ContainerRequestFilter {
    private static final Set<String> PUBLIC = Set.of("health", "openapi.json", "docs");

    private final Authenticator authenticator;
    private final java.util.function.Supplier<TokenAuthenticator> tokens;

    BasicAuthFilter(Authenticator authenticator, java.util.function.Supplier<TokenAuthenticator> tokens) {
        this.authenticator = authenticator;
        this.tokens = tokens;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        String relative = path.startsWith("/") ? path.substring(1) : path;
        if (PUBLIC.contains(relative) || relative.startsWith("public/") || relative.startsWith("docs/")) {
            // public/: the reporter's side, no account; docs: the API description
            return;
        }
        Optional<Actor> actor;
        try {
            actor = credentials(request.getHeaderString("Authorization"));
        } catch (org.luoshi.api.LuoshiException throttled) {
            ExceptionMappers.leaveTheBodyUnread();
            request.abortWith(Problem.of(429, Problem.title(429), throttled.getMessage(), null));
            return;
        }
        if (actor.isEmpty()) {
            ExceptionMappers.leaveTheBodyUnread();
            Response problem = Problem.of(401, Problem.title(401),
                    "请使用 HTTP Basic 认证提供有效的用户名和密码，或以 Bearer 方式提供有效的接入令牌", null);
            request.abortWith(Response.fromResponse(problem).header("WWW-Authenticate", "Basic realm=\"luoshi\"")
                    .header("WWW-Authenticate", "Bearer realm=\"luoshi\"").build());
            return;
        }
        boolean secure = request.getSecurityContext().isSecure();
        request.setSecurityContext(new ActorContext(actor.get(), secure));
    }

    private Optional<Actor> credentials(String header) {
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return token(null, header.substring(7).trim());
        }
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String password = decoded.substring(colon + 1);
        return TokenAuthenticator.looksLikeToken(password) ? token(decoded.substring(0, colon), password)
                : authenticator.authenticate(decoded.substring(0, colon), password, clientAddress());
    }

    /** An API token, while the integration module is there to check it. */
    private Optional<Actor> token(String account, String token) {
        TokenAuthenticator t = tokens.get();
        return t == null || token.isEmpty() ? Optional.empty() : t.authenticateToken(account, token, clientAddress());
    }

    /** The client's address as this server sees it (a reverse proxy's, behind one: X-Forwarded-For is not trusted). */
    private static String clientAddress() {
        org.apache.cxf.message.Message m = org.apache.cxf.phase.PhaseInterceptorChain.getCurrentMessage();
        Object http = m == null ? null : m.get(org.apache.cxf.transport.http.AbstractHTTPDestination.HTTP_REQUEST);
        return http instanceof javax.servlet.http.HttpServletRequest r ? r.getRemoteAddr() : null;
    }

    /** The SecurityContext carrying the actor; modules read it with RestSupport.actor. */
    record ActorContext(Actor actor, boolean secure) implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return actor; // modules read it with RestSupport.actor(SecurityContext)
        }

        @Override
        public boolean isUserInRole(String role) {
            return actor.roles().contains(role);
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return BASIC_AUTH;
        }
    }

}

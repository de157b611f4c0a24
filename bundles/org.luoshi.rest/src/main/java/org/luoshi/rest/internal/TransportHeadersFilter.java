package org.luoshi.rest.internal;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;

/**
 * Headers on every API answer: content types as declared, and, when the request came over HTTPS (Pax Web's secure
 * connector, see the README), Strict-Transport-Security so that clients never come back over plain HTTP.
 */
final class TransportHeadersFilter implements ContainerResponseFilter {
    static final String HSTS = "max-age=31536000";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
        boolean secure = request.getSecurityContext() != null && request.getSecurityContext().isSecure()
                || "https".equalsIgnoreCase(request.getUriInfo().getRequestUri().getScheme());
        if (secure) {
            response.getHeaders().putSingle("Strict-Transport-Security", HSTS);
        }
    }
}

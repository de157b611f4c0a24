package org.luoshi.rest.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.MediaType;

import org.luoshi.api.LuoshiException;

/**
 * Structured request bodies (JSON, XML, forms) are small: one larger than {@code maxBytes} is refused before anything is
 * read when its Content-Length says so, and cut off (400) as soon as it passes the limit when it does not. File uploads
 * (other media types) are limited by their endpoints ({@code RestSupport.body}).
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
final class BodyLimitFilter implements ContainerRequestFilter {
    private final long maxBytes;

    BodyLimitFilter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (type == null || !structured(type)) {
            return;
        }
        if (request.getLength() > maxBytes) {
            ExceptionMappers.leaveTheBodyUnread();
            request.abortWith(Problem.of(413, "请求内容过大", "请求内容不能超过 " + maxBytes / 1024 + " KB", null));
            return;
        }
        request.setEntityStream(new Capped(request.getEntityStream(), maxBytes));
    }

    private static boolean structured(MediaType t) {
        String sub = t.getSubtype().toLowerCase();
        return sub.equals("json") || sub.endsWith("+json") || sub.equals("xml") || sub.endsWith("+xml")
                || t.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
    }

    /** Reads at most {@code max} bytes, then refuses. */
    private static final class Capped extends FilterInputStream {
        private long left;

        Capped(InputStream in, long max) {
            super(in);
            this.left = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && --left < 0) {
                throw tooLarge();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                left -= n;
                if (left < 0) {
                    throw tooLarge();
                }
            }
            return n;
        }

        private static LuoshiException tooLarge() {
            ExceptionMappers.leaveTheBodyUnread();
            return new LuoshiException(LuoshiException.Kind.INVALID, "请求内容过大");
        }
    }
}

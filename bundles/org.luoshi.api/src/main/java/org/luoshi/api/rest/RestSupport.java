package org.luoshi.api.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

import javax.ws.rs.NotAuthorizedException;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.luoshi.api.Actor;
import org.luoshi.api.LuoshiException;

/**
 * What a module needs to contribute a JAX-RS resource to {@code /api}: the service properties the REST shell
 * collects, the caller, and parsing of query parameters into clear 400 refusals.
 * <p>
 * A resource is a DS component registered under its own class with {@link #RESOURCE} and {@link #APPLICATION}:
 * <pre>
 * &#64;Path("/alpha") &#64;Produces(RestSupport.JSON)
 * &#64;Component(service = AlphaResource.class, property = {RestSupport.RESOURCE, RestSupport.APPLICATION})
 * public class AlphaResource { &#64;GET public PageDTO&lt;AlphaDTO&gt; list(&#64;Context SecurityContext sc, …) }
 * </pre>
 * The shell adds authentication (HTTP Basic; paths below {@code public/} need none), JSON, and maps every
 * {@link LuoshiException} to an {@code application/problem+json} answer (400, 403, 404, 409, 429, 503).
 */
public final class RestSupport {
    /** Service property marking a JAX-RS resource for the REST shell (the OSGi JAX-RS whiteboard's name). */
    public static final String RESOURCE = "osgi.jaxrs.resource=true";
    /** Service property selecting the Luoshi application at {@code /api}. */
    public static final String APPLICATION = "osgi.jaxrs.application.select=(osgi.jaxrs.name=luoshi)";
    /** JSON in UTF-8, what every resource produces. */
    public static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";
    /** Spreadsheet downloads. */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private RestSupport() {
    }

    /** The authenticated caller; 401 when there is none (only on {@code public/} paths). */
    public static Actor actor(SecurityContext sc) {
        if (sc != null && sc.getUserPrincipal() instanceof Actor a) {
            return a;
        }
        throw new NotAuthorizedException("Basic realm=\"luoshi\"");
    }

    /** {@code true/false/1/0/是/否}, or null when absent; anything else is a 400 naming the parameter. */
    public static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase()) {
            case "true", "1", "是" -> Boolean.TRUE;
            case "false", "0", "否" -> Boolean.FALSE;
            default -> throw bad(name, name + " 应为 true 或 false");
        };
    }

    /** An integer within {@code [min, max]}; otherwise a 400 naming the parameter. */
    public static int integer(String name, String value, int min, int max) {
        try {
            int v = Integer.parseInt(value == null ? "" : value.strip());
            if (v < min || v > max) {
                throw bad(name, name + " 应在 " + min + " 到 " + max + " 之间");
            }
            return v;
        } catch (NumberFormatException e) {
            throw bad(name, name + " 应为整数");
        }
    }

    /** A date {@code yyyy-MM-dd}, or the fallback when absent; otherwise a 400 naming the parameter. */
    public static LocalDate date(String name, String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw bad(name, name + " 应为 yyyy-MM-dd 格式的日期");
        }
    }

    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A 400 refusal for one parameter or field. */
    public static LuoshiException bad(String field, String message) {
        return new LuoshiException(LuoshiException.Kind.INVALID, message, Map.of(field, message));
    }

    /** Uploaded bodies larger than this are cut off before the file service (whose own limit is lower) refuses them. */
    public static final int BODY_LIMIT = 64 * 1024 * 1024;

    /** An uploaded body (raw bytes) read into memory; 400 when it is cut off or too large. */
    public static byte[] body(java.io.InputStream in) {
        return body(in, -1, BODY_LIMIT);
    }

    /**
     * The request body, at most {@code limit} bytes: a body whose declared length ({@code Content-Length}, -1 when
     * none) is larger is refused before anything is read, and reading stops as soon as the limit is passed.
     */
    public static byte[] body(java.io.InputStream in, long declaredLength, int limit) {
        if (declaredLength > limit) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, "文件过大（最大 " + limit / (1024 * 1024) + " MB）",
                    Map.of("content", "文件过大"));
        }
        if (in == null) {
            return new byte[0];
        }
        try (java.io.InputStream body = in) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            for (int n; (n = body.read(buf)) > 0;) {
                out.write(buf, 0, n);
                if (out.size() > limit) {
                    throw new LuoshiException(LuoshiException.Kind.INVALID, "文件过大", Map.of("content", "文件过大"));
                }
            }
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, "文件未能完整接收", Map.of("content", "上传中断"));
        }
    }

    /** A download with its file name (UTF-8, RFC 5987) in Content-Disposition. */
    public static Response file(String fileName, byte[] bytes, String mediaType) {
        return Response.ok(bytes, mediaType).header("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20")).build();
    }
}

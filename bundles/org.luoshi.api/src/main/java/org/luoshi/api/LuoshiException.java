package org.luoshi.api;

/**
 * A refusal a user can act on: bad input, a missing record, a record outside the caller's units, an illegal state change.
 * The message is in Chinese and fit to show to the user; faces (REST, SOAP, UI) map {@link #kind()} to their own status.
 */
public class LuoshiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What kind of refusal this is. */
    public enum Kind {
        INVALID, NOT_FOUND, FORBIDDEN, CONFLICT, TOO_MANY,
        /** A module the request needs is not running right now (REST 503, SOAP Server fault); retry later. */
        UNAVAILABLE
    }

    private final Kind kind;
    private final java.util.Map<String, String> fieldErrors;

    public LuoshiException(Kind kind, String message) {
        this(kind, message, java.util.Map.of());
    }

    public LuoshiException(Kind kind, String message, java.util.Map<String, String> fieldErrors) {
        super(message);
        this.kind = kind;
        this.fieldErrors = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fieldErrors));
    }

    public Kind kind() {
        return kind;
    }

    /** Field name to message, for validation errors; empty otherwise. */
    public java.util.Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    public static LuoshiException notFound(String message) {
        return new LuoshiException(Kind.NOT_FOUND, message);
    }

    public static LuoshiException forbidden(String message) {
        return new LuoshiException(Kind.FORBIDDEN, message);
    }

    /** The module that holds what the request needs is stopped or not installed, e.g. {@code "问题隐患整改清单模块未启用"}. */
    public static LuoshiException unavailable(String message) {
        return new LuoshiException(Kind.UNAVAILABLE, message);
    }

    public static LuoshiException invalid(String message) {
        return new LuoshiException(Kind.INVALID, message);
    }
}

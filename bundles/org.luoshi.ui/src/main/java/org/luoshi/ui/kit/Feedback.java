package org.luoshi.ui.kit;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.luoshi.api.LuoshiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;

/**
 * Messages to the user. A {@link LuoshiException} is shown with its own (Chinese) message and its field errors are put
 * on the matching fields (a module stopped while the view is open, kind UNAVAILABLE, is a notification too); anything
 * else is logged and shown as a generic error, never as a stack trace.
 */
public final class Feedback {
    /** The message for an unexpected failure. */
    public static final String SYSTEM_ERROR = "系统错误，请稍后重试";
    private static final Logger LOG = LoggerFactory.getLogger(Feedback.class);

    private Feedback() {
    }

    public static void info(String message) {
        show(message, NotificationVariant.LUMO_SUCCESS, 3000);
    }

    public static void error(String message) {
        show(message, NotificationVariant.LUMO_ERROR, 6000);
    }

    private static void show(String message, NotificationVariant variant, int millis) {
        if (UI.getCurrent() == null) {
            return;
        }
        Span text = new Span(message);
        text.addClassName("luoshi-notification");
        Notification n = new Notification(text);
        n.addThemeVariants(variant);
        n.setDuration(millis);
        n.setPosition(Notification.Position.TOP_CENTER);
        n.open();
    }

    /** Runs a service call; returns its result, or empty after telling the user what went wrong. */
    public static <T> Optional<T> call(Supplier<T> action, Map<String, ? extends HasValidation> fields) {
        try {
            return Optional.ofNullable(action.get());
        } catch (LuoshiException e) {
            refused(e, fields);
        } catch (RuntimeException e) {
            LOG.error("UI action failed", e);
            error(SYSTEM_ERROR);
        }
        return Optional.empty();
    }

    public static <T> Optional<T> call(Supplier<T> action) {
        return call(action, Map.of());
    }

    /** As {@link #call(Supplier, Map)}, and hands a refusal to {@code onRefused} too (to show it beside a button). */
    public static <T> Optional<T> call(Supplier<T> action, Map<String, ? extends HasValidation> fields,
            java.util.function.Consumer<LuoshiException> onRefused) {
        try {
            return Optional.ofNullable(action.get());
        } catch (LuoshiException e) {
            refused(e, fields);
            onRefused.accept(e);
        } catch (RuntimeException e) {
            LOG.error("UI action failed", e);
            error(SYSTEM_ERROR);
        }
        return Optional.empty();
    }

    /**
     * A refusal: each field error at its field (an earlier mark on a field the refusal no longer names goes; a mark goes
     * when the person changes the field), and one short summary at the top.
     */
    static void refused(LuoshiException e, Map<String, ? extends HasValidation> fields) {
        int marked = mark(e, fields);
        error(summary(e, marked));
    }

    /**
     * Puts the refusal's field errors on the fields; answers how many fields it marked. A field may be in the map under
     * several names (e.g. {@code D2} and {@code values.D2}): it is marked when any of them is named.
     */
    static int mark(LuoshiException e, Map<String, ? extends HasValidation> fields) {
        Map<String, String> errors = e.fieldErrors() == null ? Map.of() : e.fieldErrors();
        Map<HasValidation, String> named = new java.util.IdentityHashMap<>();
        fields.forEach((name, field) -> {
            String message = errors.get(name);
            if (message != null) {
                named.putIfAbsent(field, message);
            }
        });
        for (HasValidation field : fields.values()) {
            if (!named.containsKey(field) && field.isInvalid() && isMarked(field)) {
                field.setInvalid(false);
            }
        }
        named.forEach((field, message) -> {
            field.setErrorMessage(message);
            field.setInvalid(true);
            if (!isMarked(field) && field instanceof com.vaadin.flow.component.HasValue<?, ?> value
                    && field instanceof com.vaadin.flow.component.Component c) {
                com.vaadin.flow.component.ComponentUtil.setData(c, MARKED, Boolean.TRUE);
                value.addValueChangeListener(v -> {
                    if (v.isFromClient()) {
                        field.setInvalid(false);
                    }
                });
            }
        });
        return named.size();
    }

    /** The server-side data by which a field carries a mark of a refusal (so it is listened to once). */
    private static final String MARKED = "luoshiRefusal";

    private static boolean isMarked(HasValidation field) {
        return field instanceof com.vaadin.flow.component.Component c
                && com.vaadin.flow.component.ComponentUtil.getData(c, MARKED) != null;
    }

    /** The one-line summary of a refusal: its message, and how many fields show what to change. */
    static String summary(LuoshiException e, int marked) {
        String message = message(e);
        if (marked == 0) {
            return message;
        }
        return message + (marked == 1 ? "（已在填写处标出）" : "（共 " + marked + " 处，已在填写处标出）");
    }

    /**
     * The text shown for a refusal: its own message; for a module that is stopped or not installed (UNAVAILABLE) with
     * the advice to retry later.
     */
    public static String message(LuoshiException e) {
        String message = e.getMessage() == null || e.getMessage().isBlank() ? null : e.getMessage();
        if (e.kind() == null) {
            return message == null ? "操作被拒绝" : message;
        }
        return switch (e.kind()) {
            case INVALID, NOT_FOUND, FORBIDDEN, CONFLICT, TOO_MANY -> message == null ? "操作被拒绝" : message;
            case UNAVAILABLE -> (message == null ? "所需模块未启用" : message) + "，请稍后重试或联系管理员";
        };
    }

    /** The session's error handler: for exceptions no view caught. */
    public static void handleUnexpected(ErrorEvent event) {
        Throwable t = event.getThrowable();
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof LuoshiException le) {
                refused(le, Map.of());
                return;
            }
        }
        LOG.error("Unexpected error in the UI", t);
        error(SYSTEM_ERROR);
    }
}

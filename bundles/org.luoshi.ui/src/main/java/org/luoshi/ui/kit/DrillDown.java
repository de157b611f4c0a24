package org.luoshi.ui.kit;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.vaadin.flow.router.QueryParameters;

/**
 * The drill-down scheme shared by the summary and the lists: a figure of the summary links to a list whose filters are
 * preset through query parameters, and the lists read the same parameters when they are entered.
 * <ul>
 * <li>{@code hazards?unit=<unit>} with one of {@code &source=<HazardSource code>}, {@code &major=true},
 * {@code &overdue=true}; the list also reads {@code status=<HazardStatus code>}, {@code jurisdiction=<id>} and
 * {@code q=<words>};</li>
 * <li>{@code tasks?unit=<unit>} with one of {@code &completed=true}, {@code &overdue=true}; the list also reads
 * {@code completed=false}, {@code year=<yyyy>}, {@code jurisdiction=<id>}, {@code unparsed=true} and {@code q=<words>}.</li>
 * </ul>
 * {@code unit} matches the unit and every unit below it, like the services' unit filter. The link of a figure has the
 * id {@code drill-<unit>-<column>}, the unit id as it is (a dotted path; dots are valid in HTML ids and Selenium's
 * {@code By.id} escapes them; whitespace, never part of a unit id, would become {@code _}), the column one of
 * {@link #HAZARDS}, {@code source-<CODE>}, {@link #MAJOR}, {@link #OVERDUE}, {@link #TASKS}, {@link #TASKS_DONE},
 * {@link #TASKS_OVERDUE}.
 */
public final class DrillDown {
    public static final String UNIT = "unit";
    public static final String JURISDICTION = "jurisdiction";
    public static final String SOURCE = "source";
    public static final String MAJOR = "major";
    public static final String STATUS = "status";
    public static final String OVERDUE = "overdue";
    public static final String COMPLETED = "completed";
    public static final String YEAR = "year";
    public static final String UNPARSED = "unparsed";
    public static final String TEXT = "q";
    /** The record to open (its details dialog) once the list is shown, e.g. {@code letters?id=12}. */
    public static final String ID = "id";

    /** Column keys of the link ids. */
    public static final String HAZARDS = "hazards";
    public static final String TASKS = "tasks";
    public static final String TASKS_DONE = "tasks-done";
    public static final String TASKS_OVERDUE = "tasks-overdue";

    private DrillDown() {
    }

    /** The id of the link of a figure: {@code drill-<unit>-<column>}. */
    public static String id(String unit, String column) {
        return "drill-" + (unit == null ? "" : unit.replaceAll("\\s", "_")) + "-" + column;
    }

    /** The address of a list filtered on a unit and on name, value pairs: {@code route?unit=<unit>&name=value…}. */
    public static String href(String route, String unit, String... pairs) {
        StringBuilder href = new StringBuilder(route).append('?').append(UNIT).append('=').append(encode(unit));
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            href.append('&').append(encode(pairs[i])).append('=').append(encode(pairs[i + 1]));
        }
        return href.toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Whether the navigation carries any of the named parameters: then the list's filters are preset from them. */
    public static boolean hasAny(QueryParameters parameters, List<String> names) {
        return names.stream().anyMatch(n -> value(parameters, n) != null);
    }

    /** The first non-blank value of a parameter, stripped; null when absent. */
    public static String value(QueryParameters parameters, String name) {
        List<String> values = parameters.getParameters().get(name);
        if (values == null) {
            return null;
        }
        return values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).findFirst().orElse(null);
    }

    /** {@code true} / {@code false} (also 是 / 否 and 1 / 0); null when absent; throws on anything else. */
    public static Boolean bool(QueryParameters parameters, String name) {
        String v = value(parameters, name);
        if (v == null) {
            return null;
        }
        return switch (v.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "是" -> Boolean.TRUE;
            case "false", "0", "否" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(name + "=" + v);
        };
    }

    /**
     * The record id of the address ({@code id=<number>}), or null when there is none; a malformed one is reported as
     * invalid ("{@code what} …") and ignored.
     */
    public static Long recordId(QueryParameters parameters, String what) {
        String v = value(parameters, ID);
        if (v == null) {
            return null;
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            invalid(what + " " + v);
            return null;
        }
    }

    /** Tells the user that a parameter of the address could not be read (and is ignored). */
    public static void invalid(String what) {
        Feedback.error("链接中的筛选条件无效，已忽略：" + what);
    }
}

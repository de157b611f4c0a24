package org.luoshi.api.form;

import java.time.LocalDate;
import java.util.Map;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Counts records of one mechanism for report forms. Registered as an OSGi service with the property
 * {@code luoshi.figures=<name>} (e.g. "hazards"); a form field's figure "name?filters" is routed to it.
 */
@ConsumerType
public interface FigureSource {
    /** The service property naming the source. */
    String PROPERTY = "luoshi.figures";

    /**
     * Counts, in one pass, the records of the jurisdiction under {@code scopeUnit} (and below) within the window, one
     * count per key of {@code filters} (the part after "?"). Unknown filters throw an IllegalArgumentException.
     */
    Map<String, Long> count(String jurisdiction, String scopeUnit, LocalDate from, LocalDate to,
            Map<String, String> filters);

    /** The list query (path and query string under the HTTP root, e.g. "/api/hazards?…") returning the counted records. */
    String drillDown(String jurisdiction, String scopeUnit, LocalDate from, LocalDate to, String filter);

    /**
     * Reads a figure's filter that is a single flag: none (false) or exactly {@code flag=true} (true); anything else is
     * refused with an IllegalArgumentException naming the source and the flag it knows.
     */
    static boolean flag(String source, String filter, String flag) {
        if (filter == null || filter.isBlank()) {
            return false;
        }
        if (filter.strip().equals(flag + "=true")) {
            return true;
        }
        throw new IllegalArgumentException(source + " figure: unknown filter '" + filter + "' (" + flag + "=true)");
    }
}

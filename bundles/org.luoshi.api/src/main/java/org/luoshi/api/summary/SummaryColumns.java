package org.luoshi.api.summary;

import java.time.LocalDate;
import java.util.Map;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A module's columns in the level summary (汇总统计), registered as a service (a whiteboard): the summary folds each
 * record unit's counts onto the rows as it does its own figures, and shows the columns while the module runs.
 */
@ConsumerType
public interface SummaryColumns {
    /** The columns, key → header (Chinese, with the unit of count), in display order. */
    Map<String, String> columns();

    /**
     * The counts under the scope unit (the unit and every unit below it), per record unit, per column key, as they stand
     * on {@code asOf}.
     */
    Map<String, Map<String, Long>> counts(String scopeUnit, LocalDate asOf);

    /** The REST list (path and query under the HTTP root) a column's figure of a unit equals, or null. */
    default String drillDown(String unit, String column, LocalDate asOf) {
        return null;
    }
}

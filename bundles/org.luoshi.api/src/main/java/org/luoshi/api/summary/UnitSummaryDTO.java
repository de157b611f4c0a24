package org.luoshi.api.summary;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures of one unit and everything below it. Each figure is the total of a hazard or task list query, so it
 * drills down to {@code /api/hazards?unit=<unit>&…} or {@code /api/tasks?unit=<unit>&…} with the matching filter.
 */
public class UnitSummaryDTO {
    public String unit;
    public String name;
    /** True for the row of the unit asked about itself (its own records, not those below). */
    public boolean own;
    public long hazards;
    /** Hazards by source code (SUPERVISION_PATROL …), every source present, zero when none. */
    public Map<String, Long> bySource = new LinkedHashMap<>();
    public long major;
    public long listed;
    /** Rectified: completion reported or accepted. */
    public long rectified;
    /** Past the deadline and not rectified. */
    public long overdue;
    public long tasks;
    public long tasksDone;
    public long tasksOverdue;
    /** The other modules' columns ({@link SummaryColumns}), by column key; zero when none. */
    public Map<String, Long> more = new LinkedHashMap<>();
}

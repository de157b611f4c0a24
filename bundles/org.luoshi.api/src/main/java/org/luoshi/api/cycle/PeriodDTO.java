package org.luoshi.api.cycle;

/**
 * One period of a cycle: the days a report covers and when it is due. Dates are yyyy-MM-dd (inclusive); instants are
 * ISO-8601 with the Asia/Shanghai offset, e.g. "2025-10-09T23:59:00+08:00".
 */
public class PeriodDTO {
    /** The cycle's id. */
    public String cycleId;
    /** 1-based ordinal among the cycle's periods (recurring and milestone) in due order, counted from its start. */
    public int index;
    /** Chinese label: "2026年5月", "2026年第2季度", "2026年上半年", "2026年", "2026年第19周", "截至2025年10月9日", or the milestone's name. */
    public String label;
    /** Whether this period comes from a milestone rather than the RRULE. */
    public boolean milestone;
    /** First day covered. */
    public String periodStart;
    /** Last day covered. */
    public String periodEnd;
    /** The day the figures are counted up to (inclusive); the same day as {@link #periodEnd}, named for reports. */
    public String cutOff;
    /** The first day the figures count: {@link #periodStart}, or the cycle's cumulativeFrom for cumulative figures. */
    public String figuresFrom;
    /** When it is due, after rolling to a working day. */
    public String due;
    /** When it is nominally due, by the rule or milestone, before rolling. */
    public String nominalDue;
    /** Whether {@link #due} was moved off a day off ({@code due} differs from {@link #nominalDue}). */
    public boolean rolled;
    /**
     * The cycle rolls to working days but the nominal or the rolled due day lies in a year the statutory calendar does
     * not cover ({@link CalendarService#covers(int)}), so only weekends were known: the due day may still move when that
     * year's holiday notice is loaded.
     */
    public boolean provisional;
}

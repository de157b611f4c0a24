package org.luoshi.api.cycle;

import java.util.ArrayList;
import java.util.List;

/**
 * A reporting cycle as a region plugin declares it: when something is due, and which period each due day covers.
 *
 * <p><b>Due days.</b> {@link #rrule} is an RFC 5545 RRULE evaluated with DTSTART = {@link #start} as an all-day DATE
 * (so {@code start} is itself a due day only when it matches the rule) and ended by the rule's own COUNT/UNTIL and by
 * {@link #until}. Each instance is a <em>nominal</em> due day. RFC 5545 skips invalid dates: {@code BYMONTHDAY=30}
 * has no instance in February. "By the 30th, the month's last day in a shorter month" is written in pure RFC 5545 as
 * {@code FREQ=MONTHLY;BYMONTHDAY=30,-1;BYSETPOS=1} (the earlier of the 30th and the last day); the engine adds no
 * clamping of its own to the RRULE. The due instant is the due day at {@link #dueTime} in Asia/Shanghai (+08:00);
 * with {@link #rollToWorkingDay} a nominal due day that is a day off (weekend or statutory holiday, see
 * {@link CalendarService}) moves to the next working day, and a make-up working day (调休上班) counts as working.
 *
 * <p><b>Period covered.</b> A due day covers the {@link #periodKind} unit that contains the nominal due day, shifted by
 * {@link #periodOffset} units: "一小结、一报表 by the 2nd" (it reports on last month) is {@code MONTH} with offset
 * {@code -1}; "progress by the 30th" (this month) is {@code MONTH} with offset {@code 0}. {@link #SINCE_PREVIOUS} covers
 * the days since the previous due day (weekly feedback). With {@link #cutOffDay} the period's figures are counted to
 * that day of the period's last month (clamped to the month's last day, e.g. 30 → 28/29 in February) and the period
 * runs from the day after the previous unit's cut-off: "by the 28th with figures to the 28th" is {@code MONTH}, offset
 * {@code 0}, {@code cutOffDay = 28}, so June is 29 May – 28 June. {@link #cumulativeFrom} marks figures as cumulative
 * ("截至当月28日的累计情况"): counted from that day rather than from the period's start.
 *
 * <p><b>Milestones.</b> {@link #milestones} are one-off dated due days (phases); each closes a period running from
 * the day after the previous milestone (or from {@link #start}). A cycle needs an {@code rrule}, milestones, or both.
 */
public class CycleDTO {
    /** Stable id, unique within the plugin, e.g. "shuozhou-monthly". */
    public String id;
    /** Chinese name, e.g. "一小结、一报表、两清单". */
    public String name;
    /** RFC 5545 RRULE value (an "RRULE:" prefix is tolerated), e.g. "FREQ=MONTHLY;BYMONTHDAY=2"; FREQ DAILY to YEARLY. Null for a milestone-only cycle. */
    public String rrule;
    /** yyyy-MM-dd: DTSTART, the anchor of the first period; the first milestone period starts here too. Required. */
    public String start;
    /** yyyy-MM-dd, optional: the RRULE has no instance after this day (inclusive bound); milestones are not bounded by it. */
    public String until;
    /** HH:mm in Asia/Shanghai; null means {@link #DEFAULT_DUE_TIME} (23:59). */
    public String dueTime;
    /** Whether a due day that falls on a day off rolls to the next working day. */
    public boolean rollToWorkingDay;
    /** WEEK, MONTH, QUARTER, HALF_YEAR, YEAR or SINCE_PREVIOUS; null means MONTH. */
    public String periodKind;
    /** 0: the unit containing the nominal due day; -1: the unit before it (and so on). Ignored for SINCE_PREVIOUS. */
    public int periodOffset;
    /** 1–31, optional, not with WEEK or SINCE_PREVIOUS: figures are counted to this day of the period's last month (clamped to its end). */
    public Integer cutOffDay;
    /** yyyy-MM-dd, optional: figures are cumulative from this day (e.g. the special action's start), not from the period's start. */
    public String cumulativeFrom;
    /** Unit id of the office that collects the reports (a region plugin's cycles; null in pure engine use). */
    public String receiver;
    /** Unit ids of the units that must report each period. */
    public List<String> reporters = new ArrayList<>();
    /** The report form each reporter fills per period (written dispatch), or null: a plain submission. */
    public org.luoshi.api.form.FormDTO form;
    /** One-off dated due days (phases), in any order. */
    public List<MilestoneDTO> milestones = new ArrayList<>();
    /** 不定期书面调度: a cycle an office set up itself (not from the region plugin); who did, and when it was ended. */
    public boolean adhoc;
    public String createdBy;
    /** yyyy-MM-dd: the day an office's own cycle was ended (no period is asked for after it), or null. */
    public String retiredOn;

    /** ISO week, Monday to Sunday. */
    public static final String WEEK = "WEEK";
    /** Calendar month. */
    public static final String MONTH = "MONTH";
    /** Calendar quarter (January–March, …). */
    public static final String QUARTER = "QUARTER";
    /** Calendar half-year: 上半年 January–June, 下半年 July–December. */
    public static final String HALF_YEAR = "HALF_YEAR";
    /** Calendar year. */
    public static final String YEAR = "YEAR";
    /** From the day after the previous nominal due day (the first: from {@link #start}) to the nominal due day. */
    public static final String SINCE_PREVIOUS = "SINCE_PREVIOUS";
    /** The due time when {@link #dueTime} is null. */
    public static final String DEFAULT_DUE_TIME = "23:59";
}

package org.luoshi.api.hazard;

/** Filters and paging of the hazard list; null filters match everything. */
public class HazardQuery {
    public String jurisdiction;
    /** A unit id; matches the unit and every unit below it. */
    public String unit;
    public HazardSource source;
    public Boolean major;
    public HazardStatus status;
    /** Words to find in the description. */
    public String text;
    public Boolean overdue;
    /** 挂牌督办 */
    public Boolean listed;
    /** Inspection date (检查时间) on or after this day (yyyy-MM-dd). */
    public String foundFrom;
    /** Inspection date on or before this day (yyyy-MM-dd). */
    public String foundTo;
    /** Rectified (整改完成, reported or accepted) with a completion date on or before this day (yyyy-MM-dd). */
    public String rectifiedBy;
    /** Hazards linked to this enterprise of the register. */
    public Long enterpriseId;
    /**
     * The order: {@code id} (newest first, the default), {@code inspectionDate} or {@code deadline} (earliest first),
     * each reversed by a leading {@code -} (e.g. {@code -deadline}: the latest deadline first); ties by newest first.
     */
    public String sort;
    /** The orders {@link #sort} accepts (each also with a leading {@code -}). */
    public static final java.util.List<String> SORTS = java.util.List.of("id", "inspectionDate", "deadline");
    public int offset;
    public int limit = 20;
}

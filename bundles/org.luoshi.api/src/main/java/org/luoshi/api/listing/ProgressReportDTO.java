package org.luoshi.api.listing;

/**
 * A progress report (整改进展报告) the responsible unit sends by the listing notice's report cycle (e.g. seed 004:
 * "自交办之日起，每星期四上午 12 点前以正式文件…反馈整改治理情况").
 */
public class ProgressReportDTO {
    /** yyyy-MM-dd, not in the future. */
    public String date;
    /** 整改进展 */
    public String text;
    /** 文号 of the formal document, when there is one. */
    public String documentNumber;
    public String reportedBy;
    /** ISO date-time it was recorded. */
    public String reportedAt;
}

package org.luoshi.api.listing;

/** The listing notice (挂牌督办通知书) sent to the responsible unit, with the content items the mechanism requires. */
public class NoticeDTO {
    /** 文号, e.g. 朔安办督〔2026〕3号 */
    public String number;
    /** 隐患基本情况 */
    public String hazardBasics;
    /** 整改方案报送期限 (yyyy-MM-dd) */
    public String planDueDate;
    /** 进展报告周期, e.g. 每周四12时前 */
    public String reportCycle;
    /**
     * The same cycle, machine-readable, so a report can go missing: an RFC 5545 RRULE counted from the listing day
     * (自交办之日起), e.g. {@code FREQ=WEEKLY;BYDAY=TH}; null: the region's (listing.reportRule), else none is scheduled.
     */
    public String reportRule;
    /** HH:mm the report is due on its day (e.g. 12:00); null: the region's (listing.reportDueTime), else 23:59. */
    public String reportDueTime;
    /** 整改完成期限 (yyyy-MM-dd) */
    public String completionDeadline;
    /** 摘牌销号程序 */
    public String delistingProcedure;
    /** 联系人及联系方式 (a role title and a phone) */
    public String contact;
}

package org.luoshi.api.listing;

import java.util.ArrayList;
import java.util.List;

/** A listed major hazard with every column of form 附件3 and the whole supervision process (督办过程). */
public class ListingDTO {
    public Long id;
    public long hazardId;
    public String jurisdiction;
    /** Unit of the hazard (decides who sees the listing, with the listing unit). */
    public String unit;
    /** 重大事故隐患描述 */
    public String hazardDescription;
    /** 挂牌督办时间 */
    public String listedOn;
    /** 挂牌督办单位 (unit id) and 责任人 */
    public String listingUnit;
    public String listingResponsible;
    public String designatedBy;
    /** Listed by a level above the hazard's own jurisdiction office. */
    public boolean escalated;
    /** 整改单位及责任人 */
    public String rectificationUnit;
    public String rectificationResponsible;
    /** 整改措施 (from the plan) */
    public String measures;
    /** 整改时限 (current, after approved extensions) */
    public String deadline;
    public boolean fixNow;
    /** 整改情况 */
    public String progress;
    /** 整改完成时间 */
    public String completedOn;
    /** 复查验收情况 */
    public String review;
    /** 复查单位及责任人 */
    public String reviewUnit;
    public String reviewer;
    public String acceptanceDocument;
    /** Unit to which acceptance was delegated (an escalated listing's daily supervising department). */
    public String delegatedReviewUnit;
    /** 摘牌销号时间 */
    public String delistedOn;
    public ListingStatus status;
    public boolean overdue;
    /** 整改方案逾期: the notice's plan due date has passed and no plan has been submitted. */
    public boolean planOverdue;
    /** Progress reports received (整改进展报告), oldest first. */
    public List<ProgressReportDTO> progressReports = new ArrayList<>();
    /** When the next progress report is due (ISO offset date-time), by the notice's rule; null when none is scheduled. */
    public String nextReportDue;
    /** Report days passed since the listing with no report in their window (reports due until completion is reported). */
    public int reportsMissed;
    /** 进展报告逾期: the most recent report day passed without a report in its window. */
    public boolean progressOverdue;
    /** The roles whose sign-off the region requires before 摘牌销号 (listing.delistSignOffs), empty when none. */
    public List<String> signOffsRequired = new ArrayList<>();
    public List<SignOffDTO> signOffs = new ArrayList<>();
    public NoticeDTO notice;
    public PlanDTO plan;
    public List<TrackingDTO> tracking = new ArrayList<>();
    public List<ExtensionDTO> extensions = new ArrayList<>();
    public List<FollowUpDTO> followUps = new ArrayList<>();
    public String createdBy;
    public Long version;
}

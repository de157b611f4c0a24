package org.luoshi.api.tipoff;

import java.util.ArrayList;
import java.util.List;

/**
 * A tip-off (举报线索) of mechanism 6 (seed 000 六). The reporter's identity ({@link #reporterName},
 * {@link #reporterContact}) is encrypted at rest and present only in a single-record answer to one of the case's
 * handlers (the people who registered or accepted it); everywhere else it is null and {@link #identityWithheld} true.
 */
public class TipOffDTO {
    public Long id;
    public String jurisdiction;
    /** PHONE 电话, MAILBOX 举报信箱, WEB 网上举报, LETTER 来信, VISIT 来访, SNAPSHOT 随手拍 */
    public String channel;
    /** yyyy-MM-dd */
    public String receivedOn;
    /** The unit now handling it (unit id). */
    public String unit;
    /** The unit that first registered it. */
    public String registeringUnit;
    /** 被举报单位或对象 */
    public String subject;
    public String content;
    public String place;
    public boolean anonymous;
    public String reporterName;
    public String reporterContact;
    /** How the reporter wants to be told: ONLINE (receipt code), PHONE, SMS, PAPER (纸质告知书). */
    public String replyChannel;
    public boolean identityWithheld;
    /** RECEIVED, NEEDS_MATERIAL, ACCEPTED, REJECTED, VERIFIED, CLOSED */
    public String status;
    /** The day by which the handling unit must accept or reject it (the jurisdiction's acceptance days). */
    public String acceptDeadline;
    /** Past {@link #acceptDeadline} without a decision. */
    public boolean overdue;
    /** Why it was rejected, or what material was asked for. */
    public String decisionNote;
    public List<MaterialDTO> materials = new ArrayList<>();
    /** Photos (file ids; GET /api/tipoffs/{id}/photos/{fileId}). */
    public List<Long> photos = new ArrayList<>();
    public List<RouteDTO> routes = new ArrayList<>();
    /** MAJOR_HAZARD 重大事故隐患属实, VIOLATION 违法行为属实, CONCEALED_ACCIDENT 瞒报谎报事故属实, NOT_CONFIRMED 不属实 */
    public String outcome;
    /** What was done: 责令立即整改 / 限期整改 / 当场纠正 / 行政处罚 / 移送司法机关 / 提请调查, as text. */
    public String outcomeAction;
    /** The hazard-list entry made for a confirmed major hazard (source 群众举报核实). */
    public Long hazardId;
    /** The enterprise of the register (企业名录) it is about, once the handling unit links it; its name as linked. */
    public Long enterpriseId;
    public String enterpriseName;
    /** yyyy-MM-dd: when it was accepted or rejected (受理或不予受理), null before. */
    public String decidedOn;
    /** 告知举报人核查结果 */
    public String reply;
    /** 核查处理报告 */
    public String report;
    public String closedAt;
    /** Units the report went back to (those that assigned or transferred it). */
    public List<String> reportedTo = new ArrayList<>();
    /** Reward (举报奖励) in 元, approval and payment. */
    public String rewardAmount;
    public String rewardApprovedBy;
    public String rewardApprovedAt;
    public String rewardPaidAt;
    public String rewardPaymentRecord;
    /** Only in the answer to the registration: the code the reporter checks status and adds material with. */
    public String receiptCode;
    public String registeredBy;
}

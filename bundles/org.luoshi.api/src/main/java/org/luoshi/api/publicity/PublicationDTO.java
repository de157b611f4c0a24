package org.luoshi.api.publicity;

/**
 * Something to publish on the public page: a typical case (TYPICAL_CASE 典型案例), the monthly disclosure of major
 * hazards (DISCLOSURE 重大事故隐患月度公开, seed 004 五（三）) or an exposure (EXPOSURE 曝光). Nothing is public until a
 * person other than its author approves it, noting what was redacted (names, faces, number plates); it can be withdrawn.
 */
public class PublicationDTO {
    public Long id;
    public String jurisdiction;
    /** TYPICAL_CASE, DISCLOSURE, EXPOSURE, RANKING (考评排队通报: a published month of an evaluation) */
    public String kind;
    /** The publishing unit (unit id). */
    public String unit;
    public String title;
    /** The text as it will be published (already redacted by its author; the approver checks it). */
    public String body;
    /** For a DISCLOSURE: the month disclosed, yyyy-MM. */
    public String month;
    /** The record it comes from: "tipoff", "hazard", "listing", "inspection", "transfer", "accident" or "ranking", and its id. */
    public String sourceType;
    public Long sourceId;
    /** What the approver confirmed was redacted (人名、人脸、车牌 …). */
    public String redactions;
    /** DRAFT → PENDING (submitted for approval) → PUBLISHED → WITHDRAWN; a rejected one goes back to DRAFT. */
    public String status;
    public String createdBy;
    public String submittedBy;
    public String approvedBy;
    public String publishedAt;
    public String withdrawnBy;
    public String withdrawnAt;
    /** The reason of the last rejection or of the withdrawal. */
    public String note;
}

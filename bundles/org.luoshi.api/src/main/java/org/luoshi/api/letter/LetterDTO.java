package org.luoshi.api.letter;

/**
 * A letter of mechanism 4: a 提醒函 (REMINDER), 提示函 (NOTICE) or 督办函 (SUPERVISION) issued by a unit to a region,
 * department or enterprise in one of the six situations of seed 000 四（二）, numbered when sent (文号: prefix〔year〕serial号),
 * signed for by the recipient, and answered with a rectification plan and a report back by the response deadline.
 */
public class LetterDTO {
    public Long id;
    public String jurisdiction;
    /** REMINDER, NOTICE or SUPERVISION */
    public String kind;
    /** INSTRUCTION, FREQUENT_ACCIDENTS, TYPICAL_ACCIDENT, NOT_RECTIFIED, TASK_LAGGING, SEVERE_WEATHER */
    public String situation;
    /** Issuing unit (unit id). */
    public String issuer;
    /** Receiving unit (unit id). */
    public String recipient;
    /** 文号, assigned when sent. */
    public String number;
    public String title;
    public String body;
    /** What the recipient must do (要求). */
    public String requiredResponse;
    /** 回复期限 (yyyy-MM-dd) */
    public String responseDeadline;
    /** DRAFT, SENT, SIGNED, ANSWERED */
    public String status;
    public String sentAt;
    public String sentBy;
    /** 签收 */
    public String signedAt;
    public String signedBy;
    /** 整改方案 */
    public String plan;
    /** 整改情况报告 */
    public String report;
    public String answeredAt;
    public String answeredBy;
    /** For an automatic draft: the record it was drafted for ("task" or "hazard") and its id. */
    public String sourceType;
    public Long sourceId;
    /** For an escalation: the letter left unanswered that this one follows. */
    public Long previousId;
    /** For a sent letter past its deadline and not answered: the next kind on the jurisdiction's ladder, if any. */
    public String nextKind;
    /** Past the response deadline and not answered. */
    public boolean overdue;
    public String createdBy;
}

package org.luoshi.api.listing;

/**
 * A follow-up on a listed hazard: CASE_FILED (立案), ACCOUNTABILITY (追责问责), EXPOSURE (公开曝光), DOUBLE_PENALTY
 * (一案双罚, penalising both the enterprise and its principal).
 */
public class FollowUpDTO {
    public String kind;
    /** yyyy-MM-dd */
    public String date;
    public String description;
    /** For DOUBLE_PENALTY: the penalty on the enterprise. */
    public String enterprisePenalty;
    /** For DOUBLE_PENALTY: the penalty on its principal (主要负责人). */
    public String principalPenalty;
    public String recordedBy;
}

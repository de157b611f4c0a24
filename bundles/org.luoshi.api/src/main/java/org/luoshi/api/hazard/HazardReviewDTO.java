package org.luoshi.api.hazard;

/** Review and acceptance of a rectified hazard (复查验收): passed, or sent back with the reasons. */
public class HazardReviewDTO {
    public boolean passed;
    /** 复查验收情况, or the reasons for sending it back */
    public String review;
    /** 复查单位 */
    public String reviewUnit;
    /** 复查责任人 (role title) */
    public String reviewer;
    public Long version;
}

package org.luoshi.api.listing;

/** Review and acceptance (复查验收): passed, or sent back with the opinion saying why. */
public class ReviewDTO {
    public boolean passed;
    /** 复查单位 (unit id) */
    public String reviewUnit;
    /** 复查责任人 (role title) */
    public String reviewer;
    /** 验收文书 (document number or title); required when passed */
    public String acceptanceDocument;
    /** 复查验收情况 / reasons for sending back */
    public String opinion;
    /** yyyy-MM-dd */
    public String date;
}

package org.luoshi.api.listing;

/**
 * A leader's sign-off (签字确认 / 签字背书) that the region requires before 摘牌销号 (listing.delistSignOffs): the role
 * signed as, by the person logged in who holds it (their 职务 from the people register is kept with it), with the date
 * and opinion. Seed 004: "需办结销号的必须经县相关分管领导审核并签字确认"; seed 002, task 27: "整改进展和落实情况由分管该行业
 * 领域的政府领导和涉事企业上级公司主要负责人签字背书".
 */
public class SignOffDTO {
    /** One of {@link ListingDTO#signOffsRequired}. */
    public String role;
    /** yyyy-MM-dd, not in the future. */
    public String date;
    /** 审核意见 */
    public String opinion;
    /** The login that signed, its 姓名 and 职务 at the time (from the people register). */
    public String signedBy;
    public String signerName;
    public String signerTitle;
}

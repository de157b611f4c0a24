package org.luoshi.api.listing;

import java.util.ArrayList;
import java.util.List;

/**
 * Lists a major hazard of the hazard list. "谁监管、谁挂牌": the listing unit must be the one department supervising
 * the hazard's unit; with several departments, the local government (the jurisdiction's own unit) or a lead department
 * it designates; or any unit a higher level designates.
 */
public class ListingRequestDTO {
    public long hazardId;
    /** Unit ids of the departments supervising the hazard's unit. */
    public List<String> supervisingDepartments = new ArrayList<>();
    /** 挂牌督办单位 (unit id) */
    public String listingUnit;
    /** 挂牌督办责任人 (role title) */
    public String listingResponsible;
    /** Unit that designated the listing unit, when not the rule's default (the local government or a higher level). */
    public String designatedBy;
    /** 整改单位 */
    public String rectificationUnit;
    /** 整改责任人 */
    public String rectificationResponsible;
    /** 整改时限 (yyyy-MM-dd) */
    public String deadline;
    /** Fixed at once (立即整改): may go straight to completion. */
    public boolean fixNow;
    public NoticeDTO notice;
}

package org.luoshi.api.listing;

/** The rectification plan with its five elements (责任、措施、资金、时限、预案); all five are required. */
public class PlanDTO {
    public String responsibility;
    public String measures;
    public String funds;
    /** yyyy-MM-dd */
    public String deadline;
    public String contingency;
    public String submittedOn;
    public String submittedBy;
}

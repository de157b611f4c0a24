package org.luoshi.api.listing;

/** A request to extend the rectification deadline, with its explanation, and the lister's decision. */
public class ExtensionDTO {
    /** yyyy-MM-dd */
    public String requestedDeadline;
    public String explanation;
    public String requestedOn;
    public String requestedBy;
    /** PENDING, APPROVED or REFUSED */
    public String decision;
    public String decisionReason;
    public String decidedOn;
    public String decidedBy;
}

package org.luoshi.api.inspection;

/** A problem or hazard an inspection found; it may become a hazard-list entry (source 督导巡查), keeping the link. */
public class FindingDTO {
    public Long id;
    public String description;
    /** The unit the finding concerns (unit id; the inspected unit or one below it). */
    public String unit;
    public boolean major;
    /** The hazard-list entry made from it, if any. */
    public Long hazardId;
    /** Closed: its hazard was accepted (复查验收), or it was closed with a note. */
    public boolean closed;
    public String closedOn;
    public String closingNote;
}

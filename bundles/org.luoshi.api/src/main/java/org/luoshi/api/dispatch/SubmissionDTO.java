package org.luoshi.api.dispatch;

/** A unit's report for one period of a cycle, with when and by whom it was submitted and whether it was late. */
public class SubmissionDTO {
    public Long id;
    public String jurisdiction;
    public String cycleId;
    public int periodIndex;
    public String periodLabel;
    /** Unit id of the reporting unit. */
    public String unit;
    /** What was reported (the summary text; forms come with the dispatch tables). */
    public String note;
    public String submittedBy;
    /** ISO instant with +08:00 */
    public String submittedAt;
    /** The period's due instant, for reference. */
    public String due;
    /** Submitted after the due instant. */
    public boolean late;
}

package org.luoshi.api.spotcheck;

/** One office's spot checks in a year: what its campaigns had to check and what has been checked. */
public class CoverageRowDTO {
    public String office;
    public String officeName;
    public String levelLabel;
    public int minimumRatio;
    public int campaigns;
    public int population;
    public int target;
    public int sampled;
    public int inspected;
    public int findings;
    public int hazards;
    public int overdue;
    /** inspected / population in percent, one decimal. */
    public double coverage;
    /** Whether every drawn campaign's checks reached its target. */
    public boolean met;
}

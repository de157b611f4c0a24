package org.luoshi.api.task;

/** One period of a recurring counted duty (e.g. a month of "每月至少开展1次检查"): what was done in it against the target. */
public class TaskPeriodDTO {
    /** First and last day counted, yyyy-MM-dd. */
    public String from;
    public String to;
    /** e.g. "2023年5月", "2023年上半年". */
    public String label;
    public int done;
    public int target;
    /** MET, SHORT (ended below the target), OPEN (today falls in it) or FUTURE. */
    public String state;

    public static final String MET = "MET";
    public static final String SHORT = "SHORT";
    public static final String OPEN = "OPEN";
    public static final String FUTURE = "FUTURE";
}

package org.luoshi.api.accident;

/** One follow-up step of an accident: the investigation group formed, the investigation report, accountability. */
public class AccidentStepDTO {
    /** {@link #GROUP}, {@link #REPORT} or {@link #ACCOUNTABILITY}. */
    public String kind;
    /** yyyy-MM-dd, not in the future */
    public String date;
    public String text;
    public String recordedBy;
    public String recordedAt;

    /** 成立事故调查组 */
    public static final String GROUP = "GROUP";
    /** 事故调查报告（批复） */
    public static final String REPORT = "REPORT";
    /** 责任追究（“四不放过”） */
    public static final String ACCOUNTABILITY = "ACCOUNTABILITY";
}

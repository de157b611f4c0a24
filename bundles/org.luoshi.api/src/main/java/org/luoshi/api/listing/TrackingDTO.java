package org.luoshi.api.listing;

/** A tracking entry of the supervision process (督办过程): ON_SITE (现场检查), VIDEO (视频调度), PHONE (电话询问). */
public class TrackingDTO {
    public String method;
    /** yyyy-MM-dd */
    public String date;
    public String person;
    public String finding;
    public String recordedBy;
}

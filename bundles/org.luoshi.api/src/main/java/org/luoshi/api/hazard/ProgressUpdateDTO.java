package org.luoshi.api.hazard;

/** A progress report on a hazard: the new status, the progress text and, when rectified, the completion date. */
public class ProgressUpdateDTO {
    /** RECTIFYING or REPORTED. */
    public HazardStatus status;
    /** 整改完成情况 */
    public String progress;
    /** 整改完成时间, required when the status is REPORTED. */
    public String completedOn;
    /** 防范重复发生的措施 */
    public String recurrencePrevention;
    /** The version the caller last saw; when given and stale, the update is refused. */
    public Long version;
}

package org.luoshi.api.task;

/**
 * A person settles a task's deadline (a misprint such as "5月10月底前", or a reading they do not share): the date and
 * why. The printed text is kept beside it; the correction is audited.
 */
public class DeadlineCorrectionDTO {
    /** yyyy-MM-dd */
    public String date;
    /** Why, e.g. "正文为“5月10日前”". */
    public String reason;
    public Long version;
}

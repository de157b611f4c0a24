package org.luoshi.api.task;

/** A dated entry on a task: progress (推进落实情况) by the responsible side, or a supervision note (跟踪督办情况). */
public class TaskEntryDTO {
    /** PROGRESS or SUPERVISION. */
    public String kind;
    /** yyyy-MM-dd */
    public String date;
    public String person;
    public String text;
    /** How many of the task's counted duty this entry reports done (e.g. 2 problems solved); progress entries only. */
    public Integer count;
    public String recordedBy;
    public String recordedAt;

    public static final String PROGRESS = "PROGRESS";
    public static final String SUPERVISION = "SUPERVISION";
}

package org.luoshi.api.dispatch;

/** Work assigned at a dispatch meeting; it becomes a task in the organising office's key work task list. */
public class AssignmentDTO {
    /** 具体举措 */
    public String measure;
    /** 责任单位 */
    public String responsibleUnits;
    /** 责任人 (role titles) */
    public String responsiblePersons;
    /** 完成时限: a date, "6月底前", "年底前", "长期坚持" … */
    public String deadline;
    /** Id of the task made from it. */
    public Long taskId;
}

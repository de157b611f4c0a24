package org.luoshi.api.jurisdiction;

/**
 * One task of a jurisdiction's task catalog, as printed in its source document: the number, the group it belongs
 * to (for Shuozhou the national measure, 国家要求), the measure text (细化措施), the responsible units (责任单位) and the
 * deadline text (完成时限).
 */
public class CatalogTaskDTO {
    public int number;
    public String group;
    public String measure;
    public String responsibleUnits;
    public String deadline;
    /**
     * A part of the task (e.g. Lüliang's task 11 by sector: 煤矿, 非煤矿山 …), or null for the task itself: a task's parts
     * share its number and are listed, assigned and tracked as tasks of their own.
     */
    public String part;
    /** The unit that leads the task or part (e.g. the 专业委员会办公室 printed beside a sector), or null. */
    public String lead;
    /** A counted duty: how many a year (e.g. 10 problems solved), or null when the task counts nothing. */
    public Integer target;
    /** What {@link #target} counts, with its measure word (e.g. "项办实事、解难题清单中研究解决的具体问题"). */
    public String targetWhat;
    /** What the document's body says that its table does not, or how they differ; null when they agree. */
    public String note;
    /**
     * A recurring counted duty: {@link #target} is due every MONTH, QUARTER, HALF_YEAR or YEAR (e.g. "每月…至少开展1次
     * 检查"), optionally followed by {@code :yyyy-MM-dd}, the first day counted (the action's start); null: the target is
     * for the whole year.
     */
    public String every;
    /**
     * The group's full printed text where the document gives more than its heading (Shuozhou: the whole 国家要求
     * paragraph, from groups.tsv), else null.
     */
    public String groupText;
}

package org.luoshi.api.task;

import java.util.ArrayList;
import java.util.List;

/**
 * A row of an office's key work task list (重点工作任务清单, 附件1) for one year: 主要任务, 具体举措, 责任单位及责任人,
 * 完成时限, 推进落实情况, 跟踪督办情况, 完成时间. Made from a task of the jurisdiction's catalog.
 */
public class TaskDTO {
    public Long id;
    public String jurisdiction;
    /** The office (unit id) whose list this is. */
    public String unit;
    public int year;
    /** Number of the catalog task it was made from. */
    public Integer catalogNumber;
    /** The part of the catalog task this row tracks (e.g. 煤矿 of Lüliang's task 11), null for a whole task. */
    public String part;
    /** The unit leading it (a 专业委员会办公室 for a sector part), from the catalog; null when none is named. */
    public String lead;
    /** A counted duty's yearly target and what it counts (see {@code CatalogTaskDTO#target}); null otherwise. */
    public Integer target;
    public String targetWhat;
    /** Done so far towards {@link #target}: the sum of the progress entries' counts. */
    public int done;
    /**
     * A recurring counted duty: the period the target is due in (MONTH, QUARTER, HALF_YEAR, YEAR, see
     * {@code CatalogTaskDTO#every}); null when the target is for the year.
     */
    public String every;
    /** The periods of a recurring duty from its first day counted to its deadline (or the year's end). */
    public List<TaskPeriodDTO> periods = new ArrayList<>();
    /** 未按期完成: a period of a recurring duty ended below its target (the task may still be within its deadline). */
    public boolean behind;
    /** The catalog's note (where the body and the table differ). */
    public String note;
    /** 主要任务 (the catalog group, e.g. the national measure) */
    public String mainTask;
    /** 主要任务 in full as printed (e.g. the whole 国家要求 paragraph) when the catalog gives it, else null. */
    public String mainTaskText;
    /** 具体举措 */
    public String measure;
    /** 责任单位 */
    public String responsibleUnits;
    /** 责任人 (role titles, not names) */
    public String responsiblePersons;
    public DeadlineDTO deadline;
    /** 完成时间, null while open */
    public String completedOn;
    /** Past a dated deadline and not complete; computed. */
    public boolean overdue;
    public List<TaskEntryDTO> progress = new ArrayList<>();
    public List<TaskEntryDTO> supervision = new ArrayList<>();
    /**
     * 目录已更新: the task was made from a catalog entry that the region plugin has since changed or removed (by an
     * upgrade); the task keeps the text it was made with.
     */
    public boolean catalogChanged;
    public String createdBy;
    public Long version;
}

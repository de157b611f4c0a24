package org.luoshi.lists.ui.internal;

import java.util.Map;

import org.luoshi.ui.kit.Labels;

/** Chinese labels of the codes of the task list (重点工作任务清单). */
final class TaskLabels {
    /** Kinds of dated entries on a task. */
    static final Map<String, String> TASK_ENTRY_KINDS = Labels.ordered("PROGRESS", "推进落实情况", "SUPERVISION", "跟踪督办情况");

    /** The mark of a task whose catalog entry a plugin upgrade changed or removed ({@code TaskDTO#catalogChanged}). */
    static final String CATALOG_CHANGED = "目录已更新";
    /** Its tooltip. */
    static final String CATALOG_CHANGED_TIP = "该任务所依据的任务目录条目已被辖区插件更新或删除；任务保留导入时的内容";
    /** Its Lumo badge theme: neutral, beside the red of 逾期. */
    static final String CATALOG_CHANGED_THEME = "badge contrast small";

    private TaskLabels() {
    }

    /** 每月 / 每季度 / 每半年 / 每年 for a recurring duty's period (catalog column every, e.g. MONTH:2023-05-01). */
    static String every(String every) {
        String kind = every == null ? "" : every.contains(":") ? every.substring(0, every.indexOf(':')) : every;
        return switch (kind) {
            case "MONTH" -> "每月";
            case "QUARTER" -> "每季度";
            case "HALF_YEAR" -> "每半年";
            default -> "每年";
        };
    }
}

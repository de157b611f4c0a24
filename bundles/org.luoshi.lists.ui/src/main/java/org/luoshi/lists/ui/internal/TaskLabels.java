package org.luoshi.lists.ui.internal;

import java.util.Map;

import org.luoshi.ui.kit.Labels;

/** Chinese labels of the codes of the task list (重点工作任务清单). */
final class TaskLabels {
    /** Kinds of dated entries on a task. */
    static final Map<String, String> TASK_ENTRY_KINDS = Labels.ordered("PROGRESS", "推进落实情况", "SUPERVISION", "跟踪督办情况");

    private TaskLabels() {
    }
}

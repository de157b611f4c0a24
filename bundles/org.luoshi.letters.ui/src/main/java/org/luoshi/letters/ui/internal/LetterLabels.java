package org.luoshi.letters.ui.internal;

import java.util.Map;

import org.luoshi.ui.kit.Labels;

/** Chinese labels of the codes of letters (提醒提示督办函). */
final class LetterLabels {
    /** Kinds of letter of mechanism 4, in the order of the default ladder (提醒 → 提示 → 督办). */
    static final Map<String, String> LETTER_KINDS = Labels.ordered("REMINDER", "提醒函", "NOTICE", "提示函", "SUPERVISION", "督办函");
    /** The six situations of seed 000 四（二）, worded as the letters service words them. */
    static final Map<String, String> LETTER_SITUATIONS = Labels.ordered("INSTRUCTION", "领导批示需跟踪落实",
            "FREQUENT_ACCIDENTS", "行业领域或地区事故多发", "TYPICAL_ACCIDENT", "发生重特大或典型事故需吸取教训",
            "NOT_RECTIFIED", "督导检查考核反馈问题未整改、假整改或整改不到位", "TASK_LAGGING", "重点任务推进缓慢、逾期或落实不力",
            "SEVERE_WEATHER", "恶劣天气可能影响安全生产");
    /** Where a letter stands. */
    static final Map<String, String> LETTER_STATUSES = Labels.ordered("DRAFT", "草稿", "SENT", "已发送", "SIGNED", "已签收",
            "ANSWERED", "已回复");

    private LetterLabels() {
    }
}

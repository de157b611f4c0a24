package org.luoshi.dispatch.ui.internal;

import java.util.Map;

import org.luoshi.ui.kit.Labels;

/** Chinese labels of the codes of dispatch meetings (调度会议). */
final class DispatchLabels {
    /** Kinds of dispatch meeting (会议调度). */
    static final Map<String, String> MEETING_KINDS = Labels.ordered("COMMITTEE", "安委会会议", "LIAISON", "联络员会议", "VIDEO",
            "视频调度会");

    private DispatchLabels() {
    }
}

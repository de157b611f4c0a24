package org.luoshi.listing.ui.internal;

import java.util.Map;

import org.luoshi.ui.kit.Labels;

/** Chinese labels of the codes of the listed hazards (挂牌督办). */
final class ListingLabels {
    /** Tracking methods of the supervision process (督办过程). */
    static final Map<String, String> TRACKING_METHODS = Labels.ordered("ON_SITE", "现场检查", "VIDEO", "视频调度", "PHONE", "电话询问");
    /** Follow-ups on a listed hazard (重大隐患查处). */
    static final Map<String, String> FOLLOW_UPS = Labels.ordered("CASE_FILED", "立案查处", "ACCOUNTABILITY", "追责问责",
            "EXPOSURE", "公开曝光", "DOUBLE_PENALTY", "一案双罚");
    /** Decisions on an extension request. */
    static final Map<String, String> EXTENSION_DECISIONS = Labels.ordered("PENDING", "待审批", "APPROVED", "已同意", "REFUSED",
            "不同意");

    private ListingLabels() {
    }
}

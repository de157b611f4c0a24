package org.luoshi.publicity.ui.internal;

import java.util.Map;

import org.luoshi.ui.kit.Labels;

/** Chinese labels of the codes of publications and warning education (宣传曝光). */
final class PublicityLabels {
    /** Kinds of publication (mechanism 7). */
    static final Map<String, String> PUBLICATION_KINDS = Labels.ordered("TYPICAL_CASE", "典型案例", "DISCLOSURE", "重大事故隐患月度公开",
            "EXPOSURE", "曝光", "RANKING", "考评排队通报");
    /** Where a publication stands. */
    static final Map<String, String> PUBLICATION_STATUSES = Labels.ordered("DRAFT", "草稿", "PENDING", "待审核", "PUBLISHED", "已发布",
            "WITHDRAWN", "已撤回");
    /** The records a publication may come from. */
    static final Map<String, String> PUBLICATION_SOURCES = Labels.ordered("tipoff", "问题线索", "hazard", "问题隐患", "listing", "挂牌督办",
            "inspection", "巡查检查", "transfer", "行刑衔接移送", "accident", "生产安全事故");
    /** Kinds of warning education (警示教育). */
    static final Map<String, String> EDUCATION_KINDS = Labels.ordered("FILM", "警示教育片", "EXHIBITION", "警示教育展览", "VIEWING",
            "组织观看");

    private PublicityLabels() {
    }
}

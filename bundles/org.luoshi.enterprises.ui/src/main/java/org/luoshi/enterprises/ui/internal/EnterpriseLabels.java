package org.luoshi.enterprises.ui.internal;

import java.util.Map;

import org.luoshi.ui.kit.Labels;

/** The Chinese names of the register's codes. */
final class EnterpriseLabels {
    static final Map<String, String> STATUSES = ordered(org.luoshi.api.enterprise.EnterpriseDTO.STATUSES,
            org.luoshi.api.enterprise.EnterpriseSheet.STATUS_LABELS);
    static final Map<String, String> SCALES = ordered(org.luoshi.api.enterprise.EnterpriseDTO.SCALES,
            org.luoshi.api.enterprise.EnterpriseSheet.SCALE_LABELS);
    static final Map<String, String> TYPES = Labels.ordered("hazard", "问题隐患", "listing", "挂牌督办", "transfer", "行刑衔接",
            "publication", "宣传曝光", "accident", "生产安全事故", "inspection", "巡查检查", "tipoff", "问题线索");

    private EnterpriseLabels() {
    }

    /** The labels in the order of the codes. */
    private static Map<String, String> ordered(java.util.List<String> codes, Map<String, String> labels) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        codes.forEach(c -> out.put(c, labels.get(c)));
        return java.util.Collections.unmodifiableMap(out);
    }
}

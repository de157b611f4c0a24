package org.luoshi.enterprises.ui.internal;

import java.util.Map;

import org.luoshi.ui.kit.Labels;

/** The Chinese names of the register's codes. */
final class EnterpriseLabels {
    static final Map<String, String> STATUSES = Labels.ordered("OPERATING", "在产", "SUSPENDED", "停产", "CLOSED", "关闭");
    static final Map<String, String> SCALES = Labels.ordered("LARGE", "大型", "MEDIUM", "中型", "SMALL", "小型", "MICRO", "微型");
    static final Map<String, String> TYPES = Labels.ordered("hazard", "问题隐患", "listing", "挂牌督办", "transfer", "行刑衔接",
            "publication", "宣传曝光", "accident", "生产安全事故", "inspection", "巡查检查", "tipoff", "问题线索");

    private EnterpriseLabels() {
    }
}

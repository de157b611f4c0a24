package org.luoshi.accidents.ui.internal;

import java.util.Map;

import org.luoshi.ui.kit.Labels;

/** Chinese labels of the codes of accidents. */
final class AccidentLabels {
    static final Map<String, String> ISSUES = Labels.ordered("LATE", "迟报", "OMITTED", "漏报", "FALSE", "谎报",
            "CONCEALED", "瞒报");
    static final Map<String, String> STATUSES = Labels.ordered("OPEN", "已登记", "INVESTIGATING", "调查中", "REPORTED",
            "已出调查报告", "CLOSED", "已追责结案");
    static final Map<String, String> STEPS = Labels.ordered("GROUP", "成立事故调查组", "REPORT", "事故调查报告",
            "ACCOUNTABILITY", "责任追究");
    static final Map<String, String> ACTIONS = Labels.ordered("INSPECTION", "督导检查（巡查）", "LETTER", "提示函/督办函",
            "INTERVIEW", "约谈属地政府", "LISTING", "挂牌督办");
    static final Map<String, String> ACTION_STATUSES = Labels.ordered("DRAFTED", "已起草，待确认", "PROPOSED", "待决定",
            "CONFIRMED", "已采纳", "DISMISSED", "不采纳", "UNAVAILABLE", "未能起草", "PENDING", "起草中");

    private AccidentLabels() {
    }
}

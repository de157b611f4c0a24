package org.luoshi.inspections.ui.internal;

import java.util.Map;

import org.luoshi.ui.kit.Labels;

/** Chinese labels of the codes of inspections (巡查检查). */
final class InspectionLabels {
    /** Kinds of inspection (mechanism 5), as the inspections service names them. */
    static final Map<String, String> INSPECTION_KINDS = Labels.ordered("ASSESSMENT", "考核巡查", "SUPERVISION", "督导检查");
    /** What a 督导检查 was triggered by (seed 000 五（一）). */
    static final Map<String, String> INSPECTION_TRIGGERS = Labels.ordered("HOLIDAY", "重要节假日", "MEETING", "重要会议", "EVENT",
            "重大活动", "ACCIDENT_PRONE", "事故多发频发期间", "INSTRUCTION", "工作安排或上级指示要求");
    /** The six methods of seed 000 五（三）. */
    static final Map<String, String> INSPECTION_METHODS = Labels.ordered("REPORTS", "听取被巡查检查地区的工作汇报和有关部门的专题汇报",
            "MEETINGS", "列席被巡查检查地区有关安全生产工作的会议", "RECORDS", "调阅有关文件、档案、会议记录等资料，受理反映被巡查检查地区问题的来信、来电等",
            "TALKS", "召开座谈会，向有关人员个别谈话询问情况", "SPOT_CHECKS", "以明查暗访随机抽查等方式对有关企业开展专项检查", "OTHER",
            "经本级安委会批准的其他方式");
    /** Where an inspection stands: OPEN → FED_BACK → REPORTED → CLOSED. */
    static final Map<String, String> INSPECTION_STATUSES = Labels.ordered("DRAFT", "待确认", "OPEN", "检查中", "FED_BACK",
            "已反馈", "REPORTED", "已报告整改", "CLOSED", "已结束", "DISCARDED", "不予开展");

    private InspectionLabels() {
    }
}

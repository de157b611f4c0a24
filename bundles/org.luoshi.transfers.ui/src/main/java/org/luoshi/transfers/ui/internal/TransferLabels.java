package org.luoshi.transfers.ui.internal;

import java.util.Map;

import org.luoshi.ui.kit.Labels;

/** Chinese labels of the codes of transfers of suspected safety crimes (行刑衔接). */
final class TransferLabels {
    /** The five situations of a transfer of a suspected safety crime (seed 000 八（二）), as the service words them. */
    static final Map<String, String> TRANSFER_SITUATIONS = Labels.ordered("EQUIPMENT_TAMPERED",
            "关闭、破坏直接关系生产安全的监控、报警、防护、救生设备、设施，或者篡改、隐瞒、销毁其相关数据、信息", "ORDER_REFUSED",
            "因存在重大事故隐患被依法责令停产停业、停止施工、停止使用有关设备、设施、场所或者立即采取排除危险的整改措施，而拒不执行",
            "UNAPPROVED_HIGH_RISK",
            "涉及安全生产的事项未经依法批准或者许可，擅自从事矿山开采、金属冶炼、建筑施工，以及危险物品生产、经营、储存等高度危险的生产作业活动",
            "FIRE_REFUSED", "拒绝执行消防监督管理机构责令改正措施，造成严重后果", "OTHER_CRIME", "其他涉嫌安全生产犯罪");
    /** The short names of the five situations (for the list). */
    static final Map<String, String> TRANSFER_SITUATIONS_SHORT = Labels.ordered("EQUIPMENT_TAMPERED", "关闭破坏设备设施或篡改数据",
            "ORDER_REFUSED", "拒不执行停产停业等决定", "UNAPPROVED_HIGH_RISK", "未经批准擅自从事高危作业", "FIRE_REFUSED",
            "拒不改正消防违法行为造成严重后果", "OTHER_CRIME", "其他涉嫌安全生产犯罪");
    static final Map<String, String> TRANSFER_STATUSES = Labels.ordered("SENT", "已移送", "ACCEPTED", "已受理", "CONCLUDED", "已办结");
    static final Map<String, String> TRANSFER_OUTCOMES = Labels.ordered("FILED", "立案", "NOT_FILED", "不予立案", "RETURNED", "退回补充");
    static final Map<String, String> SHARE_PARTIES = Labels.ordered("PROCURATORATE", "检察院", "COURT", "法院");
    /** The records a transfer may cite as its source. */
    static final Map<String, String> TRANSFER_SOURCES = Labels.ordered("hazard", "隐患", "listing", "挂牌督办", "inspection", "巡查检查",
            "tipoff", "举报线索");

    private TransferLabels() {
    }
}

package org.luoshi.tipoffs.ui.internal;

import java.util.Map;

import org.luoshi.ui.kit.Labels;

/** Chinese labels of the codes of tip-offs (问题线索) and of the public page. */
final class TipOffLabels {
    /** Channels a tip-off comes in by (mechanism 6). */
    static final Map<String, String> TIPOFF_CHANNELS = Labels.ordered("PHONE", "电话", "MAILBOX", "举报信箱", "WEB", "网上举报", "LETTER",
            "来信", "VISIT", "来访", "SNAPSHOT", "随手拍");
    /** How the reporter wants to learn the result. */
    static final Map<String, String> REPLY_CHANNELS = Labels.ordered("ONLINE", "凭查询码网上查询", "PHONE", "电话告知", "SMS", "短信告知",
            "PAPER", "纸质告知书");
    /** Where a tip-off stands, as its handlers see it. */
    static final Map<String, String> TIPOFF_STATUSES = Labels.ordered("RECEIVED", "待受理", "NEEDS_MATERIAL", "待补充材料", "ACCEPTED",
            "已受理", "REJECTED", "不予受理", "VERIFIED", "已核查", "CLOSED", "已办结");
    /** The outcomes of a verification (核查结论). */
    static final Map<String, String> TIPOFF_OUTCOMES = Labels.ordered("MAJOR_HAZARD", "重大事故隐患属实", "VIOLATION", "违法行为属实",
            "CONCEALED_ACCIDENT", "瞒报谎报事故属实", "NOT_CONFIRMED", "举报不属实");
    /** The ways of 交办转办 (属地管理、分级负责). */
    static final Map<String, String> ROUTE_KINDS = Labels.ordered("ASSIGN_DOWN", "交办（交本地区下级单位）", "TRANSFER", "转办（转有关部门）",
            "PASS", "移交（安委办移交同级部门并抄送）");
    /** Kinds of publication (mechanism 7), as the public page shows them (its own copy: the publicity module is optional). */
    static final Map<String, String> PUBLICATION_KINDS = Labels.ordered("TYPICAL_CASE", "典型案例", "DISCLOSURE", "重大事故隐患月度公开",
            "EXPOSURE", "曝光", "RANKING", "考评排队通报");

    private TipOffLabels() {
    }
}

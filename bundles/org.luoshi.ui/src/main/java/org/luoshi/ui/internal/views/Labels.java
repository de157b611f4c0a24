package org.luoshi.ui.internal.views;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.luoshi.api.task.DeadlineDTO;

import com.vaadin.flow.component.datepicker.DatePicker;

/** Chinese labels and date handling shared by the views. */
final class Labels {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private Labels() {
    }

    static String level(String level) {
        if (level == null) {
            return "";
        }
        return switch (level) {
            case "province" -> "省";
            case "city" -> "市";
            case "county" -> "县（市、区）";
            case "town" -> "乡镇（街道）";
            default -> level;
        };
    }

    /** Tracking methods of the supervision process (督办过程). */
    static final Map<String, String> TRACKING_METHODS = ordered("ON_SITE", "现场检查", "VIDEO", "视频调度", "PHONE", "电话询问");
    /** Follow-ups on a listed hazard (重大隐患查处). */
    static final Map<String, String> FOLLOW_UPS = ordered("CASE_FILED", "立案查处", "ACCOUNTABILITY", "追责问责",
            "EXPOSURE", "公开曝光", "DOUBLE_PENALTY", "一案双罚");
    /** Decisions on an extension request. */
    static final Map<String, String> EXTENSION_DECISIONS = ordered("PENDING", "待审批", "APPROVED", "已同意", "REFUSED",
            "不同意");
    /** Kinds of dated entries on a task. */
    static final Map<String, String> TASK_ENTRY_KINDS = ordered("PROGRESS", "推进落实情况", "SUPERVISION", "跟踪督办情况");

    /** Kinds of letter of mechanism 4, in the order of the default ladder (提醒 → 提示 → 督办). */
    static final Map<String, String> LETTER_KINDS = ordered("REMINDER", "提醒函", "NOTICE", "提示函", "SUPERVISION", "督办函");
    /** The six situations of seed 000 四（二）, worded as the letters service words them. */
    static final Map<String, String> LETTER_SITUATIONS = ordered("INSTRUCTION", "领导批示需跟踪落实",
            "FREQUENT_ACCIDENTS", "行业领域或地区事故多发", "TYPICAL_ACCIDENT", "发生重特大或典型事故需吸取教训",
            "NOT_RECTIFIED", "督导检查考核反馈问题未整改、假整改或整改不到位", "TASK_LAGGING", "重点任务推进缓慢、逾期或落实不力",
            "SEVERE_WEATHER", "恶劣天气可能影响安全生产");
    /** Where a letter stands. */
    static final Map<String, String> LETTER_STATUSES = ordered("DRAFT", "草稿", "SENT", "已发送", "SIGNED", "已签收",
            "ANSWERED", "已回复");
    /** Kinds of dispatch meeting (会议调度). */
    static final Map<String, String> MEETING_KINDS = ordered("COMMITTEE", "安委会会议", "LIAISON", "联络员会议", "VIDEO",
            "视频调度会");

    /** Kinds of inspection (mechanism 5), as the inspections service names them. */
    static final Map<String, String> INSPECTION_KINDS = ordered("ASSESSMENT", "考核巡查", "SUPERVISION", "督导检查");
    /** What a 督导检查 was triggered by (seed 000 五（一）). */
    static final Map<String, String> INSPECTION_TRIGGERS = ordered("HOLIDAY", "重要节假日", "MEETING", "重要会议", "EVENT",
            "重大活动", "ACCIDENT_PRONE", "事故多发频发期间", "INSTRUCTION", "工作安排或上级指示要求");
    /** The six methods of seed 000 五（三）. */
    static final Map<String, String> INSPECTION_METHODS = ordered("REPORTS", "听取被巡查检查地区的工作汇报和有关部门的专题汇报",
            "MEETINGS", "列席被巡查检查地区有关安全生产工作的会议", "RECORDS", "调阅有关文件、档案、会议记录等资料，受理反映被巡查检查地区问题的来信、来电等",
            "TALKS", "召开座谈会，向有关人员个别谈话询问情况", "SPOT_CHECKS", "以明查暗访随机抽查等方式对有关企业开展专项检查", "OTHER",
            "经本级安委会批准的其他方式");
    /** Where an inspection stands: OPEN → FED_BACK → REPORTED → CLOSED. */
    static final Map<String, String> INSPECTION_STATUSES = ordered("OPEN", "检查中", "FED_BACK", "已反馈", "REPORTED",
            "已报告整改", "CLOSED", "已结束");

    /** Channels a tip-off comes in by (mechanism 6). */
    static final Map<String, String> TIPOFF_CHANNELS = ordered("PHONE", "电话", "MAILBOX", "举报信箱", "WEB", "网上举报", "LETTER",
            "来信", "VISIT", "来访", "SNAPSHOT", "随手拍");
    /** How the reporter wants to learn the result. */
    static final Map<String, String> REPLY_CHANNELS = ordered("ONLINE", "凭查询码网上查询", "PHONE", "电话告知", "SMS", "短信告知",
            "PAPER", "纸质告知书");
    /** Where a tip-off stands, as its handlers see it. */
    static final Map<String, String> TIPOFF_STATUSES = ordered("RECEIVED", "待受理", "NEEDS_MATERIAL", "待补充材料", "ACCEPTED",
            "已受理", "REJECTED", "不予受理", "VERIFIED", "已核查", "CLOSED", "已办结");
    /** The outcomes of a verification (核查结论). */
    static final Map<String, String> TIPOFF_OUTCOMES = ordered("MAJOR_HAZARD", "重大事故隐患属实", "VIOLATION", "违法行为属实",
            "CONCEALED_ACCIDENT", "瞒报谎报事故属实", "NOT_CONFIRMED", "举报不属实");
    /** The ways of 交办转办 (属地管理、分级负责). */
    static final Map<String, String> ROUTE_KINDS = ordered("ASSIGN_DOWN", "交办（交本地区下级单位）", "TRANSFER", "转办（转有关部门）",
            "PASS", "移交（安委办移交同级部门并抄送）");

    /** Kinds of publication (mechanism 7). */
    static final Map<String, String> PUBLICATION_KINDS = ordered("TYPICAL_CASE", "典型案例", "DISCLOSURE", "重大事故隐患月度公开",
            "EXPOSURE", "曝光");
    /** Where a publication stands. */
    static final Map<String, String> PUBLICATION_STATUSES = ordered("DRAFT", "草稿", "PENDING", "待审核", "PUBLISHED", "已发布",
            "WITHDRAWN", "已撤回");
    /** The records a publication may come from. */
    static final Map<String, String> PUBLICATION_SOURCES = ordered("tipoff", "问题线索", "hazard", "问题隐患", "listing", "挂牌督办",
            "inspection", "巡查检查", "transfer", "行刑衔接移送");
    /** Kinds of warning education (警示教育). */
    static final Map<String, String> EDUCATION_KINDS = ordered("FILM", "警示教育片", "EXHIBITION", "警示教育展览", "VIEWING",
            "组织观看");

    /** The five situations of a transfer of a suspected safety crime (seed 000 八（二）), as the service words them. */
    static final Map<String, String> TRANSFER_SITUATIONS = ordered("EQUIPMENT_TAMPERED",
            "关闭、破坏直接关系生产安全的监控、报警、防护、救生设备、设施，或者篡改、隐瞒、销毁其相关数据、信息", "ORDER_REFUSED",
            "因存在重大事故隐患被依法责令停产停业、停止施工、停止使用有关设备、设施、场所或者立即采取排除危险的整改措施，而拒不执行",
            "UNAPPROVED_HIGH_RISK",
            "涉及安全生产的事项未经依法批准或者许可，擅自从事矿山开采、金属冶炼、建筑施工，以及危险物品生产、经营、储存等高度危险的生产作业活动",
            "FIRE_REFUSED", "拒绝执行消防监督管理机构责令改正措施，造成严重后果", "OTHER_CRIME", "其他涉嫌安全生产犯罪");
    /** The short names of the five situations (for the list). */
    static final Map<String, String> TRANSFER_SITUATIONS_SHORT = ordered("EQUIPMENT_TAMPERED", "关闭破坏设备设施或篡改数据",
            "ORDER_REFUSED", "拒不执行停产停业等决定", "UNAPPROVED_HIGH_RISK", "未经批准擅自从事高危作业", "FIRE_REFUSED",
            "拒不改正消防违法行为造成严重后果", "OTHER_CRIME", "其他涉嫌安全生产犯罪");
    static final Map<String, String> TRANSFER_STATUSES = ordered("SENT", "已移送", "ACCEPTED", "已受理", "CONCLUDED", "已办结");
    static final Map<String, String> TRANSFER_OUTCOMES = ordered("FILED", "立案", "NOT_FILED", "不予立案", "RETURNED", "退回补充");
    static final Map<String, String> SHARE_PARTIES = ordered("PROCURATORATE", "检察院", "COURT", "法院");
    /** The records a transfer may cite as its source. */
    static final Map<String, String> TRANSFER_SOURCES = ordered("hazard", "隐患", "listing", "挂牌督办", "inspection", "巡查检查",
            "tipoff", "举报线索");

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    /** The Chinese label of a code, or the code itself when unknown. */
    static String label(Map<String, String> labels, String code) {
        return code == null ? "" : labels.getOrDefault(code, code);
    }

    /** A task deadline's printed text with its reading: 长期 for ongoing, 待确认 for a text that could not be read. */
    static String deadline(DeadlineDTO d) {
        if (d == null) {
            return "";
        }
        String text = nz(d.text);
        if (DeadlineDTO.UNPARSED.equals(d.kind)) {
            return text + "（待确认）";
        }
        if (DeadlineDTO.ONGOING.equals(d.kind)) {
            return text.equals("长期") ? text : text + "（长期）";
        }
        if (d.date != null && !d.date.equals(text)) {
            return text + "（" + d.date + "）";
        }
        return text;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String yesNo(Boolean value) {
        return Boolean.TRUE.equals(value) ? "是" : "否";
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** An ISO {@code yyyy-MM-dd} text as a date; null when empty or not a date. */
    static LocalDate date(String iso) {
        if (iso == null || iso.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(iso.strip().length() > 10 ? iso.strip().substring(0, 10) : iso.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** A date picker speaking Chinese and writing dates as 年-月-日. */
    static DatePicker datePicker(String label, String id) {
        DatePicker picker = new DatePicker(label);
        picker.setId(id);
        picker.setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(List.of("一月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月", "十一月", "十二月"));
        i18n.setWeekdays(List.of("星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"));
        i18n.setWeekdaysShort(List.of("日", "一", "二", "三", "四", "五", "六"));
        i18n.setFirstDayOfWeek(1);
        i18n.setToday("今天");
        i18n.setCancel("取消");
        i18n.setDateFormat("yyyy-MM-dd");
        i18n.setBadInputErrorMessage("日期格式应为 年-月-日（如 2026-06-30）");
        picker.setI18n(i18n);
        picker.setPlaceholder("年-月-日");
        picker.setClearButtonVisible(true);
        return picker;
    }
}

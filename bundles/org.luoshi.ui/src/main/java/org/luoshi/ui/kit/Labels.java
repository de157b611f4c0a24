package org.luoshi.ui.kit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.luoshi.api.task.DeadlineDTO;

import com.vaadin.flow.component.datepicker.DatePicker;

/** Chinese labels, codes to labels and date handling shared by the views of every module. */
public final class Labels {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private Labels() {
    }

    public static String level(String level) {
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

    /** An unmodifiable map of codes to labels in the order given: code, label, code, label, ... */
    public static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    /** The Chinese label of a code, or the code itself when unknown. */
    public static String label(Map<String, String> labels, String code) {
        return code == null ? "" : labels.getOrDefault(code, code);
    }

    /** A task deadline's printed text with its reading: 长期 for ongoing, 待确认 for a text that could not be read. */
    public static String deadline(DeadlineDTO d) {
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

    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public static String yesNo(Boolean value) {
        return Boolean.TRUE.equals(value) ? "是" : "否";
    }

    public static String nz(String s) {
        return s == null ? "" : s;
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** An ISO {@code yyyy-MM-dd} text as a date; null when empty or not a date. */
    public static LocalDate date(String iso) {
        if (iso == null || iso.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(iso.strip().length() > 10 ? iso.strip().substring(0, 10) : iso.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** A date picker speaking Chinese and writing dates as 年-月-日. */
    public static DatePicker datePicker(String label, String id) {
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

package org.luoshi.ui.internal.views;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

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

package org.luoshi.api.form;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;

/**
 * The rule for a typed value of a report form, stated once: the form service judges a submitted table with it, and a
 * face may use it to mark a field as it is typed. Numbers are read as typed — full-width digits (１２) and the
 * full-width point are digits, nothing is dropped or rewritten: "1.5" is not a count and "-5" not an amount.
 */
public final class FormValues {
    private FormValues() {
    }

    /** The value with full-width digits, point and minus as their ASCII forms (NFKC) and without outer blanks. */
    public static String normalise(String value) {
        return value == null ? null : Normalizer.normalize(value, Normalizer.Form.NFKC).strip();
    }

    /** Null when the value suits the field, else the reason; every typed field must be filled (0 when nothing happened). */
    public static String problem(FormFieldDTO f, String value) {
        String v = normalise(value);
        String type = f.type == null ? FormFieldDTO.TEXT : f.type;
        if (FormFieldDTO.FILE.equals(type)) {
            if (v == null || v.isEmpty()) {
                return "请上传附件";
            }
            return fileId(v) == null ? "附件编号无效" : null;
        }
        if (v == null || v.isEmpty()) {
            return "必须填写" + (FormFieldDTO.TEXT.equals(type) || FormFieldDTO.YESNO.equals(type) ? "" : "（没有请填 0）");
        }
        switch (type) {
            case FormFieldDTO.COUNT -> {
                if (!v.matches("[0-9]{1,9}")) {
                    return "应为不小于 0 的整数";
                }
            }
            case FormFieldDTO.AMOUNT -> {
                if (!v.matches("[0-9]{1,8}(\\.[0-9]{1,4})?")) {
                    return v.matches("-?[0-9.eE+]+") ? "应为不小于 0 的金额，最多 4 位小数" : "应为数字（万元）";
                }
            }
            case FormFieldDTO.YESNO -> {
                if (!List.of("是", "否", "true", "false").contains(v)) {
                    return "应为 是 或 否";
                }
            }
            default -> {
                if (v.length() > 2000) {
                    return "不能超过 2000 字";
                }
            }
        }
        return null;
    }

    /**
     * The file id a {@link FormFieldDTO#FILE} value names (a whole number &gt; 0, as typed or normalised), or null when it
     * names none.
     */
    public static Long fileId(String value) {
        String v = normalise(value);
        if (v == null || !v.matches("[0-9]{1,18}")) {
            return null;
        }
        long id = Long.parseLong(v);
        return id > 0 ? id : null;
    }

    /** The value as stored, once {@link #problem} found none: 007 → 7, 1.50 → 1.5, true → 是, a file's id as its number. */
    public static String canonical(FormFieldDTO f, String value) {
        String v = normalise(value);
        String type = f.type == null ? FormFieldDTO.TEXT : f.type;
        return switch (type) {
            case FormFieldDTO.COUNT -> String.valueOf(Long.parseLong(v));
            case FormFieldDTO.AMOUNT -> new BigDecimal(v).stripTrailingZeros().toPlainString();
            case FormFieldDTO.YESNO -> v.equals("true") ? "是" : v.equals("false") ? "否" : v;
            case FormFieldDTO.FILE -> String.valueOf(fileId(v));
            default -> value.strip();
        };
    }
}

package org.luoshi.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;


/**
 * Checks the fields of an incoming DTO: collects every error (a Chinese message keyed by the DTO field name) and
 * throws them together as one {@link LuoshiException} of kind INVALID.
 */
public final class FieldCheck {
    private final Map<String, String> errors = new LinkedHashMap<>();

    public String text(String field, String label, String value, int max, boolean required) {
        String v = value == null ? null : value.strip();
        if (v == null || v.isEmpty()) {
            if (required) {
                errors.put(field, label + "不能为空");
            }
            return null;
        }
        if (v.length() > max) {
            errors.put(field, label + "不能超过 " + max + " 个字");
        }
        return v;
    }

    public LocalDate date(String field, String label, String value, boolean required) {
        String v = text(field, label, value, 10, required);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            errors.put(field, label + "格式应为 年-月-日（如 2026-06-30）");
            return null;
        }
    }

    public <T> T required(String field, String label, T value) {
        if (value == null) {
            errors.put(field, label + "不能为空");
        }
        return value;
    }

    public void fail(String field, String message) {
        errors.putIfAbsent(field, message);
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    public void throwIfInvalid() {
        throwIfInvalid("输入有误");
    }

    /** Throws the collected errors, if any, behind a summary such as “整改方案缺少‘五到位’要素”. */
    public void throwIfInvalid(String summary) {
        if (!errors.isEmpty()) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, summary + "：" + String.join("；", errors.values()), errors);
        }
    }
}

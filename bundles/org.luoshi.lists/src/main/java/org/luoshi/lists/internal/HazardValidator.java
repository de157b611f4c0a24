package org.luoshi.lists.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.luoshi.api.LuoshiException;

/** Collects field errors (Chinese messages keyed by DTO field name) and throws them all at once. */
final class HazardValidator {
    private final Map<String, String> errors = new LinkedHashMap<>();

    String text(String field, String label, String value, int max, boolean required) {
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

    LocalDate date(String field, String label, String value, boolean required) {
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

    <T> T required(String field, String label, T value) {
        if (value == null) {
            errors.put(field, label + "不能为空");
        }
        return value;
    }

    void fail(String field, String message) {
        errors.putIfAbsent(field, message);
    }

    void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, "输入有误：" + String.join("；", errors.values()), errors);
        }
    }
}

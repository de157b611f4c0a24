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

    /**
     * A text field: Unicode-normalised (NFC) and stripped; refused when it holds control characters (other than line
     * breaks and tabs), unpaired surrogates or bidirectional overrides and isolates (which can make stored text read
     * differently from what it is, and break XML answers), or is longer than {@code max}.
     */
    public String text(String field, String label, String value, int max, boolean required) {
        String v = value == null ? null : java.text.Normalizer.normalize(value, java.text.Normalizer.Form.NFC).strip();
        if (v == null || v.isEmpty()) {
            if (required) {
                errors.put(field, label + "不能为空");
            }
            return null;
        }
        String bad = badCharacter(v);
        if (bad != null) {
            errors.put(field, label + "含有不允许的字符（" + bad + "）");
        } else if (v.length() > max) {
            errors.put(field, label + "不能超过 " + max + " 个字");
        }
        return v;
    }

    /** What is wrong with the first character a text may not hold, or null. */
    static String badCharacter(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < v.length() && Character.isLowSurrogate(v.charAt(i + 1))) {
                i++;
                continue;
            }
            if (Character.isSurrogate(c)) {
                return "不成对的代理字符";
            }
            if (Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t') {
                return String.format("控制字符 U+%04X", (int) c);
            }
            if (c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069') {
                return String.format("双向文本控制符 U+%04X", (int) c);
            }
        }
        return null;
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

    /** The errors so far, field → message (a row of an import reports them as they are). */
    public Map<String, String> errors() {
        return java.util.Collections.unmodifiableMap(errors);
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

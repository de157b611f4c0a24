package org.luoshi.api.enterprise;

/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters of the code's alphabet — 登记管理部门
 * (1), 机构类别 (1), 登记管理机关行政区划码 (6 digits), 主体标识码 (9, the organisation code), 校验码 (1). The check
 * character is 31 − (Σ value × weight mod 31) over the first 17 (31 counts as 0), weights 3^(i) mod 31.
 */
public final class CreditCode {
    /** The alphabet: digits and the capitals without I, O, Z, S, V; a character's value is its place here. */
    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {
    }

    /** Why the code is not valid (Chinese, for the field), or null when it is. Lower case is not accepted. */
    public static String problem(String code) {
        if (code == null || code.isBlank()) {
            return "请填写统一社会信用代码";
        }
        if (code.length() != 18) {
            return "统一社会信用代码应为 18 位（现为 " + code.length() + " 位）";
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return "统一社会信用代码第 " + (i + 1) + " 位不是允许的字符（数字或除 I、O、Z、S、V 外的大写字母）";
            }
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(code.charAt(i))) {
                return "统一社会信用代码第 3–8 位应为行政区划码（数字）";
            }
        }
        char expected = check(code.substring(0, 17));
        if (code.charAt(17) != expected) {
            return "统一社会信用代码校验位不符（应为 " + expected + "），请核对";
        }
        return null;
    }

    public static boolean valid(String code) {
        return problem(code) == null;
    }

    /** The check character of the first 17 characters. */
    public static char check(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int c = 31 - sum % 31;
        return ALPHABET.charAt(c == 31 ? 0 : c);
    }
}

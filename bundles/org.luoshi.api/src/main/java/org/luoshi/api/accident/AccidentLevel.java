package org.luoshi.api.accident;

import java.math.BigDecimal;

/**
 * The four levels of 《生产安全事故报告和调查处理条例》 第三条, lowest first. The level follows from the figures: the highest
 * level any one criterion reaches (deaths, serious injuries including acute industrial poisoning, direct economic loss).
 */
public enum AccidentLevel {
    /** 一般事故: fewer than 3 deaths, fewer than 10 serious injuries, less than 1000 万元 direct loss. */
    GENERAL("一般事故"),
    /** 较大事故: 3–9 deaths, or 10–49 serious injuries, or 1000 万–5000 万元. */
    LARGER("较大事故"),
    /** 重大事故: 10–29 deaths, or 50–99 serious injuries, or 5000 万–1 亿元. */
    MAJOR("重大事故"),
    /** 特别重大事故: 30 or more deaths, or 100 or more serious injuries, or 1 亿元 or more. */
    ESPECIALLY_MAJOR("特别重大事故");

    private final String label;

    AccidentLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The level the figures make (null figures count as 0): "以上" includes the number and "以下" excludes it (第三条
     * 第二款), so 3 deaths is 较大, 10 is 重大, 30 特别重大; 1000 万元 is 较大, 5000 万元 重大, 1 亿元 特别重大.
     *
     * @param lossWan direct economic loss in 万元
     */
    public static AccidentLevel of(Integer deaths, Integer seriousInjuries, BigDecimal lossWan) {
        int d = deaths == null ? 0 : deaths;
        int i = seriousInjuries == null ? 0 : seriousInjuries;
        BigDecimal loss = lossWan == null ? BigDecimal.ZERO : lossWan;
        if (d >= 30 || i >= 100 || loss.compareTo(BigDecimal.valueOf(10_000)) >= 0) {
            return ESPECIALLY_MAJOR;
        }
        if (d >= 10 || i >= 50 || loss.compareTo(BigDecimal.valueOf(5_000)) >= 0) {
            return MAJOR;
        }
        if (d >= 3 || i >= 10 || loss.compareTo(BigDecimal.valueOf(1_000)) >= 0) {
            return LARGER;
        }
        return GENERAL;
    }

    /** Whether this level is {@code other} or above it. */
    public boolean atLeast(AccidentLevel other) {
        return compareTo(other) >= 0;
    }
}

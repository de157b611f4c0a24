package org.luoshi.api.ranking;

/**
 * One indicator of a rule: a figure counted from records over the month ({@code figure}, e.g. {@code hazards?overdue=true}
 * — the form figures of the modules) or a value the evaluator types with a reason ({@code typed}); its points are
 * {@code direction × min(cap, weight × value)}.
 */
public class IndicatorDTO {
    public String id;
    public String name;
    /** {@code <source>?<filters>} of a figure source (hazards, tasks, accidents …); null for a typed indicator. */
    public String figure;
    public boolean typed;
    /** +1 加分 or −1 扣分. */
    public int direction;
    /** Points per unit of the value. */
    public double weight;
    /** The most points it can give or take (0: no cap). */
    public double cap;
    /** For a typed indicator: the range of the value. */
    public double min;
    public double max;
}

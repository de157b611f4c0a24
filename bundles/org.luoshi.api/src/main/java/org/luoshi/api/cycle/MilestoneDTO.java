package org.luoshi.api.cycle;

/**
 * A one-off dated milestone of a cycle, e.g. the end of a phase of a special action (阶段: "企业自查自改 7月底前") or a
 * single report ("专项行动工作总结 2024年3月10日前"). It becomes one period ending on {@link #date}.
 */
public class MilestoneDTO {
    /** Chinese name, used as the period's label, e.g. "动员部署". */
    public String name;
    /** yyyy-MM-dd: the due day (before any rolling), also the last day of the period it closes. */
    public String date;

    public MilestoneDTO() {
    }

    public MilestoneDTO(String name, String date) {
        this.name = name;
        this.date = date;
    }
}

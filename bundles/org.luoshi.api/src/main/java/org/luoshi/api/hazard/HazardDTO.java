package org.luoshi.api.hazard;

/**
 * One row of the problem/hazard rectification list (问题隐患整改清单, form 附件2), scoped to a jurisdiction and a unit.
 * Dates are ISO {@code yyyy-MM-dd} in Asia/Shanghai; instants ISO-8601 with offset.
 */
public class HazardDTO {
    public Long id;
    /** Id of the jurisdiction the record was made under. */
    public String jurisdiction;
    /** Id of the unit the hazard belongs to (the rectifying side's unit); decides who may see it. */
    public String unit;
    public HazardSource source;
    /** 检查单位 */
    public String inspectionUnit;
    /** 检查人 */
    public String inspector;
    /** 检查时间 */
    public String inspectionDate;
    /** 检查方式 */
    public String inspectionMethod;
    /** 问题隐患描述 */
    public String description;
    /** 是否为重大事故隐患 */
    public Boolean major;
    /** 是否挂牌督办 */
    public Boolean listed;
    /** 整改措施 */
    public String measures;
    /** 整改单位 */
    public String rectificationUnit;
    /** 整改责任人 */
    public String rectificationResponsible;
    /** 整改时限 */
    public String deadline;
    /** 整改完成情况 */
    public String progress;
    /** 整改完成时间 */
    public String completedOn;
    /** 防范重复发生的措施 */
    public String recurrencePrevention;
    /** 复查验收情况 */
    public String review;
    /** 复查单位 (as recorded by the reviewer) */
    public String reviewUnit;
    /**
     * The unit whose people review and accept the rectification (复查验收), decided by the service, never by the
     * request: the unit that put the hazard on the list (a superior's finding in a county is accepted by that
     * superior, not by the county), or the unit that listed it (挂牌督办单位). Read-only.
     */
    public String reviewingUnit;
    /** 复查责任人 */
    public String reviewer;
    public HazardStatus status;
    /** The enterprise of the register (企业名录) the hazard is about, when linked; its name as it was then. */
    public Long enterpriseId;
    public String enterpriseName;
    /** Past its deadline and not yet rectified; computed, never stored. */
    public boolean overdue;
    public String createdBy;
    public String createdAt;
    public String updatedAt;
    /** Optimistic-lock version; send it back on update to refuse lost updates. */
    public Long version;
}

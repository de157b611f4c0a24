package org.luoshi.api.spotcheck;

/** A sampled enterprise of a campaign and the inspection it became. */
public class SampleItemDTO {
    public long enterpriseId;
    public String creditCode;
    public String enterpriseName;
    public String sector;
    public String supervisingUnit;
    public String supervisingUnitName;
    /** The draw's key (SHA-256 of seed and credit code, hex): the smallest keys of each sector are drawn. */
    public String key;
    /** The inspection (mechanism 5) made for it, while the inspections module runs. */
    public Long inspectionId;
    /** The inspection's status (DRAFT 待确认, OPEN 检查中, FED_BACK 已反馈, REPORTED, CLOSED), null without one. */
    public String inspectionStatus;
    public boolean inspected;
    public int findings;
    public int hazards;
    /** Not inspected and the campaign's due date has passed. */
    public boolean overdue;
}

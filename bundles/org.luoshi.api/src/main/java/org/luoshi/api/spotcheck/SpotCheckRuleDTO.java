package org.luoshi.api.spotcheck;

/** The spot-check ratio an office's level must meet, from its region's data (模块配置 spotchecks). */
public class SpotCheckRuleDTO {
    public String unit;
    public String unitName;
    /** The region whose enterprises the office checks. */
    public String region;
    public String regionName;
    /** province, city, county or town; with {@code Department} appended for a department of that level. */
    public String level;
    /** 省级, 市级部门, 县级 … */
    public String levelLabel;
    /** Percent; 0 when the region sets none for the level (then the campaign names its own). */
    public int minimumRatio;
    public String basis;
    /** The sectors the region's register uses. */
    public java.util.List<String> sectors = new java.util.ArrayList<>();
    /** Enterprises in the frame now (not closed), over all sectors. */
    public int population;
}

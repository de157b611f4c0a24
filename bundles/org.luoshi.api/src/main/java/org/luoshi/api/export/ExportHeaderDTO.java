package org.luoshi.api.export;

/** The lines around a form's table: 填报单位 and 时间 above it; 审核人, 填报人 and 联系方式 below it. */
public class ExportHeaderDTO {
    /** 填报单位 (the unit's name) */
    public String fillingUnit;
    /** 时间 (yyyy-MM-dd) */
    public String date;
    /** 审核人 (role title) */
    public String reviewer;
    /** 填报人 (role title) */
    public String filler;
    /** 联系方式 */
    public String contact;
}

package org.luoshi.api.jurisdiction;

/**
 * One task of a jurisdiction's task catalog, as printed in its source document: the number, the group it belongs
 * to (for Shuozhou the national measure, 国家要求), the measure text (细化措施), the responsible units (责任单位) and the
 * deadline text (完成时限).
 */
public class CatalogTaskDTO {
    public int number;
    public String group;
    public String measure;
    public String responsibleUnits;
    public String deadline;
}

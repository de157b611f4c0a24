package org.luoshi.api.jurisdiction;

/**
 * An organisational unit: a level's committee office, a department, a county, an enterprise.
 * Its {@code id} is a dotted path from the province down, so the path itself tells what lies below what.
 */
public class UnitDTO {
    public String id;
    public String name;
    /** province, city, county, town, department, enterprise. */
    public String kind;
    /** Id of the unit above, or null for a root. */
    public String parent;
    /** Id of the jurisdiction whose plugin declared the unit. */
    public String jurisdiction;
    /** Prefix of the unit's letter numbers (文号), e.g. 朔安办函; null when the plugin gives none. */
    public String letterPrefix;
}

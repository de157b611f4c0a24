package org.luoshi.api.jurisdiction;

/** An installed jurisdiction: {@code level} is one of province, city, county, town; {@code parent} the id of the one above. */
public class JurisdictionDTO {
    public String id;
    public String name;
    public String level;
    public String parent;
    public String version;
    /** Id of the unit that stands for this jurisdiction's own office (its root unit). */
    public String unit;
    // letters.ladder, letters.responseDays and tipoffs.acceptDays are the mechanisms' own settings now (模块配置,
    // org.luoshi.api.settings): GET /api/settings/{scope}; a plugin's jurisdiction.properties may still give them
}

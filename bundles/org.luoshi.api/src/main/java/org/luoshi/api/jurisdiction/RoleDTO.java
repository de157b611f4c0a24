package org.luoshi.api.jurisdiction;

/**
 * A role of a region's leading group (领导小组: 组长、副组长、成员、办公室主任) as its source document assigns it — by role
 * title (职务), never by a person's name: e.g. 组长 = 局党组书记. From the plugin's {@code roles.tsv}.
 */
public class RoleDTO {
    /** The unit the group belongs to (its bureau, or the group's own unit). */
    public String unit;
    /** The group as printed, e.g. 局重大事故隐患专项排查整治2023行动领导组. */
    public String group;
    /** 组长, 常务副组长, 副组长, 成员, 办公室主任 … */
    public String role;
    /** Who holds it, by title, e.g. 局党组书记; 各股室主要负责人. */
    public String title;
}

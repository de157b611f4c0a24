package org.luoshi.api.jurisdiction;

/** One difference between an installed plugin and its upgrade: a unit, catalog task, cycle, form or module setting. */
public class PluginChangeDTO {
    public static final String ADDED = "ADDED";
    public static final String REMOVED = "REMOVED";
    public static final String CHANGED = "CHANGED";

    /** unit, task, cycle, form, setting, jurisdiction. */
    public String kind;
    /** The unit id, task number (with its part: {@code 11/2}), cycle id, form id or {@code module.key}. */
    public String id;
    /** ADDED, REMOVED or CHANGED. */
    public String change;
    /** Short text of the old and new entry (name, measure …), null where there is none. */
    public String before;
    public String after;

    public PluginChangeDTO() {
    }

    public PluginChangeDTO(String kind, String id, String change, String before, String after) {
        this.kind = kind;
        this.id = id;
        this.change = change;
        this.before = before;
        this.after = after;
    }
}

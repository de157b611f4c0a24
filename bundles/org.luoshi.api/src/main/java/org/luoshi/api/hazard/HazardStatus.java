package org.luoshi.api.hazard;

/** Where a hazard stands in its rectification. */
public enum HazardStatus {
    REGISTERED("已登记"),
    RECTIFYING("整改中"),
    REPORTED("整改完成待验收"),
    ACCEPTED("已复查验收");

    private final String label;

    HazardStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static HazardStatus parse(String text) {
        if (text == null) {
            return null;
        }
        for (HazardStatus s : values()) {
            if (s.name().equalsIgnoreCase(text.trim()) || s.label.equals(text.trim())) {
                return s;
            }
        }
        return null;
    }
}

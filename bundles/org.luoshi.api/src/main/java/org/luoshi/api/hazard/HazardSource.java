package org.luoshi.api.hazard;

/** The six sources of a problem or hazard (seed 000, 一（二）). */
public enum HazardSource {
    SUPERVISION_PATROL("督导巡查"),
    ASSISTANCE("帮扶指导"),
    ENFORCEMENT("执法检查"),
    SELF_REPORT("企业自查自报"),
    TIP_OFF("群众举报核实"),
    ASSIGNED("上级交办");

    private final String label;

    HazardSource(String label) {
        this.label = label;
    }

    /** The Chinese name as printed in the seed. */
    public String label() {
        return label;
    }

    /** Reads a source by its code or its Chinese name; null if neither matches. */
    public static HazardSource parse(String text) {
        if (text == null) {
            return null;
        }
        for (HazardSource s : values()) {
            if (s.name().equalsIgnoreCase(text.trim()) || s.label.equals(text.trim())) {
                return s;
            }
        }
        return null;
    }
}

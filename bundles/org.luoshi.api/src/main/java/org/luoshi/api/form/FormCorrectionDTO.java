package org.luoshi.api.form;

import java.util.ArrayList;
import java.util.List;

/** One correction (更正) of a submitted table: when, by whom, why, and each value before and after. */
public class FormCorrectionDTO {
    public String correctedAt;
    public String correctedBy;
    public String reason;
    public List<Change> changes = new ArrayList<>();

    /** One value changed by a correction (the figure before is kept). */
    public static class Change {
        public String key;
        public String label;
        public String before;
        public String after;
    }
}

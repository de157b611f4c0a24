package org.luoshi.api.form;

/** One field's value in a filled table. */
public class FormValueDTO {
    public String key;
    /** The value as text: a whole number, a decimal, "是"/"否", or text; null when not filled. */
    public String value;
    /** Computed from the records (not typed). */
    public boolean computed;
    /** For a computed value: the list query (a path under the platform's HTTP root) returning the records counted. */
    public String drillDown;

    public FormValueDTO() {
    }

    public FormValueDTO(String key, String value) {
        this.key = key;
        this.value = value;
    }
}

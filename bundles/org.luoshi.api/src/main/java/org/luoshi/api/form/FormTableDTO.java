package org.luoshi.api.form;

import java.util.LinkedHashMap;
import java.util.Map;

/** One table of a form that each reporter fills per period; computed figures count the records of its scope unit. */
public class FormTableDTO {
    /** Stable id, e.g. "section". */
    public String id;
    /** Chinese name, e.g. "本股室". */
    public String name;
    /**
     * Reporter unit id → the unit whose records (it and every unit below it) the computed figures count; a reporter
     * not listed counts its own unit's records.
     */
    public Map<String, String> scopes = new LinkedHashMap<>();
}

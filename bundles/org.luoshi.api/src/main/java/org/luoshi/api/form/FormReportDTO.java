package org.luoshi.api.form;

import java.util.ArrayList;
import java.util.List;

/**
 * A reporter's table for one period: computed figures cumulative to the period's cut-off, typed values, and, once
 * submitted, who submitted it and when (figures are frozen at submission).
 */
public class FormReportDTO {
    public Long id;
    public String jurisdiction;
    public String cycleId;
    public int periodIndex;
    public String periodLabel;
    /** The figure window: first day counted (the cycle's cumulativeFrom or the period start) and last (cut-off). */
    public String figuresFrom;
    public String cutOff;
    public String due;
    /** The reporting unit. */
    public String unit;
    public String unitName;
    /** The table's id and name. */
    public String table;
    public String tableName;
    /** The unit whose records the computed figures count (with every unit below it). */
    public String scope;
    /** OPEN (not yet submitted; figures are live) or SUBMITTED. */
    public String status;
    public String submittedBy;
    public String submittedAt;
    public boolean late;
    /** An open table's draft (暂存): who kept it and when; its values are the ones shown. Null without a draft. */
    public String draftSavedBy;
    public String draftSavedAt;
    /** The corrections of a submitted table, oldest first (the values shown are the corrected ones). */
    public List<FormCorrectionDTO> corrections = new ArrayList<>();
    public List<FormValueDTO> values = new ArrayList<>();

    public String value(String key) {
        return values.stream().filter(v -> key.equals(v.key)).findFirst().map(v -> v.value).orElse(null);
    }
}

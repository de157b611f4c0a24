package org.luoshi.api.summary;

import java.util.ArrayList;
import java.util.List;

/** A level's summary: a row for the unit's own records, a row per unit directly below (with its subtree), and the total. */
public class SummaryDTO {
    public String unit;
    public String asOf;
    public List<UnitSummaryDTO> rows = new ArrayList<>();
    public UnitSummaryDTO total;
    /** The other modules' columns shown ({@link UnitSummaryDTO#more}): key → header, in order. */
    public java.util.Map<String, String> columns = new java.util.LinkedHashMap<>();
}

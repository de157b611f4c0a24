package org.luoshi.api.accident;

import java.util.ArrayList;
import java.util.List;

/**
 * A region rule that fired on accidents: which rule (and where it is written), the territory, which accidents made it
 * fire and why, and what it drafted or proposes.
 */
public class AccidentFiringDTO {
    public Long id;
    public String jurisdiction;
    public String rule;
    public String ruleName;
    public String source;
    public String territory;
    /** Why, in words: e.g. "3 个月内 2 起一般及以上事故（2026-01-05、2026-03-26）". */
    public String explanation;
    public List<Long> accidents = new ArrayList<>();
    public List<AccidentActionDTO> actions = new ArrayList<>();
    public String firedAt;
}

package org.luoshi.api.dispatch;

import java.util.ArrayList;
import java.util.List;

import org.luoshi.api.cycle.PeriodDTO;
import org.luoshi.api.jurisdiction.UnitDTO;

/** Where a period stands: the reports in, and the units that have not reported (未报送单位). */
public class PeriodStatusDTO {
    public String jurisdiction;
    public String cycleId;
    public String cycleName;
    public PeriodDTO period;
    /** Unit id of the collecting office. */
    public String receiver;
    public List<SubmissionDTO> submitted = new ArrayList<>();
    public List<UnitDTO> missing = new ArrayList<>();
    /** The due instant has passed. */
    public boolean overdue;
}

package org.luoshi.api.dispatch;

import org.luoshi.api.cycle.PeriodDTO;

/** A report a unit still owes: the cycle, the period and when it is due (提醒: before the due time). */
public class ReminderDTO {
    public String jurisdiction;
    public String cycleId;
    public String cycleName;
    /** Unit id of the unit that owes the report. */
    public String unit;
    public String unitName;
    /** Unit id of the office that collects it. */
    public String receiver;
    public PeriodDTO period;
    /** Whole hours left until the due instant (0 when under an hour). */
    public long hoursLeft;
}

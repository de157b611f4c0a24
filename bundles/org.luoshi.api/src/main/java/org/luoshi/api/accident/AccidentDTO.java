package org.luoshi.api.accident;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A production safety accident (生产安全事故): when and where, the unit (county or unit below it) it belongs to, its
 * sector (from the region's list), the figures and the level they make, the enterprise, brief facts, whether its
 * reporting was late, omitted, false or concealed, the campaign it falls under, and its follow-up steps.
 */
public class AccidentDTO {
    public Long id;
    public String jurisdiction;
    /** The unit (a county, or a unit below one) the accident belongs to. */
    public String unit;
    /** The county-level territory (属地) the rules count it under; computed. */
    public String territory;
    /** yyyy-MM-dd'T'HH:mm (China time), not in the future */
    public String occurredAt;
    public String place;
    /** 行业领域, one of the region's sectors (see {@link AccidentService#sectors}) */
    public String sector;
    /** Derived from the figures; a level given that contradicts them is refused. */
    public AccidentLevel level;
    public Integer deaths;
    /** 重伤（包括急性工业中毒） */
    public Integer seriousInjuries;
    /** 直接经济损失, 万元 */
    public BigDecimal directLoss;
    /** 事故单位 as written (free text, also for one not in the register). */
    public String enterprise;
    /** The enterprise of the register (企业名录), if named: visible to the recording unit; its name fills {@link #enterprise}. */
    public Long enterpriseId;
    public String facts;
    /** null when reported properly, else {@link #LATE} 迟报, {@link #OMITTED} 漏报, {@link #FALSE} 谎报, {@link #CONCEALED} 瞒报 */
    public String reportingIssue;
    /** The running campaign (专项整治) of the region whose sectors include this accident's, if any; computed. */
    public String campaign;
    /** OPEN (登记), INVESTIGATING (调查中), REPORTED (已出调查报告), CLOSED (已追责结案); follows the steps. */
    public String status;
    public List<AccidentStepDTO> steps = new ArrayList<>();
    /** The rule firings this accident counted in (what they drafted, and why). */
    public List<AccidentFiringDTO> firings = new ArrayList<>();
    public String createdBy;
    public String createdAt;
    public Long version;

    public static final String LATE = "LATE";
    public static final String OMITTED = "OMITTED";
    public static final String FALSE = "FALSE";
    public static final String CONCEALED = "CONCEALED";
}

package org.luoshi.api.inspection;

import java.util.ArrayList;
import java.util.List;

/**
 * An inspection of mechanism 5 (seed 000 五): a 考核巡查 (ASSESSMENT, annual) or a 督导检查 (SUPERVISION, with its
 * trigger) by an inspection group of a unit, of an inspected unit; its methods, findings, the feedback to the
 * inspected unit and the unit's rectification report back. Closed when every finding is closed.
 */
public class InspectionDTO {
    public Long id;
    public String jurisdiction;
    /** ASSESSMENT 考核巡查 or SUPERVISION 督导检查 */
    public String kind;
    /**
     * For SUPERVISION: HOLIDAY 重要节假日, MEETING 重要会议, EVENT 重大活动, ACCIDENT_PRONE 事故多发频发期间,
     * INSTRUCTION 上级指示或工作安排; null for ASSESSMENT.
     */
    public String trigger;
    public String title;
    /** The unit whose committee, office or department organises it (unit id). */
    public String organizer;
    /** 组长单位 / the group's lead (role title or unit name). */
    public String groupLead;
    /** The group's members (role titles or unit names, never personal names). */
    public List<String> groupMembers = new ArrayList<>();
    /** The inspected region, department or enterprise (unit id). */
    public String inspectedUnit;
    /**
     * The enterprise of the register (企业名录) inspected, if any: then the inspected unit is its supervising unit, and
     * findings that become hazards name the enterprise. Its name as registered when the inspection was recorded.
     */
    public Long enterpriseId;
    public String enterpriseName;
    /** yyyy-MM-dd */
    public String startDate;
    public String endDate;
    /**
     * Methods used (seed 000 五（三）): REPORTS 听取汇报, MEETINGS 列席会议, RECORDS 调阅资料、受理来信来电, TALKS 座谈会和个别谈话,
     * SPOT_CHECKS 明查暗访随机抽查, OTHER 经本级安委会批准的其他方式.
     */
    public List<String> methods = new ArrayList<>();
    public List<FindingDTO> findings = new ArrayList<>();
    /** 反馈巡查检查情况: when and what was fed back to the inspected unit. */
    public String feedbackDate;
    public String feedback;
    /** 整改报告 of the inspected unit: when, the report, and the 举一反三 checks of similar cases. */
    public String reportDate;
    public String report;
    public String similarCases;
    /** OPEN → FED_BACK → REPORTED → CLOSED */
    public String status;
    public String createdBy;
    public String createdAt;
    public Long version;
}

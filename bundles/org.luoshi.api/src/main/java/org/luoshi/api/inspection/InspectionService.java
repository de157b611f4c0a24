package org.luoshi.api.inspection;

import java.util.List;

import org.luoshi.api.Actor;
import org.luoshi.api.hazard.HazardDTO;
import org.osgi.annotation.versioning.ProviderType;

/** Mechanism 5: every step is checked, refused with a reason, and audited. */
@ProviderType
public interface InspectionService {
    /** Records an inspection (with any findings) by the organising unit's side. */
    InspectionDTO create(Actor actor, InspectionDTO inspection);

    /**
     * A draft (status DRAFT, 待确认) of an inspection someone else proposes — e.g. a region rule on accidents: checked as
     * {@link #create} would, except that the group, methods and start may be left for the organiser to settle. Nothing
     * happens until the organising side confirms it.
     */
    InspectionDTO propose(Actor actor, InspectionDTO inspection);

    /**
     * The organising side confirms a draft (DRAFT → OPEN), settling what the draft left open from {@code details}
     * (groupLead, groupMembers, startDate, methods, title; null fields keep the draft's): then checked as {@link #create}.
     */
    InspectionDTO confirm(Actor actor, long id, InspectionDTO details);

    /** The organising side decides not to carry out a draft (DRAFT → DISCARDED, 不予开展), with its reason. */
    InspectionDTO discard(Actor actor, long id, String reason);

    /** Adds a finding while the inspection is not closed. */
    InspectionDTO addFinding(Actor actor, long id, FindingDTO finding);

    /**
     * Turns a finding into a hazard-list entry in one step: the hazard takes the finding's unit, description and
     * major mark, source SUPERVISION_PATROL (督导巡查), the organiser as 检查单位; {@code details} carries the rectification
     * fields (measures, rectificationUnit, rectificationResponsible, deadline, inspector). Once per finding.
     */
    InspectionDTO findingToHazard(Actor actor, long id, long findingId, HazardDTO details);

    /** 反馈: the group feeds back to the inspected unit (OPEN → FED_BACK). */
    InspectionDTO feedback(Actor actor, long id, String date, String text);

    /** 整改报告 by the inspected unit, with its 举一反三 checks (FED_BACK → REPORTED). */
    InspectionDTO report(Actor actor, long id, String date, String report, String similarCases);

    /** Closes a finding without a hazard entry (e.g. rectified on the spot), with a note. */
    InspectionDTO closeFinding(Actor actor, long id, long findingId, String note);

    /**
     * Closes the inspection (REPORTED → CLOSED); refused while a finding is open. A finding whose hazard was accepted
     * (复查验收) counts as closed.
     */
    InspectionDTO close(Actor actor, long id);

    InspectionDTO get(Actor actor, long id);

    /** The inspection(s) one of whose findings became this hazard entry (lineage). */
    List<InspectionDTO> byHazard(Actor actor, long hazardId);

    /** The inspections of an enterprise of the register that the caller may see, newest first. */
    List<InspectionDTO> byEnterprise(Actor actor, long enterpriseId);

    /** Inspections organised by or of the caller's units in a jurisdiction, newest first; status/kind optional. */
    List<InspectionDTO> list(Actor actor, String jurisdiction, String kind, String status, int offset, int limit);

    /** How many inspections {@link #list} would answer over all its pages. */
    default long count(Actor actor, String jurisdiction, String kind, String status) {
        return org.luoshi.api.PageDTO.countPages((offset, limit) -> list(actor, jurisdiction, kind, status, offset, limit));
    }
}

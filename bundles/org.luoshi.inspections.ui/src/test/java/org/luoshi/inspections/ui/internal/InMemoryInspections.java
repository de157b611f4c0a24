package org.luoshi.inspections.ui.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.luoshi.api.Actor;
import org.luoshi.api.FieldCheck;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.hazard.HazardDTO;
import org.luoshi.api.hazard.HazardService;
import org.luoshi.api.hazard.HazardSource;
import org.luoshi.api.hazard.HazardStatus;
import org.luoshi.api.inspection.FindingDTO;
import org.luoshi.api.inspection.InspectionDTO;
import org.luoshi.api.inspection.InspectionService;
import org.luoshi.api.jurisdiction.JurisdictionRegistry;
import org.luoshi.api.jurisdiction.UnitDTO;
import org.luoshi.ui.internal.InMemoryServices;

/**
 * A list-backed inspection service with the rules of the real one (org.luoshi.inspections): required fields and their
 * field names, the trigger only for 督导检查, findings within the inspected unit, the organiser's and the inspected unit's
 * steps, a finding made a hazard-list entry once (source 督导巡查), and closing refused while a finding is open.
 */
public final class InMemoryInspections implements InspectionService {
    public static final List<String> KINDS = List.of("ASSESSMENT", "SUPERVISION");
    public static final List<String> TRIGGERS = List.of("HOLIDAY", "MEETING", "EVENT", "ACCIDENT_PRONE", "INSTRUCTION");
    public static final List<String> METHODS = List.of("REPORTS", "MEETINGS", "RECORDS", "TALKS", "SPOT_CHECKS", "OTHER");

    public final List<InspectionDTO> records = new ArrayList<>();
    private final JurisdictionRegistry registry;
    private final HazardService hazards;
    private final AtomicLong ids = new AtomicLong();
    private final AtomicLong findingIds = new AtomicLong(100);

    public InMemoryInspections(JurisdictionRegistry registry, HazardService hazards) {
        this.registry = registry;
        this.hazards = hazards;
    }

    private static LocalDate today() {
        return LocalDate.now(InMemoryServices.ZONE);
    }

    @Override
    public synchronized InspectionDTO create(Actor actor, InspectionDTO in) {
        FieldCheck v = new FieldCheck();
        String jurisdiction = v.text("jurisdiction", "辖区", in.jurisdiction, 40, true);
        String kind = v.text("kind", "巡查检查类型", in.kind, 20, true);
        String title = v.text("title", "名称", in.title, 200, true);
        String organizer = v.text("organizer", "组织单位", in.organizer, 200, true);
        String lead = v.text("groupLead", "巡查检查组组长", in.groupLead, 200, true);
        String inspected = v.text("inspectedUnit", "被巡查检查单位", in.inspectedUnit, 200, true);
        LocalDate start = v.date("startDate", "开始日期", in.startDate, true);
        LocalDate end = v.date("endDate", "结束日期", in.endDate, false);
        if (kind != null && !KINDS.contains(kind)) {
            v.fail("kind", "类型应为 ASSESSMENT（考核巡查）或 SUPERVISION（督导检查）");
        }
        if ("SUPERVISION".equals(kind) && (in.trigger == null || !TRIGGERS.contains(in.trigger))) {
            v.fail("trigger", "督导检查须说明情形：" + String.join("、", TRIGGERS));
        }
        if ("ASSESSMENT".equals(kind) && in.trigger != null && !in.trigger.isBlank()) {
            v.fail("trigger", "考核巡查按年度考核要求开展，不填情形");
        }
        List<String> methods = in.methods == null ? List.of() : in.methods;
        if (methods.isEmpty()) {
            v.fail("methods", "请至少选择一种巡查检查方式");
        }
        if (methods.stream().anyMatch(m -> !METHODS.contains(m))) {
            v.fail("methods", "未知的巡查检查方式");
        }
        if (start != null && start.isAfter(today())) {
            v.fail("startDate", "开始日期不能晚于今天（计划中的巡查检查开始后再登记）");
        }
        if (start != null && end != null && end.isBefore(start)) {
            v.fail("endDate", "结束日期不能早于开始日期");
        }
        v.throwIfInvalid();
        unit(organizer, "organizer");
        unit(inspected, "inspectedUnit");
        if (!actor.canSee(organizer)) {
            throw LuoshiException.forbidden("无权以该单位的名义组织巡查检查");
        }
        List<FindingDTO> findings = in.findings == null ? List.of() : in.findings;
        for (int i = 0; i < findings.size(); i++) {
            checkFinding(findings.get(i), inspected, "findings[" + i + "]");
        }
        InspectionDTO e = new InspectionDTO();
        e.id = ids.incrementAndGet();
        e.jurisdiction = jurisdiction;
        e.kind = kind;
        e.trigger = "SUPERVISION".equals(kind) ? in.trigger : null;
        e.title = title;
        e.organizer = organizer;
        e.groupLead = lead;
        e.groupMembers = new ArrayList<>(in.groupMembers == null ? List.of() : in.groupMembers);
        e.inspectedUnit = inspected;
        e.startDate = start.toString();
        e.endDate = end == null ? null : end.toString();
        e.methods = new ArrayList<>(methods);
        e.status = "OPEN";
        e.createdBy = actor.name();
        e.createdAt = OffsetDateTime.now(InMemoryServices.ZONE).toString();
        e.version = 1L;
        for (FindingDTO f : findings) {
            e.findings.add(newFinding(f));
        }
        records.add(e);
        return copy(e, actor);
    }

    private void checkFinding(FindingDTO f, String inspected, String field) {
        FieldCheck v = new FieldCheck();
        v.text(field + ".description", "问题描述", f.description, 4000, true);
        String u = v.text(field + ".unit", "问题所在单位", f.unit, 200, true);
        v.throwIfInvalid();
        if (!u.equals(inspected) && !u.startsWith(inspected + ".")) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, "问题所在单位须为被巡查检查单位或其下级单位",
                    Map.of(field + ".unit", "不在被巡查检查单位范围内"));
        }
        unit(u, field + ".unit");
    }

    private FindingDTO newFinding(FindingDTO in) {
        FindingDTO f = new FindingDTO();
        f.id = findingIds.incrementAndGet();
        f.description = in.description.strip();
        f.unit = in.unit.strip();
        f.major = in.major;
        return f;
    }

    @Override
    public synchronized InspectionDTO addFinding(Actor actor, long id, FindingDTO finding) {
        return step(actor, id, true, e -> {
            if ("CLOSED".equals(e.status)) {
                throw new LuoshiException(LuoshiException.Kind.CONFLICT, "巡查检查已结束，不能再登记问题");
            }
            checkFinding(finding, e.inspectedUnit, "finding");
            e.findings.add(newFinding(finding));
        });
    }

    @Override
    public synchronized InspectionDTO findingToHazard(Actor actor, long id, long findingId, HazardDTO details) {
        InspectionDTO e = find(actor, id);
        if (!actor.canSee(e.organizer)) {
            throw LuoshiException.forbidden("只有巡查检查组可以把问题列入清单");
        }
        FindingDTO f = e.findings.stream().filter(x -> x.id == findingId).findFirst()
                .orElseThrow(() -> LuoshiException.notFound("巡查检查 " + id + " 没有问题 " + findingId));
        if (f.hazardId != null) {
            throw new LuoshiException(LuoshiException.Kind.CONFLICT, "该问题已列入问题隐患清单（隐患 " + f.hazardId + "）");
        }
        if (f.closedOn != null) {
            throw new LuoshiException(LuoshiException.Kind.CONFLICT, "该问题已销号，不再列入清单");
        }
        HazardDTO d = details == null ? new HazardDTO() : details;
        HazardDTO h = new HazardDTO();
        h.jurisdiction = registry.unit(f.unit).map(u -> u.jurisdiction).orElse(e.jurisdiction);
        h.unit = f.unit;
        h.source = HazardSource.SUPERVISION_PATROL;
        h.inspectionUnit = registry.unit(e.organizer).map(u -> u.name).orElse(e.organizer);
        h.inspector = d.inspector != null ? d.inspector : e.groupLead;
        h.inspectionDate = e.startDate;
        h.inspectionMethod = "SUPERVISION".equals(e.kind) ? "督导检查" : "考核巡查";
        h.description = f.description;
        h.major = f.major;
        h.listed = false;
        h.measures = d.measures;
        h.rectificationUnit = d.rectificationUnit;
        h.rectificationResponsible = d.rectificationResponsible;
        h.deadline = d.deadline;
        // the real hazard list wants a deadline: so does this one
        if (h.deadline == null) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, "输入有误：整改时限不能为空", Map.of("deadline", "整改时限不能为空"));
        }
        f.hazardId = hazards.create(actor, h).id;
        e.version++;
        return copy(e, actor);
    }

    /** A draft as a region rule would propose it: recorded as given, status DRAFT (the real service's checks apply there). */
    @Override
    public synchronized InspectionDTO propose(Actor actor, InspectionDTO in) {
        InspectionDTO e = new InspectionDTO();
        e.id = ids.incrementAndGet();
        e.jurisdiction = in.jurisdiction;
        e.kind = in.kind;
        e.trigger = in.trigger;
        e.title = in.title;
        e.organizer = in.organizer;
        e.groupLead = in.groupLead == null ? "待确定" : in.groupLead;
        e.inspectedUnit = in.inspectedUnit;
        e.startDate = in.startDate == null ? today().toString() : in.startDate;
        e.methods = in.methods == null ? new ArrayList<>() : new ArrayList<>(in.methods);
        e.status = "DRAFT";
        e.version = 0L;
        records.add(e);
        return copy(e, actor);
    }

    @Override
    public synchronized InspectionDTO confirm(Actor actor, long id, InspectionDTO details) {
        return step(actor, id, true, e -> {
            expect(e, "确认开展", "DRAFT");
            if (details != null && details.groupLead != null && !details.groupLead.isBlank()) {
                e.groupLead = details.groupLead.strip();
            }
            if (details != null && details.methods != null) {
                e.methods = new ArrayList<>(details.methods);
            }
            if (details != null && details.startDate != null) {
                e.startDate = details.startDate;
            }
            if ("待确定".equals(e.groupLead) || e.methods.isEmpty()) {
                throw new LuoshiException(LuoshiException.Kind.INVALID, "请确定巡查检查组组长和巡查检查方式",
                        Map.of("groupLead", "请确定巡查检查组组长", "methods", "请至少选择一种巡查检查方式"));
            }
            e.status = "OPEN";
        });
    }

    @Override
    public synchronized InspectionDTO discard(Actor actor, long id, String reason) {
        return step(actor, id, true, e -> {
            expect(e, "不予开展", "DRAFT");
            e.status = "DISCARDED";
            e.feedback = "不予开展：" + reason;
        });
    }

    @Override
    public synchronized InspectionDTO feedback(Actor actor, long id, String date, String text) {
        FieldCheck v = new FieldCheck();
        LocalDate day = v.date("feedbackDate", "反馈日期", date, true);
        String t = v.text("feedback", "反馈情况", text, 8000, true);
        v.throwIfInvalid();
        return step(actor, id, true, e -> {
            expect(e, "反馈", "OPEN");
            checkDay(day, LocalDate.parse(e.startDate), "feedbackDate", "反馈日期");
            e.feedbackDate = day.toString();
            e.feedback = t;
            e.status = "FED_BACK";
        });
    }

    @Override
    public synchronized InspectionDTO report(Actor actor, long id, String date, String report, String similarCases) {
        FieldCheck v = new FieldCheck();
        LocalDate day = v.date("reportDate", "报告日期", date, true);
        String r = v.text("report", "整改报告", report, 8000, true);
        String s = v.text("similarCases", "举一反三情况", similarCases, 8000, true);
        v.throwIfInvalid();
        return step(actor, id, false, e -> {
            expect(e, "报告整改情况", "FED_BACK");
            checkDay(day, LocalDate.parse(e.feedbackDate), "reportDate", "报告日期");
            e.reportDate = day.toString();
            e.report = r;
            e.similarCases = s;
            e.status = "REPORTED";
        });
    }

    @Override
    public synchronized InspectionDTO closeFinding(Actor actor, long id, long findingId, String note) {
        FieldCheck v = new FieldCheck();
        String n = v.text("note", "销号说明", note, 2000, true);
        v.throwIfInvalid();
        return step(actor, id, true, e -> {
            FindingDTO f = e.findings.stream().filter(x -> x.id == findingId).findFirst()
                    .orElseThrow(() -> LuoshiException.notFound("巡查检查 " + id + " 没有问题 " + findingId));
            if (f.hazardId != null) {
                throw new LuoshiException(LuoshiException.Kind.CONFLICT, "该问题已列入问题隐患清单，随隐患复查验收销号");
            }
            if (f.closedOn != null) {
                throw new LuoshiException(LuoshiException.Kind.CONFLICT, "该问题已销号");
            }
            f.closedOn = today().toString();
            f.closingNote = n;
        });
    }

    @Override
    public synchronized InspectionDTO close(Actor actor, long id) {
        InspectionDTO current = get(actor, id);
        List<String> open = new ArrayList<>();
        for (FindingDTO f : current.findings) {
            if (!f.closed) {
                open.add(f.id + "（" + (f.description.length() <= 20 ? f.description : f.description.substring(0, 20) + "…")
                        + "）");
            }
        }
        if (!open.isEmpty()) {
            throw new LuoshiException(LuoshiException.Kind.CONFLICT,
                    "还有 " + open.size() + " 个问题未销号：" + String.join("；", open));
        }
        return step(actor, id, true, e -> {
            expect(e, "结束", "REPORTED");
            e.status = "CLOSED";
        });
    }

    /** The inspections one of whose findings became the hazard entry (declared without @Override: the API grows). */
    public synchronized List<InspectionDTO> byEnterprise(Actor actor, long enterpriseId) {
        return records.stream().filter(e -> visible(actor, e)).filter(e -> Long.valueOf(enterpriseId).equals(e.enterpriseId))
                .map(e -> copy(e, actor)).toList();
    }

    @Override
    public synchronized List<InspectionDTO> byHazard(Actor actor, long hazardId) {
        return records.stream().filter(e -> visible(actor, e))
                .filter(e -> e.findings.stream().anyMatch(f -> f.hazardId != null && f.hazardId == hazardId))
                .map(e -> copy(e, actor)).toList();
    }

    @Override
    public synchronized InspectionDTO get(Actor actor, long id) {
        return copy(find(actor, id), actor);
    }

    @Override
    public synchronized List<InspectionDTO> list(Actor actor, String jurisdiction, String kind, String status, int offset,
            int limit) {
        int lim = limit <= 0 ? 20 : Math.min(limit, 200);
        return records.stream().filter(e -> e.jurisdiction.equals(jurisdiction))
                .filter(e -> kind == null || kind.isBlank() || kind.equals(e.kind))
                .filter(e -> status == null || status.isBlank() || status.equals(e.status)).filter(e -> visible(actor, e))
                .sorted(Comparator.comparing((InspectionDTO e) -> e.startDate).thenComparing(e -> e.id).reversed())
                .skip(Math.max(0, offset)).limit(lim).map(e -> copy(e, actor)).toList();
    }

    private InspectionDTO step(Actor actor, long id, boolean organizer, Consumer<InspectionDTO> change) {
        InspectionDTO e = find(actor, id);
        String side = organizer ? e.organizer : e.inspectedUnit;
        if (!actor.canSee(side)) {
            throw LuoshiException.forbidden("此操作只能由" + (organizer ? "巡查检查组织单位" : "被巡查检查单位") + "办理");
        }
        change.accept(e);
        e.version++;
        return copy(e, actor);
    }

    private static void expect(InspectionDTO e, String what, String status) {
        if (!status.equals(e.status)) {
            throw new LuoshiException(LuoshiException.Kind.CONFLICT, "巡查检查当前状态为 " + e.status + "，不能" + what);
        }
    }

    private static void checkDay(LocalDate day, LocalDate notBefore, String field, String label) {
        if (day.isAfter(today())) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, label + "不能晚于今天", Map.of(field, "不能晚于今天"));
        }
        if (notBefore != null && day.isBefore(notBefore)) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, label + "不能早于 " + notBefore, Map.of(field, "日期过早"));
        }
    }

    private static boolean visible(Actor actor, InspectionDTO e) {
        return actor.canSee(e.organizer) || actor.canSee(e.inspectedUnit);
    }

    private InspectionDTO find(Actor actor, long id) {
        return records.stream().filter(e -> e.id == id && visible(actor, e)).findFirst()
                .orElseThrow(() -> LuoshiException.notFound("巡查检查 " + id + " 不存在或无权查看"));
    }

    private UnitDTO unit(String id, String field) {
        return registry.unit(id).orElseThrow(() -> new LuoshiException(LuoshiException.Kind.INVALID,
                "单位 “" + id + "” 不存在", Map.of(field, "未知单位")));
    }

    /** A copy as the caller sees it: a finding with an accepted hazard counts as closed. */
    private InspectionDTO copy(InspectionDTO e, Actor actor) {
        InspectionDTO d = new InspectionDTO();
        d.id = e.id;
        d.jurisdiction = e.jurisdiction;
        d.kind = e.kind;
        d.trigger = e.trigger;
        d.title = e.title;
        d.organizer = e.organizer;
        d.groupLead = e.groupLead;
        d.groupMembers = new ArrayList<>(e.groupMembers);
        d.inspectedUnit = e.inspectedUnit;
        d.startDate = e.startDate;
        d.endDate = e.endDate;
        d.methods = new ArrayList<>(e.methods);
        d.feedbackDate = e.feedbackDate;
        d.feedback = e.feedback;
        d.reportDate = e.reportDate;
        d.report = e.report;
        d.similarCases = e.similarCases;
        d.status = e.status;
        d.createdBy = e.createdBy;
        d.createdAt = e.createdAt;
        d.version = e.version;
        for (FindingDTO x : e.findings) {
            FindingDTO f = new FindingDTO();
            f.id = x.id;
            f.description = x.description;
            f.unit = x.unit;
            f.major = x.major;
            f.hazardId = x.hazardId;
            f.closedOn = x.closedOn;
            f.closingNote = x.closingNote;
            f.closed = x.closedOn != null || x.hazardId != null && accepted(actor, x.hazardId);
            d.findings.add(f);
        }
        return d;
    }

    private boolean accepted(Actor actor, long hazardId) {
        try {
            return hazards.get(actor, hazardId).status == HazardStatus.ACCEPTED;
        } catch (LuoshiException e) {
            return false;
        }
    }
}

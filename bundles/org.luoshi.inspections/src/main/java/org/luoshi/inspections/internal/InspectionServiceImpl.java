package org.luoshi.inspections.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.luoshi.api.Actor;
import org.luoshi.api.FieldCheck;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.audit.AuditTrail;
import org.luoshi.api.enterprise.EnterpriseDTO;
import org.luoshi.api.enterprise.EnterpriseService;
import org.luoshi.api.hazard.HazardDTO;
import org.luoshi.api.hazard.HazardService;
import org.luoshi.api.hazard.HazardSource;
import org.luoshi.api.hazard.HazardStatus;
import org.luoshi.api.inspection.FindingDTO;
import org.luoshi.api.inspection.InspectionDTO;
import org.luoshi.api.inspection.InspectionService;
import org.luoshi.api.jurisdiction.JurisdictionRegistry;
import org.luoshi.api.jurisdiction.Regions;
import org.luoshi.api.jurisdiction.UnitDTO;
import org.luoshi.api.settings.ModuleSettings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Inspections on JPA: the organiser's group records, feeds back and closes; the inspected unit reports back. */
@Component(service = InspectionService.class)
public class InspectionServiceImpl implements InspectionService {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Map<String, String> KINDS = Map.of("ASSESSMENT", "考核巡查", "SUPERVISION", "督导检查");
    static final Map<String, String> TRIGGERS = new LinkedHashMap<>();
    static final Map<String, String> METHODS = new LinkedHashMap<>();
    static {
        TRIGGERS.put("HOLIDAY", "重要节假日");
        TRIGGERS.put("MEETING", "重要会议");
        TRIGGERS.put("EVENT", "重大活动");
        TRIGGERS.put("ACCIDENT_PRONE", "事故多发频发期间");
        TRIGGERS.put("INSTRUCTION", "工作安排或上级指示要求");
        METHODS.put("REPORTS", "听取被巡查检查地区的工作汇报和有关部门的专题汇报");
        METHODS.put("MEETINGS", "列席被巡查检查地区有关安全生产工作的会议");
        METHODS.put("RECORDS", "调阅有关文件、档案、会议记录等资料，受理反映被巡查检查地区问题的来信、来电等");
        METHODS.put("TALKS", "召开座谈会，向有关人员个别谈话询问情况");
        METHODS.put("SPOT_CHECKS", "以明查暗访随机抽查等方式对有关企业开展专项检查");
        METHODS.put("OTHER", "经本级安委会批准的其他方式");
    }
    static final int MAX_PAGE = 200;

    private final JpaTemplate jpa;
    private final JurisdictionRegistry jurisdictions;
    private final AuditTrail audit;
    private final ObjectMapper json = new ObjectMapper();

    /** The hazard list (mechanism 1): needed only to list a finding and to see whether its hazard was accepted. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile HazardService hazards;

    /**
     * 模块配置: whether inspections are enabled at a unit; an inspection is its organiser's, so the organiser's scope
     * decides every write on it (also an accident rule's draft, which is then recorded as not drafted). Without the
     * service, everything is enabled.
     */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ModuleSettings settings;

    /** The enterprise register: an inspection may be of one of its enterprises (then the inspected unit supervises it). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile EnterpriseService enterprises;

    @Activate
    public InspectionServiceImpl(@Reference(target = "(osgi.unit.name=luoshi-inspections)") JpaTemplate jpa,
            @Reference JurisdictionRegistry jurisdictions, @Reference AuditTrail audit) {
        this.jpa = jpa;
        this.jurisdictions = jurisdictions;
        this.audit = audit;
    }

    private HazardService hazards() {
        HazardService h = hazards;
        if (h == null) {
            throw LuoshiException.unavailable("问题隐患整改清单模块未启用");
        }
        return h;
    }

    @Override
    public InspectionDTO create(Actor actor, InspectionDTO in) {
        return create(actor, in, false);
    }

    @Override
    public InspectionDTO propose(Actor actor, InspectionDTO in) {
        return create(actor, in, true);
    }

    /** A group lead a draft leaves open. */
    static final String LEAD_TO_SETTLE = "待确定";

    private InspectionDTO create(Actor actor, InspectionDTO in, boolean draft) {
        if (in == null) {
            throw LuoshiException.invalid("请求内容为空");
        }
        FieldCheck v = new FieldCheck();
        String jurisdiction = v.text("jurisdiction", "辖区", in.jurisdiction, 40, true);
        String kind = v.text("kind", "巡查检查类型", in.kind, 20, true);
        String title = v.text("title", "名称", in.title, 200, true);
        String organizer = v.text("organizer", "组织单位", in.organizer, 200, true);
        String lead = v.text("groupLead", "巡查检查组组长", in.groupLead, 200, !draft);
        if (lead == null) {
            lead = LEAD_TO_SETTLE;
        }
        String inspectedIn = v.text("inspectedUnit", "被巡查检查单位", in.inspectedUnit, 200, in.enterpriseId == null);
        LocalDate start = v.date("startDate", "开始日期", in.startDate, !draft);
        LocalDate end = v.date("endDate", "结束日期", in.endDate, false);
        LocalDate today = LocalDate.now(ZONE);
        if (kind != null && !KINDS.containsKey(kind)) {
            v.fail("kind", "类型应为 ASSESSMENT（考核巡查）或 SUPERVISION（督导检查）");
        }
        if ("SUPERVISION".equals(kind) && (in.trigger == null || !TRIGGERS.containsKey(in.trigger))) {
            v.fail("trigger", "督导检查须说明情形：" + String.join("、", TRIGGERS.keySet()));
        }
        if ("ASSESSMENT".equals(kind) && in.trigger != null && !in.trigger.isBlank()) {
            v.fail("trigger", "考核巡查按年度考核要求开展，不填情形");
        }
        List<String> methods = in.methods == null ? List.of() : in.methods;
        if (methods.isEmpty() && !draft) {
            v.fail("methods", "请至少选择一种巡查检查方式");
        }
        for (String m : methods) {
            if (!METHODS.containsKey(m)) {
                v.fail("methods", "未知的巡查检查方式 “" + m + "”，可选：" + String.join("、", METHODS.keySet()));
            }
        }
        List<String> members = in.groupMembers == null ? List.of() : in.groupMembers;
        if (members.size() > 50 || members.stream().anyMatch(m -> m == null || m.isBlank() || m.length() > 100)) {
            v.fail("groupMembers", "成员最多 50 个，每个不超过 100 字");
        }
        if (start != null && start.isAfter(today) && !draft) {
            v.fail("startDate", "开始日期不能晚于今天（计划中的巡查检查开始后再登记）");
        }
        if (start != null && end != null && end.isBefore(start)) {
            v.fail("endDate", "结束日期不能早于开始日期");
        }
        v.throwIfInvalid();
        if (jurisdictions.jurisdiction(jurisdiction).isEmpty()) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, "辖区 “" + jurisdiction + "” 未安装",
                    Map.of("jurisdiction", "未知辖区"));
        }
        UnitDTO org = unit(organizer, "organizer");
        if (!jurisdiction.equals(org.jurisdiction)) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, "组织单位 “" + org.name + "” 不属于辖区 " + jurisdiction,
                    Map.of("organizer", "单位不属于该辖区"));
        }
        if (!actor.canSee(organizer)) {
            throw LuoshiException.forbidden("无权以 “" + org.name + "” 的名义组织巡查检查");
        }
        // seed 000: a committee inspects the lower levels' committees, its own member departments and enterprises —
        // within its region, never its own government, a higher level or a sibling region
        String region = Regions.of(jurisdictions, organizer);
        EnterpriseDTO enterprise = in.enterpriseId == null ? null : enterprise(actor, region, in.enterpriseId);
        String inspected = enterprise != null && inspectedIn == null ? enterprise.supervisingUnit : inspectedIn;
        if (enterprise != null && !enterprise.supervisingUnit.equals(inspected)) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, "被检查企业的监管单位是“" + enterprise.supervisingUnitName
                    + "”", Map.of("inspectedUnit", "应为企业的监管单位"));
        }
        unit(inspected, "inspectedUnit");
        // an enterprise of the region may be inspected whoever supervises it (the region's own office included)
        if (enterprise == null && (inspected.equals(organizer) || inspected.equals(region))
                || !Regions.within(region, inspected)) {
            throw new LuoshiException(LuoshiException.Kind.INVALID,
                    "被巡查检查单位须为“" + jurisdictions.unit(region).map(u -> u.name).orElse(region) + "”的部门或下级单位",
                    Map.of("inspectedUnit", "不在组织单位的巡查检查范围内"));
        }
        List<FindingDTO> findings = in.findings == null ? List.of() : in.findings;
        if (draft && !findings.isEmpty()) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, "待确认的巡查检查不能登记问题",
                    Map.of("findings", "确认开展后再登记问题"));
        }
        String groupLead = lead;
        for (int i = 0; i < findings.size(); i++) {
            checkFinding(findings.get(i), inspected, "findings[" + i + "]");
        }
        ModuleSettings.requireEnabled(settings, InspectionSettingsDeclaration.MODULE,
                InspectionSettingsDeclaration.LABEL, organizer);
        return jpa.txExpr(TransactionType.Required, em -> {
            InspectionEntity e = new InspectionEntity();
            e.jurisdiction = jurisdiction;
            e.kind = kind;
            e.triggerKind = "SUPERVISION".equals(kind) ? in.trigger : null;
            e.title = title;
            e.organizer = organizer;
            e.groupLead = groupLead;
            e.groupMembersJson = write(members);
            e.inspectedUnit = inspected;
            e.enterpriseId = enterprise == null ? null : enterprise.id;
            e.enterpriseName = enterprise == null ? null : enterprise.name;
            e.startDate = start != null ? start : today; // a draft's planned start, settled when it is confirmed
            e.endDate = end;
            e.methodsJson = write(methods);
            e.status = draft ? "DRAFT" : "OPEN";
            e.createdBy = actor.name();
            e.createdAt = LocalDateTime.now(ZONE);
            em.persist(e);
            em.flush();
            for (FindingDTO f : findings) {
                persistFinding(em, e.id, f);
            }
            audit.append(actor, draft ? "inspection.propose" : "inspection.create", "inspection", e.id.toString(),
                    null, write(Map.of("kind", kind, "title", title, "inspected", inspected, "findings", findings.size())));
            return toDto(em, e);
        });
    }

    /**
     * The enterprise of the register an inspection is of: one supervised within the organiser's region (read on the
     * organiser's behalf: a committee inspects the enterprises of its region, seed 000 五).
     */
    private EnterpriseDTO enterprise(Actor actor, String region, long id) {
        EnterpriseService register = enterprises;
        if (register == null) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, "企业名录模块未启用，不能按企业登记巡查检查",
                    Map.of("enterpriseId", "企业名录模块未启用"));
        }
        try {
            return register.get(actor.readingAs(region), id);
        } catch (LuoshiException notThere) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, "企业不存在或不在组织单位的辖区内",
                    Map.of("enterpriseId", "企业不存在或不在组织单位的辖区内"));
        }
    }

    private void checkFinding(FindingDTO f, String inspected, String field) {
        FieldCheck v = new FieldCheck();
        if (f == null) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, "问题内容为空", Map.of(field, "缺少内容"));
        }
        v.text(field + ".description", "问题描述", f.description, 4000, true);
        String u = v.text(field + ".unit", "问题所在单位", f.unit, 200, true);
        v.throwIfInvalid();
        if (!u.equals(inspected) && !u.startsWith(inspected + ".")) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, "问题所在单位须为被巡查检查单位或其下级单位",
                    Map.of(field + ".unit", "不在被巡查检查单位范围内"));
        }
        unit(u, field + ".unit");
    }

    private static FindingEntity persistFinding(EntityManager em, Long inspectionId, FindingDTO f) {
        FindingEntity x = new FindingEntity();
        x.inspectionId = inspectionId;
        x.description = f.description.strip();
        x.unit = f.unit.strip();
        x.major = f.major;
        em.persist(x);
        em.flush();
        return x;
    }

    @Override
    public InspectionDTO confirm(Actor actor, long id, InspectionDTO details) {
        InspectionDTO d = details == null ? new InspectionDTO() : details;
        FieldCheck v = new FieldCheck();
        String lead = v.text("groupLead", "巡查检查组组长", d.groupLead, 200, false);
        String title = v.text("title", "名称", d.title, 200, false);
        LocalDate start = v.date("startDate", "开始日期", d.startDate, false);
        if (start != null && start.isAfter(LocalDate.now(ZONE))) {
            v.fail("startDate", "开始日期不能晚于今天（计划中的巡查检查开始后再确认）");
        }
        if (d.methods != null) {
            for (String m : d.methods) {
                if (!METHODS.containsKey(m)) {
                    v.fail("methods", "未知的巡查检查方式 “" + m + "”，可选：" + String.join("、", METHODS.keySet()));
                }
            }
        }
        if (d.groupMembers != null && (d.groupMembers.size() > 50
                || d.groupMembers.stream().anyMatch(m -> m == null || m.isBlank() || m.length() > 100))) {
            v.fail("groupMembers", "成员最多 50 个，每个不超过 100 字");
        }
        v.throwIfInvalid();
        return step(actor, id, true, "inspection.confirm", (em, e) -> {
            expect(e, "确认开展", "DRAFT");
            String settledLead = lead != null ? lead : e.groupLead;
            LocalDate settledStart = start != null ? start : e.startDate;
            // the DTO's lists are never null: an empty one keeps the draft's
            List<String> methods = d.methods != null && !d.methods.isEmpty() ? d.methods : read(e.methodsJson);
            FieldCheck missing = new FieldCheck();
            if (settledLead == null || LEAD_TO_SETTLE.equals(settledLead)) {
                missing.fail("groupLead", "请确定巡查检查组组长");
            }
            if (settledStart == null) {
                missing.fail("startDate", "请填写开始日期");
            } else if (settledStart.isAfter(LocalDate.now(ZONE))) {
                missing.fail("startDate", "开始日期不能晚于今天（计划中的巡查检查开始后再确认）");
            }
            if (methods.isEmpty()) {
                missing.fail("methods", "请至少选择一种巡查检查方式");
            }
            missing.throwIfInvalid();
            e.groupLead = settledLead;
            e.startDate = settledStart;
            e.methodsJson = write(methods);
            if (d.groupMembers != null && !d.groupMembers.isEmpty()) {
                e.groupMembersJson = write(d.groupMembers);
            }
            if (title != null) {
                e.title = title;
            }
            e.status = "OPEN";
        });
    }

    @Override
    public InspectionDTO discard(Actor actor, long id, String reason) {
        FieldCheck v = new FieldCheck();
        String why = v.text("reason", "不予开展的理由", reason, 2000, true);
        v.throwIfInvalid();
        return step(actor, id, true, "inspection.discard", (em, e) -> {
            expect(e, "不予开展", "DRAFT");
            e.status = "DISCARDED";
            e.feedback = "不予开展：" + why;
        });
    }

    @Override
    public InspectionDTO addFinding(Actor actor, long id, FindingDTO finding) {
        return step(actor, id, true, "inspection.finding", (em, e) -> {
            if ("CLOSED".equals(e.status) || "DISCARDED".equals(e.status)) {
                throw new LuoshiException(LuoshiException.Kind.CONFLICT, "巡查检查已结束，不能再登记问题");
            }
            if ("DRAFT".equals(e.status)) {
                throw new LuoshiException(LuoshiException.Kind.CONFLICT, "巡查检查尚待确认开展，确认后再登记问题");
            }
            checkFinding(finding, e.inspectedUnit, "finding");
            persistFinding(em, e.id, finding);
        });
    }

    @Override
    public InspectionDTO findingToHazard(Actor actor, long id, long findingId, HazardDTO details) {
        InspectionDTO inspection = get(actor, id);
        if (!actor.canSee(inspection.organizer)) {
            throw LuoshiException.forbidden("只有巡查检查组（" + name(inspection.organizer) + "）可以把问题列入清单");
        }
        FindingDTO finding = inspection.findings.stream().filter(f -> f.id == findingId).findFirst()
                .orElseThrow(() -> LuoshiException.notFound("巡查检查 " + id + " 没有问题 " + findingId));
        if (finding.hazardId != null) {
            throw new LuoshiException(LuoshiException.Kind.CONFLICT, "该问题已列入问题隐患清单（隐患 " + finding.hazardId + "）");
        }
        if (finding.closed) {
            throw new LuoshiException(LuoshiException.Kind.CONFLICT, "该问题已销号，不再列入清单");
        }
        ModuleSettings.requireEnabled(settings, InspectionSettingsDeclaration.MODULE,
                InspectionSettingsDeclaration.LABEL, inspection.organizer);
        HazardService hazardList = hazards();
        HazardDTO d = details == null ? new HazardDTO() : details;
        HazardDTO h = new HazardDTO();
        h.jurisdiction = jurisdictions.unit(finding.unit).map(u -> u.jurisdiction).orElse(inspection.jurisdiction);
        h.unit = finding.unit;
        h.source = HazardSource.SUPERVISION_PATROL;
        h.inspectionUnit = name(inspection.organizer);
        h.inspector = d.inspector != null ? d.inspector : inspection.groupLead;
        h.inspectionDate = inspection.startDate;
        h.inspectionMethod = KINDS.get(inspection.kind);
        h.description = finding.description;
        h.enterpriseId = inspection.enterpriseId;
        h.major = finding.major;
        h.listed = false;
        h.measures = d.measures;
        h.rectificationUnit = d.rectificationUnit;
        h.rectificationResponsible = d.rectificationResponsible;
        h.deadline = d.deadline;
        // one transaction: the finding's claim, the hazard (written by the lists module, joining it), the link and both
        // audit entries commit together or not at all; a second click waits for the claim's row lock, then finds it taken
        return jpa.txExpr(TransactionType.Required, em -> {
            int claimed = em.createQuery("UPDATE FindingEntity f SET f.hazardId = 0 WHERE f.id = ?1 AND f.hazardId IS NULL")
                    .setParameter(1, findingId).executeUpdate();
            if (claimed != 1) {
                throw new LuoshiException(LuoshiException.Kind.CONFLICT, "该问题正在或已经列入问题隐患清单");
            }
            HazardDTO created = hazardList.create(actor, h);
            return step(actor, id, true, "inspection.finding-to-hazard", (em2, e) -> {
                FindingEntity x = em2.find(FindingEntity.class, findingId);
                em2.refresh(x);
                x.hazardId = created.id;
            });
        });
    }

    @Override
    public InspectionDTO feedback(Actor actor, long id, String date, String text) {
        FieldCheck v = new FieldCheck();
        LocalDate day = v.date("feedbackDate", "反馈日期", date, true);
        String t = v.text("feedback", "反馈情况", text, 8000, true);
        v.throwIfInvalid();
        return step(actor, id, true, "inspection.feedback", (em, e) -> {
            expect(e, "反馈", "OPEN");
            checkDay(day, e.startDate, "feedbackDate", "反馈日期");
            e.feedbackDate = day;
            e.feedback = t;
            e.status = "FED_BACK";
        });
    }

    @Override
    public InspectionDTO report(Actor actor, long id, String date, String report, String similarCases) {
        FieldCheck v = new FieldCheck();
        LocalDate day = v.date("reportDate", "报告日期", date, true);
        String r = v.text("report", "整改报告", report, 8000, true);
        String s = v.text("similarCases", "举一反三情况", similarCases, 8000, true);
        v.throwIfInvalid();
        return step(actor, id, false, "inspection.report", (em, e) -> {
            expect(e, "报告整改情况", "FED_BACK");
            checkDay(day, e.feedbackDate, "reportDate", "报告日期");
            e.reportDate = day;
            e.report = r;
            e.similarCases = s;
            e.status = "REPORTED";
        });
    }

    @Override
    public InspectionDTO closeFinding(Actor actor, long id, long findingId, String note) {
        FieldCheck v = new FieldCheck();
        String n = v.text("note", "销号说明", note, 2000, true);
        v.throwIfInvalid();
        return step(actor, id, true, "inspection.finding-close", (em, e) -> {
            FindingEntity x = em.find(FindingEntity.class, findingId);
            if (x == null || !x.inspectionId.equals(e.id)) {
                throw LuoshiException.notFound("巡查检查 " + id + " 没有问题 " + findingId);
            }
            if (x.hazardId != null) {
                throw new LuoshiException(LuoshiException.Kind.CONFLICT, "该问题已列入问题隐患清单，随隐患复查验收销号");
            }
            if (x.closedOn != null) {
                throw new LuoshiException(LuoshiException.Kind.CONFLICT, "该问题已销号");
            }
            x.closedOn = LocalDate.now(ZONE);
            x.closingNote = n;
        });
    }

    @Override
    public InspectionDTO close(Actor actor, long id) {
        InspectionDTO current = get(actor, id);
        List<String> open = new ArrayList<>();
        for (FindingDTO f : current.findings) {
            if (!f.closed) {
                open.add(f.id + "（" + abbreviate(f.description) + "）");
            }
        }
        if (!open.isEmpty()) {
            throw new LuoshiException(LuoshiException.Kind.CONFLICT, "还有 " + open.size() + " 个问题未销号：" + String.join("；", open));
        }
        return step(actor, id, true, "inspection.close", (em, e) -> {
            expect(e, "结束", "REPORTED");
            e.status = "CLOSED";
        });
    }

    private static String abbreviate(String s) {
        return s.length() <= 20 ? s : s.substring(0, 20) + "…";
    }

    @Override
    public InspectionDTO get(Actor actor, long id) {
        return jpa.txExpr(TransactionType.Required, em -> toDto(em, find(em, actor, id), actor));
    }

    @Override
    public List<InspectionDTO> byHazard(Actor actor, long hazardId) {
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery("SELECT i FROM InspectionEntity i WHERE i.id IN "
                + "(SELECT f.inspectionId FROM FindingEntity f WHERE f.hazardId = ?1) ORDER BY i.id", InspectionEntity.class)
                .setParameter(1, hazardId).getResultList().stream().filter(e -> visible(actor, e))
                .map(e -> toDto(em, e, actor)).toList());
    }

    @Override
    public List<InspectionDTO> byEnterprise(Actor actor, long enterpriseId) {
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery("SELECT i FROM InspectionEntity i WHERE "
                + "i.enterpriseId = ?1 ORDER BY i.startDate DESC, i.id DESC", InspectionEntity.class)
                .setParameter(1, enterpriseId).getResultList().stream().filter(e -> visible(actor, e))
                .map(e -> toDto(em, e, actor)).toList());
    }

    @Override
    public List<InspectionDTO> list(Actor actor, String jurisdiction, String kind, String status, int offset, int limit) {
        int lim = limit <= 0 ? 20 : Math.min(limit, MAX_PAGE);
        return jpa.txExpr(TransactionType.Required, em -> listed(em, actor, jurisdiction, kind, status)
                .skip(Math.max(0, offset)).limit(lim).map(e -> toDto(em, e, actor)).toList());
    }

    @Override
    public long count(Actor actor, String jurisdiction, String kind, String status) {
        return jpa.txExpr(TransactionType.Required, em -> listed(em, actor, jurisdiction, kind, status).count());
    }

    /** The inspections of {@link #list}, newest first, all pages. */
    private java.util.stream.Stream<InspectionEntity> listed(EntityManager em, Actor actor, String jurisdiction,
            String kind, String status) {
        StringBuilder q = new StringBuilder("SELECT i FROM InspectionEntity i WHERE i.jurisdiction = ?1");
        if (kind != null && !kind.isBlank()) {
            q.append(" AND i.kind = ?2");
        }
        if (status != null && !status.isBlank()) {
            q.append(" AND i.status = ?3");
        }
        var query = em.createQuery(q + " ORDER BY i.startDate DESC, i.id DESC", InspectionEntity.class)
                .setParameter(1, jurisdiction);
        if (kind != null && !kind.isBlank()) {
            query.setParameter(2, kind.strip());
        }
        if (status != null && !status.isBlank()) {
            query.setParameter(3, status.strip());
        }
        return query.getResultList().stream().filter(e -> visible(actor, e));
    }

    private interface Change {
        void apply(EntityManager em, InspectionEntity e);
    }

    /** A step by the organiser's group ({@code organizer} true) or by the inspected unit. */
    private InspectionDTO step(Actor actor, long id, boolean organizer, String action, Change change) {
        return jpa.txExpr(TransactionType.Required, em -> {
            InspectionEntity e = find(em, actor, id);
            String side = organizer ? e.organizer : e.inspectedUnit;
            if (!actor.canSee(side)) {
                throw LuoshiException.forbidden("此操作只能由" + (organizer ? "巡查检查组织单位" : "被巡查检查单位") + "（"
                        + name(side) + "）办理");
            }
            ModuleSettings.requireEnabled(settings, InspectionSettingsDeclaration.MODULE,
                    InspectionSettingsDeclaration.LABEL, e.organizer);
            String before = e.status;
            change.apply(em, e);
            em.flush();
            audit.append(actor, action, "inspection", e.id.toString(), before, e.status);
            return toDto(em, e, actor);
        });
    }

    /** The statuses in words, for refusals. */
    static final Map<String, String> STATUS_LABELS = Map.of("DRAFT", "待确认", "DISCARDED", "不予开展", "OPEN", "检查中",
            "FED_BACK", "已反馈", "REPORTED", "已报告整改", "CLOSED", "已结束");

    private static void expect(InspectionEntity e, String what, String status) {
        if (!status.equals(e.status)) {
            throw new LuoshiException(LuoshiException.Kind.CONFLICT, "巡查检查当前状态为“"
                    + STATUS_LABELS.getOrDefault(e.status, e.status) + "”，不能" + what);
        }
    }

    private static void checkDay(LocalDate day, LocalDate notBefore, String field, String label) {
        if (day.isAfter(LocalDate.now(ZONE))) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, label + "不能晚于今天", Map.of(field, "不能晚于今天"));
        }
        if (notBefore != null && day.isBefore(notBefore)) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, label + "不能早于 " + notBefore, Map.of(field, "日期过早"));
        }
    }

    private static boolean visible(Actor actor, InspectionEntity e) {
        return actor.canSee(e.organizer) || actor.canSee(e.inspectedUnit);
    }

    private InspectionEntity find(EntityManager em, Actor actor, long id) {
        InspectionEntity e = em.find(InspectionEntity.class, id);
        if (e == null || !visible(actor, e)) {
            throw LuoshiException.notFound("巡查检查 " + id + " 不存在或无权查看");
        }
        return e;
    }

    private UnitDTO unit(String id, String field) {
        return jurisdictions.unit(id).orElseThrow(() -> new LuoshiException(LuoshiException.Kind.INVALID,
                "单位 “" + id + "” 不存在", Map.of(field, "未知单位")));
    }

    private String name(String unitId) {
        return jurisdictions.unit(unitId).map(u -> u.name).orElse(unitId);
    }

    private InspectionDTO toDto(EntityManager em, InspectionEntity e) {
        return toDto(em, e, null);
    }

    /** A finding with a hazard counts as closed once that hazard is accepted (复查验收), as the caller can see it. */
    private InspectionDTO toDto(EntityManager em, InspectionEntity e, Actor actor) {
        InspectionDTO d = new InspectionDTO();
        d.id = e.id;
        d.jurisdiction = e.jurisdiction;
        d.kind = e.kind;
        d.trigger = e.triggerKind;
        d.title = e.title;
        d.organizer = e.organizer;
        d.groupLead = e.groupLead;
        d.groupMembers = read(e.groupMembersJson);
        d.inspectedUnit = e.inspectedUnit;
        d.enterpriseId = e.enterpriseId;
        d.enterpriseName = e.enterpriseName;
        d.startDate = e.startDate.toString();
        d.endDate = e.endDate == null ? null : e.endDate.toString();
        d.methods = read(e.methodsJson);
        d.feedbackDate = e.feedbackDate == null ? null : e.feedbackDate.toString();
        d.feedback = e.feedback;
        d.reportDate = e.reportDate == null ? null : e.reportDate.toString();
        d.report = e.report;
        d.similarCases = e.similarCases;
        d.status = e.status;
        d.createdBy = e.createdBy;
        d.createdAt = e.createdAt.atZone(ZONE).toOffsetDateTime().toString();
        d.version = e.version;
        for (FindingEntity x : em.createQuery("SELECT f FROM FindingEntity f WHERE f.inspectionId = ?1 ORDER BY f.id",
                FindingEntity.class).setParameter(1, e.id).getResultList()) {
            FindingDTO f = new FindingDTO();
            f.id = x.id;
            f.description = x.description;
            f.unit = x.unit;
            f.major = x.major;
            f.hazardId = x.hazardId == null || x.hazardId == 0 ? null : x.hazardId;
            f.closedOn = x.closedOn == null ? null : x.closedOn.toString();
            f.closingNote = x.closingNote;
            f.closed = x.closedOn != null || x.hazardId != null && actor != null && accepted(actor, x.hazardId);
            d.findings.add(f);
        }
        return d;
    }

    /** Without the hazard list a listed finding counts as open: its acceptance cannot be seen. */
    private boolean accepted(Actor actor, long hazardId) {
        HazardService h = hazards;
        if (h == null) {
            return false;
        }
        try {
            return h.get(actor, hazardId).status == HazardStatus.ACCEPTED;
        } catch (LuoshiException e) {
            return false;
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> read(String text) {
        try {
            return text == null ? new ArrayList<>() : json.readValue(text, new TypeReference<List<String>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.luoshi.listing.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.luoshi.api.Actor;
import org.luoshi.api.FieldCheck;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.audit.AuditTrail;
import org.luoshi.api.hazard.HazardDTO;
import org.luoshi.api.hazard.HazardService;
import org.luoshi.api.hazard.HazardSource;
import org.luoshi.api.jurisdiction.JurisdictionRegistry;
import org.luoshi.api.jurisdiction.UnitDTO;
import org.luoshi.api.listing.ExtensionDTO;
import org.luoshi.api.listing.FollowUpDTO;
import org.luoshi.api.listing.ListingDTO;
import org.luoshi.api.listing.ListingPage;
import org.luoshi.api.listing.ListingQuery;
import org.luoshi.api.listing.ListingRequestDTO;
import org.luoshi.api.listing.ListingService;
import org.luoshi.api.listing.ListingStatus;
import org.luoshi.api.listing.NoticeDTO;
import org.luoshi.api.listing.PlanDTO;
import org.luoshi.api.listing.ProgressReportDTO;
import org.luoshi.api.listing.ReviewDTO;
import org.luoshi.api.listing.SignOffDTO;
import org.luoshi.api.listing.TrackingDTO;
import org.luoshi.api.cycle.CycleDTO;
import org.luoshi.api.cycle.CycleEngine;
import org.luoshi.api.cycle.PeriodDTO;
import org.luoshi.api.people.PersonDTO;
import org.luoshi.api.people.PeopleService;
import org.luoshi.api.settings.ModuleSettings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Listed supervision of major hazards (重大事故隐患挂牌督办) on JPA: who may list ("谁监管、谁挂牌"), the state machine
 * of the flow, and who may take each step. Every step is audited with the record before and after.
 * <p>
 * The hazard list (mechanism 1) is optional: reading listings and every step on an existing listing work without it
 * (a listing keeps its hazard's id, unit and description); only listing a new hazard needs it and is refused as
 * UNAVAILABLE (503) while it is not running.
 */
@Component(service = ListingService.class)
public class ListingServiceImpl implements ListingService {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final List<String> GOVERNMENT_KINDS = List.of("province", "city", "county", "town");
    private static final Map<String, String> TRACKING_METHODS = Map.of("ON_SITE", "现场检查", "VIDEO", "视频调度",
            "PHONE", "电话询问");
    private static final Map<String, String> FOLLOW_UPS = Map.of("CASE_FILED", "立案查处", "ACCOUNTABILITY", "追责问责",
            "EXPOSURE", "公开曝光", "DOUBLE_PENALTY", "一案双罚");

    private final JpaTemplate jpa;
    private final JurisdictionRegistry jurisdictions;
    private final AuditTrail audit;
    private final ObjectMapper json = new ObjectMapper();
    /** The hazard list (mechanism 1), when it runs. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile HazardService hazards;

    /**
     * 模块配置: whether listed supervision is enabled at a unit; a listing is the listing unit's (挂牌督办单位), so its
     * scope decides every write on it. Without the service, everything is enabled.
     */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ModuleSettings settings;

    /** The cycle engine (statutory calendar): when progress reports are due by the notice's rule. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile CycleEngine cycles;

    /** The people register: the 姓名 and 职务 of whoever signs off. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile PeopleService people;

    @Activate
    public ListingServiceImpl(@Reference(target = "(osgi.unit.name=luoshi-listing)") JpaTemplate jpa,
            @Reference JurisdictionRegistry jurisdictions, @Reference AuditTrail audit) {
        this.jpa = jpa;
        this.jurisdictions = jurisdictions;
        this.audit = audit;
    }

    // ---- listing: who lists ------------------------------------------------------------------------------------

    @Override
    public ListingDTO list(Actor actor, ListingRequestDTO in) {
        if (in == null) {
            throw LuoshiException.invalid("请求内容为空");
        }
        FieldCheck v = new FieldCheck();
        String listingUnit = v.text("listingUnit", "挂牌督办单位", in.listingUnit, 200, true);
        String responsible = v.text("listingResponsible", "挂牌督办责任人", in.listingResponsible, 100, true);
        String designatedBy = v.text("designatedBy", "指定单位", in.designatedBy, 200, false);
        String rectUnit = v.text("rectificationUnit", "整改单位", in.rectificationUnit, 200, true);
        String rectResponsible = v.text("rectificationResponsible", "整改责任人", in.rectificationResponsible, 100, true);
        LocalDate deadline = v.date("deadline", "整改时限", in.deadline, true);
        List<String> departments = in.supervisingDepartments == null ? List.of()
                : in.supervisingDepartments.stream().filter(d -> d != null && !d.isBlank()).map(String::strip).distinct().toList();
        if (departments.isEmpty()) {
            v.fail("supervisingDepartments", "请填写负责监管该单位的部门");
        }
        LocalDate today = LocalDate.now(ZONE);
        if (deadline != null && deadline.isBefore(today)) {
            v.fail("deadline", "整改时限不能早于今天");
        }
        NoticeDTO notice = in.notice;
        if (notice == null) {
            v.fail("notice", "请填写挂牌督办通知书");
        } else {
            v.text("notice.hazardBasics", "通知书：隐患基本情况", notice.hazardBasics, 4000, true);
            v.date("notice.planDueDate", "通知书：整改方案报送期限", notice.planDueDate, true);
            if (notice.reportCycle == null || notice.reportCycle.isBlank()) {
                // none written: the jurisdiction's own requirement (模块配置, or the region plugin's), if it has one
                String usual = listingUnit == null ? null : ModuleSettings.text(settings, jurisdictions,
                        ListingSettingsDeclaration.MODULE, ListingSettingsDeclaration.REPORT_CYCLE,
                        jurisdictions.unit(listingUnit).orElse(null));
                notice.reportCycle = usual == null || usual.isBlank() ? null : usual.strip();
            }
            v.text("notice.reportCycle", "通知书：进展报告周期", notice.reportCycle, 200, true);
            UnitDTO listerUnit = listingUnit == null ? null : jurisdictions.unit(listingUnit).orElse(null);
            if (notice.reportRule == null || notice.reportRule.isBlank()) {
                String rule = ModuleSettings.text(settings, jurisdictions, ListingSettingsDeclaration.MODULE,
                        ListingSettingsDeclaration.REPORT_RULE, listerUnit);
                notice.reportRule = rule == null || rule.isBlank() ? null : rule.strip();
            }
            if (notice.reportDueTime == null || notice.reportDueTime.isBlank()) {
                String time = ModuleSettings.text(settings, jurisdictions, ListingSettingsDeclaration.MODULE,
                        ListingSettingsDeclaration.REPORT_DUE_TIME, listerUnit);
                notice.reportDueTime = time == null || time.isBlank() ? null : time.strip();
            }
            if (notice.reportRule != null) {
                CycleEngine engine = cycles;
                if (engine != null) {
                    try {
                        engine.validate(reportCycle(notice, today, 0L));
                    } catch (LuoshiException ex) {
                        v.fail("notice.reportRule", "通知书：进展报告周期规则无法识别（" + notice.reportRule + "）");
                    }
                }
            }
            v.date("notice.completionDeadline", "通知书：整改完成期限", notice.completionDeadline, true);
            v.text("notice.delistingProcedure", "通知书：摘牌销号程序", notice.delistingProcedure, 2000, true);
            v.text("notice.contact", "通知书：联系方式", notice.contact, 200, true);
            v.text("notice.number", "通知书：文号", notice.number, 100, false);
        }
        v.throwIfInvalid();

        HazardService hazardList = hazards();
        HazardDTO hazard = hazardList.get(actor, in.hazardId);
        if (hazard.source == HazardSource.SELF_REPORT && !selfReportedListed(hazard.unit)) {
            throw refuse("hazardId", "本辖区规定企业自查自报的重大事故隐患不挂牌督办，由日常监管部门督促整改");
        }
        if (!Boolean.TRUE.equals(hazard.major)) {
            throw refuse("hazardId", "只有重大事故隐患才能挂牌督办");
        }
        UnitDTO lister = unit(listingUnit, "listingUnit");
        for (String d : departments) {
            unit(d, "supervisingDepartments");
        }
        String localGovernment = government(hazard.unit);
        checkWhoLists(listingUnit, departments, designatedBy, localGovernment);
        if (!actor.canSee(listingUnit)) {
            throw LuoshiException.forbidden("无权以 “" + lister.name + "” 的名义挂牌督办");
        }
        ModuleSettings.requireEnabled(settings, ListingSettingsDeclaration.MODULE, ListingSettingsDeclaration.LABEL,
                listingUnit);
        String listerGovernment = government(listingUnit);
        boolean escalated = !listerGovernment.equals(localGovernment) && localGovernment.startsWith(listerGovernment + ".");

        return jpa.txExpr(TransactionType.Required, em -> {
            long active = em.createQuery("SELECT COUNT(l) FROM ListingEntity l WHERE l.hazardId = ?1 AND l.status <> ?2",
                    Long.class).setParameter(1, hazard.id).setParameter(2, ListingStatus.DELISTED).getSingleResult();
            if (active > 0) {
                throw new LuoshiException(LuoshiException.Kind.CONFLICT, "该隐患已在挂牌督办中");
            }
            ListingEntity e = new ListingEntity();
            e.hazardId = hazard.id;
            e.jurisdiction = hazard.jurisdiction;
            e.unit = hazard.unit;
            e.hazardDescription = hazard.description;
            e.listedOn = today;
            e.listingUnit = listingUnit;
            e.listingResponsible = responsible;
            e.designatedBy = designatedBy;
            e.supervisingDepartments = String.join(",", departments);
            e.escalated = escalated;
            e.rectificationUnit = rectUnit;
            e.rectificationResponsible = rectResponsible;
            e.measures = hazard.measures;
            e.deadline = deadline;
            e.fixNow = in.fixNow;
            e.status = ListingStatus.LISTED;
            e.noticeJson = write(notice);
            e.createdBy = actor.name();
            e.createdAt = LocalDateTime.now(ZONE);
            e.updatedAt = e.createdAt;
            em.persist(e);
            em.flush();
            hazardList.markListed(actor, hazard.id);
            ListingDTO out = toDto(em, e, today);
            audit.append(actor, "listing.create", "listing", e.id.toString(), null, write(out));
            return out;
        });
    }

    /** "谁监管、谁挂牌": one department lists; several → the local government or the lead it designates; or a higher level designates. */
    private void checkWhoLists(String listingUnit, List<String> departments, String designatedBy, String localGovernment) {
        if (designatedBy != null) {
            unit(designatedBy, "designatedBy");
            boolean higherLevel = localGovernment.startsWith(designatedBy + ".");
            boolean localLead = designatedBy.equals(localGovernment) && departments.size() > 1
                    && departments.contains(listingUnit);
            if (!higherLevel && !localLead) {
                throw refuse("designatedBy", "指定挂牌单位须由上级指定，或在涉及多个部门时由属地政府（" + name(localGovernment)
                        + "）指定其中一个牵头部门");
            }
            return;
        }
        if (departments.size() == 1 && !departments.get(0).equals(listingUnit)) {
            throw refuse("listingUnit", "谁监管、谁挂牌：应由负责监管的部门（" + name(departments.get(0)) + "）挂牌督办");
        }
        if (departments.size() > 1 && !listingUnit.equals(localGovernment)) {
            throw refuse("listingUnit", "涉及多个监管部门：应由属地政府（" + name(localGovernment)
                    + "）挂牌督办，或由其指定牵头部门（填写指定单位）");
        }
    }

    // ---- the flow ------------------------------------------------------------------------------------------------

    @Override
    public ListingDTO submitPlan(Actor actor, long id, PlanDTO plan) {
        FieldCheck v = new FieldCheck();
        if (plan == null) {
            throw LuoshiException.invalid("请求内容为空");
        }
        v.text("responsibility", "整改责任（责任）", plan.responsibility, 2000, true);
        v.text("measures", "整改措施（措施）", plan.measures, 4000, true);
        v.text("funds", "整改资金（资金）", plan.funds, 1000, true);
        LocalDate planDeadline = v.date("deadline", "整改时限（时限）", plan.deadline, true);
        v.text("contingency", "应急预案（预案）", plan.contingency, 4000, true);
        if (!v.isValid()) {
            v.throwIfInvalid("整改方案缺少“五到位”要素");
        }
        return step(actor, id, Side.RESPONSIBLE, "listing.plan", (em, e) -> {
            expect(e, "提交整改方案", ListingStatus.LISTED);
            if (planDeadline.isAfter(e.deadline)) {
                throw refuse("deadline", "方案时限（" + planDeadline + "）晚于挂牌督办的整改时限（" + e.deadline + "），请按期整改或申请延期");
            }
            plan.submittedOn = LocalDate.now(ZONE).toString();
            plan.submittedBy = actor.name();
            e.planJson = write(plan);
            e.measures = plan.measures;
            e.status = ListingStatus.RECTIFYING;
        });
    }

    @Override
    public ListingDTO track(Actor actor, long id, TrackingDTO entry) {
        FieldCheck v = new FieldCheck();
        if (entry == null) {
            throw LuoshiException.invalid("请求内容为空");
        }
        String method = v.text("method", "督办方式", entry.method, 20, true);
        LocalDate date = v.date("date", "日期", entry.date, true);
        v.text("person", "督办人", entry.person, 100, true);
        v.text("finding", "督办情况", entry.finding, 4000, true);
        if (method != null && !TRACKING_METHODS.containsKey(method)) {
            v.fail("method", "督办方式应为 ON_SITE（现场检查）、VIDEO（视频调度）或 PHONE（电话询问）");
        }
        notFuture(v, "date", date);
        v.throwIfInvalid();
        return step(actor, id, Side.LISTER, "listing.tracking", (em, e) -> {
            expect(e, "记录督办过程", ListingStatus.LISTED, ListingStatus.RECTIFYING, ListingStatus.EXTENSION_REQUESTED,
                    ListingStatus.COMPLETION_REPORTED);
            entry.recordedBy = actor.name();
            addStep(em, e, ListingStepEntity.TRACKING, entry);
        });
    }

    @Override
    public ListingDTO reportProgress(Actor actor, long id, ProgressReportDTO report) {
        FieldCheck v = new FieldCheck();
        if (report == null) {
            throw LuoshiException.invalid("请求内容为空");
        }
        LocalDate date = v.date("date", "报告日期", report.date, true);
        v.text("text", "整改进展", report.text, 4000, true);
        v.text("documentNumber", "文号", report.documentNumber, 100, false);
        notFuture(v, "date", date);
        v.throwIfInvalid();
        return step(actor, id, Side.RESPONSIBLE, "listing.progress", (em, e) -> {
            expect(e, "报告整改进展", ListingStatus.LISTED, ListingStatus.RECTIFYING, ListingStatus.EXTENSION_REQUESTED);
            if (date.isBefore(e.listedOn)) {
                throw refuse("date", "报告日期不能早于挂牌督办时间（" + e.listedOn + "）");
            }
            report.reportedBy = actor.name();
            report.reportedAt = LocalDateTime.now(ZONE).atZone(ZONE).toOffsetDateTime().toString();
            addStep(em, e, ListingStepEntity.PROGRESS, report);
        });
    }

    @Override
    public ListingDTO signOff(Actor actor, long id, SignOffDTO in) {
        FieldCheck v = new FieldCheck();
        if (in == null) {
            throw LuoshiException.invalid("请求内容为空");
        }
        String role = v.text("role", "签字确认身份", in.role, 100, true);
        LocalDate date = v.date("date", "签字日期", in.date, true);
        String opinion = v.text("opinion", "审核意见", in.opinion, 2000, true);
        notFuture(v, "date", date);
        v.throwIfInvalid();
        return step(actor, id, Side.LISTER, "listing.signoff", (em, e) -> {
            expect(e, "签字确认", ListingStatus.COMPLETION_REPORTED, ListingStatus.ACCEPTED);
            PeopleService register = people;
            PersonDTO me = register == null ? null : register.me(actor);
            if (me == null || me.title == null || me.title.isBlank()) {
                throw refuse("role", "签字确认须由本人账号办理，并在“个人信息”中登记职务");
            }
            List<String> required = signOffsRequired(e.listingUnit);
            if (!required.contains(role)) {
                throw refuse("role", required.isEmpty() ? "本辖区摘牌销号不需要签字确认"
                        : "签字确认身份应为：" + String.join("、", required));
            }
            String seat = signOffSeat(e.listingUnit, role);
            if (seat != null && !actor.units().contains(seat)) {
                throw refuse("role", "“" + role + "”须由" + name(seat) + "的账号本人签字确认");
            }
            if (signOffs(em, e.id).stream().anyMatch(x -> role.equals(x.role))) {
                throw new LuoshiException(LuoshiException.Kind.CONFLICT, "“" + role + "”已签字确认");
            }
            if (e.completedOn != null && date.isBefore(e.completedOn)) {
                throw refuse("date", "签字日期不能早于整改完成时间（" + e.completedOn + "）");
            }
            SignOffDTO x = new SignOffDTO();
            x.role = role;
            x.date = date.toString();
            x.opinion = opinion;
            x.signedBy = actor.name();
            x.signerName = me.name;
            x.signerTitle = me.title.strip();
            addStep(em, e, ListingStepEntity.SIGN_OFF, x);
        });
    }

    @Override
    public ListingDTO requestExtension(Actor actor, long id, ExtensionDTO request) {
        FieldCheck v = new FieldCheck();
        if (request == null) {
            throw LuoshiException.invalid("请求内容为空");
        }
        LocalDate wanted = v.date("requestedDeadline", "申请延期至", request.requestedDeadline, true);
        v.text("explanation", "延期说明", request.explanation, 4000, true);
        v.throwIfInvalid();
        return step(actor, id, Side.RESPONSIBLE, "listing.extension.request", (em, e) -> {
            expect(e, "申请延期", ListingStatus.RECTIFYING);
            if (!wanted.isAfter(e.deadline)) {
                throw refuse("requestedDeadline", "申请的期限应晚于现行整改时限（" + e.deadline + "）");
            }
            request.requestedOn = LocalDate.now(ZONE).toString();
            request.requestedBy = actor.name();
            request.decision = "PENDING";
            request.decisionReason = null;
            request.decidedBy = null;
            request.decidedOn = null;
            addStep(em, e, ListingStepEntity.EXTENSION, request);
            e.status = ListingStatus.EXTENSION_REQUESTED;
        });
    }

    @Override
    public ListingDTO decideExtension(Actor actor, long id, boolean approve, String reason) {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (!approve && why == null) {
            throw refuse("reason", "不同意延期须说明理由");
        }
        return step(actor, id, Side.LISTER, approve ? "listing.extension.approve" : "listing.extension.refuse", (em, e) -> {
            expect(e, "审批延期申请", ListingStatus.EXTENSION_REQUESTED);
            ListingStepEntity pending = em.createQuery("SELECT s FROM ListingStepEntity s WHERE s.listingId = ?1 AND "
                    + "s.kind = ?2 ORDER BY s.id DESC", ListingStepEntity.class).setParameter(1, e.id)
                    .setParameter(2, ListingStepEntity.EXTENSION).setMaxResults(1).getSingleResult();
            ExtensionDTO x = read(pending.json, ExtensionDTO.class);
            x.decision = approve ? "APPROVED" : "REFUSED";
            x.decisionReason = why;
            x.decidedBy = actor.name();
            x.decidedOn = LocalDate.now(ZONE).toString();
            pending.json = write(x);
            if (approve) {
                e.deadline = LocalDate.parse(x.requestedDeadline);
            }
            e.status = ListingStatus.RECTIFYING;
        });
    }

    @Override
    public ListingDTO reportCompletion(Actor actor, long id, String report, String completedOn) {
        FieldCheck v = new FieldCheck();
        String text = v.text("report", "整改完成情况（书面报告）", report, 4000, true);
        LocalDate date = v.date("completedOn", "整改完成时间", completedOn, true);
        notFuture(v, "completedOn", date);
        v.throwIfInvalid();
        return step(actor, id, Side.RESPONSIBLE, "listing.completion", (em, e) -> {
            if (e.status == ListingStatus.LISTED && !e.fixNow) {
                throw new LuoshiException(LuoshiException.Kind.CONFLICT,
                        "尚未提交整改方案：只有立即整改的隐患可以直接报告整改完成");
            }
            expect(e, "报告整改完成", ListingStatus.LISTED, ListingStatus.RECTIFYING);
            if (date.isBefore(e.listedOn)) {
                throw refuse("completedOn", "整改完成时间不能早于挂牌督办时间（" + e.listedOn + "）");
            }
            e.progress = text;
            e.completedOn = date;
            e.status = ListingStatus.COMPLETION_REPORTED;
        });
    }

    @Override
    public ListingDTO delegateReview(Actor actor, long id, String reviewUnit) {
        FieldCheck v = new FieldCheck();
        String unit = v.text("reviewUnit", "受委托的复查验收单位", reviewUnit, 200, true);
        v.throwIfInvalid();
        return step(actor, id, Side.LISTER, "listing.review.delegate", (em, e) -> {
            if (!e.escalated) {
                throw new LuoshiException(LuoshiException.Kind.CONFLICT, "只有提级挂牌督办的隐患才能委托日常监管部门复查验收");
            }
            expect(e, "委托复查验收", ListingStatus.LISTED, ListingStatus.RECTIFYING, ListingStatus.EXTENSION_REQUESTED,
                    ListingStatus.COMPLETION_REPORTED);
            if (!Arrays.asList(e.supervisingDepartments.split(",")).contains(unit)) {
                throw refuse("reviewUnit", "只能委托负责日常监管的部门（" + names(e.supervisingDepartments) + "）复查验收");
            }
            e.delegatedReviewUnit = unit;
        });
    }

    @Override
    public ListingDTO review(Actor actor, long id, ReviewDTO r) {
        FieldCheck v = new FieldCheck();
        if (r == null) {
            throw LuoshiException.invalid("请求内容为空");
        }
        String reviewUnit = v.text("reviewUnit", "复查单位", r.reviewUnit, 200, true);
        String reviewer = v.text("reviewer", "复查责任人", r.reviewer, 100, true);
        // a return is stored as "退回（yyyy-mm-dd）：reason" in the same 4,000 characters
        String opinion = v.text("opinion", r.passed ? "复查验收情况" : "退回理由", r.opinion,
                r.passed ? 4000 : 4000 - "退回（0000-00-00）：".length(), true);
        String document = v.text("acceptanceDocument", "验收文书", r.acceptanceDocument, 200, r.passed);
        LocalDate date = v.date("date", "复查日期", r.date, true);
        notFuture(v, "date", date);
        v.throwIfInvalid();
        return step(actor, id, Side.REVIEWER, r.passed ? "listing.review.accept" : "listing.review.return", (em, e) -> {
            expect(e, "复查验收", ListingStatus.COMPLETION_REPORTED);
            String expected = e.delegatedReviewUnit != null ? e.delegatedReviewUnit : e.listingUnit;
            if (!reviewUnit.equals(expected)) {
                throw refuse("reviewUnit", "复查验收应由 " + name(expected) + " 负责");
            }
            if (r.passed) {
                e.review = opinion;
                e.reviewUnit = reviewUnit;
                e.reviewer = reviewer;
                e.acceptanceDocument = document;
                e.status = ListingStatus.ACCEPTED;
            } else {
                e.review = "退回（" + date + "）：" + opinion;
                e.completedOn = null;
                e.status = ListingStatus.RECTIFYING;
            }
        });
    }

    @Override
    public ListingDTO delist(Actor actor, long id, String date) {
        FieldCheck v = new FieldCheck();
        LocalDate d = v.date("date", "摘牌销号时间", date, true);
        notFuture(v, "date", d);
        v.throwIfInvalid();
        return step(actor, id, Side.LISTER, "listing.delist", (em, e) -> {
            expect(e, "摘牌销号", ListingStatus.ACCEPTED);
            if (e.completedOn != null && d.isBefore(e.completedOn)) {
                throw refuse("date", "摘牌销号时间不能早于整改完成时间（" + e.completedOn + "）");
            }
            List<String> missing = new ArrayList<>(signOffsRequired(e.listingUnit));
            signOffs(em, e.id).forEach(x -> missing.remove(x.role));
            if (!missing.isEmpty()) {
                throw new LuoshiException(LuoshiException.Kind.CONFLICT, "摘牌销号前须经签字确认，尚缺："
                        + String.join("、", missing));
            }
            e.delistedOn = d;
            e.status = ListingStatus.DELISTED;
        });
    }

    @Override
    public ListingDTO addFollowUp(Actor actor, long id, FollowUpDTO f) {
        FieldCheck v = new FieldCheck();
        if (f == null) {
            throw LuoshiException.invalid("请求内容为空");
        }
        String kind = v.text("kind", "后续处理类型", f.kind, 20, true);
        LocalDate date = v.date("date", "日期", f.date, true);
        v.text("description", "情况说明", f.description, 4000, true);
        if (kind != null && !FOLLOW_UPS.containsKey(kind)) {
            v.fail("kind", "类型应为 CASE_FILED（立案查处）、ACCOUNTABILITY（追责问责）、EXPOSURE（公开曝光）或 DOUBLE_PENALTY（一案双罚）");
        }
        if ("DOUBLE_PENALTY".equals(kind)) {
            v.text("enterprisePenalty", "对企业的处罚", f.enterprisePenalty, 1000, true);
            v.text("principalPenalty", "对主要负责人的处罚", f.principalPenalty, 1000, true);
        }
        notFuture(v, "date", date);
        v.throwIfInvalid();
        return step(actor, id, Side.LISTER, "listing.followup", (em, e) -> {
            f.recordedBy = actor.name();
            addStep(em, e, ListingStepEntity.FOLLOW_UP, f);
        });
    }

    // ---- reading -------------------------------------------------------------------------------------------------

    @Override
    public ListingDTO get(Actor actor, long id) {
        LocalDate today = LocalDate.now(ZONE);
        return jpa.txExpr(TransactionType.Required, em -> toDto(em, find(em, actor, id), today));
    }

    @Override
    public ListingPage search(Actor actor, ListingQuery q) {
        ListingQuery query = q == null ? new ListingQuery() : q;
        int limit = query.limit <= 0 ? 20 : Math.min(query.limit, 200);
        int offset = Math.max(0, query.offset);
        LocalDate today = LocalDate.now(ZONE);
        String order = org.luoshi.api.Sorting.orderBy(query.sort, "l", ListingQuery.SORTS, " ORDER BY l.id DESC");
        StringBuilder where = new StringBuilder(" WHERE (");
        List<Object> params = new ArrayList<>();
        List<String> scope = actor.units();
        if (scope.isEmpty()) {
            return new ListingPage();
        }
        for (int i = 0; i < scope.size(); i++) {
            String u = scope.get(i);
            for (String field : new String[] {"l.unit", "l.listingUnit"}) {
                where.append(params.isEmpty() ? "" : " OR ").append(field).append(" = ?").append(params.size() + 1)
                        .append(" OR ").append(field).append(" LIKE ?").append(params.size() + 2);
                params.add(u);
                params.add(u + ".%");
            }
        }
        where.append(")");
        if (query.jurisdiction != null && !query.jurisdiction.isBlank()) {
            params.add(query.jurisdiction.strip());
            where.append(" AND l.jurisdiction = ?").append(params.size());
        }
        if (query.unit != null && !query.unit.isBlank()) {
            String u = query.unit.strip();
            params.add(u);
            params.add(u + ".%");
            where.append(" AND (l.unit = ?").append(params.size() - 1).append(" OR l.unit LIKE ?").append(params.size())
                    .append(" OR l.listingUnit = ?").append(params.size() - 1).append(" OR l.listingUnit LIKE ?")
                    .append(params.size()).append(")");
        }
        if (query.hazardId != null) {
            params.add(query.hazardId.longValue());
            where.append(" AND l.hazardId = ?").append(params.size());
        }
        if (query.status != null) {
            params.add(query.status);
            where.append(" AND l.status = ?").append(params.size());
        }
        if (query.text != null && !query.text.isBlank()) {
            params.add("%" + query.text.strip().replace("%", "").replace("_", "") + "%");
            where.append(" AND l.hazardDescription LIKE ?").append(params.size());
        }
        if (query.overdue != null) {
            params.add(today);
            String overdue = "(l.status IN ('LISTED', 'RECTIFYING', 'EXTENSION_REQUESTED') AND l.deadline < ?" + params.size() + ")";
            where.append(query.overdue ? " AND " + overdue : " AND NOT " + overdue);
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            var count = em.createQuery("SELECT COUNT(l) FROM ListingEntity l" + where, Long.class);
            var rows = em.createQuery("SELECT l FROM ListingEntity l" + where + order, ListingEntity.class);
            for (int i = 0; i < params.size(); i++) {
                count.setParameter(i + 1, params.get(i));
                rows.setParameter(i + 1, params.get(i));
            }
            ListingPage page = new ListingPage();
            page.total = count.getSingleResult();
            List<ListingEntity> found = rows.setFirstResult(offset).setMaxResults(limit).getResultList();
            // the page's steps in one query, not one per listing
            Map<Long, List<ListingStepEntity>> steps = new java.util.HashMap<>();
            if (!found.isEmpty()) {
                for (ListingStepEntity s : em.createQuery("SELECT s FROM ListingStepEntity s WHERE s.listingId IN ?1 "
                        + "ORDER BY s.id", ListingStepEntity.class).setParameter(1, found.stream().map(e -> e.id).toList())
                        .getResultList()) {
                    steps.computeIfAbsent(s.listingId, k -> new ArrayList<>()).add(s);
                }
            }
            for (ListingEntity e : found) {
                page.items.add(toDto(e, steps.getOrDefault(e.id, List.of()), today));
            }
            page.offset = offset;
            page.limit = limit;
            return page;
        });
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    /** The hazard list, or UNAVAILABLE while mechanism 1 is not running. */
    private HazardService hazards() {
        HazardService h = hazards;
        if (h == null) {
            throw LuoshiException.unavailable("问题隐患整改清单模块未启用");
        }
        return h;
    }

    /** Who may take a step: the side that rectifies, the lister, or the reviewing unit. */
    private enum Side { RESPONSIBLE, LISTER, REVIEWER }

    private interface Change {
        void apply(EntityManager em, ListingEntity e);
    }

    private ListingDTO step(Actor actor, long id, Side side, String action, Change change) {
        LocalDate today = LocalDate.now(ZONE);
        return jpa.txExpr(TransactionType.Required, em -> {
            ListingEntity e = find(em, actor, id);
            String unit = switch (side) {
                case RESPONSIBLE -> e.unit;
                case LISTER -> e.listingUnit;
                case REVIEWER -> e.delegatedReviewUnit != null ? e.delegatedReviewUnit : e.listingUnit;
            };
            if (!actor.canSee(unit)) {
                String who = switch (side) {
                    case RESPONSIBLE -> "整改责任方";
                    case LISTER -> "挂牌督办单位";
                    case REVIEWER -> "复查验收单位";
                };
                throw LuoshiException.forbidden("此操作只能由" + who + "（" + name(unit) + "）办理");
            }
            ModuleSettings.requireEnabled(settings, ListingSettingsDeclaration.MODULE, ListingSettingsDeclaration.LABEL,
                    e.listingUnit);
            String before = write(toDto(em, e, today));
            change.apply(em, e);
            e.updatedAt = LocalDateTime.now(ZONE);
            em.flush();
            ListingDTO out = toDto(em, e, today);
            audit.append(actor, action, "listing", e.id.toString(), before, write(out));
            return out;
        });
    }

    private static void expect(ListingEntity e, String what, ListingStatus... allowed) {
        if (!Arrays.asList(allowed).contains(e.status)) {
            List<String> labels = Arrays.stream(allowed).map(ListingStatus::label).toList();
            throw new LuoshiException(LuoshiException.Kind.CONFLICT, "当前状态为“" + e.status.label() + "”，不能" + what
                    + "（仅限：" + String.join("、", labels) + "）");
        }
    }

    private static void notFuture(FieldCheck v, String field, LocalDate date) {
        if (date != null && date.isAfter(LocalDate.now(ZONE))) {
            v.fail(field, "日期不能晚于今天");
        }
    }

    private ListingEntity find(EntityManager em, Actor actor, long id) {
        ListingEntity e = em.find(ListingEntity.class, id);
        if (e == null || !(actor.canSee(e.unit) || actor.canSee(e.listingUnit)
                || e.delegatedReviewUnit != null && actor.canSee(e.delegatedReviewUnit))) {
            throw LuoshiException.notFound("挂牌督办记录 " + id + " 不存在或无权查看");
        }
        return e;
    }

    private void addStep(EntityManager em, ListingEntity e, String kind, Object dto) {
        ListingStepEntity s = new ListingStepEntity();
        s.listingId = e.id;
        s.kind = kind;
        s.json = write(dto);
        s.recordedAt = LocalDateTime.now(ZONE);
        em.persist(s);
    }

    private UnitDTO unit(String id, String field) {
        return jurisdictions.unit(id).orElseThrow(() -> refuse(field, "单位 “" + id + "” 不存在"));
    }

    /** The nearest government-level unit at or above a unit (a department's is its parent's). */
    private String government(String unitId) {
        String id = unitId;
        while (id != null) {
            Optional<UnitDTO> u = jurisdictions.unit(id);
            if (u.isPresent() && GOVERNMENT_KINDS.contains(u.get().kind)) {
                return id;
            }
            int dot = id.lastIndexOf('.');
            id = dot < 0 ? null : id.substring(0, dot);
        }
        return unitId;
    }

    private String name(String unitId) {
        return jurisdictions.unit(unitId).map(u -> u.name).orElse(unitId);
    }

    private String names(String commaSeparated) {
        return String.join("、", Arrays.stream(commaSeparated.split(",")).map(this::name).toList());
    }

    private static LuoshiException refuse(String field, String message) {
        return new LuoshiException(LuoshiException.Kind.INVALID, message, Map.of(field, message));
    }

    private ListingDTO toDto(EntityManager em, ListingEntity e, LocalDate today) {
        return toDto(e, e.id == null ? List.of() : em.createQuery(
                "SELECT s FROM ListingStepEntity s WHERE s.listingId = ?1 ORDER BY s.id", ListingStepEntity.class)
                .setParameter(1, e.id).getResultList(), today);
    }

    private ListingDTO toDto(ListingEntity e, List<ListingStepEntity> steps, LocalDate today) {
        ListingDTO d = new ListingDTO();
        d.id = e.id;
        d.hazardId = e.hazardId;
        d.jurisdiction = e.jurisdiction;
        d.unit = e.unit;
        d.hazardDescription = e.hazardDescription;
        d.listedOn = str(e.listedOn);
        d.listingUnit = e.listingUnit;
        d.listingResponsible = e.listingResponsible;
        d.designatedBy = e.designatedBy;
        d.escalated = e.escalated;
        d.rectificationUnit = e.rectificationUnit;
        d.rectificationResponsible = e.rectificationResponsible;
        d.measures = e.measures;
        d.deadline = str(e.deadline);
        d.fixNow = e.fixNow;
        d.progress = e.progress;
        d.completedOn = str(e.completedOn);
        d.review = e.review;
        d.reviewUnit = e.reviewUnit;
        d.reviewer = e.reviewer;
        d.acceptanceDocument = e.acceptanceDocument;
        d.delegatedReviewUnit = e.delegatedReviewUnit;
        d.delistedOn = str(e.delistedOn);
        d.status = e.status;
        d.overdue = e.deadline.isBefore(today) && (e.status == ListingStatus.LISTED
                || e.status == ListingStatus.RECTIFYING || e.status == ListingStatus.EXTENSION_REQUESTED);
        d.notice = e.noticeJson == null ? null : read(e.noticeJson, NoticeDTO.class);
        d.plan = e.planJson == null ? null : read(e.planJson, PlanDTO.class);
        for (ListingStepEntity s : steps) {
            switch (s.kind) {
                case ListingStepEntity.TRACKING -> d.tracking.add(read(s.json, TrackingDTO.class));
                case ListingStepEntity.EXTENSION -> d.extensions.add(read(s.json, ExtensionDTO.class));
                case ListingStepEntity.PROGRESS -> d.progressReports.add(read(s.json, ProgressReportDTO.class));
                case ListingStepEntity.SIGN_OFF -> d.signOffs.add(read(s.json, SignOffDTO.class));
                default -> d.followUps.add(read(s.json, FollowUpDTO.class));
            }
        }
        boolean underWay = e.status == ListingStatus.LISTED || e.status == ListingStatus.RECTIFYING
                || e.status == ListingStatus.EXTENSION_REQUESTED;
        LocalDate planDue = d.notice == null ? null : date(d.notice.planDueDate);
        d.planOverdue = e.status == ListingStatus.LISTED && e.planJson == null && planDue != null
                && planDue.isBefore(today);
        if (underWay && d.notice != null && d.notice.reportRule != null) {
            reportSchedule(d, e, today);
        }
        d.signOffsRequired = signOffsRequired(e.listingUnit);
        d.createdBy = e.createdBy;
        d.version = e.version;
        return d;
    }

    /** A listing notice's progress-report rule as a cycle counted from the listing day (自交办之日起). */
    private static CycleDTO reportCycle(NoticeDTO notice, LocalDate listedOn, Long id) {
        CycleDTO c = new CycleDTO();
        c.id = "listing-" + id;
        c.name = "挂牌督办整改进展报告";
        c.rrule = notice.reportRule;
        c.start = listedOn.toString();
        c.dueTime = notice.reportDueTime == null ? CycleDTO.DEFAULT_DUE_TIME : notice.reportDueTime;
        c.rollToWorkingDay = true;
        c.periodKind = CycleDTO.SINCE_PREVIOUS;
        return c;
    }

    /**
     * When reports were due since the listing and which windows got none: a report day counts as met when a report is
     * dated within its window (after the previous report day, up to its own); the next report day is the first ahead.
     */
    private void reportSchedule(ListingDTO d, ListingEntity e, LocalDate today) {
        CycleEngine engine = cycles;
        if (engine == null) {
            return;
        }
        CycleDTO c = reportCycle(d.notice, e.listedOn, e.id);
        java.time.Instant now = java.time.Instant.now();
        try {
            schedule(d, e.listedOn, engine.periods(c, e.listedOn, today), engine.nextDue(c, now), now);
        } catch (LuoshiException | java.time.DateTimeException ex) {
            // a rule that no longer reads leaves the listing without a schedule; the notice's text still says it
            d.nextReportDue = null;
        }
    }

    /**
     * Report days (due instants) passed since the listing day: each is met by a report dated within its window — after
     * the previous report day, up to its own day; {@code reportsMissed} counts those that were not, {@code
     * progressOverdue} says the latest was not.
     */
    static void schedule(ListingDTO d, LocalDate listedOn, List<PeriodDTO> periods, PeriodDTO next,
            java.time.Instant now) {
        LocalDate windowStart = listedOn;
        boolean lastMissed = false;
        d.reportsMissed = 0;
        for (PeriodDTO p : periods) {
            java.time.OffsetDateTime due = java.time.OffsetDateTime.parse(p.due);
            if (!due.toInstant().isBefore(now)) {
                break;
            }
            LocalDate dueDay = due.toLocalDate();
            LocalDate from = windowStart;
            boolean met = d.progressReports.stream().map(r -> LocalDate.parse(r.date))
                    .anyMatch(r -> !r.isBefore(from) && !r.isAfter(dueDay));
            if (!met) {
                d.reportsMissed++;
            }
            lastMissed = !met;
            windowStart = dueDay.plusDays(1);
        }
        d.progressOverdue = lastMissed;
        d.nextReportDue = next == null ? null : next.due;
    }

    private static LocalDate date(String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException ex) {
            return null;
        }
    }

    /**
     * The roles the region requires to sign off before 摘牌销号 (listing.delistSignOffs, comma- or 、-separated; a role may
     * say where it sits, {@code 县相关分管领导@county}: the signer's account belongs to the nearest county, city, province
     * or town unit at or above the listing unit).
     */
    private List<String> signOffsRequired(String listingUnit) {
        return signOffSpecs(listingUnit).stream().map(r -> r.contains("@") ? r.substring(0, r.indexOf('@')).strip() : r)
                .distinct().toList();
    }

    private List<String> signOffSpecs(String listingUnit) {
        String text = ModuleSettings.text(settings, jurisdictions, ListingSettingsDeclaration.MODULE,
                ListingSettingsDeclaration.DELIST_SIGN_OFFS, jurisdictions.unit(listingUnit).orElse(null));
        List<String> out = new ArrayList<>();
        if (text != null) {
            for (String r : text.split("[,，、]")) {
                if (!r.isBlank() && !out.contains(r.strip())) {
                    out.add(r.strip());
                }
            }
        }
        return out;
    }

    /** The unit whose account must sign as the role (role@kind), or null when the role names no seat. */
    private String signOffSeat(String listingUnit, String role) {
        for (String spec : signOffSpecs(listingUnit)) {
            int at = spec.indexOf('@');
            if (at > 0 && spec.substring(0, at).strip().equals(role)) {
                String kind = spec.substring(at + 1).strip();
                for (String id = listingUnit; id != null; id = id.contains(".") ? id.substring(0, id.lastIndexOf('.')) : null) {
                    Optional<UnitDTO> u = jurisdictions.unit(id);
                    if (u.isPresent() && kind.equals(u.get().kind)) {
                        return id;
                    }
                }
                throw new LuoshiException(LuoshiException.Kind.CONFLICT, "本辖区规定“" + role + "”由" + kind
                        + "级签字确认，但挂牌督办单位之上没有该级单位");
            }
        }
        return null;
    }

    private List<SignOffDTO> signOffs(EntityManager em, long listingId) {
        return em.createQuery("SELECT s FROM ListingStepEntity s WHERE s.listingId = ?1 AND s.kind = ?2 ORDER BY s.id",
                ListingStepEntity.class).setParameter(1, listingId).setParameter(2, ListingStepEntity.SIGN_OFF)
                .getResultList().stream().map(s -> read(s.json, SignOffDTO.class)).toList();
    }

    private static String str(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private String write(Object dto) {
        try {
            return json.writeValueAsString(dto);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** The region's rule (模块配置 / region data listing.listSelfReported) for the hazard's unit. */
    private boolean selfReportedListed(String unit) {
        return "true".equalsIgnoreCase(ModuleSettings.text(settings, jurisdictions, ListingSettingsDeclaration.MODULE,
                ListingSettingsDeclaration.LIST_SELF_REPORTED, jurisdictions.unit(unit).orElse(null)));
    }

}

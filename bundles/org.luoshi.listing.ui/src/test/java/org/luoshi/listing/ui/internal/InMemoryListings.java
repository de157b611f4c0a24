package org.luoshi.listing.ui.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.luoshi.api.Actor;
import org.luoshi.api.FieldCheck;
import org.luoshi.api.LuoshiException;
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
import org.luoshi.ui.internal.InMemoryServices;

/**
 * A list-backed listed supervision with the state rules of the real service: who may list ("谁监管、谁挂牌"), the plan's
 * five elements, the state machine LISTED → RECTIFYING → [EXTENSION_REQUESTED → RECTIFYING] → COMPLETION_REPORTED →
 * ACCEPTED → DELISTED (fix-now hazards may report completion straight from LISTED), and the checks of each step.
 * Who may take a step is simplified to "may see the listing".
 */
public final class InMemoryListings implements ListingService {
    private static final List<String> GOVERNMENT_KINDS = List.of("province", "city", "county", "town");
    private static final List<String> METHODS = List.of("ON_SITE", "VIDEO", "PHONE");
    private static final List<String> FOLLOW_UPS = List.of("CASE_FILED", "ACCOUNTABILITY", "EXPOSURE", "DOUBLE_PENALTY");

    public final List<ListingDTO> records = new ArrayList<>();
    /** Supervising departments by listing id (not part of the DTO). */
    private final Map<Long, List<String>> departments = new java.util.HashMap<>();
    private final HazardService hazards;
    private final JurisdictionRegistry registry;
    private final AtomicLong ids = new AtomicLong();

    public InMemoryListings(HazardService hazards, JurisdictionRegistry registry) {
        this.hazards = hazards;
        this.registry = registry;
    }

    @Override
    public synchronized ListingDTO list(Actor actor, ListingRequestDTO in) {
        FieldCheck v = new FieldCheck();
        String listingUnit = v.text("listingUnit", "挂牌督办单位", in.listingUnit, 200, true);
        String responsible = v.text("listingResponsible", "挂牌督办责任人", in.listingResponsible, 100, true);
        String designatedBy = v.text("designatedBy", "指定单位", in.designatedBy, 200, false);
        String rectUnit = v.text("rectificationUnit", "整改单位", in.rectificationUnit, 200, true);
        String rectResponsible = v.text("rectificationResponsible", "整改责任人", in.rectificationResponsible, 100, true);
        LocalDate deadline = v.date("deadline", "整改时限", in.deadline, true);
        List<String> depts = in.supervisingDepartments == null ? List.of()
                : in.supervisingDepartments.stream().filter(d -> d != null && !d.isBlank()).distinct().toList();
        if (depts.isEmpty()) {
            v.fail("supervisingDepartments", "请填写负责监管该单位的部门");
        }
        if (deadline != null && deadline.isBefore(today())) {
            v.fail("deadline", "整改时限不能早于今天");
        }
        NoticeDTO notice = in.notice;
        if (notice == null) {
            v.fail("notice", "请填写挂牌督办通知书");
        } else {
            v.text("notice.hazardBasics", "通知书：隐患基本情况", notice.hazardBasics, 4000, true);
            v.date("notice.planDueDate", "通知书：整改方案报送期限", notice.planDueDate, true);
            v.text("notice.reportCycle", "通知书：进展报告周期", notice.reportCycle, 200, true);
            v.date("notice.completionDeadline", "通知书：整改完成期限", notice.completionDeadline, true);
            v.text("notice.delistingProcedure", "通知书：摘牌销号程序", notice.delistingProcedure, 2000, true);
            v.text("notice.contact", "通知书：联系方式", notice.contact, 200, true);
        }
        v.throwIfInvalid();
        HazardDTO hazard = hazards.get(actor, in.hazardId);
        if (hazard.source == HazardSource.SELF_REPORT) {
            throw refuse("hazardId", "企业自查自报的隐患不挂牌督办，由日常监管部门督促整改");
        }
        if (!Boolean.TRUE.equals(hazard.major)) {
            throw refuse("hazardId", "只有重大事故隐患才能挂牌督办");
        }
        unit(listingUnit, "listingUnit");
        depts.forEach(d -> unit(d, "supervisingDepartments"));
        String local = government(hazard.unit);
        if (designatedBy != null) {
            unit(designatedBy, "designatedBy");
            boolean higher = local.startsWith(designatedBy + ".");
            boolean lead = designatedBy.equals(local) && depts.size() > 1 && depts.contains(listingUnit);
            if (!higher && !lead) {
                throw refuse("designatedBy", "指定挂牌单位须由上级指定，或在涉及多个部门时由属地政府（" + name(local)
                        + "）指定其中一个牵头部门");
            }
        } else if (depts.size() == 1 && !depts.get(0).equals(listingUnit)) {
            throw refuse("listingUnit", "谁监管、谁挂牌：应由负责监管的部门（" + name(depts.get(0)) + "）挂牌督办");
        } else if (depts.size() > 1 && !listingUnit.equals(local)) {
            throw refuse("listingUnit", "涉及多个监管部门：应由属地政府（" + name(local) + "）挂牌督办，或由其指定牵头部门（填写指定单位）");
        }
        if (records.stream().anyMatch(l -> l.hazardId == hazard.id && l.status != ListingStatus.DELISTED)) {
            throw new LuoshiException(LuoshiException.Kind.CONFLICT, "该隐患已在挂牌督办中");
        }
        String listerGovernment = government(listingUnit);
        ListingDTO l = new ListingDTO();
        l.id = ids.incrementAndGet();
        l.hazardId = hazard.id;
        l.jurisdiction = hazard.jurisdiction;
        l.unit = hazard.unit;
        l.hazardDescription = hazard.description;
        l.listedOn = today().toString();
        l.listingUnit = listingUnit;
        l.listingResponsible = responsible;
        l.designatedBy = designatedBy;
        l.escalated = !listerGovernment.equals(local) && local.startsWith(listerGovernment + ".");
        l.rectificationUnit = rectUnit;
        l.rectificationResponsible = rectResponsible;
        l.measures = hazard.measures;
        l.deadline = deadline.toString();
        l.fixNow = in.fixNow;
        l.status = ListingStatus.LISTED;
        l.notice = notice;
        l.createdBy = actor.name();
        l.version = 1L;
        records.add(l);
        departments.put(l.id, depts);
        hazards.markListed(actor, hazard.id);
        return view(l);
    }

    @Override
    public synchronized ListingDTO get(Actor actor, long id) {
        return view(find(actor, id));
    }

    @Override
    public synchronized ListingDTO submitPlan(Actor actor, long id, PlanDTO plan) {
        FieldCheck v = new FieldCheck();
        v.text("responsibility", "整改责任（责任）", plan.responsibility, 2000, true);
        v.text("measures", "整改措施（措施）", plan.measures, 4000, true);
        v.text("funds", "整改资金（资金）", plan.funds, 1000, true);
        LocalDate planDeadline = v.date("deadline", "整改时限（时限）", plan.deadline, true);
        v.text("contingency", "应急预案（预案）", plan.contingency, 4000, true);
        v.throwIfInvalid("整改方案缺少“五到位”要素");
        ListingDTO l = find(actor, id);
        expect(l, "提交整改方案", ListingStatus.LISTED);
        if (planDeadline.isAfter(LocalDate.parse(l.deadline))) {
            throw refuse("deadline", "方案时限（" + planDeadline + "）晚于挂牌督办的整改时限（" + l.deadline + "），请按期整改或申请延期");
        }
        plan.submittedOn = today().toString();
        plan.submittedBy = actor.name();
        l.plan = plan;
        l.measures = plan.measures;
        return changed(l, ListingStatus.RECTIFYING);
    }

    @Override
    public synchronized ListingDTO reportProgress(Actor actor, long id, ProgressReportDTO report) {
        FieldCheck v = new FieldCheck();
        v.date("date", "报告日期", report.date, true);
        v.text("text", "整改进展", report.text, 4000, true);
        v.throwIfInvalid();
        ListingDTO l = find(actor, id);
        report.reportedBy = actor.name();
        l.progressReports.add(report);
        l.version++;
        return l;
    }

    @Override
    public synchronized ListingDTO signOff(Actor actor, long id, SignOffDTO signOff) {
        throw new LuoshiException(LuoshiException.Kind.INVALID, "本辖区摘牌销号不需要签字确认",
                java.util.Map.of("role", "本辖区摘牌销号不需要签字确认"));
    }

    @Override
    public synchronized ListingDTO track(Actor actor, long id, TrackingDTO entry) {
        FieldCheck v = new FieldCheck();
        String method = v.text("method", "督办方式", entry.method, 20, true);
        LocalDate date = v.date("date", "日期", entry.date, true);
        v.text("person", "督办人", entry.person, 100, true);
        v.text("finding", "督办情况", entry.finding, 4000, true);
        if (method != null && !METHODS.contains(method)) {
            v.fail("method", "督办方式应为 ON_SITE（现场检查）、VIDEO（视频调度）或 PHONE（电话询问）");
        }
        notFuture(v, "date", date);
        v.throwIfInvalid();
        ListingDTO l = find(actor, id);
        expect(l, "记录督办过程", ListingStatus.LISTED, ListingStatus.RECTIFYING, ListingStatus.EXTENSION_REQUESTED,
                ListingStatus.COMPLETION_REPORTED);
        entry.recordedBy = actor.name();
        l.tracking.add(entry);
        return changed(l, l.status);
    }

    @Override
    public synchronized ListingDTO requestExtension(Actor actor, long id, ExtensionDTO request) {
        FieldCheck v = new FieldCheck();
        LocalDate wanted = v.date("requestedDeadline", "申请延期至", request.requestedDeadline, true);
        v.text("explanation", "延期说明", request.explanation, 4000, true);
        v.throwIfInvalid();
        ListingDTO l = find(actor, id);
        expect(l, "申请延期", ListingStatus.RECTIFYING);
        if (!wanted.isAfter(LocalDate.parse(l.deadline))) {
            throw refuse("requestedDeadline", "申请的期限应晚于现行整改时限（" + l.deadline + "）");
        }
        request.requestedOn = today().toString();
        request.requestedBy = actor.name();
        request.decision = "PENDING";
        l.extensions.add(request);
        return changed(l, ListingStatus.EXTENSION_REQUESTED);
    }

    @Override
    public synchronized ListingDTO decideExtension(Actor actor, long id, boolean approve, String reason) {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (!approve && why == null) {
            throw refuse("reason", "不同意延期须说明理由");
        }
        ListingDTO l = find(actor, id);
        expect(l, "审批延期申请", ListingStatus.EXTENSION_REQUESTED);
        ExtensionDTO x = l.extensions.get(l.extensions.size() - 1);
        x.decision = approve ? "APPROVED" : "REFUSED";
        x.decisionReason = why;
        x.decidedBy = actor.name();
        x.decidedOn = today().toString();
        if (approve) {
            l.deadline = x.requestedDeadline;
        }
        return changed(l, ListingStatus.RECTIFYING);
    }

    @Override
    public synchronized ListingDTO reportCompletion(Actor actor, long id, String report, String completedOn) {
        FieldCheck v = new FieldCheck();
        String text = v.text("report", "整改完成情况（书面报告）", report, 4000, true);
        LocalDate date = v.date("completedOn", "整改完成时间", completedOn, true);
        notFuture(v, "completedOn", date);
        v.throwIfInvalid();
        ListingDTO l = find(actor, id);
        if (l.status == ListingStatus.LISTED && !l.fixNow) {
            throw new LuoshiException(LuoshiException.Kind.CONFLICT, "尚未提交整改方案：只有立即整改的隐患可以直接报告整改完成");
        }
        expect(l, "报告整改完成", ListingStatus.LISTED, ListingStatus.RECTIFYING);
        if (date.isBefore(LocalDate.parse(l.listedOn))) {
            throw refuse("completedOn", "整改完成时间不能早于挂牌督办时间（" + l.listedOn + "）");
        }
        l.progress = text;
        l.completedOn = date.toString();
        return changed(l, ListingStatus.COMPLETION_REPORTED);
    }

    @Override
    public synchronized ListingDTO delegateReview(Actor actor, long id, String reviewUnit) {
        FieldCheck v = new FieldCheck();
        String unit = v.text("reviewUnit", "受委托的复查验收单位", reviewUnit, 200, true);
        v.throwIfInvalid();
        ListingDTO l = find(actor, id);
        if (!l.escalated) {
            throw new LuoshiException(LuoshiException.Kind.CONFLICT, "只有提级挂牌督办的隐患才能委托日常监管部门复查验收");
        }
        expect(l, "委托复查验收", ListingStatus.LISTED, ListingStatus.RECTIFYING, ListingStatus.EXTENSION_REQUESTED,
                ListingStatus.COMPLETION_REPORTED);
        if (!departments.get(l.id).contains(unit)) {
            throw refuse("reviewUnit", "只能委托负责日常监管的部门复查验收");
        }
        l.delegatedReviewUnit = unit;
        return changed(l, l.status);
    }

    @Override
    public synchronized ListingDTO review(Actor actor, long id, ReviewDTO r) {
        FieldCheck v = new FieldCheck();
        String reviewUnit = v.text("reviewUnit", "复查单位", r.reviewUnit, 200, true);
        String reviewer = v.text("reviewer", "复查责任人", r.reviewer, 100, true);
        String opinion = v.text("opinion", r.passed ? "复查验收情况" : "退回理由", r.opinion, 4000, true);
        String document = v.text("acceptanceDocument", "验收文书", r.acceptanceDocument, 200, r.passed);
        LocalDate date = v.date("date", "复查日期", r.date, true);
        notFuture(v, "date", date);
        v.throwIfInvalid();
        ListingDTO l = find(actor, id);
        expect(l, "复查验收", ListingStatus.COMPLETION_REPORTED);
        String expected = l.delegatedReviewUnit != null ? l.delegatedReviewUnit : l.listingUnit;
        if (!reviewUnit.equals(expected)) {
            throw refuse("reviewUnit", "复查验收应由 " + name(expected) + " 负责");
        }
        if (r.passed) {
            l.review = opinion;
            l.reviewUnit = reviewUnit;
            l.reviewer = reviewer;
            l.acceptanceDocument = document;
            return changed(l, ListingStatus.ACCEPTED);
        }
        l.review = "退回（" + date + "）：" + opinion;
        l.completedOn = null;
        return changed(l, ListingStatus.RECTIFYING);
    }

    @Override
    public synchronized ListingDTO delist(Actor actor, long id, String date) {
        FieldCheck v = new FieldCheck();
        LocalDate d = v.date("date", "摘牌销号时间", date, true);
        notFuture(v, "date", d);
        v.throwIfInvalid();
        ListingDTO l = find(actor, id);
        expect(l, "摘牌销号", ListingStatus.ACCEPTED);
        if (l.completedOn != null && d.isBefore(LocalDate.parse(l.completedOn))) {
            throw refuse("date", "摘牌销号时间不能早于整改完成时间（" + l.completedOn + "）");
        }
        l.delistedOn = d.toString();
        return changed(l, ListingStatus.DELISTED);
    }

    @Override
    public synchronized ListingDTO addFollowUp(Actor actor, long id, FollowUpDTO f) {
        FieldCheck v = new FieldCheck();
        String kind = v.text("kind", "后续处理类型", f.kind, 20, true);
        LocalDate date = v.date("date", "日期", f.date, true);
        v.text("description", "情况说明", f.description, 4000, true);
        if (kind != null && !FOLLOW_UPS.contains(kind)) {
            v.fail("kind", "类型应为 CASE_FILED（立案查处）、ACCOUNTABILITY（追责问责）、EXPOSURE（公开曝光）或 DOUBLE_PENALTY（一案双罚）");
        }
        if ("DOUBLE_PENALTY".equals(kind)) {
            v.text("enterprisePenalty", "对企业的处罚", f.enterprisePenalty, 1000, true);
            v.text("principalPenalty", "对主要负责人的处罚", f.principalPenalty, 1000, true);
        }
        notFuture(v, "date", date);
        v.throwIfInvalid();
        ListingDTO l = find(actor, id);
        f.recordedBy = actor.name();
        l.followUps.add(f);
        return changed(l, l.status);
    }

    @Override
    public synchronized ListingPage search(Actor actor, ListingQuery q) {
        List<ListingDTO> matching = records.stream().filter(l -> actor.canSee(l.unit) || actor.canSee(l.listingUnit))
                .filter(l -> q.jurisdiction == null || q.jurisdiction.equals(l.jurisdiction))
                .filter(l -> q.unit == null || within(l.unit, q.unit) || within(l.listingUnit, q.unit))
                .filter(l -> q.status == null || q.status == l.status)
                .filter(l -> q.text == null || (l.hazardDescription != null && l.hazardDescription.contains(q.text)))
                .map(this::view)
                .filter(l -> q.overdue == null || q.overdue == l.overdue)
                .sorted(Comparator.comparing((ListingDTO l) -> l.id).reversed()).toList();
        ListingPage page = new ListingPage();
        page.total = matching.size();
        page.offset = q.offset;
        page.limit = Math.min(q.limit, 200);
        page.items = new ArrayList<>(matching.stream().skip(q.offset).limit(page.limit).toList());
        return page;
    }

    private static boolean within(String unit, String scope) {
        return unit != null && (unit.equals(scope) || unit.startsWith(scope + "."));
    }

    private ListingDTO find(Actor actor, long id) {
        return records.stream().filter(l -> l.id == id && (actor.canSee(l.unit) || actor.canSee(l.listingUnit)))
                .findFirst().orElseThrow(() -> LuoshiException.notFound("挂牌督办记录 " + id + " 不存在或无权查看"));
    }

    private ListingDTO changed(ListingDTO l, ListingStatus status) {
        l.status = status;
        l.version++;
        return view(l);
    }

    private static void expect(ListingDTO l, String what, ListingStatus... allowed) {
        if (!Arrays.asList(allowed).contains(l.status)) {
            List<String> labels = Arrays.stream(allowed).map(ListingStatus::label).toList();
            throw new LuoshiException(LuoshiException.Kind.CONFLICT, "当前状态为“" + l.status.label() + "”，不能" + what
                    + "（仅限：" + String.join("、", labels) + "）");
        }
    }

    private static void notFuture(FieldCheck v, String field, LocalDate date) {
        if (date != null && date.isAfter(today())) {
            v.fail(field, "日期不能晚于今天");
        }
    }

    private static LocalDate today() {
        return LocalDate.now(InMemoryServices.ZONE);
    }

    private UnitDTO unit(String id, String field) {
        return registry.unit(id).orElseThrow(() -> refuse(field, "单位 “" + id + "” 不存在"));
    }

    private String government(String unitId) {
        String id = unitId;
        while (id != null) {
            Optional<UnitDTO> u = registry.unit(id);
            if (u.isPresent() && GOVERNMENT_KINDS.contains(u.get().kind)) {
                return id;
            }
            int dot = id.lastIndexOf('.');
            id = dot < 0 ? null : id.substring(0, dot);
        }
        return unitId;
    }

    private String name(String unitId) {
        return registry.unit(unitId).map(u -> u.name).orElse(unitId);
    }

    private static LuoshiException refuse(String field, String message) {
        return new LuoshiException(LuoshiException.Kind.INVALID, message, Map.of(field, message));
    }

    /** A copy as the service hands it out (lists copied), with the overdue flag computed. */
    private ListingDTO view(ListingDTO in) {
        ListingDTO d = new ListingDTO();
        d.id = in.id;
        d.hazardId = in.hazardId;
        d.jurisdiction = in.jurisdiction;
        d.unit = in.unit;
        d.hazardDescription = in.hazardDescription;
        d.listedOn = in.listedOn;
        d.listingUnit = in.listingUnit;
        d.listingResponsible = in.listingResponsible;
        d.designatedBy = in.designatedBy;
        d.escalated = in.escalated;
        d.rectificationUnit = in.rectificationUnit;
        d.rectificationResponsible = in.rectificationResponsible;
        d.measures = in.measures;
        d.deadline = in.deadline;
        d.fixNow = in.fixNow;
        d.progress = in.progress;
        d.completedOn = in.completedOn;
        d.review = in.review;
        d.reviewUnit = in.reviewUnit;
        d.reviewer = in.reviewer;
        d.acceptanceDocument = in.acceptanceDocument;
        d.delegatedReviewUnit = in.delegatedReviewUnit;
        d.delistedOn = in.delistedOn;
        d.status = in.status;
        d.notice = in.notice;
        d.plan = in.plan;
        d.tracking = new ArrayList<>(in.tracking);
        d.extensions = new ArrayList<>(in.extensions);
        d.followUps = new ArrayList<>(in.followUps);
        d.createdBy = in.createdBy;
        d.version = in.version;
        d.overdue = LocalDate.parse(in.deadline).isBefore(today()) && (in.status == ListingStatus.LISTED
                || in.status == ListingStatus.RECTIFYING || in.status == ListingStatus.EXTENSION_REQUESTED);
        return d;
    }
}

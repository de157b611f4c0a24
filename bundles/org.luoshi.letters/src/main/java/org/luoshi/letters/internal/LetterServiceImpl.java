package org.luoshi.letters.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
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
import org.luoshi.api.hazard.HazardQuery;
import org.luoshi.api.hazard.HazardService;
import org.luoshi.api.jurisdiction.JurisdictionRegistry;
import org.luoshi.api.jurisdiction.Regions;
import org.luoshi.api.link.RecordLinks;
import org.luoshi.api.link.RecordLinksByType;
import org.luoshi.api.jurisdiction.UnitDTO;
import org.luoshi.api.settings.ModuleSettings;
import org.luoshi.api.cycle.CycleDTO;
import org.luoshi.api.cycle.PeriodDTO;
import org.luoshi.api.dispatch.PeriodStatusDTO;
import org.luoshi.api.dispatch.ReportingService;
import org.luoshi.api.dispatch.SubmissionDTO;
import org.luoshi.api.listing.ListingDTO;
import org.luoshi.api.listing.ListingQuery;
import org.luoshi.api.listing.ListingService;
import org.luoshi.api.listing.ListingStatus;
import org.luoshi.api.letter.LetterDTO;
import org.luoshi.api.letter.LetterService;
import org.luoshi.api.task.TaskDTO;
import org.luoshi.api.task.TaskQuery;
import org.luoshi.api.task.TaskService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Letters on JPA: drafted by the issuer, numbered and sent by a person, signed for and answered by the recipient.
 * <p>
 * The task list and the hazard list (both of mechanism 1) are optional: every letter operation works without them
 * except that the automatic drafts ({@link #draftForOverdue}) skip the part whose module is not running — no drafts for
 * overdue tasks without the task list, none for overdue hazards without the hazard list — and still draft what is
 * possible (the other part and the next rung of unanswered letters).
 */
@Component(service = LetterService.class)
public class LetterServiceImpl implements LetterService {
    private static final Logger LOG = LoggerFactory.getLogger(LetterServiceImpl.class);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Map<String, String> KINDS = Map.of("REMINDER", "提醒函", "NOTICE", "提示函", "SUPERVISION", "督办函");
    static final Map<String, String> SITUATIONS = Map.of(
            "INSTRUCTION", "领导批示需跟踪落实",
            "FREQUENT_ACCIDENTS", "行业领域或地区事故多发",
            "TYPICAL_ACCIDENT", "发生重特大或典型事故需吸取教训",
            "NOT_RECTIFIED", "督导检查考核反馈问题未整改、假整改或整改不到位",
            "TASK_LAGGING", "重点任务推进缓慢、逾期或落实不力",
            "SEVERE_WEATHER", "恶劣天气可能影响安全生产");

    private final JpaTemplate jpa;
    private final JurisdictionRegistry jurisdictions;
    private final AuditTrail audit;
    /** The task list (mechanism 1), when it runs. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile TaskService tasks;
    /** The hazard list (mechanism 1), when it runs. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile HazardService hazards;

    /** Listed supervision (mechanism 1): drafts for listings overdue (rectification, plan or progress reports). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ListingService listings;

    /** Reporting cycles (mechanism 3): drafts for reports not submitted or submitted late. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ReportingService reporting;

    /** 模块配置: whether letters are enabled at a unit, the ladder and the answer days; without it, the plugin's data. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ModuleSettings settings;

    /** Other modules' answers about their records (to check what a letter cites), by record type. */
    private final RecordLinksByType links = new RecordLinksByType();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindRecordLinks(RecordLinks service, Map<String, Object> properties) {
        links.bind(service, properties);
    }

    void unbindRecordLinks(RecordLinks service, Map<String, Object> properties) {
        links.unbind(service, properties);
    }

    @Activate
    public LetterServiceImpl(@Reference(target = "(osgi.unit.name=luoshi-letters)") JpaTemplate jpa,
            @Reference JurisdictionRegistry jurisdictions, @Reference AuditTrail audit) {
        this.jpa = jpa;
        this.jurisdictions = jurisdictions;
        this.audit = audit;
    }

    /**
     * {@inheritDoc}
     * <p>
     * Drafts for overdue tasks need the task list and drafts for overdue hazards the hazard list: a part whose module
     * is not running is skipped (and logged), the rest is drafted.
     */
    @Override
    public List<LetterDTO> draftForOverdue(Actor actor, String jurisdiction, String issuer) {
        UnitDTO from = unit(issuer == null ? "" : issuer, "issuer");
        if (!actor.canSee(from.id)) {
            throw LuoshiException.forbidden("无权以 “" + from.name + "” 的名义发函");
        }
        // the records below the issuer's level (a department writes for its government level), as far as the person
        // drafting may read them: a draft never quotes a record its author cannot open
        String scope = from.parent != null && "department".equals(from.kind) ? from.parent : from.id;
        LocalDate deadline = LocalDate.now(ZONE).plusDays(responseDays(from.id));
        List<LetterDTO> drafts = new java.util.ArrayList<>();
        drafts.addAll(draftForReports(actor, jurisdiction, from, scope, deadline));
        drafts.addAll(draftForListings(actor, jurisdiction, from, scope, deadline));
        TaskService taskList = tasks;
        List<TaskDTO> overdueTasks = List.of();
        if (taskList == null) {
            LOG.info("Task list module not running: no drafts for overdue tasks in {}", jurisdiction);
        } else {
            TaskQuery tq = new TaskQuery();
            tq.jurisdiction = jurisdiction;
            tq.overdue = true;
            tq.limit = 200;
            overdueTasks = taskList.list(actor, tq).items;
        }
        for (TaskDTO t : overdueTasks) {
            if (t.unit.startsWith(scope + ".") && !t.unit.equals(from.id) && !hasLetter("task", t.id, from.id)) {
                drafts.add(draft(actor, auto(jurisdiction, from, t.unit, "TASK_LAGGING", "task", t.id,
                        "关于加快推进重点工作任务落实的提醒函",
                        "你单位" + t.year + "年重点工作任务“" + t.measure + "”（完成时限：" + t.deadline.text + "）已逾期未完成。",
                        "请于收函后制定整改方案，明确措施和时限，并按期报告落实情况。", deadline)));
            }
        }
        HazardService hazardList = hazards;
        List<HazardDTO> overdueHazards = List.of();
        if (hazardList == null) {
            LOG.info("Hazard list module not running: no drafts for overdue hazards in {}", jurisdiction);
        } else {
            HazardQuery hq = new HazardQuery();
            hq.jurisdiction = jurisdiction;
            hq.overdue = true;
            hq.limit = 200;
            overdueHazards = hazardList.list(actor, hq).items;
        }
        for (HazardDTO h : overdueHazards) {
            if (h.unit.startsWith(scope + ".") && !h.unit.equals(from.id) && !hasLetter("hazard", h.id, from.id)) {
                drafts.add(draft(actor, auto(jurisdiction, from, h.unit, "NOT_RECTIFIED", "hazard", h.id,
                        "关于督促问题隐患按期整改的提醒函",
                        "你单位问题隐患“" + h.description + "”（整改时限：" + h.deadline + "）逾期未整改到位。",
                        "请立即组织整改，防范重复发生，并于期限前报告整改情况。", deadline)));
            }
        }
        for (LetterEntity e : jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "SELECT l FROM LetterEntity l WHERE l.jurisdiction = ?1 AND l.issuer = ?2 AND (l.status = 'SENT' OR "
                        + "l.status = 'SIGNED') AND l.responseDeadline < ?3 ORDER BY l.id", LetterEntity.class)
                .setParameter(1, jurisdiction).setParameter(2, from.id).setParameter(3, LocalDate.now(ZONE))
                .setMaxResults(200).getResultList())) {
            if (nextKind(e) != null && !hasLetter("letter", e.id, e.issuer)) {
                drafts.add(draft(actor, next(e)));
            }
        }
        return drafts;
    }

    /**
     * Listings under way in the issuer's scope that are overdue — the rectification deadline, the notice's plan due date
     * or its report days (整改方案逾期未报, 进展报告逾期) — get a reminder to the responsible unit (NOT_RECTIFIED), once per
     * listing and issuer. Skipped while listed supervision is not running.
     */
    private List<LetterDTO> draftForListings(Actor actor, String jurisdiction, UnitDTO from, String scope,
            LocalDate deadline) {
        ListingService ls = listings;
        List<LetterDTO> out = new java.util.ArrayList<>();
        if (ls == null) {
            LOG.info("Listed supervision not running: no drafts for overdue listings in {}", jurisdiction);
            return out;
        }
        for (ListingStatus status : List.of(ListingStatus.LISTED, ListingStatus.RECTIFYING,
                ListingStatus.EXTENSION_REQUESTED)) {
            ListingQuery q = new ListingQuery();
            q.jurisdiction = jurisdiction;
            q.status = status;
            q.limit = 200;
            for (ListingDTO l : ls.search(actor, q).items) {
                List<String> why = new java.util.ArrayList<>();
                if (l.overdue) {
                    why.add("整改时限（" + l.deadline + "）已过仍未整改完成");
                }
                if (l.planOverdue) {
                    why.add("整改方案逾期未报（报送期限 " + l.notice.planDueDate + "）");
                }
                if (l.progressOverdue) {
                    why.add("整改进展逾期未报（" + Optional.ofNullable(l.notice.reportCycle).orElse("按通知书要求")
                            + "，已缺报 " + l.reportsMissed + " 次）");
                }
                if (why.isEmpty() || !l.unit.startsWith(scope + ".") || l.unit.equals(from.id)
                        || hasLetter("listing", l.id, from.id)) {
                    continue;
                }
                out.add(draft(actor, auto(jurisdiction, from, l.unit, "NOT_RECTIFIED", "listing", l.id,
                        "关于督促挂牌督办重大事故隐患整改的提醒函",
                        "你单位挂牌督办的重大事故隐患“" + l.hazardDescription + "”"
                                + (l.notice == null || l.notice.number == null ? "" : "（" + l.notice.number + "）")
                                + String.join("；", why) + "。",
                        "请立即按挂牌督办通知书要求整改，补报整改方案和整改进展，并于期限前书面报告。", deadline)));
            }
        }
        return out;
    }

    /**
     * Reports the issuer collects (cycles whose receiver is the issuer or its level) that a unit of its scope did not
     * submit by the due time, or submitted late, within the last 60 days: a reminder (TASK_LAGGING, 重点任务推进缓慢、
     * 逾期) per unit and period, once per title. Skipped while reporting is not running.
     */
    private List<LetterDTO> draftForReports(Actor actor, String jurisdiction, UnitDTO from, String scope,
            LocalDate deadline) {
        ReportingService rs = reporting;
        List<LetterDTO> out = new java.util.ArrayList<>();
        if (rs == null) {
            LOG.info("Reporting not running: no drafts for late or missing reports in {}", jurisdiction);
            return out;
        }
        LocalDate today = LocalDate.now(ZONE);
        java.time.Instant now = java.time.Instant.now();
        for (CycleDTO c : rs.cycles(actor, jurisdiction)) {
            if (c.retiredOn != null || c.receiver == null || !(c.receiver.equals(from.id) || c.receiver.equals(scope))) {
                continue;
            }
            for (PeriodDTO p : rs.periods(actor, jurisdiction, c.id, today.minusDays(60), today)) {
                java.time.OffsetDateTime due = java.time.OffsetDateTime.parse(p.due);
                if (!due.toInstant().isBefore(now)) {
                    continue;
                }
                String what = "《" + c.name + "》（" + p.label + "）";
                String dueText = due.toLocalDate() + " " + due.toLocalTime();
                PeriodStatusDTO st;
                try {
                    st = rs.status(actor, jurisdiction, c.id, p.index);
                } catch (LuoshiException ex) {
                    LOG.debug("No status of {} period {} for {}: {}", c.id, p.index, actor.name(), ex.getMessage());
                    continue;
                }
                for (UnitDTO u : st.missing) {
                    String title = "关于按时报送" + what + "的提醒函";
                    if (u.id.startsWith(scope + ".") && !u.id.equals(from.id) && !hasLetterTitled(from.id, u.id, title)) {
                        out.add(draft(actor, auto(jurisdiction, from, u.id, "TASK_LAGGING", null, null, title,
                                "你单位应于 " + dueText + " 前报送" + what + "，截至发函时仍未报送。",
                                "请于收函后立即补报，并书面说明未按时报送的原因。", deadline)));
                    }
                }
                for (SubmissionDTO sub : st.submitted) {
                    String title = "关于" + what + "迟报的提醒函";
                    if (sub.late && sub.unit.startsWith(scope + ".") && !sub.unit.equals(from.id)
                            && !hasLetterTitled(from.id, sub.unit, title)) {
                        out.add(draft(actor, auto(jurisdiction, from, sub.unit, "TASK_LAGGING", null, null, title,
                                "你单位" + what + "应于 " + dueText + " 前报送，实际于 " + sub.submittedAt.replace("T", " ")
                                        .replaceAll("(:\\d\\d)(:\\d\\d(\\.\\d+)?)?([+-].*)$", "$1") + " 报送，逾期报送。",
                                "请严格按规定时限报送，并书面说明迟报原因。", deadline)));
                    }
                }
            }
        }
        return out;
    }

    /** Whether the issuer already wrote to the recipient under this title (automatic drafts without a source record). */
    private boolean hasLetterTitled(String issuer, String recipient, String title) {
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "SELECT COUNT(l) FROM LetterEntity l WHERE l.issuer = ?1 AND l.recipient = ?2 AND l.title = ?3",
                Long.class).setParameter(1, issuer).setParameter(2, recipient).setParameter(3, title)
                .getSingleResult() > 0);
    }

    /**
     * The next kind on the issuer's ladder (模块配置 letters.ladder) after the letter's, or null at the last rung (or off
     * the ladder).
     */
    private String nextKind(LetterEntity e) {
        String text = ModuleSettings.text(settings, jurisdictions, LetterSettingsDeclaration.MODULE, "ladder",
                jurisdictions.unit(e.issuer).orElse(null));
        List<String> ladder = new java.util.ArrayList<>();
        for (String k : (text == null || text.isBlank() ? LetterSettingsDeclaration.DEFAULT_LADDER : text).split(",")) {
            if (KINDS.containsKey(k.strip()) && !ladder.contains(k.strip())) {
                ladder.add(k.strip());
            }
        }
        int i = ladder.indexOf(e.kind);
        return i < 0 || i + 1 >= ladder.size() ? null : ladder.get(i + 1);
    }

    /** The days an automatic draft gives its recipient to answer, at the issuing unit (letters.responseDays; 10). */
    private int responseDays(String issuer) {
        return ModuleSettings.number(settings, jurisdictions, LetterSettingsDeclaration.MODULE, "responseDays",
                jurisdictions.unit(issuer).orElse(null), 10, 1, 365);
    }

    /** The draft of the next rung for an unanswered letter: same recipient and situation, citing the earlier letter. */
    private LetterDTO next(LetterEntity e) {
        String kind = nextKind(e);
        LetterDTO l = new LetterDTO();
        l.jurisdiction = e.jurisdiction;
        l.kind = kind;
        l.situation = e.situation;
        l.issuer = e.issuer;
        l.recipient = e.recipient;
        l.title = e.title.replace(KINDS.get(e.kind), KINDS.get(kind));
        if (!l.title.endsWith(KINDS.get(kind))) {
            l.title = "关于" + e.title + "事项的" + KINDS.get(kind);
        }
        l.body = "我单位于" + e.sentAt.toLocalDate() + "向你单位发出《" + e.title + "》（" + e.number + "），要求于"
                + e.responseDeadline + "前回复，你单位至今未" + ("SENT".equals(e.status) ? "签收和" : "") + "回复。\n"
                + e.body;
        l.requiredResponse = e.requiredResponse;
        l.responseDeadline = LocalDate.now(ZONE).plusDays(responseDays(e.issuer)).toString();
        l.sourceType = "letter";
        l.sourceId = e.id;
        return l;
    }

    @Override
    public LetterDTO escalate(Actor actor, long id) {
        LetterEntity e = jpa.txExpr(TransactionType.Required, em -> find(em, actor, id));
        if (!actor.canSee(e.issuer)) {
            throw LuoshiException.forbidden("只有发函单位（" + name(e.issuer) + "）可以升级督促");
        }
        if (!"SENT".equals(e.status) && !"SIGNED".equals(e.status)) {
            throw new LuoshiException(LuoshiException.Kind.CONFLICT, "ANSWERED".equals(e.status)
                    ? "该函件已回复，无需升级" : "该函件尚未发送，不能升级");
        }
        if (!e.responseDeadline.isBefore(LocalDate.now(ZONE))) {
            throw new LuoshiException(LuoshiException.Kind.CONFLICT, "回复期限（" + e.responseDeadline + "）未过，不能升级");
        }
        if (nextKind(e) == null) {
            throw new LuoshiException(LuoshiException.Kind.CONFLICT, KINDS.get(e.kind) + "已是本辖区督促的最高一级，请按规定约谈或通报");
        }
        if (hasLetter("letter", e.id, e.issuer)) {
            throw new LuoshiException(LuoshiException.Kind.CONFLICT, "该函件已有升级函件");
        }
        return draft(actor, next(e));
    }

    @Override
    public LetterDTO update(Actor actor, long id, LetterDTO in) {
        if (in == null) {
            throw LuoshiException.invalid("请求内容为空");
        }
        FieldCheck v = new FieldCheck();
        String kind = in.kind == null ? null : v.text("kind", "函件类型", in.kind, 12, true);
        String situation = in.situation == null ? null : v.text("situation", "适用情形", in.situation, 20, true);
        String recipient = in.recipient == null ? null : v.text("recipient", "收函单位", in.recipient, 200, true);
        String title = in.title == null ? null : v.text("title", "标题", in.title, 200, true);
        String body = in.body == null ? null : v.text("body", "正文", in.body, 8000, true);
        String required = in.requiredResponse == null ? null
                : v.text("requiredResponse", "工作要求", in.requiredResponse, 4000, false);
        LocalDate deadline = in.responseDeadline == null ? null
                : v.date("responseDeadline", "回复期限", in.responseDeadline, true);
        if (kind != null && !KINDS.containsKey(kind)) {
            v.fail("kind", "函件类型应为 REMINDER（提醒函）、NOTICE（提示函）或 SUPERVISION（督办函）");
        }
        if (situation != null && !SITUATIONS.containsKey(situation)) {
            v.fail("situation", "适用情形应为六种情形之一：" + String.join("、", SITUATIONS.keySet()));
        }
        if (deadline != null && deadline.isBefore(LocalDate.now(ZONE))) {
            v.fail("responseDeadline", "回复期限不能早于今天");
        }
        v.throwIfInvalid();
        if (kind == null && situation == null && recipient == null && title == null && body == null && required == null
                && deadline == null) {
            // an edit changes something (an empty one would be recorded in the audit trail as an edit)
            throw LuoshiException.invalid("没有要修改的内容（可修改：类型、情形、收函单位、标题、正文、工作要求、回复期限）");
        }
        if (recipient != null) {
            unit(recipient, "recipient");
        }
        return step(actor, id, true, "letter.edit", (em, e) -> {
            expect(e, "修改", "DRAFT");
            e.kind = kind != null ? kind : e.kind;
            e.situation = situation != null ? situation : e.situation;
            e.recipient = recipient != null ? recipient : e.recipient;
            e.title = title != null ? title : e.title;
            e.body = body != null ? body : e.body;
            e.requiredResponse = required != null ? required : e.requiredResponse;
            e.responseDeadline = deadline != null ? deadline : e.responseDeadline;
        });
    }

    @Override
    public LetterDTO register(Actor actor, LetterDTO in) {
        if (in == null) {
            throw LuoshiException.invalid("请求内容为空");
        }
        FieldCheck v = new FieldCheck();
        String number = v.text("number", "文号", in.number, 100, true);
        LocalDate sent = v.date("sentAt", "发文日期", in.sentAt == null || in.sentAt.length() < 10 ? in.sentAt
                : in.sentAt.substring(0, 10), true);
        LocalDate deadline = v.date("responseDeadline", "回复期限", in.responseDeadline, true);
        v.throwIfInvalid();
        if (sent.isAfter(LocalDate.now(ZONE))) {
            v.fail("sentAt", "发文日期不能晚于今天");
        }
        if (deadline.isBefore(sent)) {
            v.fail("responseDeadline", "回复期限不能早于发文日期");
        }
        v.throwIfInvalid();
        LetterDTO copy = new LetterDTO();
        copy.jurisdiction = in.jurisdiction;
        copy.kind = in.kind;
        copy.situation = in.situation;
        copy.issuer = in.issuer;
        copy.recipient = in.recipient;
        copy.title = in.title;
        copy.body = in.body;
        copy.requiredResponse = in.requiredResponse;
        copy.responseDeadline = LocalDate.now(ZONE).toString(); // checked by draft(); replaced below
        copy.sourceType = in.sourceType;
        copy.sourceId = in.sourceId;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("〔(\\d{4})〕(\\d+)号$").matcher(number);
        // one transaction: a refused number leaves no draft behind
        return jpa.txExpr(TransactionType.Required, outer -> {
            long same = outer.createQuery("SELECT COUNT(l) FROM LetterEntity l WHERE l.issuer = ?1 AND l.number = ?2",
                    Long.class).setParameter(1, in.issuer).setParameter(2, number).getSingleResult();
            if (same > 0) {
                throw new LuoshiException(LuoshiException.Kind.CONFLICT, "文号 " + number + " 已被本单位使用",
                        Map.of("number", "文号重复"));
            }
            LetterDTO drafted = draft(actor, copy);
            return step(actor, drafted.id, true, "letter.register", (em, e) -> {
            lockNumbering(em, e);
            e.number = number;
            if (m.find()) {
                // later letters of the issuer and year are numbered after a recorded one, unless its serial is taken
                int year = Integer.parseInt(m.group(1));
                int serial = Integer.parseInt(m.group(2));
                long taken = em.createQuery("SELECT COUNT(l) FROM LetterEntity l WHERE l.issuer = ?1 AND "
                        + "l.numberYear = ?2 AND l.serial = ?3", Long.class).setParameter(1, e.issuer).setParameter(2, year)
                        .setParameter(3, serial).getSingleResult();
                if (taken == 0) {
                    e.numberYear = year;
                    e.serial = serial;
                }
            }
            e.responseDeadline = deadline;
            e.status = "SENT";
            e.sentAt = sent.atStartOfDay();
            e.sentBy = actor.name();
            });
        });
    }

    private static LetterDTO auto(String jurisdiction, UnitDTO from, String to, String situation, String sourceType,
            Long sourceId, String title, String body, String required, LocalDate deadline) {
        LetterDTO l = new LetterDTO();
        l.jurisdiction = jurisdiction;
        l.kind = "REMINDER";
        l.situation = situation;
        l.issuer = from.id;
        l.recipient = to;
        l.title = title;
        l.body = body;
        l.requiredResponse = required;
        l.responseDeadline = deadline.toString();
        l.sourceType = sourceType;
        l.sourceId = sourceId;
        return l;
    }

    /** Whether the issuer has already written about the record (another unit's letter about it does not count). */
    private boolean hasLetter(String sourceType, Long sourceId, String issuer) {
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "SELECT COUNT(l) FROM LetterEntity l WHERE l.sourceType = ?1 AND l.sourceId = ?2 AND l.issuer = ?3",
                Long.class).setParameter(1, sourceType).setParameter(2, sourceId).setParameter(3, issuer)
                .getSingleResult() > 0);
    }

    /**
     * The record a letter cites must exist and be readable by the person drafting it; a letter it follows up must be
     * the same issuer's. Tasks (which have no RecordLinks) are asked of the task list; records of other modules
     * (hazards, listings, inspections, …) through their {@link RecordLinks}.
     */
    private void checkSource(Actor actor, String issuer, String sourceType, Long sourceId) {
        if (sourceType == null && sourceId == null) {
            return;
        }
        if (sourceType == null || sourceType.isBlank() || sourceId == null) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, "来源须同时给出类型和编号",
                    Map.of(sourceType == null || sourceType.isBlank() ? "sourceType" : "sourceId", "请同时填写来源类型和编号"));
        }
        switch (sourceType) {
            case "letter" -> {
                LetterEntity cited = jpa.txExpr(TransactionType.Required, em -> find(em, actor, sourceId));
                if (!cited.issuer.equals(issuer)) {
                    throw new LuoshiException(LuoshiException.Kind.INVALID, "只能跟进本单位发出的函件",
                            Map.of("sourceId", "不是 “" + name(issuer) + "” 的函件"));
                }
            }
            case "task" -> {
                TaskService t = tasks;
                if (t == null) {
                    throw new LuoshiException(LuoshiException.Kind.UNAVAILABLE, "重点工作任务清单模块未运行，无法核对来源任务");
                }
                t.get(actor, sourceId);
            }
            default -> {
                RecordLinks module = links.get(sourceType);
                if (module == null) {
                    throw new LuoshiException(LuoshiException.Kind.INVALID, "来源类型 “" + sourceType + "” 未知或其模块未运行",
                            Map.of("sourceType", "未知来源类型"));
                }
                module.describe(actor, sourceId);
            }
        }
    }

    @Override
    public LetterDTO draft(Actor actor, LetterDTO in) {
        if (in == null) {
            throw LuoshiException.invalid("请求内容为空");
        }
        FieldCheck v = new FieldCheck();
        String jurisdiction = v.text("jurisdiction", "辖区", in.jurisdiction, 40, true);
        String kind = v.text("kind", "函件类型", in.kind, 12, true);
        String situation = v.text("situation", "适用情形", in.situation, 20, true);
        String issuer = v.text("issuer", "发函单位", in.issuer, 200, true);
        String recipient = v.text("recipient", "收函单位", in.recipient, 200, true);
        String title = v.text("title", "标题", in.title, 200, true);
        String body = v.text("body", "正文", in.body, 8000, true);
        String required = v.text("requiredResponse", "工作要求", in.requiredResponse, 4000, false);
        LocalDate deadline = v.date("responseDeadline", "回复期限", in.responseDeadline, true);
        if (kind != null && !KINDS.containsKey(kind)) {
            v.fail("kind", "函件类型应为 REMINDER（提醒函）、NOTICE（提示函）或 SUPERVISION（督办函）");
        }
        if (situation != null && !SITUATIONS.containsKey(situation)) {
            v.fail("situation", "适用情形应为六种情形之一：" + String.join("、", SITUATIONS.keySet()));
        }
        if (deadline != null && deadline.isBefore(LocalDate.now(ZONE))) {
            v.fail("responseDeadline", "回复期限不能早于今天");
        }
        v.throwIfInvalid();
        if (jurisdictions.jurisdiction(jurisdiction).isEmpty()) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, "辖区 “" + jurisdiction + "” 未安装", Map.of("jurisdiction", "未知辖区"));
        }
        unit(issuer, "issuer");
        unit(recipient, "recipient");
        if (!actor.canSee(issuer)) {
            throw LuoshiException.forbidden("无权以 “" + name(issuer) + "” 的名义发函");
        }
        ModuleSettings.requireEnabled(settings, LetterSettingsDeclaration.MODULE, LetterSettingsDeclaration.LABEL, issuer);
        // letters go to the issuer's own level (its member departments) and the levels below, never up or sideways
        String region = Regions.of(jurisdictions, issuer);
        if (recipient.equals(issuer) || !Regions.within(region, recipient)) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, "收函单位须为“" + name(region) + "”本级部门或下级单位",
                    Map.of("recipient", "不在发函单位的督促范围内"));
        }
        checkSource(actor, issuer, blank(in.sourceType), in.sourceId);
        return jpa.txExpr(TransactionType.Required, em -> {
            LetterEntity e = new LetterEntity();
            e.jurisdiction = jurisdiction;
            e.kind = kind;
            e.situation = situation;
            e.issuer = issuer;
            e.recipient = recipient;
            e.title = title;
            e.body = body;
            e.requiredResponse = required;
            e.responseDeadline = deadline;
            e.sourceType = in.sourceType;
            e.sourceId = in.sourceId;
            e.status = "DRAFT";
            e.createdBy = actor.name();
            e.createdAt = LocalDateTime.now(ZONE);
            em.persist(e);
            em.flush();
            LetterDTO out = toDto(e);
            audit.append(actor, "letter.draft", "letter", e.id.toString(), null, title);
            return out;
        });
    }

    @Override
    public LetterDTO send(Actor actor, long id) {
        return step(actor, id, true, "letter.send", (em, e) -> {
            expect(e, "发送", "DRAFT");
            lockNumbering(em, e);
            expect(e, "发送", "DRAFT"); // a second click waited for the first, which sent it
            int year = LocalDate.now(ZONE).getYear();
            Integer last = em.createQuery("SELECT MAX(l.serial) FROM LetterEntity l WHERE l.issuer = ?1 AND l.numberYear = ?2",
                    Integer.class).setParameter(1, e.issuer).setParameter(2, year).getSingleResult();
            e.numberYear = year;
            e.serial = last == null ? 1 : last + 1;
            String prefix = jurisdictions.unit(e.issuer).map(u -> u.letterPrefix).filter(p -> p != null && !p.isBlank())
                    .orElse(name(e.issuer) + "函");
            e.number = prefix + "〔" + year + "〕" + e.serial + "号";
            e.status = "SENT";
            e.sentAt = LocalDateTime.now(ZONE);
            e.sentBy = actor.name();
        });
    }

    @Override
    public LetterDTO sign(Actor actor, long id) {
        return step(actor, id, false, "letter.sign", (em, e) -> {
            expect(e, "签收", "SENT");
            e.status = "SIGNED";
            e.signedAt = LocalDateTime.now(ZONE);
            e.signedBy = actor.name();
        });
    }

    @Override
    public LetterDTO answer(Actor actor, long id, String plan, String report) {
        FieldCheck v = new FieldCheck();
        String p = v.text("plan", "整改方案", plan, 8000, true);
        String r = v.text("report", "整改情况报告", report, 8000, true);
        v.throwIfInvalid();
        return step(actor, id, false, "letter.answer", (em, e) -> {
            expect(e, "回复", "SIGNED");
            e.plan = p;
            e.report = r;
            e.status = "ANSWERED";
            e.answeredAt = LocalDateTime.now(ZONE);
            e.answeredBy = actor.name();
        });
    }

    @Override
    public LetterDTO get(Actor actor, long id) {
        return jpa.txExpr(TransactionType.Required, em -> toDto(find(em, actor, id)));
    }

    @Override
    public List<LetterDTO> list(Actor actor, String jurisdiction) {
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "SELECT l FROM LetterEntity l WHERE l.jurisdiction = ?1 ORDER BY l.id DESC", LetterEntity.class)
                .setParameter(1, jurisdiction).getResultList().stream()
                .filter(l -> actor.canSee(l.issuer) || !"DRAFT".equals(l.status) && actor.canSee(l.recipient))
                .map(this::toDto).toList());
    }

    private interface Change {
        void apply(EntityManager em, LetterEntity e);
    }

    /** A step by the issuing side ({@code issuer} true) or by the receiving side. */
    private LetterDTO step(Actor actor, long id, boolean issuer, String action, Change change) {
        return jpa.txExpr(TransactionType.Required, em -> {
            LetterEntity e = find(em, actor, id);
            String side = issuer ? e.issuer : e.recipient;
            // the issuer's side includes its superiors; the recipient's side is the recipient and its own sections: a
            // superior that can see the recipient (the issuing city itself) does not sign for it or answer in its name
            if (issuer ? !actor.canSee(side) : !actor.belongsTo(side)) {
                throw LuoshiException.forbidden("此操作只能由" + (issuer ? "发函单位" : "收函单位") + "（" + name(side) + "）办理");
            }
            ModuleSettings.requireEnabled(settings, LetterSettingsDeclaration.MODULE, LetterSettingsDeclaration.LABEL,
                    e.issuer);
            String before = e.status;
            change.apply(em, e);
            em.flush();
            audit.append(actor, action, "letter", e.id.toString(), before, e.status + (e.number == null ? "" : " " + e.number));
            return toDto(e);
        });
    }

    /**
     * Takes the numbering lock (one row, held until the transaction ends), then re-reads the letter: the serials of an
     * issuer and year are counted under it, so sends at the same moment — on this node or another — get consecutive,
     * distinct numbers, and a send that rolls back leaves no gap.
     */
    private static void lockNumbering(EntityManager em, LetterEntity e) {
        em.createNativeQuery("UPDATE LS_LETTER_NUMBERING SET NUMBERINGS = NUMBERINGS + 1 WHERE ID = 1").executeUpdate();
        em.refresh(e);
    }

    private static void expect(LetterEntity e, String what, String status) {
        if (!status.equals(e.status)) {
            throw new LuoshiException(LuoshiException.Kind.CONFLICT, "函件当前状态为 " + e.status + "，不能" + what);
        }
    }

    private LetterEntity find(EntityManager em, Actor actor, long id) {
        LetterEntity e = em.find(LetterEntity.class, id);
        if (e == null || !(actor.canSee(e.issuer) || !"DRAFT".equals(e.status) && actor.canSee(e.recipient))) {
            throw LuoshiException.notFound("函件 " + id + " 不存在或无权查看");
        }
        return e;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private UnitDTO unit(String id, String field) {
        return jurisdictions.unit(id).orElseThrow(() -> new LuoshiException(LuoshiException.Kind.INVALID,
                "单位 “" + id + "” 不存在", Map.of(field, "未知单位")));
    }

    private String name(String unitId) {
        return jurisdictions.unit(unitId).map(u -> u.name).orElse(unitId);
    }

    private LetterDTO toDto(LetterEntity e) {
        LetterDTO d = new LetterDTO();
        d.id = e.id;
        d.jurisdiction = e.jurisdiction;
        d.kind = e.kind;
        d.situation = e.situation;
        d.issuer = e.issuer;
        d.recipient = e.recipient;
        d.number = e.number;
        d.title = e.title;
        d.body = e.body;
        d.requiredResponse = e.requiredResponse;
        d.responseDeadline = e.responseDeadline.toString();
        d.status = e.status;
        d.sentAt = at(e.sentAt);
        d.sentBy = e.sentBy;
        d.signedAt = at(e.signedAt);
        d.signedBy = e.signedBy;
        d.plan = e.plan;
        d.report = e.report;
        d.answeredAt = at(e.answeredAt);
        d.answeredBy = e.answeredBy;
        d.overdue = !"ANSWERED".equals(e.status) && !"DRAFT".equals(e.status)
                && e.responseDeadline.isBefore(LocalDate.now(ZONE));
        d.sourceType = e.sourceType;
        d.sourceId = e.sourceId;
        d.previousId = "letter".equals(e.sourceType) ? e.sourceId : null;
        d.nextKind = d.overdue ? nextKind(e) : null;
        d.createdBy = e.createdBy;
        return d;
    }

    private static String at(LocalDateTime t) {
        return t == null ? null : t.atZone(ZONE).toOffsetDateTime().toString();
    }
}

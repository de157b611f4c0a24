package org.luoshi.letters.ui.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.luoshi.api.Actor;
import org.luoshi.api.FieldCheck;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.hazard.HazardDTO;
import org.luoshi.api.hazard.HazardQuery;
import org.luoshi.api.jurisdiction.JurisdictionRegistry;
import org.luoshi.api.jurisdiction.UnitDTO;
import org.luoshi.api.letter.LetterDTO;
import org.luoshi.api.letter.LetterService;
import org.luoshi.api.task.TaskDTO;
import org.luoshi.api.task.TaskQuery;
import org.luoshi.lists.ui.internal.InMemoryHazards;
import org.luoshi.lists.ui.internal.InMemoryTasks;
import org.luoshi.ui.internal.InMemoryServices;

/**
 * Letters with the rules of the real service: drafted by the issuing side (kind, situation, recipient, title, body and a
 * deadline not in the past required), edited only as drafts by the issuing side, numbered when sent
 * ({@code prefix〔year〕serial号}, serial per issuer and year, prefix the unit's letterPrefix or its name + 函), signed for
 * and answered (plan and report required) by the receiving side; drafts are not the recipient's business. Automatic
 * drafts (提醒函) for every overdue task and hazard below the issuer without a letter yet, and the next rung (提醒 → 提示 →
 * 督办) for an unanswered letter past its deadline.
 */
public final class InMemoryLetters implements LetterService {
    public static final List<String> LADDER = List.of("REMINDER", "NOTICE", "SUPERVISION");
    private static final Set<String> SITUATIONS = Set.of("INSTRUCTION", "FREQUENT_ACCIDENTS", "TYPICAL_ACCIDENT",
            "NOT_RECTIFIED", "TASK_LAGGING", "SEVERE_WEATHER");

    private final JurisdictionRegistry registry;
    private final InMemoryTasks tasks;
    private final InMemoryHazards hazards;
    public final List<LetterDTO> records = new ArrayList<>();
    private long ids;

    public InMemoryLetters(JurisdictionRegistry registry, InMemoryTasks tasks, InMemoryHazards hazards) {
        this.registry = registry;
        this.tasks = tasks;
        this.hazards = hazards;
    }

    private static LocalDate today() {
        return LocalDate.now(InMemoryServices.ZONE);
    }

    private LetterDTO check(LetterDTO in) {
        FieldCheck v = new FieldCheck();
        v.text("jurisdiction", "辖区", in.jurisdiction, 40, true);
        String kind = v.text("kind", "函件类型", in.kind, 12, true);
        String situation = v.text("situation", "适用情形", in.situation, 20, true);
        v.text("issuer", "发函单位", in.issuer, 200, true);
        v.text("recipient", "收函单位", in.recipient, 200, true);
        v.text("title", "标题", in.title, 200, true);
        v.text("body", "正文", in.body, 8000, true);
        v.text("requiredResponse", "工作要求", in.requiredResponse, 4000, false);
        LocalDate deadline = v.date("responseDeadline", "回复期限", in.responseDeadline, true);
        if (kind != null && !LADDER.contains(kind)) {
            v.fail("kind", "函件类型应为 REMINDER（提醒函）、NOTICE（提示函）或 SUPERVISION（督办函）");
        }
        if (situation != null && !SITUATIONS.contains(situation)) {
            v.fail("situation", "适用情形应为六种情形之一");
        }
        if (deadline != null && deadline.isBefore(today())) {
            v.fail("responseDeadline", "回复期限不能早于今天");
        }
        v.throwIfInvalid();
        unit(in.issuer, "issuer");
        unit(in.recipient, "recipient");
        return in;
    }

    private UnitDTO unit(String id, String field) {
        return registry.unit(id).orElseThrow(() -> new LuoshiException(LuoshiException.Kind.INVALID,
                "单位 “" + id + "” 不存在", Map.of(field, "未知单位")));
    }

    @Override
    public synchronized LetterDTO draft(Actor actor, LetterDTO in) {
        if (in == null) {
            throw LuoshiException.invalid("请求内容为空");
        }
        check(in);
        if (!actor.canSee(in.issuer)) {
            throw LuoshiException.forbidden("无权以 “" + name(in.issuer) + "” 的名义发函");
        }
        LetterDTO l = copy(in);
        l.id = ++ids;
        l.status = "DRAFT";
        l.number = null;
        l.createdBy = actor.name();
        records.add(l);
        return view(l);
    }

    @Override
    public synchronized LetterDTO update(Actor actor, long id, LetterDTO edits) {
        LetterDTO l = find(actor, id);
        side(actor, l, true);
        expect(l, "修改", "DRAFT");
        LetterDTO merged = copy(l);
        merged.kind = edits.kind;
        merged.situation = edits.situation;
        merged.recipient = edits.recipient;
        merged.title = edits.title;
        merged.body = edits.body;
        merged.requiredResponse = edits.requiredResponse;
        merged.responseDeadline = edits.responseDeadline;
        check(merged);
        l.kind = merged.kind;
        l.situation = merged.situation;
        l.recipient = merged.recipient;
        l.title = merged.title.strip();
        l.body = merged.body.strip();
        l.requiredResponse = merged.requiredResponse;
        l.responseDeadline = merged.responseDeadline;
        return view(l);
    }

    @Override
    public synchronized LetterDTO send(Actor actor, long id) {
        LetterDTO l = find(actor, id);
        side(actor, l, true);
        expect(l, "发送", "DRAFT");
        int year = today().getYear();
        long serial = records.stream().filter(x -> x.issuer.equals(l.issuer) && x.number != null
                && x.number.contains("〔" + year + "〕")).count() + 1;
        UnitDTO issuer = unit(l.issuer, "issuer");
        String prefix = issuer.letterPrefix != null && !issuer.letterPrefix.isBlank() ? issuer.letterPrefix
                : issuer.name + "函";
        l.number = prefix + "〔" + year + "〕" + serial + "号";
        l.status = "SENT";
        l.sentAt = OffsetDateTime.now(InMemoryServices.ZONE).toString();
        l.sentBy = actor.name();
        return view(l);
    }

    @Override
    public synchronized LetterDTO sign(Actor actor, long id) {
        LetterDTO l = find(actor, id);
        side(actor, l, false);
        expect(l, "签收", "SENT");
        l.status = "SIGNED";
        l.signedAt = OffsetDateTime.now(InMemoryServices.ZONE).toString();
        l.signedBy = actor.name();
        return view(l);
    }

    @Override
    public synchronized LetterDTO answer(Actor actor, long id, String plan, String report) {
        FieldCheck v = new FieldCheck();
        String p = v.text("plan", "整改方案", plan, 8000, true);
        String r = v.text("report", "整改情况报告", report, 8000, true);
        v.throwIfInvalid();
        LetterDTO l = find(actor, id);
        side(actor, l, false);
        expect(l, "回复", "SIGNED");
        l.plan = p;
        l.report = r;
        l.status = "ANSWERED";
        l.answeredAt = OffsetDateTime.now(InMemoryServices.ZONE).toString();
        l.answeredBy = actor.name();
        return view(l);
    }

    @Override
    public synchronized List<LetterDTO> draftForOverdue(Actor actor, String jurisdiction, String issuer) {
        UnitDTO from = unit(issuer == null ? "" : issuer, "issuer");
        if (!actor.canSee(from.id)) {
            throw LuoshiException.forbidden("无权以 “" + from.name + "” 的名义发函");
        }
        String scope = from.parent != null && "department".equals(from.kind) ? from.parent : from.id;
        Actor view = new Actor(actor.name(), List.of(scope), actor.roles());
        String deadline = today().plusDays(10).toString();
        List<LetterDTO> drafts = new ArrayList<>();
        TaskQuery tq = new TaskQuery();
        tq.jurisdiction = jurisdiction;
        tq.overdue = true;
        tq.limit = 200;
        for (TaskDTO t : tasks.list(view, tq).items) {
            if (t.unit.startsWith(scope + ".") && !t.unit.equals(from.id) && !hasLetter("task", t.id)) {
                drafts.add(auto(actor, jurisdiction, from.id, t.unit, "TASK_LAGGING", "task", t.id,
                        "关于加快推进重点工作任务落实的提醒函",
                        "你单位" + t.year + "年重点工作任务“" + t.measure + "”已逾期未完成。", deadline));
            }
        }
        HazardQuery hq = new HazardQuery();
        hq.jurisdiction = jurisdiction;
        hq.overdue = true;
        hq.limit = 200;
        for (HazardDTO h : hazards.list(view, hq).items) {
            if (h.unit.startsWith(scope + ".") && !h.unit.equals(from.id) && !hasLetter("hazard", h.id)) {
                drafts.add(auto(actor, jurisdiction, from.id, h.unit, "NOT_RECTIFIED", "hazard", h.id,
                        "关于督促问题隐患按期整改的提醒函",
                        "你单位问题隐患“" + h.description + "”（整改时限：" + h.deadline + "）逾期未整改到位。", deadline));
            }
        }
        for (LetterDTO l : new ArrayList<>(records)) {
            if (l.issuer.equals(from.id) && view(l).nextKind != null) {
                drafts.add(escalate(actor, l.id));
            }
        }
        return drafts;
    }

    private LetterDTO auto(Actor actor, String jurisdiction, String issuer, String recipient, String situation,
            String sourceType, Long sourceId, String title, String body, String deadline) {
        LetterDTO l = new LetterDTO();
        l.jurisdiction = jurisdiction;
        l.kind = "REMINDER";
        l.situation = situation;
        l.issuer = issuer;
        l.recipient = recipient;
        l.title = title;
        l.body = body;
        l.requiredResponse = "请于收函后制定整改方案，明确措施和时限，并按期报告落实情况。";
        l.responseDeadline = deadline;
        l.sourceType = sourceType;
        l.sourceId = sourceId;
        return draft(actor, l);
    }

    private boolean hasLetter(String sourceType, Long sourceId) {
        return records.stream().anyMatch(l -> sourceType.equals(l.sourceType) && sourceId.equals(l.sourceId));
    }

    @Override
    public synchronized LetterDTO escalate(Actor actor, long id) {
        LetterDTO l = find(actor, id);
        side(actor, l, true);
        LetterDTO shown = view(l);
        if ("ANSWERED".equals(l.status) || "DRAFT".equals(l.status)) {
            throw new LuoshiException(LuoshiException.Kind.CONFLICT, "函件当前状态为 " + l.status + "，不能升级");
        }
        if (!shown.overdue) {
            throw new LuoshiException(LuoshiException.Kind.CONFLICT, "函件尚未超过回复期限，不能升级");
        }
        if (records.stream().anyMatch(x -> Long.valueOf(id).equals(x.previousId))) {
            throw new LuoshiException(LuoshiException.Kind.CONFLICT, "该函件已升级过");
        }
        if (shown.nextKind == null) {
            throw new LuoshiException(LuoshiException.Kind.CONFLICT, "督办函已是最高一级，不能再升级");
        }
        LetterDTO next = copy(l);
        next.id = ++ids;
        next.kind = shown.nextKind;
        next.status = "DRAFT";
        next.number = null;
        next.sentAt = null;
        next.sentBy = null;
        next.signedAt = null;
        next.signedBy = null;
        next.sourceType = null;
        next.sourceId = null;
        next.previousId = l.id;
        next.title = l.title.replaceAll("(提醒函|提示函|督办函)$", "") + ("NOTICE".equals(next.kind) ? "提示函" : "督办函");
        next.body = "我单位" + l.number + "要求你单位于 " + l.responseDeadline + " 前回复，至今未回复。" + l.body;
        next.responseDeadline = today().plusDays(10).toString();
        next.createdBy = actor.name();
        records.add(next);
        return view(next);
    }

    /** 补录: a letter sent on paper, stored as SENT with its printed number and sending day. */
    @Override
    public synchronized LetterDTO register(Actor actor, LetterDTO in) {
        if (in == null) {
            throw LuoshiException.invalid("请求内容为空");
        }
        FieldCheck v = new FieldCheck();
        String number = v.text("number", "文号", in.number, 100, true);
        LocalDate sent = v.date("sentAt", "发文日期", in.sentAt, true);
        LocalDate deadline = v.date("responseDeadline", "回复期限", in.responseDeadline, true);
        if (sent != null && sent.isAfter(today())) {
            v.fail("sentAt", "发文日期不能晚于今天");
        }
        if (sent != null && deadline != null && deadline.isBefore(sent)) {
            v.fail("responseDeadline", "回复期限不能早于发文日期");
        }
        v.throwIfInvalid();
        LetterDTO checked = copy(in);
        // the deadline may be past: checked against the sending day above
        checked.responseDeadline = today().toString();
        check(checked);
        if (!actor.canSee(in.issuer)) {
            throw LuoshiException.forbidden("无权以 “" + name(in.issuer) + "” 的名义补录函件");
        }
        if (records.stream().anyMatch(l -> number.equals(l.number) && l.issuer.equals(in.issuer))) {
            throw new LuoshiException(LuoshiException.Kind.CONFLICT, "文号 “" + number + "” 已存在",
                    Map.of("number", "文号已存在"));
        }
        LetterDTO l = copy(in);
        l.id = ++ids;
        l.number = number;
        l.status = "SENT";
        l.sentAt = sent.atStartOfDay(InMemoryServices.ZONE).toOffsetDateTime().toString();
        l.sentBy = actor.name();
        l.createdBy = actor.name();
        records.add(l);
        return view(l);
    }

    @Override
    public synchronized LetterDTO get(Actor actor, long id) {
        return view(find(actor, id));
    }

    @Override
    public synchronized List<LetterDTO> list(Actor actor, String jurisdiction) {
        return records.stream().filter(l -> l.jurisdiction.equals(jurisdiction)).filter(l -> visible(actor, l))
                .sorted(Comparator.comparing((LetterDTO l) -> l.id).reversed()).map(this::view).toList();
    }

    private static boolean visible(Actor actor, LetterDTO l) {
        return actor.canSee(l.issuer) || !"DRAFT".equals(l.status) && actor.canSee(l.recipient);
    }

    private LetterDTO find(Actor actor, long id) {
        return records.stream().filter(l -> l.id == id && visible(actor, l)).findFirst()
                .orElseThrow(() -> LuoshiException.notFound("函件 " + id + " 不存在或无权查看"));
    }

    private void side(Actor actor, LetterDTO l, boolean issuer) {
        String unit = issuer ? l.issuer : l.recipient;
        if (!actor.canSee(unit)) {
            throw LuoshiException.forbidden("此操作只能由" + (issuer ? "发函单位" : "收函单位") + "（" + name(unit) + "）办理");
        }
    }

    private static void expect(LetterDTO l, String what, String status) {
        if (!status.equals(l.status)) {
            throw new LuoshiException(LuoshiException.Kind.CONFLICT, "函件当前状态为 " + l.status + "，不能" + what);
        }
    }

    /** A copy as the service hands it out: overdue, and the next rung when it could be escalated. */
    private LetterDTO view(LetterDTO in) {
        LetterDTO l = copy(in);
        l.overdue = !"ANSWERED".equals(l.status) && !"DRAFT".equals(l.status)
                && LocalDate.parse(l.responseDeadline).isBefore(today());
        int rung = LADDER.indexOf(l.kind);
        boolean followed = records.stream().anyMatch(x -> in.id.equals(x.previousId));
        l.nextKind = l.overdue && !followed && rung >= 0 && rung + 1 < LADDER.size() ? LADDER.get(rung + 1) : null;
        return l;
    }

    private static LetterDTO copy(LetterDTO in) {
        LetterDTO l = new LetterDTO();
        l.id = in.id;
        l.jurisdiction = in.jurisdiction;
        l.kind = in.kind;
        l.situation = in.situation;
        l.issuer = in.issuer;
        l.recipient = in.recipient;
        l.number = in.number;
        l.title = in.title;
        l.body = in.body;
        l.requiredResponse = in.requiredResponse;
        l.responseDeadline = in.responseDeadline;
        l.status = in.status;
        l.sentAt = in.sentAt;
        l.sentBy = in.sentBy;
        l.signedAt = in.signedAt;
        l.signedBy = in.signedBy;
        l.plan = in.plan;
        l.report = in.report;
        l.answeredAt = in.answeredAt;
        l.answeredBy = in.answeredBy;
        l.sourceType = in.sourceType;
        l.sourceId = in.sourceId;
        l.previousId = in.previousId;
        l.createdBy = in.createdBy;
        return l;
    }

    private String name(String unit) {
        return registry.unit(unit).map(u -> u.name).orElse(unit);
    }
}

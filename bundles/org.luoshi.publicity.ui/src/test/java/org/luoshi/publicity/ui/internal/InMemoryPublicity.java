package org.luoshi.publicity.ui.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.luoshi.api.Actor;
import org.luoshi.api.FieldCheck;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.hazard.HazardDTO;
import org.luoshi.api.hazard.HazardQuery;
import org.luoshi.api.hazard.HazardService;
import org.luoshi.api.hazard.HazardStatus;
import org.luoshi.api.jurisdiction.JurisdictionDTO;
import org.luoshi.api.jurisdiction.JurisdictionRegistry;
import org.luoshi.api.jurisdiction.UnitDTO;
import org.luoshi.api.publicity.EducationDTO;
import org.luoshi.api.publicity.PublicItemDTO;
import org.luoshi.api.publicity.PublicationDTO;
import org.luoshi.api.publicity.PublicityService;
import org.luoshi.ui.internal.InMemoryServices;

/**
 * A list-backed publicity service following the interface's contract (the real bundle is being written): a draft by
 * the unit's side, submitted, approved only by a person other than its author with the redactions stated, rejected or
 * withdrawn with a reason; the public side sees published items only, without people's names or notes.
 */
public final class InMemoryPublicity implements PublicityService {
    public static final Set<String> KINDS = Set.of("TYPICAL_CASE", "DISCLOSURE", "EXPOSURE");
    public static final Set<String> SOURCES = Set.of("tipoff", "hazard", "listing", "inspection", "transfer");
    public static final Set<String> EDUCATION_KINDS = Set.of("FILM", "EXHIBITION", "VIEWING");

    public final List<PublicationDTO> records = new ArrayList<>();
    public final List<EducationDTO> educations = new ArrayList<>();
    private final JurisdictionRegistry registry;
    private final HazardService hazards;
    private final AtomicLong ids = new AtomicLong();
    private final AtomicLong educationIds = new AtomicLong();

    public InMemoryPublicity(JurisdictionRegistry registry, HazardService hazards) {
        this.registry = registry;
        this.hazards = hazards;
    }

    private static String now() {
        return OffsetDateTime.now(InMemoryServices.ZONE).toString();
    }

    @Override
    public synchronized PublicationDTO draft(Actor actor, PublicationDTO in) {
        FieldCheck v = new FieldCheck();
        String kind = v.text("kind", "类型", in.kind, 20, true);
        String unit = v.text("unit", "发布单位", in.unit, 200, true);
        if (kind != null && !KINDS.contains(kind)) {
            v.fail("kind", "类型应为 TYPICAL_CASE、DISCLOSURE 或 EXPOSURE");
        }
        checkText(v, in, kind);
        v.throwIfInvalid();
        UnitDTO u = unit(unit, "unit");
        if (!actor.canSee(unit)) {
            throw LuoshiException.forbidden("无权以 “" + u.name + "” 的名义发布");
        }
        PublicationDTO p = new PublicationDTO();
        p.id = ids.incrementAndGet();
        p.jurisdiction = u.jurisdiction;
        p.kind = kind;
        p.unit = unit;
        apply(p, in);
        p.status = "DRAFT";
        p.createdBy = actor.name();
        records.add(p);
        return copy(p);
    }

    /** As the real service: title and body; the month only for a disclosure (not after this month); a source with its id. */
    private static void checkText(FieldCheck v, PublicationDTO in, String kind) {
        v.text("title", "标题", in.title, 200, true);
        v.text("body", "正文", in.body, 32000, true);
        checkMonth(v, kind, in.month);
        if (in.sourceType != null && !in.sourceType.isBlank() && (!SOURCES.contains(in.sourceType) || in.sourceId == null)) {
            v.fail("sourceType", "来源应为 " + String.join("、", SOURCES) + " 之一，并给出编号");
        }
    }

    private static String checkMonth(FieldCheck v, String kind, String month) {
        if (!"DISCLOSURE".equals(kind)) {
            return null;
        }
        try {
            YearMonth m = YearMonth.parse(month == null ? "" : month.strip());
            if (m.isAfter(YearMonth.now(InMemoryServices.ZONE))) {
                v.fail("month", "公开月份不能晚于本月");
            }
            return m.toString();
        } catch (DateTimeParseException e) {
            v.fail("month", "月度公开须写明月份 yyyy-MM");
            return null;
        }
    }

    private static void apply(PublicationDTO p, PublicationDTO in) {
        p.title = in.title.strip();
        p.body = in.body.strip();
        p.month = "DISCLOSURE".equals(p.kind) ? YearMonth.parse(in.month.strip()).toString() : null;
        if (in.sourceType != null && !in.sourceType.isBlank()) {
            p.sourceType = in.sourceType;
            p.sourceId = in.sourceId;
        }
    }

    @Override
    public synchronized PublicationDTO update(Actor actor, long id, PublicationDTO edits) {
        FieldCheck v = new FieldCheck();
        PublicationDTO p = own(actor, id);
        checkText(v, edits, p.kind);
        v.throwIfInvalid();
        expect(p, "修改", "DRAFT");
        apply(p, edits);
        return copy(p);
    }

    @Override
    public synchronized PublicationDTO submit(Actor actor, long id) {
        return step(actor, id, p -> {
            expect(p, "提交审核", "DRAFT");
            p.status = "PENDING";
            p.submittedBy = actor.name();
            p.note = null;
        });
    }

    @Override
    public synchronized PublicationDTO approve(Actor actor, long id, String redactions) {
        FieldCheck v = new FieldCheck();
        String r = v.text("redactions", "已核对的遮挡处理", redactions, 500, true);
        v.throwIfInvalid();
        return step(actor, id, p -> {
            expect(p, "审核发布", "PENDING");
            if (actor.name().equals(p.createdBy) || actor.name().equals(p.submittedBy)) {
                throw LuoshiException.forbidden("发布须由撰稿人和提交人以外的人员审核");
            }
            p.status = "PUBLISHED";
            p.redactions = r;
            p.approvedBy = actor.name();
            p.publishedAt = now();
            });
    }

    @Override
    public synchronized PublicationDTO reject(Actor actor, long id, String reason) {
        FieldCheck v = new FieldCheck();
        String r = v.text("reason", "退回理由", reason, 2000, true);
        v.throwIfInvalid();
        return step(actor, id, p -> {
            expect(p, "退回", "PENDING");
            p.status = "DRAFT";
            p.note = r;
        });
    }

    @Override
    public synchronized PublicationDTO withdraw(Actor actor, long id, String reason) {
        FieldCheck v = new FieldCheck();
        String r = v.text("reason", "撤回理由", reason, 2000, true);
        v.throwIfInvalid();
        return step(actor, id, p -> {
            expect(p, "撤回", "PUBLISHED");
            p.status = "WITHDRAWN";
            p.withdrawnBy = actor.name();
            p.withdrawnAt = now();
            p.note = r;
        });
    }

    @Override
    public synchronized PublicationDTO draftDisclosure(Actor actor, String unit, String month) {
        FieldCheck v = new FieldCheck();
        String u = v.text("unit", "公开单位", unit, 200, true);
        String m = checkMonth(v, "DISCLOSURE", month);
        v.throwIfInvalid();
        YearMonth ym = YearMonth.parse(m);
        UnitDTO office = unit(u, "unit");
        if (!actor.canSee(u)) {
            throw LuoshiException.forbidden("无权以 “" + office.name + "” 的名义发布");
        }
        LocalDate first = ym.atDay(1);
        LocalDate last = ym.atEndOfMonth();
        HazardQuery q = new HazardQuery();
        q.unit = u;
        q.major = true;
        q.limit = 1000;
        StringBuilder body = new StringBuilder(office.name + " " + ym.getYear() + "年" + ym.getMonthValue() + "月重大事故隐患公开\n");
        int n = 0;
        for (HazardDTO h : hazards.list(actor, q).items) {
            LocalDate found = h.inspectionDate == null ? null : LocalDate.parse(h.inspectionDate);
            boolean thisMonth = found != null && !found.isBefore(first) && !found.isAfter(last);
            boolean open = h.status == HazardStatus.REGISTERED || h.status == HazardStatus.RECTIFYING;
            if (thisMonth || open) {
                n++;
                body.append(n).append(". ").append(h.description).append("（").append(
                        registry.unit(h.unit).map(x -> x.name).orElse(h.unit)).append("，整改情况：")
                        .append(h.status == null ? "" : h.status.label()).append("）\n");
            }
        }
        if (n == 0) {
            body.append("本月无重大事故隐患。\n");
        }
        PublicationDTO in = new PublicationDTO();
        in.kind = "DISCLOSURE";
        in.unit = u;
        in.title = office.name + ym.getYear() + "年" + ym.getMonthValue() + "月重大事故隐患公开";
        in.body = body.toString();
        in.month = ym.toString();
        return draft(actor, in);
    }

    /** Publications citing the record as their source (declared without @Override: the API grows). */
    public synchronized List<PublicationDTO> bySource(Actor actor, String type, long id) {
        return records.stream().filter(p -> type.equals(p.sourceType) && p.sourceId != null && p.sourceId == id)
                .filter(p -> actor.canSee(p.unit)).map(InMemoryPublicity::copy).toList();
    }

    @Override
    public synchronized PublicationDTO get(Actor actor, long id) {
        return copy(find(actor, id));
    }

    @Override
    public synchronized List<PublicationDTO> list(Actor actor, String jurisdiction, String kind, String status, int offset,
            int limit) {
        int lim = limit <= 0 ? 20 : Math.min(limit, 200);
        return records.stream().filter(p -> p.jurisdiction.equals(jurisdiction)).filter(p -> actor.canSee(p.unit))
                .filter(p -> kind == null || kind.equals(p.kind)).filter(p -> status == null || status.equals(p.status))
                .sorted(Comparator.comparing((PublicationDTO p) -> p.id).reversed()).skip(Math.max(0, offset)).limit(lim)
                .map(InMemoryPublicity::copy).toList();
    }

    @Override
    public synchronized List<PublicItemDTO> published(String jurisdiction, String kind, int offset, int limit) {
        JurisdictionDTO j = registry.jurisdiction(jurisdiction)
                .orElseThrow(() -> LuoshiException.notFound("辖区 “" + jurisdiction + "” 未安装"));
        int lim = limit <= 0 ? 20 : Math.min(limit, 200);
        return records.stream().filter(p -> "PUBLISHED".equals(p.status))
                .filter(p -> p.unit.equals(j.unit) || p.unit.startsWith(j.unit + "."))
                .filter(p -> kind == null || kind.equals(p.kind))
                .sorted(Comparator.comparing((PublicationDTO p) -> p.publishedAt).thenComparing(p -> p.id).reversed())
                .skip(Math.max(0, offset)).limit(lim).map(p -> {
                    PublicItemDTO d = new PublicItemDTO();
                    d.id = p.id;
                    d.kind = p.kind;
                    d.title = p.title;
                    d.body = p.body;
                    d.month = p.month;
                    d.publisher = registry.unit(p.unit).map(u -> u.name).orElse("");
                    d.publishedAt = p.publishedAt;
                    return d;
                }).toList();
    }

    @Override
    public synchronized EducationDTO recordEducation(Actor actor, EducationDTO in) {
        FieldCheck v = new FieldCheck();
        String kind = v.text("kind", "形式", in.kind, 20, true);
        v.text("title", "名称", in.title, 200, true);
        LocalDate date = v.date("date", "日期", in.date, true);
        if (kind != null && !EDUCATION_KINDS.contains(kind)) {
            v.fail("kind", "形式应为 FILM、EXHIBITION 或 VIEWING");
        }
        if (in.organizers == null || in.organizers.isEmpty()) {
            v.fail("organizers", "请选择组织单位");
        }
        if (date != null && date.isAfter(LocalDate.now(InMemoryServices.ZONE))) {
            v.fail("date", "日期不能晚于今天");
        }
        if (in.participants != null && in.participants < 0) {
            v.fail("participants", "人数不能为负数");
        }
        v.throwIfInvalid();
        if (!actor.canSee(in.organizers.get(0))) {
            throw LuoshiException.forbidden("无权以该单位的名义登记");
        }
        EducationDTO e = new EducationDTO();
        e.id = educationIds.incrementAndGet();
        e.jurisdiction = unit(in.organizers.get(0), "organizers").jurisdiction;
        e.kind = kind;
        e.title = in.title.strip();
        e.date = date.toString();
        e.organizers = new ArrayList<>(in.organizers);
        e.attendees = new ArrayList<>(in.attendees == null ? List.of() : in.attendees);
        e.participants = in.participants;
        e.note = in.note;
        e.createdBy = actor.name();
        educations.add(e);
        return e;
    }

    @Override
    public synchronized List<EducationDTO> educations(Actor actor, String jurisdiction, int offset, int limit) {
        int lim = limit <= 0 ? 20 : Math.min(limit, 200);
        return educations.stream().filter(e -> e.jurisdiction.equals(jurisdiction))
                .filter(e -> e.organizers.stream().anyMatch(actor::canSee) || e.attendees.stream().anyMatch(actor::canSee))
                .sorted(Comparator.comparing((EducationDTO e) -> e.date).thenComparing(e -> e.id).reversed())
                .skip(Math.max(0, offset)).limit(lim).toList();
    }

    private PublicationDTO step(Actor actor, long id, Consumer<PublicationDTO> change) {
        PublicationDTO p = own(actor, id);
        change.accept(p);
        return copy(p);
    }

    private PublicationDTO find(Actor actor, long id) {
        return records.stream().filter(p -> p.id == id && actor.canSee(p.unit)).findFirst()
                .orElseThrow(() -> LuoshiException.notFound("稿件 " + id + " 不存在或无权查看"));
    }

    private PublicationDTO own(Actor actor, long id) {
        return find(actor, id);
    }

    private static void expect(PublicationDTO p, String what, String status) {
        if (!status.equals(p.status)) {
            throw new LuoshiException(LuoshiException.Kind.CONFLICT, "稿件当前状态为 " + p.status + "，不能" + what);
        }
    }

    private UnitDTO unit(String id, String field) {
        return registry.unit(id).orElseThrow(() -> new LuoshiException(LuoshiException.Kind.INVALID,
                "单位 “" + id + "” 不存在", Map.of(field, "未知单位")));
    }

    private static PublicationDTO copy(PublicationDTO p) {
        PublicationDTO d = new PublicationDTO();
        d.id = p.id;
        d.jurisdiction = p.jurisdiction;
        d.kind = p.kind;
        d.unit = p.unit;
        d.title = p.title;
        d.body = p.body;
        d.month = p.month;
        d.sourceType = p.sourceType;
        d.sourceId = p.sourceId;
        d.redactions = p.redactions;
        d.status = p.status;
        d.createdBy = p.createdBy;
        d.submittedBy = p.submittedBy;
        d.approvedBy = p.approvedBy;
        d.publishedAt = p.publishedAt;
        d.withdrawnBy = p.withdrawnBy;
        d.withdrawnAt = p.withdrawnAt;
        d.note = p.note;
        return d;
    }
}

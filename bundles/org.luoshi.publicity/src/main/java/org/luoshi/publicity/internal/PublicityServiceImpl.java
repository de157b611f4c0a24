package org.luoshi.publicity.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.luoshi.api.Actor;
import org.luoshi.api.FieldCheck;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.audit.AuditTrail;
import org.luoshi.api.hazard.HazardDTO;
import org.luoshi.api.hazard.HazardPage;
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
import org.luoshi.api.settings.ModuleSettings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Publications with four-eyes approval and withdrawal; warning-education records; the monthly disclosure drafted from the hazard list. */
@Component(service = PublicityService.class)
public class PublicityServiceImpl implements PublicityService {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Map<String, String> KINDS = Map.of("TYPICAL_CASE", "典型案例", "DISCLOSURE", "重大事故隐患月度公开",
            "EXPOSURE", "曝光", "RANKING", "考评排队通报");
    static final Set<String> SOURCES = Set.of("tipoff", "hazard", "listing", "inspection", "transfer", "accident", "ranking");
    static final Map<String, String> EDUCATION_KINDS = Map.of("FILM", "警示教育片", "EXHIBITION", "警示教育展览",
            "VIEWING", "组织观看");

    private final JpaTemplate jpa;
    private final JurisdictionRegistry jurisdictions;
    private final AuditTrail audit;
    private final ObjectMapper json = new ObjectMapper();

    /** The hazard list (mechanism 1): needed only to draft the monthly disclosure from it. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile HazardService hazards;

    /**
     * 模块配置: whether publicity is enabled at a unit (writes refused where not, withdrawal included; what was
     * published stays on the public list). Without the service, everything is enabled.
     */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ModuleSettings settings;

    @Activate
    public PublicityServiceImpl(@Reference(target = "(osgi.unit.name=luoshi-publicity)") JpaTemplate jpa,
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
    public PublicationDTO draft(Actor actor, PublicationDTO in) {
        if (in == null) {
            throw LuoshiException.invalid("请求内容为空");
        }
        FieldCheck v = new FieldCheck();
        String kind = v.text("kind", "类型", in.kind, 16, true);
        String unit = v.text("unit", "发布单位", in.unit, 200, true);
        String title = v.text("title", "标题", in.title, 200, true);
        String body = v.text("body", "正文", in.body, 32000, true);
        if (kind != null && !KINDS.containsKey(kind)) {
            v.fail("kind", "类型应为 TYPICAL_CASE（典型案例）、DISCLOSURE（月度公开）、EXPOSURE（曝光）或 RANKING（考评排队通报）");
        }
        String month = checkMonth(v, kind, in.month);
        checkSource(v, in.sourceType, in.sourceId);
        v.throwIfInvalid();
        UnitDTO u = unit(unit, "unit");
        if (!actor.canSee(unit)) {
            throw LuoshiException.forbidden("无权以 “" + u.name + "” 的名义发布");
        }
        ModuleSettings.requireEnabled(settings, PublicitySettingsDeclaration.MODULE, PublicitySettingsDeclaration.LABEL,
                unit);
        return jpa.txExpr(TransactionType.Required, em -> {
            PublicationEntity e = new PublicationEntity();
            e.jurisdiction = u.jurisdiction;
            e.kind = kind;
            e.unit = unit;
            e.title = title;
            e.body = body;
            e.month = month;
            e.sourceType = blank(in.sourceType);
            e.sourceId = in.sourceId;
            e.status = "DRAFT";
            e.createdBy = actor.name();
            e.createdAt = LocalDateTime.now(ZONE);
            em.persist(e);
            em.flush();
            audit.append(actor, "publication.draft", "publication", e.id.toString(), null, kind + " " + title);
            return toDto(e);
        });
    }

    private static String checkMonth(FieldCheck v, String kind, String month) {
        if (!"DISCLOSURE".equals(kind)) {
            return null;
        }
        try {
            YearMonth m = YearMonth.parse(month == null ? "" : month.strip());
            if (m.isAfter(YearMonth.now(ZONE))) {
                v.fail("month", "公开月份不能晚于本月");
            }
            return m.toString();
        } catch (DateTimeParseException e) {
            v.fail("month", "月度公开须写明月份 yyyy-MM");
            return null;
        }
    }

    /** The accidents module's records, when it runs: a warning education may cite an accident. */
    @org.osgi.service.component.annotations.Reference(cardinality =
            org.osgi.service.component.annotations.ReferenceCardinality.OPTIONAL, policy =
            org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC, policyOption =
            org.osgi.service.component.annotations.ReferencePolicyOption.GREEDY, target = "("
            + org.luoshi.api.link.RecordLinks.TYPE + "=accident)")
    private volatile org.luoshi.api.link.RecordLinks accidents;

    private void checkAccident(Actor actor, long id) {
        org.luoshi.api.link.RecordLinks module = accidents;
        if (module == null) {
            throw new LuoshiException(LuoshiException.Kind.UNAVAILABLE, "事故模块未运行，无法核对所引的事故");
        }
        try {
            module.describe(actor, id);
        } catch (LuoshiException e) {
            if (e.kind() == LuoshiException.Kind.NOT_FOUND || e.kind() == LuoshiException.Kind.FORBIDDEN) {
                throw new LuoshiException(LuoshiException.Kind.INVALID, "事故 " + id + " 不存在或无权查看",
                        Map.of("accidentId", "事故不存在或无权查看"));
            }
            throw e;
        }
    }

    private static void checkSource(FieldCheck v, String type, Long id) {
        if (blank(type) != null && (!SOURCES.contains(type.strip()) || id == null)) {
            v.fail("sourceType", "来源应为 " + String.join("、", SOURCES) + " 之一，并给出编号");
        }
        if (id != null && blank(type) == null) {
            v.fail("sourceType", "给出来源编号时请同时给出来源类型");
        }
        if (id != null && id <= 0) {
            v.fail("sourceId", "来源编号应为正整数");
        }
    }

    @Override
    public PublicationDTO update(Actor actor, long id, PublicationDTO in) {
        if (in == null) {
            throw LuoshiException.invalid("请求内容为空");
        }
        FieldCheck v = new FieldCheck();
        String title = in.title == null ? null : v.text("title", "标题", in.title, 200, true);
        String body = in.body == null ? null : v.text("body", "正文", in.body, 32000, true);
        checkSource(v, in.sourceType, in.sourceId);
        v.throwIfInvalid();
        if (title == null && body == null && in.month == null && blank(in.sourceType) == null) {
            // an edit changes something (an empty one would be recorded in the audit trail as an edit)
            throw LuoshiException.invalid("没有要修改的内容（可修改：标题、正文、月份、来源）");
        }
        return step(actor, id, "publication.edit", (em, e) -> {
            expect(e, "修改", "DRAFT");
            FieldCheck m = new FieldCheck();
            String month = in.month == null ? e.month : checkMonth(m, e.kind, in.month);
            m.throwIfInvalid();
            e.title = title != null ? title : e.title;
            e.body = body != null ? body : e.body;
            e.month = month;
            if (blank(in.sourceType) != null) {
                e.sourceType = in.sourceType.strip();
                e.sourceId = in.sourceId;
            }
        });
    }

    @Override
    public PublicationDTO submit(Actor actor, long id) {
        return step(actor, id, "publication.submit", (em, e) -> {
            expect(e, "提交审核", "DRAFT");
            e.status = "PENDING";
            e.submittedBy = actor.name();
            e.note = null;
        });
    }

    @Override
    public PublicationDTO approve(Actor actor, long id, String redactions) {
        FieldCheck v = new FieldCheck();
        String r = v.text("redactions", "脱敏处理情况（人名、人脸、车牌等）", redactions, 2000, true);
        v.throwIfInvalid();
        return step(actor, id, "publication.approve", (em, e) -> {
            expect(e, "审核发布", "PENDING");
            if (actor.name().equals(e.createdBy) || actor.name().equals(e.submittedBy)) {
                throw LuoshiException.forbidden("发布须由撰稿人和提交人以外的人员审核");
            }
            e.status = "PUBLISHED";
            e.redactions = r;
            e.approvedBy = actor.name();
            e.publishedAt = LocalDateTime.now(ZONE);
        });
    }

    @Override
    public PublicationDTO reject(Actor actor, long id, String reason) {
        FieldCheck v = new FieldCheck();
        String r = v.text("reason", "退回理由", reason, 2000, true);
        v.throwIfInvalid();
        return step(actor, id, "publication.reject", (em, e) -> {
            expect(e, "退回", "PENDING");
            e.status = "DRAFT";
            e.note = r;
        });
    }

    @Override
    public PublicationDTO withdraw(Actor actor, long id, String reason) {
        FieldCheck v = new FieldCheck();
        String r = v.text("reason", "撤回理由", reason, 2000, true);
        v.throwIfInvalid();
        return step(actor, id, "publication.withdraw", (em, e) -> {
            expect(e, "撤回", "PUBLISHED");
            e.status = "WITHDRAWN";
            e.withdrawnBy = actor.name();
            e.withdrawnAt = LocalDateTime.now(ZONE);
            e.note = r;
        });
    }

    @Override
    public PublicationDTO draftDisclosure(Actor actor, String unit, String month) {
        FieldCheck v = new FieldCheck();
        String u = v.text("unit", "公开单位", unit, 200, true);
        String m = checkMonth(v, "DISCLOSURE", month);
        v.throwIfInvalid();
        UnitDTO office = unit(u, "unit");
        HazardService hazardList = hazards();
        YearMonth ym = YearMonth.parse(m);
        LocalDate first = ym.atDay(1);
        LocalDate last = ym.atEndOfMonth();
        HazardQuery q = new HazardQuery();
        q.unit = u;
        q.major = true;
        q.foundTo = last.toString();
        q.limit = 200;
        List<HazardDTO> rows = new ArrayList<>();
        for (int offset = 0; offset < 2000; offset += 200) {
            q.offset = offset;
            HazardPage page = hazardList.list(actor, q);
            for (HazardDTO h : page.items) {
                LocalDate found = LocalDate.parse(h.inspectionDate);
                LocalDate done = h.completedOn == null ? null : LocalDate.parse(h.completedOn);
                boolean open = h.status != HazardStatus.ACCEPTED && (done == null || done.isAfter(last));
                if (!found.isBefore(first) || open || done != null && !done.isBefore(first) && !done.isAfter(last)) {
                    rows.add(h);
                }
            }
            if (page.items.size() < 200) {
                break;
            }
        }
        rows.sort((a, b) -> a.inspectionDate.compareTo(b.inspectionDate));
        StringBuilder body = new StringBuilder();
        body.append(office.name).append(ym.getYear()).append("年").append(ym.getMonthValue())
                .append("月重大事故隐患排查整治情况公开：本月在册重大事故隐患 ").append(rows.size()).append(" 项。\n");
        int n = 0;
        for (HazardDTO h : rows) {
            body.append(++n).append(". ").append(name(h.unit)).append("：").append(h.description)
                    .append("（").append(h.inspectionDate).append(" 发现").append(Boolean.TRUE.equals(h.listed) ? "，挂牌督办" : "")
                    .append("）。整改时限：").append(h.deadline == null ? "—" : h.deadline).append("；整改进展：")
                    .append(h.status.label()).append(h.completedOn == null ? "" : "（" + h.completedOn + " 整改完成）")
                    .append("。\n");
        }
        PublicationDTO p = new PublicationDTO();
        p.kind = "DISCLOSURE";
        p.unit = u;
        p.month = m;
        p.title = office.name + ym.getYear() + "年" + ym.getMonthValue() + "月重大事故隐患公开";
        p.body = body.toString().strip();
        return draft(actor, p);
    }

    @Override
    public PublicationDTO get(Actor actor, long id) {
        return jpa.txExpr(TransactionType.Required, em -> toDto(find(em, actor, id)));
    }

    @Override
    public List<PublicationDTO> bySource(Actor actor, String type, long id) {
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "SELECT p FROM PublicationEntity p WHERE p.sourceType = ?1 AND p.sourceId = ?2 ORDER BY p.id",
                PublicationEntity.class).setParameter(1, type).setParameter(2, id).getResultList().stream()
                .filter(e -> actor.canSee(e.unit)).map(PublicityServiceImpl::toDto).toList());
    }

    @Override
    public List<PublicationDTO> list(Actor actor, String jurisdiction, String kind, String status, int offset, int limit) {
        int lim = limit <= 0 ? 20 : Math.min(limit, 200);
        return jpa.txExpr(TransactionType.Required, em -> listed(em, actor, jurisdiction, kind, status)
                .skip(Math.max(0, offset)).limit(lim).map(PublicityServiceImpl::toDto).toList());
    }

    @Override
    public long count(Actor actor, String jurisdiction, String kind, String status) {
        return jpa.txExpr(TransactionType.Required, em -> listed(em, actor, jurisdiction, kind, status).count());
    }

    /** The publications of {@link #list}, newest first, all pages. */
    private static java.util.stream.Stream<PublicationEntity> listed(EntityManager em, Actor actor, String jurisdiction,
            String kind, String status) {
        var q = em.createQuery("SELECT p FROM PublicationEntity p WHERE p.jurisdiction = ?1"
                + (blank(kind) == null ? "" : " AND p.kind = ?2") + (blank(status) == null ? "" : " AND p.status = ?3")
                + " ORDER BY p.id DESC", PublicationEntity.class).setParameter(1, jurisdiction);
        if (blank(kind) != null) {
            q.setParameter(2, kind.strip());
        }
        if (blank(status) != null) {
            q.setParameter(3, status.strip());
        }
        return q.getResultList().stream().filter(e -> actor.canSee(e.unit));
    }

    @Override
    public List<PublicItemDTO> published(String jurisdiction, String kind, int offset, int limit) {
        JurisdictionDTO j = jurisdictions.jurisdiction(jurisdiction).orElseThrow(() -> LuoshiException.notFound(
                "辖区 “" + jurisdiction + "” 未安装"));
        int lim = limit <= 0 ? 20 : Math.min(limit, 100);
        return jpa.txExpr(TransactionType.Required, em -> {
            var q = em.createQuery("SELECT p FROM PublicationEntity p WHERE p.status = 'PUBLISHED' AND "
                    + "(p.unit = ?1 OR p.unit LIKE ?2)" + (blank(kind) == null ? "" : " AND p.kind = ?3")
                    + " ORDER BY p.publishedAt DESC, p.id DESC", PublicationEntity.class)
                    .setParameter(1, j.unit).setParameter(2, j.unit + ".%");
            if (blank(kind) != null) {
                q.setParameter(3, kind.strip());
            }
            return q.setFirstResult(Math.max(0, offset)).setMaxResults(lim).getResultList().stream().map(e -> {
                PublicItemDTO d = new PublicItemDTO();
                d.id = e.id;
                d.kind = e.kind;
                d.title = e.title;
                d.body = e.body;
                d.month = e.month;
                d.publisher = name(e.unit);
                d.publishedAt = e.publishedAt.atZone(ZONE).toOffsetDateTime().toString();
                return d;
            }).toList();
        });
    }

    @Override
    public EducationDTO recordEducation(Actor actor, EducationDTO in) {
        if (in == null) {
            throw LuoshiException.invalid("请求内容为空");
        }
        FieldCheck v = new FieldCheck();
        String kind = v.text("kind", "类型", in.kind, 12, true);
        String title = v.text("title", "名称", in.title, 200, true);
        LocalDate date = v.date("date", "日期", in.date, true);
        String note = v.text("note", "说明", in.note, 2000, false);
        if (kind != null && !EDUCATION_KINDS.containsKey(kind)) {
            v.fail("kind", "类型应为 FILM（警示教育片）、EXHIBITION（警示教育展览）或 VIEWING（组织观看）");
        }
        if (date != null && date.isAfter(LocalDate.now(ZONE))) {
            v.fail("date", "日期不能晚于今天");
        }
        if (in.organizers == null || in.organizers.isEmpty()) {
            v.fail("organizers", "请填写组织单位");
        }
        if (in.participants != null && in.participants < 0) {
            v.fail("participants", "人数不能为负");
        }
        if (in.accidentId != null && in.accidentId <= 0) {
            v.fail("accidentId", "事故编号应为正整数");
        }
        v.throwIfInvalid();
        if (in.accidentId != null) {
            checkAccident(actor, in.accidentId);
        }
        List<String> organizers = in.organizers.stream().map(String::strip).toList();
        List<String> attendees = in.attendees == null ? List.of() : in.attendees.stream().map(String::strip).toList();
        for (String u : organizers) {
            unit(u, "organizers");
        }
        for (String u : attendees) {
            unit(u, "attendees");
        }
        if (!actor.canSee(organizers.get(0))) {
            throw LuoshiException.forbidden("无权以 “" + name(organizers.get(0)) + "” 的名义登记");
        }
        ModuleSettings.requireEnabled(settings, PublicitySettingsDeclaration.MODULE, PublicitySettingsDeclaration.LABEL,
                organizers.get(0));
        return jpa.txExpr(TransactionType.Required, em -> {
            EducationEntity e = new EducationEntity();
            e.jurisdiction = unit(organizers.get(0), "organizers").jurisdiction;
            e.kind = kind;
            e.title = title;
            e.date = date;
            e.organizersJson = write(organizers);
            e.attendeesJson = write(attendees);
            e.participants = in.participants;
            e.note = note;
            e.accidentId = in.accidentId;
            e.createdBy = actor.name();
            e.createdAt = LocalDateTime.now(ZONE);
            em.persist(e);
            em.flush();
            audit.append(actor, "education.record", "education", e.id.toString(), null, kind + " " + title);
            return toDto(e);
        });
    }

    @Override
    public List<EducationDTO> educations(Actor actor, String jurisdiction, int offset, int limit) {
        int lim = limit <= 0 ? 20 : Math.min(limit, 200);
        return jpa.txExpr(TransactionType.Required, em -> educations(em, actor, jurisdiction)
                .skip(Math.max(0, offset)).limit(lim).toList());
    }

    @Override
    public long countEducations(Actor actor, String jurisdiction) {
        return jpa.txExpr(TransactionType.Required, em -> educations(em, actor, jurisdiction).count());
    }

    /** The records of {@link #educations}, newest first, all pages. */
    private java.util.stream.Stream<EducationDTO> educations(EntityManager em, Actor actor, String jurisdiction) {
        return em.createQuery(
                "SELECT e FROM EducationEntity e WHERE e.jurisdiction = ?1 ORDER BY e.date DESC, e.id DESC",
                EducationEntity.class).setParameter(1, jurisdiction).getResultList().stream()
                .map(this::toDto).filter(d -> d.organizers.stream().anyMatch(actor::canSee)
                        || d.attendees.stream().anyMatch(actor::canSee));
    }

    private interface Change {
        void apply(EntityManager em, PublicationEntity e);
    }

    private PublicationDTO step(Actor actor, long id, String action, Change change) {
        return jpa.txExpr(TransactionType.Required, em -> {
            PublicationEntity e = find(em, actor, id);
            ModuleSettings.requireEnabled(settings, PublicitySettingsDeclaration.MODULE,
                    PublicitySettingsDeclaration.LABEL, e.unit);
            String before = e.status;
            change.apply(em, e);
            em.flush();
            audit.append(actor, action, "publication", e.id.toString(), before, e.status);
            return toDto(e);
        });
    }

    private PublicationEntity find(EntityManager em, Actor actor, long id) {
        PublicationEntity e = em.find(PublicationEntity.class, id);
        if (e == null || !actor.canSee(e.unit)) {
            throw LuoshiException.notFound("发布稿 " + id + " 不存在或无权查看");
        }
        return e;
    }

    private static void expect(PublicationEntity e, String what, String status) {
        if (!status.equals(e.status)) {
            throw new LuoshiException(LuoshiException.Kind.CONFLICT, "发布稿当前状态为 " + e.status + "，不能" + what);
        }
    }

    private UnitDTO unit(String id, String field) {
        return jurisdictions.unit(id).orElseThrow(() -> new LuoshiException(LuoshiException.Kind.INVALID,
                "单位 “" + id + "” 不存在", Map.of(field, "未知单位")));
    }

    private String name(String unitId) {
        return jurisdictions.unit(unitId).map(x -> x.name).orElse(unitId);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static PublicationDTO toDto(PublicationEntity e) {
        PublicationDTO d = new PublicationDTO();
        d.id = e.id;
        d.jurisdiction = e.jurisdiction;
        d.kind = e.kind;
        d.unit = e.unit;
        d.title = e.title;
        d.body = e.body;
        d.month = e.month;
        d.sourceType = e.sourceType;
        d.sourceId = e.sourceId;
        d.redactions = e.redactions;
        d.status = e.status;
        d.createdBy = e.createdBy;
        d.submittedBy = e.submittedBy;
        d.approvedBy = e.approvedBy;
        d.publishedAt = e.publishedAt == null ? null : e.publishedAt.atZone(ZONE).toOffsetDateTime().toString();
        d.withdrawnBy = e.withdrawnBy;
        d.withdrawnAt = e.withdrawnAt == null ? null : e.withdrawnAt.atZone(ZONE).toOffsetDateTime().toString();
        d.note = e.note;
        return d;
    }

    private EducationDTO toDto(EducationEntity e) {
        EducationDTO d = new EducationDTO();
        d.id = e.id;
        d.jurisdiction = e.jurisdiction;
        d.kind = e.kind;
        d.title = e.title;
        d.date = e.date.toString();
        d.organizers = read(e.organizersJson);
        d.attendees = read(e.attendeesJson);
        d.participants = e.participants;
        d.note = e.note;
        d.accidentId = e.accidentId;
        d.createdBy = e.createdBy;
        return d;
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
            return json.readValue(text, json.getTypeFactory().constructCollectionType(ArrayList.class, String.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.luoshi.lists.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;


import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.luoshi.api.Actor;
import org.luoshi.api.FieldCheck;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.audit.AuditTrail;
import org.luoshi.api.hazard.HazardDTO;
import org.luoshi.api.hazard.HazardPage;
import org.luoshi.api.hazard.HazardQuery;
import org.luoshi.api.hazard.HazardReviewDTO;
import org.luoshi.api.hazard.HazardService;
import org.luoshi.api.hazard.HazardSource;
import org.luoshi.api.hazard.HazardStatus;
import org.luoshi.api.hazard.ProgressUpdateDTO;
import org.luoshi.api.jurisdiction.JurisdictionRegistry;
import org.luoshi.api.jurisdiction.UnitDTO;
import org.luoshi.api.listing.ListingService;
import org.luoshi.api.settings.ModuleSettings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** The hazard list on JPA: validation, unit scoping, status rules, and an audit entry in the same transaction. */
@Component(service = HazardService.class)
public class HazardServiceImpl implements HazardService {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final int MAX_PAGE = 200;

    private final JpaTemplate jpa;
    private final JurisdictionRegistry jurisdictions;
    private final AuditTrail audit;

    /** The listing module (mechanism 2), when installed: then only it marks a hazard as listed, with its notice. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ListingService listings;

    /**
     * 模块配置: whether the lists are enabled at a unit (writes refused where not; {@link #markListed}, the listing
     * module's mark on its own write, is not); without it, everything is.
     */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ModuleSettings settings;

    /** The enterprise register (企业名录), when installed: a hazard may point at one of its enterprises. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile org.luoshi.api.enterprise.EnterpriseService enterprises;

    @Activate
    public HazardServiceImpl(@Reference(target = "(osgi.unit.name=luoshi-lists)") JpaTemplate jpa,
            @Reference JurisdictionRegistry jurisdictions, @Reference AuditTrail audit) {
        this.jpa = jpa;
        this.jurisdictions = jurisdictions;
        this.audit = audit;
    }

    @Override
    public HazardDTO create(Actor actor, HazardDTO in) {
        if (in == null) {
            throw LuoshiException.invalid("请求内容为空");
        }
        FieldCheck v = new FieldCheck();
        HazardEntity e = new HazardEntity();
        e.jurisdiction = v.text("jurisdiction", "辖区", in.jurisdiction, 40, true);
        e.unit = v.text("unit", "单位", in.unit, 200, true);
        e.source = v.required("source", "隐患来源", in.source);
        e.inspectionUnit = v.text("inspectionUnit", "检查单位", in.inspectionUnit, 200, true);
        e.inspector = v.text("inspector", "检查人", in.inspector, 100, false);
        e.inspectionDate = v.date("inspectionDate", "检查时间", in.inspectionDate, true);
        e.inspectionMethod = v.text("inspectionMethod", "检查方式", in.inspectionMethod, 100, false);
        e.description = v.text("description", "问题隐患描述", in.description, 4000, true);
        e.major = Boolean.TRUE.equals(in.major);
        e.listed = Boolean.TRUE.equals(in.listed);
        e.measures = v.text("measures", "整改措施", in.measures, 4000, false);
        e.rectificationUnit = v.text("rectificationUnit", "整改单位", in.rectificationUnit, 200, false);
        e.rectificationResponsible = v.text("rectificationResponsible", "整改责任人", in.rectificationResponsible, 100, false);
        e.deadline = v.date("deadline", "整改时限", in.deadline, true);
        e.recurrencePrevention = v.text("recurrencePrevention", "防范重复发生的措施", in.recurrencePrevention, 4000, false);
        LocalDate today = LocalDate.now(ZONE);
        if (e.inspectionDate != null && e.inspectionDate.isAfter(today)) {
            v.fail("inspectionDate", "检查时间不能晚于今天");
        }
        if (e.inspectionDate != null && e.deadline != null && e.deadline.isBefore(e.inspectionDate)) {
            v.fail("deadline", "整改时限不能早于检查时间");
        }
        if (e.listed && !e.major) {
            v.fail("listed", "只有重大事故隐患才能挂牌督办");
        }
        if (e.listed && e.source == HazardSource.SELF_REPORT && !selfReportedListed(e.unit)) {
            v.fail("listed", "本辖区规定企业自查自报的重大事故隐患不挂牌督办，由日常监管部门督促整改");
        }
        if (e.listed && listings != null) {
            // with mechanism 2 installed a hazard becomes listed only by a listing with its notice (挂牌督办通知书)
            v.fail("listed", "挂牌督办须由挂牌督办单位在“重大事故隐患挂牌督办”中下达挂牌督办通知书，登记隐患时不能直接标记");
        }
        if (in.enterpriseId != null) {
            org.luoshi.api.enterprise.EnterpriseDTO ent = enterprise(actor, in.enterpriseId, v);
            if (ent != null) {
                e.enterpriseId = ent.id;
                e.enterpriseName = ent.name;
                if (e.rectificationUnit == null) {
                    e.rectificationUnit = ent.name; // the enterprise rectifies, unless another unit is named
                }
            }
        }
        v.throwIfInvalid();
        if (jurisdictions.jurisdiction(e.jurisdiction).isEmpty()) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, "辖区 “" + e.jurisdiction + "” 未安装",
                    Map.of("jurisdiction", "未知辖区"));
        }
        UnitDTO unit = jurisdictions.unit(e.unit).orElseThrow(() -> new LuoshiException(LuoshiException.Kind.INVALID,
                "单位 “" + e.unit + "” 不存在", Map.of("unit", "未知单位")));
        if (!e.jurisdiction.equals(unit.jurisdiction)) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, "单位 “" + unit.name + "” 不属于辖区 " + e.jurisdiction,
                    Map.of("unit", "单位不属于该辖区"));
        }
        requireVisible(actor, e.unit);
        ModuleSettings.requireEnabled(settings, ListsSettingsDeclaration.MODULE, ListsSettingsDeclaration.LABEL,
                e.unit);
        // who found it reviews it: a superior's finding on a county's list is accepted by that superior
        e.reviewingUnit = actor.ownUnitFor(e.unit).orElse(e.unit);
        e.status = HazardStatus.REGISTERED;
        e.createdBy = actor.name();
        e.createdAt = LocalDateTime.now(ZONE);
        e.updatedAt = e.createdAt;
        return jpa.txExpr(TransactionType.Required, em -> {
            em.persist(e);
            em.flush();
            HazardDTO out = toDto(e, today);
            audit.append(actor, "hazard.create", "hazard", e.id.toString(), null, Json.of(out));
            return out;
        });
    }

    @Override
    public HazardDTO get(Actor actor, long id) {
        HazardEntity e = jpa.txExpr(TransactionType.Required, em -> em.find(HazardEntity.class, id));
        if (e == null || !actor.canSee(e.unit)) {
            // the same answer for absent and invisible records, so ids do not leak what exists elsewhere
            throw LuoshiException.notFound("隐患 " + id + " 不存在或无权查看");
        }
        return toDto(e, LocalDate.now(ZONE));
    }

    @Override
    public HazardDTO updateProgress(Actor actor, long id, ProgressUpdateDTO in) {
        if (in == null) {
            throw LuoshiException.invalid("请求内容为空");
        }
        FieldCheck v = new FieldCheck();
        HazardStatus status = v.required("status", "状态", in.status);
        String progress = v.text("progress", "整改完成情况", in.progress, 4000, true);
        LocalDate completedOn = v.date("completedOn", "整改完成时间", in.completedOn, status == HazardStatus.REPORTED);
        String prevention = v.text("recurrencePrevention", "防范重复发生的措施", in.recurrencePrevention, 4000, false);
        if (status != null && status != HazardStatus.RECTIFYING && status != HazardStatus.REPORTED) {
            v.fail("status", "进度更新只能将状态设为“整改中”或“整改完成待验收”");
        }
        LocalDate today = LocalDate.now(ZONE);
        if (completedOn != null && completedOn.isAfter(today)) {
            v.fail("completedOn", "整改完成时间不能晚于今天");
        }
        v.throwIfInvalid();
        return jpa.txExpr(TransactionType.Required, em -> {
            HazardEntity e = em.find(HazardEntity.class, id);
            if (e == null || !actor.canSee(e.unit)) {
                throw LuoshiException.notFound("隐患 " + id + " 不存在或无权查看");
            }
            if (in.version != null && !in.version.equals(e.version)) {
                throw new LuoshiException(LuoshiException.Kind.CONFLICT, "该隐患已被他人修改，请刷新后重试");
            }
            ModuleSettings.requireEnabled(settings, ListsSettingsDeclaration.MODULE, ListsSettingsDeclaration.LABEL,
                    e.unit);
            if (e.status == HazardStatus.ACCEPTED || e.status == HazardStatus.REPORTED) {
                throw new LuoshiException(LuoshiException.Kind.CONFLICT,
                        "隐患当前状态为“" + e.status.label() + "”，不能再更新整改进度");
            }
            if (completedOn != null && e.inspectionDate != null && completedOn.isBefore(e.inspectionDate)) {
                throw new LuoshiException(LuoshiException.Kind.INVALID, "整改完成时间不能早于检查时间",
                        Map.of("completedOn", "整改完成时间不能早于检查时间"));
            }
            String before = Json.of(toDto(e, today));
            e.status = status;
            e.progress = progress;
            e.completedOn = status == HazardStatus.REPORTED ? completedOn : null;
            if (prevention != null) {
                e.recurrencePrevention = prevention;
            }
            e.updatedAt = LocalDateTime.now(ZONE);
            em.flush();
            HazardDTO out = toDto(e, today);
            audit.append(actor, "hazard.progress", "hazard", e.id.toString(), before, Json.of(out));
            return out;
        });
    }

    /** A return reason: the review column (4,000) less its prefix "退回（yyyy-mm-dd）：". */
    static final int RETURN_MAX = 4000 - "退回（0000-00-00）：".length();

    @Override
    public HazardDTO review(Actor actor, long id, HazardReviewDTO in) {
        if (in == null) {
            throw LuoshiException.invalid("请求内容为空");
        }
        FieldCheck v = new FieldCheck();
        // a return is stored as "退回（yyyy-mm-dd）：reason" in the same 4,000 characters
        String review = v.text("review", in.passed ? "复查验收情况" : "退回理由", in.review, in.passed ? 4000 : RETURN_MAX, true);
        String unit = v.text("reviewUnit", "复查单位", in.reviewUnit, 200, false);
        String reviewer = v.text("reviewer", "复查责任人", in.reviewer, 100, true);
        v.throwIfInvalid();
        LocalDate today = LocalDate.now(ZONE);
        return jpa.txExpr(TransactionType.Required, em -> {
            HazardEntity e = em.find(HazardEntity.class, id);
            if (e == null || !actor.canSee(e.unit)) {
                throw LuoshiException.notFound("隐患 " + id + " 不存在或无权查看");
            }
            if (in.version != null && !in.version.equals(e.version)) {
                throw new LuoshiException(LuoshiException.Kind.CONFLICT, "该隐患已被他人修改，请刷新后重试");
            }
            String reviewing = reviewingUnit(e);
            if (!actor.canSee(reviewing)) {
                throw LuoshiException.forbidden("复查验收由 " + unitName(reviewing) + " 负责"
                        + (reviewing.equals(e.unit) ? "" : "（发现或挂牌督办该隐患的单位），整改单位不能自行验收"));
            }
            ModuleSettings.requireEnabled(settings, ListsSettingsDeclaration.MODULE, ListsSettingsDeclaration.LABEL,
                    e.unit);
            if (e.status != HazardStatus.REPORTED) {
                throw new LuoshiException(LuoshiException.Kind.CONFLICT,
                        "隐患当前状态为“" + e.status.label() + "”，只有整改完成待验收的隐患才能复查验收");
            }
            String before = Json.of(toDto(e, today));
            e.reviewUnit = unit != null ? unit : unitName(actor.ownUnitFor(reviewing).orElse(reviewing));
            e.reviewer = reviewer;
            if (in.passed) {
                e.review = review;
                e.status = HazardStatus.ACCEPTED;
            } else {
                e.review = "退回（" + today + "）：" + review;
                e.completedOn = null;
                e.status = HazardStatus.RECTIFYING;
            }
            e.updatedAt = LocalDateTime.now(ZONE);
            em.flush();
            HazardDTO out = toDto(e, today);
            audit.append(actor, in.passed ? "hazard.accept" : "hazard.return", "hazard", e.id.toString(), before,
                    Json.of(out));
            return out;
        });
    }

    @Override
    public HazardDTO markListed(Actor actor, long id) {
        LocalDate today = LocalDate.now(ZONE);
        return jpa.txExpr(TransactionType.Required, em -> {
            HazardEntity e = em.find(HazardEntity.class, id);
            if (e == null || !actor.canSee(e.unit)) {
                throw LuoshiException.notFound("隐患 " + id + " 不存在或无权查看");
            }
            if (!e.major) {
                throw LuoshiException.invalid("只有重大事故隐患才能挂牌督办");
            }
            if (e.source == HazardSource.SELF_REPORT && !selfReportedListed(e.unit)) {
                throw LuoshiException.invalid("本辖区规定企业自查自报的重大事故隐患不挂牌督办，由日常监管部门督促整改");
            }
            if (e.listed) {
                return toDto(e, today);
            }
            String before = Json.of(toDto(e, today));
            e.listed = true;
            e.reviewingUnit = actor.ownUnitFor(e.unit).orElse(e.unit); // 挂牌督办单位 reviews and accepts (seed 000 二（二）5)
            e.updatedAt = LocalDateTime.now(ZONE);
            em.flush();
            HazardDTO out = toDto(e, today);
            audit.append(actor, "hazard.listed", "hazard", e.id.toString(), before, Json.of(out));
            return out;
        });
    }

    /** The enterprise as the caller may see it, or null after a field error on {@code enterpriseId}. */
    private org.luoshi.api.enterprise.EnterpriseDTO enterprise(Actor actor, long id, FieldCheck v) {
        org.luoshi.api.enterprise.EnterpriseService register = enterprises;
        if (register == null) {
            v.fail("enterpriseId", "企业名录模块未启用，不能关联企业");
            return null;
        }
        try {
            return register.get(actor, id);
        } catch (LuoshiException notTheirs) {
            v.fail("enterpriseId", "企业不存在或不在您的监管范围内");
            return null;
        }
    }

    @Override
    public HazardDTO linkEnterprise(Actor actor, long id, Long enterpriseId) {
        FieldCheck v = new FieldCheck();
        org.luoshi.api.enterprise.EnterpriseDTO ent = enterpriseId == null ? null : enterprise(actor, enterpriseId, v);
        v.throwIfInvalid();
        LocalDate today = LocalDate.now(ZONE);
        return jpa.txExpr(TransactionType.Required, em -> {
            HazardEntity e = em.find(HazardEntity.class, id);
            if (e == null || !actor.canSee(e.unit)) {
                throw LuoshiException.notFound("隐患 " + id + " 不存在或无权查看");
            }
            ModuleSettings.requireEnabled(settings, ListsSettingsDeclaration.MODULE, ListsSettingsDeclaration.LABEL,
                    e.unit);
            String before = Json.of(toDto(e, today));
            e.enterpriseId = ent == null ? null : ent.id;
            e.enterpriseName = ent == null ? null : ent.name;
            e.updatedAt = LocalDateTime.now(ZONE);
            em.flush();
            HazardDTO out = toDto(e, today);
            audit.append(actor, "hazard.enterprise", "hazard", e.id.toString(), before, Json.of(out));
            return out;
        });
    }

    /** The reviewing unit; records made before it was kept are reviewed by their own unit, as they were. */
    private static String reviewingUnit(HazardEntity e) {
        return e.reviewingUnit != null ? e.reviewingUnit : e.unit;
    }

    private String unitName(String unit) {
        return jurisdictions.unit(unit).map(u -> u.name).orElse(unit);
    }

    @Override
    public HazardPage list(Actor actor, HazardQuery q) {
        HazardQuery query = q == null ? new HazardQuery() : q;
        int limit = query.limit <= 0 ? 20 : Math.min(query.limit, MAX_PAGE);
        int offset = Math.max(0, query.offset);
        LocalDate today = LocalDate.now(ZONE);
        Where where = new Where().within("h.unit", actor.units());
        if (query.jurisdiction != null && !query.jurisdiction.isBlank()) {
            where.and("h.jurisdiction = ?", query.jurisdiction.strip());
        }
        if (query.unit != null && !query.unit.isBlank()) {
            where.within("h.unit", List.of(query.unit.strip()));
        }
        filters(where, query, today);
        return jpa.txExpr(TransactionType.Required, em -> {
            long total = where.bind(em.createQuery("SELECT COUNT(h) FROM HazardEntity h" + where.sql(), Long.class))
                    .getSingleResult();
            List<HazardDTO> items = where.bind(em.createQuery(
                    "SELECT h FROM HazardEntity h" + where.sql() + orderBy(query.sort), HazardEntity.class))
                    .setFirstResult(offset).setMaxResults(limit).getResultList().stream().map(e -> toDto(e, today))
                    .toList();
            return page(items, total, offset, limit);
        });
    }

    /** The ORDER BY of a sort key (see {@link HazardQuery#sort}); INVALID naming {@code sort} for any other. */
    static String orderBy(String sort) {
        return org.luoshi.api.Sorting.orderBy(sort, "h", HazardQuery.SORTS, " ORDER BY h.id DESC");
    }

    /** The query's record filters (all but jurisdiction, unit and paging), shared with the form figures. */
    static void filters(Where where, HazardQuery query, LocalDate today) {
        if (query.source != null) {
            where.and("h.source = ?", query.source);
        }
        if (query.major != null) {
            where.and("h.major = ?", query.major);
        }
        if (query.status != null) {
            where.and("h.status = ?", query.status);
        }
        if (query.text != null && !query.text.isBlank()) {
            where.contains("h.description", query.text.strip());
        }
        if (query.overdue != null) {
            String overdue = "(h.status = ? OR h.status = ?) AND h.deadline < ?";
            where.and(query.overdue ? overdue : "NOT (" + overdue + ")", HazardStatus.REGISTERED, HazardStatus.RECTIFYING,
                    today);
        }
        if (query.listed != null) {
            where.and("h.listed = ?", query.listed);
        }
        if (query.foundFrom != null) {
            where.and("h.inspectionDate >= ?", day("foundFrom", query.foundFrom));
        }
        if (query.foundTo != null) {
            where.and("h.inspectionDate <= ?", day("foundTo", query.foundTo));
        }
        if (query.enterpriseId != null) {
            where.and("h.enterpriseId = ?", query.enterpriseId);
        }
        if (query.rectifiedBy != null) {
            where.and("(h.status = ? OR h.status = ?) AND h.completedOn <= ?", HazardStatus.REPORTED,
                    HazardStatus.ACCEPTED, day("rectifiedBy", query.rectifiedBy));
        }
    }

    private static LocalDate day(String field, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, field + " 须为日期 yyyy-MM-dd",
                    Map.of(field, "日期格式应为 yyyy-MM-dd"));
        }
    }

    private static HazardPage page(List<HazardDTO> items, long total, int offset, int limit) {
        HazardPage p = new HazardPage();
        p.items = new ArrayList<>(items);
        p.total = total;
        p.offset = offset;
        p.limit = limit;
        return p;
    }

    private static void requireVisible(Actor actor, String unit) {
        if (!actor.canSee(unit)) {
            throw LuoshiException.forbidden("无权在单位 “" + unit + "” 登记或查看隐患");
        }
    }

    static HazardDTO toDto(HazardEntity e, LocalDate today) {
        HazardDTO d = new HazardDTO();
        d.id = e.id;
        d.jurisdiction = e.jurisdiction;
        d.unit = e.unit;
        d.source = e.source;
        d.inspectionUnit = e.inspectionUnit;
        d.inspector = e.inspector;
        d.inspectionDate = str(e.inspectionDate);
        d.inspectionMethod = e.inspectionMethod;
        d.description = e.description;
        d.major = e.major;
        d.listed = e.listed;
        d.measures = e.measures;
        d.rectificationUnit = e.rectificationUnit;
        d.rectificationResponsible = e.rectificationResponsible;
        d.deadline = str(e.deadline);
        d.progress = e.progress;
        d.completedOn = str(e.completedOn);
        d.recurrencePrevention = e.recurrencePrevention;
        d.review = e.review;
        d.reviewUnit = e.reviewUnit;
        d.reviewer = e.reviewer;
        d.reviewingUnit = reviewingUnit(e);
        d.status = e.status;
        d.enterpriseId = e.enterpriseId;
        d.enterpriseName = e.enterpriseName;
        d.overdue = e.deadline != null && e.deadline.isBefore(today)
                && (e.status == HazardStatus.REGISTERED || e.status == HazardStatus.RECTIFYING);
        d.createdBy = e.createdBy;
        d.createdAt = e.createdAt == null ? null : e.createdAt.atZone(ZONE).toOffsetDateTime().toString();
        d.updatedAt = e.updatedAt == null ? null : e.updatedAt.atZone(ZONE).toOffsetDateTime().toString();
        d.version = e.version;
        return d;
    }

    private static String str(LocalDate d) {
        return d == null ? null : d.toString();
    }

    /**
     * Whether the region lists its enterprises' self-reported major hazards: the listing module's setting
     * {@code listSelfReported} at the hazard's unit (模块配置, else the region plugin's {@code modules/listing.properties}).
     */
    private boolean selfReportedListed(String unit) {
        return unit != null && "true".equalsIgnoreCase(ModuleSettings.text(settings, jurisdictions, "listing",
                "listSelfReported", jurisdictions.unit(unit).orElse(null)));
    }

}

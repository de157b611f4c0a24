package org.luoshi.accidents.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.luoshi.api.Actor;
import org.luoshi.api.FieldCheck;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.PageDTO;
import org.luoshi.api.accident.AccidentActionDTO;
import org.luoshi.api.accident.AccidentDTO;
import org.luoshi.api.accident.AccidentFiringDTO;
import org.luoshi.api.accident.AccidentLevel;
import org.luoshi.api.accident.AccidentQuery;
import org.luoshi.api.accident.AccidentService;
import org.luoshi.api.accident.AccidentStepDTO;
import org.luoshi.api.audit.AuditTrail;
import org.luoshi.api.enterprise.EnterpriseDTO;
import org.luoshi.api.enterprise.EnterpriseService;
import org.luoshi.api.jurisdiction.JurisdictionDTO;
import org.luoshi.api.jurisdiction.JurisdictionRegistry;
import org.luoshi.api.jurisdiction.UnitDTO;
import org.luoshi.api.settings.ModuleSettings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Accidents on JPA, and the region rules: recording an accident evaluates, after it is stored, every installed
 * jurisdiction's rules that cover its unit (the city's rules count a county's accidents whichever plugin the county
 * has); a firing is stored first (its key makes it once only, also across nodes), then its drafts are made in their
 * modules ({@link Drafts}), then the firing records what was drafted. A rule never sends anything.
 */
@Component(service = {AccidentService.class, AccidentServiceImpl.class})
public class AccidentServiceImpl implements AccidentService {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final int MAX_PAGE = 200;
    static final String MODULE = "accidents";
    private static final Logger LOG = LoggerFactory.getLogger(AccidentServiceImpl.class);
    private static final Set<String> ISSUES = Set.of(AccidentDTO.LATE, AccidentDTO.OMITTED, AccidentDTO.FALSE,
            AccidentDTO.CONCEALED);
    private static final List<String> STAGES = List.of("OPEN", "INVESTIGATING", "REPORTED", "CLOSED");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final JpaTemplate jpa;
    private final JurisdictionRegistry jurisdictions;
    private final AuditTrail audit;
    private final Drafts drafts;
    private final ObjectMapper json = new ObjectMapper();
    /** One evaluation at a time per territory in this node (the firing key guards across nodes). */
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    /**
     * 模块配置: whether accidents are enabled at a unit. People's writes are refused where not (recording, steps,
     * decisions on proposed actions); the rules' own evaluation (after a recording, daily, or an administrator's
     * re-evaluation) is not. Without the service, everything is enabled.
     */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ModuleSettings settings;

    /**
     * The enterprise register: an accident may name one of its enterprises. Tracked and opened at first use, not a DS
     * reference: binding it while this component activates closed a cycle of service factories (the accident's record
     * links → this service → the register → … → the record links) and left the accident module unregistered.
     */
    private final org.osgi.util.tracker.ServiceTracker<EnterpriseService, EnterpriseService> enterprises;
    private boolean enterprisesOpen;

    @Activate
    public AccidentServiceImpl(@Reference(target = "(osgi.unit.name=luoshi-accidents)") JpaTemplate jpa,
            @Reference JurisdictionRegistry jurisdictions, @Reference AuditTrail audit, @Reference Drafts drafts,
            org.osgi.framework.BundleContext context) {
        this.jpa = jpa;
        this.jurisdictions = jurisdictions;
        this.audit = audit;
        this.drafts = drafts;
        this.enterprises = new org.osgi.util.tracker.ServiceTracker<>(context, EnterpriseService.class, null);
    }

    private synchronized EnterpriseService register() {
        if (!enterprisesOpen) {
            enterprises.open();
            enterprisesOpen = true;
        }
        return enterprises.getService();
    }

    @org.osgi.service.component.annotations.Deactivate
    synchronized void closeTracker() {
        if (enterprisesOpen) {
            enterprises.close();
        }
    }

    // ---- accidents ------------------------------------------------------------------------------------------------

    /** The enterprise as the caller may see it, or null after a field error on {@code enterpriseId}. */
    private EnterpriseDTO enterprise(Actor actor, long id, FieldCheck v) {
        EnterpriseService register = register();
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
    public AccidentDTO record(Actor actor, AccidentDTO in) {
        if (in == null) {
            throw LuoshiException.invalid("请求内容为空");
        }
        FieldCheck v = new FieldCheck();
        String jurisdiction = v.text("jurisdiction", "辖区", in.jurisdiction, 40, true);
        String unitId = v.text("unit", "事故所属单位", in.unit, 200, true);
        String when = v.text("occurredAt", "事故发生时间", in.occurredAt, 20, true);
        String place = v.text("place", "事故发生地点", in.place, 500, true);
        String sector = v.text("sector", "行业领域", in.sector, 40, true);
        String enterprise = v.text("enterprise", "事故单位（企业）", in.enterprise, 200, false);
        String facts = v.text("facts", "事故简要经过", in.facts, 8000, true);
        String issue = v.text("reportingIssue", "报告情况", in.reportingIssue, 12, false);
        LocalDateTime occurred = null;
        LocalDateTime now = LocalDateTime.now(ZONE);
        if (when != null) {
            try {
                occurred = LocalDateTime.parse(when.replace(' ', 'T'));
            } catch (DateTimeParseException e) {
                v.fail("occurredAt", "事故发生时间格式应为 年-月-日T时:分（如 2026-03-05T14:30）");
            }
        }
        if (occurred != null && occurred.isAfter(now)) {
            v.fail("occurredAt", "事故发生时间不能晚于现在");
        } else if (occurred != null && occurred.getYear() < 2000) {
            v.fail("occurredAt", "事故发生时间不能早于 2000 年");
        }
        int deaths = count(v, "deaths", "死亡人数", in.deaths);
        int injuries = count(v, "seriousInjuries", "重伤人数", in.seriousInjuries);
        BigDecimal loss = in.directLoss == null ? BigDecimal.ZERO : in.directLoss;
        if (loss.signum() < 0 || loss.compareTo(new BigDecimal("1000000000")) > 0) {
            v.fail("directLoss", "直接经济损失应为 0 到 10 亿万元之间的金额（万元）");
        } else if (loss.stripTrailingZeros().scale() > 2) {
            v.fail("directLoss", "直接经济损失最多保留 2 位小数（万元）");
        }
        if (issue != null && !ISSUES.contains(issue)) {
            v.fail("reportingIssue", "报告情况应为 LATE（迟报）、OMITTED（漏报）、FALSE（谎报）或 CONCEALED（瞒报），按时如实报告的不填");
        }
        EnterpriseDTO registered = in.enterpriseId == null ? null : enterprise(actor, in.enterpriseId, v);
        AccidentLevel level = AccidentLevel.of(deaths, injuries, loss);
        if (in.level != null && in.level != level && v.isValid()) {
            v.fail("level", "按死亡 " + deaths + " 人、重伤 " + injuries + " 人、直接经济损失 " + loss.stripTrailingZeros()
                    .toPlainString() + " 万元，应为" + level.label() + "（《生产安全事故报告和调查处理条例》第三条）");
        }
        v.throwIfInvalid();
        JurisdictionDTO j = jurisdictions.jurisdiction(jurisdiction).orElseThrow(() -> new LuoshiException(
                LuoshiException.Kind.INVALID, "辖区 “" + jurisdiction + "” 未安装", Map.of("jurisdiction", "未知辖区")));
        UnitDTO unit = jurisdictions.unit(unitId).orElseThrow(() -> new LuoshiException(LuoshiException.Kind.INVALID,
                "单位 “" + unitId + "” 不存在", Map.of("unit", "未知单位")));
        if (!(unit.id.equals(j.unit) || unit.id.startsWith(j.unit + "."))) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, "单位 “" + unit.name + "” 不属于" + j.name,
                    Map.of("unit", "单位不属于该辖区"));
        }
        List<String> sectors = sectors(jurisdiction);
        if (!sectors.contains(sector)) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, "未知的行业领域 “" + sector + "”，可选："
                    + String.join("、", sectors), Map.of("sector", "未知的行业领域"));
        }
        if (!actor.canSee(unit.id)) {
            throw LuoshiException.forbidden("无权为 “" + unit.name + "” 登记事故");
        }
        ModuleSettings.requireEnabled(settings, AccidentSettingsDeclaration.MODULE, AccidentSettingsDeclaration.LABEL,
                unit.id);
        LocalDateTime at = occurred;
        AccidentEntity saved = jpa.txExpr(TransactionType.Required, em -> {
            AccidentEntity e = new AccidentEntity();
            e.jurisdiction = jurisdiction;
            e.unit = unit.id;
            e.territory = territory(unit.id);
            e.occurredAt = at;
            e.occurredOn = at.toLocalDate();
            e.place = place;
            e.sector = sector;
            e.level = level.name();
            e.deaths = deaths;
            e.seriousInjuries = injuries;
            e.directLoss = loss;
            e.enterprise = registered != null && enterprise == null ? registered.name : enterprise;
            e.enterpriseId = registered == null ? null : registered.id;
            e.facts = facts;
            e.reportingIssue = issue;
            e.status = "OPEN";
            e.createdBy = actor.name();
            e.createdAt = now;
            em.persist(e);
            em.flush();
            audit.append(actor, "accident.record", "accident", e.id.toString(), null, write(Map.of("unit", e.unit,
                    "occurredAt", e.occurredAt.format(MINUTES), "level", e.level, "deaths", deaths, "sector", sector)));
            return e;
        });
        // the rules run once the accident is stored; a rule that fails never takes the record with it
        try {
            evaluateFor(saved.unit, saved.territory);
        } catch (RuntimeException e) {
            LOG.error("Accident rules failed for accident {}; the daily pass will try again", saved.id, e);
        }
        return get(actor, saved.id);
    }

    private static int count(FieldCheck v, String field, String label, Integer value) {
        if (value == null) {
            return 0;
        }
        if (value < 0 || value > 100_000) {
            v.fail(field, label + "应为 0 到 100000 之间的整数");
            return 0;
        }
        return value;
    }

    @Override
    public AccidentDTO get(Actor actor, long id) {
        return jpa.txExpr(TransactionType.Required, em -> {
            AccidentEntity e = find(em, actor, id);
            AccidentDTO d = toDto(em, e);
            d.steps = steps(em, id);
            return d;
        });
    }

    private static AccidentEntity find(EntityManager em, Actor actor, long id) {
        AccidentEntity e = em.find(AccidentEntity.class, id);
        if (e == null || !actor.canSee(e.unit)) {
            throw LuoshiException.notFound("事故 " + id + " 不存在或无权查看");
        }
        return e;
    }

    @Override
    public PageDTO<AccidentDTO> list(Actor actor, AccidentQuery q) {
        AccidentQuery query = q == null ? new AccidentQuery() : q;
        int limit = query.limit <= 0 ? 20 : Math.min(query.limit, MAX_PAGE);
        int offset = Math.max(0, query.offset);
        FieldCheck v = new FieldCheck();
        LocalDate from = v.date("from", "开始日期", query.from, false);
        LocalDate to = v.date("to", "结束日期", query.to, false);
        v.throwIfInvalid();
        StringBuilder where = new StringBuilder(" WHERE (");
        List<Object> params = new ArrayList<>();
        List<String> scope = actor.units();
        if (scope.isEmpty()) {
            return new PageDTO<>(List.of(), 0, offset, limit);
        }
        for (int i = 0; i < scope.size(); i++) {
            where.append(i == 0 ? "" : " OR ").append("a.unit = ?").append(params.size() + 1).append(" OR a.unit LIKE ?")
                    .append(params.size() + 2);
            params.add(scope.get(i));
            params.add(scope.get(i) + ".%");
        }
        where.append(")");
        if (query.jurisdiction != null && !query.jurisdiction.isBlank()) {
            params.add(query.jurisdiction.strip());
            where.append(" AND a.jurisdiction = ?").append(params.size());
        }
        if (query.unit != null && !query.unit.isBlank()) {
            params.add(query.unit.strip());
            params.add(query.unit.strip() + ".%");
            where.append(" AND (a.unit = ?").append(params.size() - 1).append(" OR a.unit LIKE ?").append(params.size())
                    .append(")");
        }
        if (query.level != null) {
            params.add(query.level.name());
            where.append(" AND a.level = ?").append(params.size());
        }
        if (query.sector != null && !query.sector.isBlank()) {
            params.add(query.sector.strip());
            where.append(" AND a.sector = ?").append(params.size());
        }
        if (query.enterpriseId != null) {
            params.add(query.enterpriseId);
            where.append(" AND a.enterpriseId = ?").append(params.size());
        }
        if (from != null) {
            params.add(from);
            where.append(" AND a.occurredOn >= ?").append(params.size());
        }
        if (to != null) {
            params.add(to);
            where.append(" AND a.occurredOn <= ?").append(params.size());
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            var count = em.createQuery("SELECT COUNT(a) FROM AccidentEntity a" + where, Long.class);
            var rows = em.createQuery("SELECT a FROM AccidentEntity a" + where + " ORDER BY a.occurredAt DESC, a.id DESC",
                    AccidentEntity.class);
            for (int i = 0; i < params.size(); i++) {
                count.setParameter(i + 1, params.get(i));
                rows.setParameter(i + 1, params.get(i));
            }
            long total = count.getSingleResult();
            List<AccidentEntity> page = rows.setFirstResult(offset).setMaxResults(limit).getResultList();
            // the page's firings in one query (by the territories and units they count under), not one per accident
            Set<String> scopes = new LinkedHashSet<>();
            page.forEach(e -> {
                scopes.add(e.territory);
                scopes.add(e.unit);
            });
            List<FiringEntity> firings = page.isEmpty() ? List.of() : em.createQuery("SELECT f FROM FiringEntity f "
                    + "WHERE f.territory IN ?1 ORDER BY f.id", FiringEntity.class).setParameter(1, List.copyOf(scopes))
                    .getResultList();
            Map<String, Rules.Settings> settings = new java.util.HashMap<>();
            List<AccidentDTO> items = new ArrayList<>();
            for (AccidentEntity e : page) {
                String id = "|" + e.id + "|";
                items.add(toDto(e, firings.stream().filter(f -> f.accidentIds.contains(id)).toList(), settings));
            }
            return new PageDTO<>(items, total, offset, limit);
        });
    }

    @Override
    public AccidentDTO addStep(Actor actor, long id, AccidentStepDTO in) {
        if (in == null) {
            throw LuoshiException.invalid("请求内容为空");
        }
        FieldCheck v = new FieldCheck();
        String kind = v.text("kind", "类型", in.kind, 20, true);
        LocalDate date = v.date("date", "日期", in.date, true);
        String text = v.text("text", "内容", in.text, 4000, true);
        if (kind != null && !List.of(AccidentStepDTO.GROUP, AccidentStepDTO.REPORT, AccidentStepDTO.ACCOUNTABILITY)
                .contains(kind)) {
            v.fail("kind", "类型应为 GROUP（成立事故调查组）、REPORT（事故调查报告）或 ACCOUNTABILITY（责任追究）");
        }
        if (date != null && date.isAfter(LocalDate.now(ZONE))) {
            v.fail("date", "日期不能晚于今天");
        }
        v.throwIfInvalid();
        return jpa.txExpr(TransactionType.Required, em -> {
            AccidentEntity e = find(em, actor, id);
            if (date.isBefore(e.occurredOn)) {
                throw new LuoshiException(LuoshiException.Kind.INVALID, "日期不能早于事故发生日期 " + e.occurredOn,
                        Map.of("date", "早于事故发生日期"));
            }
            ModuleSettings.requireEnabled(settings, AccidentSettingsDeclaration.MODULE,
                    AccidentSettingsDeclaration.LABEL, e.unit);
            String before = e.status;
            AccidentStepEntity s = new AccidentStepEntity();
            s.accidentId = e.id;
            s.kind = kind;
            s.stepDate = date;
            s.text = text;
            s.recordedBy = actor.name();
            s.recordedAt = LocalDateTime.now(ZONE);
            em.persist(s);
            String reached = switch (kind) {
                case AccidentStepDTO.GROUP -> "INVESTIGATING";
                case AccidentStepDTO.REPORT -> "REPORTED";
                default -> "CLOSED";
            };
            if (STAGES.indexOf(reached) > STAGES.indexOf(e.status)) {
                e.status = reached;
            }
            em.flush();
            audit.append(actor, "accident.step", "accident", e.id.toString(), before, e.status + " " + kind);
            AccidentDTO d = toDto(em, e);
            d.steps = steps(em, id);
            return d;
        });
    }

    private static List<AccidentStepDTO> steps(EntityManager em, long id) {
        List<AccidentStepDTO> out = new ArrayList<>();
        for (AccidentStepEntity s : em.createQuery("SELECT s FROM AccidentStepEntity s WHERE s.accidentId = ?1 "
                + "ORDER BY s.stepDate, s.id", AccidentStepEntity.class).setParameter(1, id).getResultList()) {
            AccidentStepDTO d = new AccidentStepDTO();
            d.kind = s.kind;
            d.date = s.stepDate.toString();
            d.text = s.text;
            d.recordedBy = s.recordedBy;
            d.recordedAt = s.recordedAt.atZone(ZONE).toOffsetDateTime().toString();
            out.add(d);
        }
        return out;
    }

    @Override
    public List<String> sectors(String jurisdiction) {
        return settings(jurisdiction).sectors();
    }

    /** A jurisdiction's rules; a file that does not parse counts as none (logged: the plugin's data is wrong). */
    Rules.Settings settings(String jurisdiction) {
        try {
            return Rules.parse(jurisdictions.settings(jurisdiction, MODULE));
        } catch (IllegalArgumentException e) {
            LOG.error("Jurisdiction {}: {} (its accident rules are not applied)", jurisdiction, e.getMessage());
            return Rules.Settings.NONE;
        }
    }

    /** The county-level unit at or above a unit (the unit itself when none is above it). */
    String territory(String unitId) {
        String at = unitId;
        while (at != null) {
            UnitDTO u = jurisdictions.unit(at).orElse(null);
            if (u != null && "county".equals(u.kind)) {
                return u.id;
            }
            int dot = at.lastIndexOf('.');
            at = dot < 0 ? null : at.substring(0, dot);
        }
        return unitId;
    }

    /** One accident with the firings it counted in (one query). */
    AccidentDTO toDto(EntityManager em, AccidentEntity e) {
        return toDto(e, em.createQuery("SELECT f FROM FiringEntity f WHERE f.accidentIds LIKE ?1 ORDER BY f.id",
                FiringEntity.class).setParameter(1, "%|" + e.id + "|%").getResultList(), new java.util.HashMap<>());
    }

    /** An accident with its firings; {@code settings} caches the regions' rules read for the campaign of each. */
    private AccidentDTO toDto(AccidentEntity e, List<FiringEntity> firings, Map<String, Rules.Settings> settings) {
        AccidentDTO d = new AccidentDTO();
        d.id = e.id;
        d.jurisdiction = e.jurisdiction;
        d.unit = e.unit;
        d.territory = e.territory;
        d.occurredAt = e.occurredAt.format(MINUTES);
        d.place = e.place;
        d.sector = e.sector;
        d.level = AccidentLevel.valueOf(e.level);
        d.deaths = e.deaths;
        d.seriousInjuries = e.seriousInjuries;
        d.directLoss = e.directLoss;
        d.enterprise = e.enterprise;
        d.enterpriseId = e.enterpriseId;
        d.facts = e.facts;
        d.reportingIssue = e.reportingIssue;
        for (JurisdictionDTO j : covering(e.unit)) {
            Rules.Campaign c = Rules.campaign(settings.computeIfAbsent(j.id, this::settings).campaigns(), e.occurredOn,
                    e.sector);
            if (c != null && d.campaign == null) {
                d.campaign = c.name();
            }
        }
        d.status = e.status;
        d.createdBy = e.createdBy;
        d.createdAt = e.createdAt.atZone(ZONE).toOffsetDateTime().toString();
        d.version = e.version;
        for (FiringEntity f : firings) {
            d.firings.add(toDto(f));
        }
        return d;
    }

    /** The installed jurisdictions whose own unit is the unit or above it (whose rules cover it), lowest level last. */
    List<JurisdictionDTO> covering(String unitId) {
        return jurisdictions.jurisdictions().stream().filter(j -> j.unit != null
                && (unitId.equals(j.unit) || unitId.startsWith(j.unit + "."))).toList();
    }

    // ---- rules ----------------------------------------------------------------------------------------------------

    /** Evaluates every covering jurisdiction's rules for the territory of an accident's unit; answers new firings. */
    List<AccidentFiringDTO> evaluateFor(String unitId, String territory) {
        List<AccidentFiringDTO> fired = new ArrayList<>();
        for (JurisdictionDTO j : covering(unitId)) {
            Rules.Settings s = settings(j.id);
            for (Rules.Rule rule : s.rules()) {
                String scope = "unit".equals(rule.territory()) ? unitId : territory;
                synchronized (locks.computeIfAbsent(j.id + "|" + scope, k -> new Object())) {
                    for (Rules.Hit hit : Rules.evaluate(rule, accidents(rule, scope), counted(j.id, rule.id(), scope),
                            s.campaigns())) {
                        AccidentFiringDTO f = fire(j, rule, scope, hit);
                        if (f != null) {
                            fired.add(f);
                        }
                    }
                }
            }
        }
        return fired;
    }

    private List<Rules.Accident> accidents(Rules.Rule rule, String scope) {
        String attribute = "unit".equals(rule.territory()) ? "a.unit" : "a.territory";
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery("SELECT a FROM AccidentEntity a WHERE "
                + attribute + " = ?1", AccidentEntity.class).setParameter(1, scope).getResultList().stream()
                .map(a -> new Rules.Accident(a.id, a.occurredOn, AccidentLevel.valueOf(a.level), a.sector, a.reportingIssue))
                .toList());
    }

    private Set<Long> counted(String jurisdiction, String rule, String scope) {
        Set<Long> out = new LinkedHashSet<>();
        jpa.txExpr(TransactionType.Required, em -> em.createQuery("SELECT f.accidentIds FROM FiringEntity f WHERE "
                + "f.jurisdiction = ?1 AND f.ruleId = ?2 AND f.territory = ?3", String.class).setParameter(1, jurisdiction)
                .setParameter(2, rule).setParameter(3, scope).getResultList()).forEach(ids -> out.addAll(ids(ids)));
        return out;
    }

    static List<Long> ids(String text) {
        List<Long> out = new ArrayList<>();
        for (String s : text.split("\\|")) {
            if (!s.isBlank()) {
                out.add(Long.valueOf(s));
            }
        }
        return out;
    }

    /** Stores the firing (once: its key is unique), drafts its actions in their modules, and records them. */
    private AccidentFiringDTO fire(JurisdictionDTO j, Rules.Rule rule, String territory, Rules.Hit hit) {
        String key = digest(j.id + "|" + rule.id() + "|" + territory + "|" + hit.accidents());
        String territoryName = jurisdictions.unit(territory).map(u -> u.name).orElse(territory);
        List<AccidentActionDTO> planned = drafts.plan(j, rule, territory, territoryName, hit);
        FiringEntity f;
        try {
            f = jpa.txExpr(TransactionType.Required, em -> {
                FiringEntity e = new FiringEntity();
                e.jurisdiction = j.id;
                e.ruleId = rule.id();
                e.ruleName = rule.name();
                e.source = rule.source();
                e.territory = territory;
                e.key = key;
                e.accidentIds = "|" + String.join("|", hit.accidents().stream().map(String::valueOf).toList()) + "|";
                e.explanation = hit.explanation().length() > 2000 ? hit.explanation().substring(0, 2000)
                        : hit.explanation();
                e.actionsJson = write(planned);
                e.firedAt = LocalDateTime.now(ZONE);
                em.persist(e);
                em.flush();
                return e;
            });
        } catch (RuntimeException e) {
            if (isDuplicate(e)) {
                LOG.info("Rule {} of {} for {} already fired for these accidents (another node)", rule.id(), j.id,
                        territory);
                return null;
            }
            throw e;
        }
        List<AccidentActionDTO> done = drafts.make(j, rule, territory, territoryName, hit, planned);
        long id = f.id;
        return jpa.txExpr(TransactionType.Required, em -> {
            FiringEntity e = em.find(FiringEntity.class, id);
            e.actionsJson = write(done);
            em.flush();
            AccidentFiringDTO out = toDto(e);
            audit.append("rule:" + j.id + "/" + rule.id(), "accident.rule", "accidentFiring", e.id.toString(), null,
                    write(Map.of("rule", rule.name(), "territory", territory, "accidents", hit.accidents(),
                            "explanation", hit.explanation(), "actions", done.stream().map(a -> a.kind + ":" + a.status
                                    + (a.recordId == null ? "" : ":" + a.recordId)).toList())));
            return out;
        });
    }

    private static boolean isDuplicate(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof java.sql.SQLIntegrityConstraintViolationException
                    || c instanceof java.sql.SQLException s && "23505".equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public PageDTO<AccidentFiringDTO> firings(Actor actor, String jurisdiction, int offset, int limit) {
        int lim = limit <= 0 ? 20 : Math.min(limit, MAX_PAGE);
        return jpa.txExpr(TransactionType.Required, em -> {
            List<AccidentFiringDTO> all = em.createQuery("SELECT f FROM FiringEntity f WHERE f.jurisdiction = ?1 "
                    + "ORDER BY f.id DESC", FiringEntity.class).setParameter(1, jurisdiction).getResultList().stream()
                    .map(this::toDto).filter(f -> sees(actor, f)).toList();
            return PageDTO.of(all, Math.max(0, offset), lim);
        });
    }

    private static boolean sees(Actor actor, AccidentFiringDTO f) {
        return actor.canSee(f.territory) || f.actions.stream().anyMatch(a -> a.unit != null && actor.canSee(a.unit));
    }

    @Override
    public AccidentFiringDTO firing(Actor actor, long id) {
        return jpa.txExpr(TransactionType.Required, em -> {
            FiringEntity e = em.find(FiringEntity.class, id);
            AccidentFiringDTO f = e == null ? null : toDto(e);
            if (f == null || !sees(actor, f)) {
                throw LuoshiException.notFound("规则触发记录 " + id + " 不存在或无权查看");
            }
            return f;
        });
    }

    @Override
    public AccidentFiringDTO decide(Actor actor, long firingId, int action, boolean confirm, String note) {
        FieldCheck v = new FieldCheck();
        String why = v.text("note", "说明", note, 2000, !confirm);
        v.throwIfInvalid();
        return jpa.txExpr(TransactionType.Required, em -> {
            FiringEntity e = em.find(FiringEntity.class, firingId);
            AccidentFiringDTO f = e == null ? null : toDto(e);
            if (f == null || !sees(actor, f)) {
                throw LuoshiException.notFound("规则触发记录 " + firingId + " 不存在或无权查看");
            }
            if (action < 0 || action >= f.actions.size()) {
                throw LuoshiException.notFound("规则触发记录 " + firingId + " 没有第 " + (action + 1) + " 项处置");
            }
            AccidentActionDTO a = f.actions.get(action);
            if (!"PROPOSED".equals(a.status)) {
                throw new LuoshiException(LuoshiException.Kind.CONFLICT, "DRAFTED".equals(a.status)
                        ? "此项为" + ("inspection".equals(a.recordType) ? "巡查检查" : "函件") + "草稿，请在其记录中确认或处理"
                        : "此项已处理（" + a.status + "）");
            }
            if (a.unit == null || !actor.canSee(a.unit)) {
                throw LuoshiException.forbidden("此项由 “" + jurisdictions.unit(a.unit).map(u -> u.name).orElse(a.unit)
                        + "” 决定");
            }
            ModuleSettings.requireEnabled(settings, AccidentSettingsDeclaration.MODULE,
                    AccidentSettingsDeclaration.LABEL, a.unit);
            a.status = confirm ? "CONFIRMED" : "DISMISSED";
            a.decidedBy = actor.name();
            a.decidedAt = LocalDateTime.now(ZONE).atZone(ZONE).toOffsetDateTime().toString();
            a.decisionNote = why;
            e.actionsJson = write(f.actions);
            em.flush();
            audit.append(actor, confirm ? "accident.action.confirm" : "accident.action.dismiss", "accidentFiring",
                    e.id.toString(), "PROPOSED", a.status + " " + a.kind + (why == null ? "" : " " + why));
            return toDto(e);
        });
    }

    @Override
    public List<AccidentFiringDTO> evaluate(Actor actor) {
        if (!actor.roles().contains(Actor.ROLE_ADMIN)) {
            throw LuoshiException.forbidden("只有管理员可以重新评估事故规则");
        }
        return evaluateAll();
    }

    /** The daily pass: every territory that has accidents, under every rule that covers it. */
    List<AccidentFiringDTO> evaluateAll() {
        List<Object[]> scopes = jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "SELECT DISTINCT a.unit, a.territory FROM AccidentEntity a", Object[].class).getResultList());
        List<AccidentFiringDTO> fired = new ArrayList<>();
        for (Object[] s : scopes) {
            try {
                fired.addAll(evaluateFor((String) s[0], (String) s[1]));
            } catch (RuntimeException e) {
                LOG.error("Accident rules failed for {}", s[0], e);
            }
        }
        return fired;
    }

    /** The accidents whose firing drafted the record {@code (type, id)} (for lineage). */
    List<Long> accidentsThatDrafted(String type, long id) {
        List<Long> out = new ArrayList<>();
        String needle = "%\"recordType\":\"" + type + "\",\"recordId\":" + id + ",%";
        for (FiringEntity f : jpa.txExpr(TransactionType.Required, em -> em.createQuery("SELECT f FROM FiringEntity f "
                + "WHERE f.actionsJson LIKE ?1", FiringEntity.class).setParameter(1, needle).getResultList())) {
            for (AccidentActionDTO a : read(f.actionsJson)) {
                if (type.equals(a.recordType) && a.recordId != null && a.recordId == id) {
                    out.addAll(ids(f.accidentIds));
                }
            }
        }
        return out;
    }

    AccidentFiringDTO toDto(FiringEntity e) {
        AccidentFiringDTO d = new AccidentFiringDTO();
        d.id = e.id;
        d.jurisdiction = e.jurisdiction;
        d.rule = e.ruleId;
        d.ruleName = e.ruleName;
        d.source = e.source;
        d.territory = e.territory;
        d.explanation = e.explanation;
        d.accidents = ids(e.accidentIds);
        d.actions = read(e.actionsJson);
        d.firedAt = e.firedAt.atZone(ZONE).toOffsetDateTime().toString();
        return d;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<AccidentActionDTO> read(String text) {
        try {
            return new ArrayList<>(json.readValue(text, new TypeReference<List<AccidentActionDTO>>() { }));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

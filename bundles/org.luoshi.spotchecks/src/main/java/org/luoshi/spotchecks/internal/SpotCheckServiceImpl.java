package org.luoshi.spotchecks.internal;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.luoshi.api.Actor;
import org.luoshi.api.FieldCheck;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.PageDTO;
import org.luoshi.api.audit.AuditTrail;
import org.luoshi.api.enterprise.EnterpriseDTO;
import org.luoshi.api.enterprise.EnterprisePage;
import org.luoshi.api.enterprise.EnterpriseQuery;
import org.luoshi.api.enterprise.EnterpriseService;
import org.luoshi.api.inspection.InspectionDTO;
import org.luoshi.api.inspection.InspectionService;
import org.luoshi.api.jurisdiction.JurisdictionRegistry;
import org.luoshi.api.jurisdiction.Regions;
import org.luoshi.api.jurisdiction.UnitDTO;
import org.luoshi.api.settings.ModuleSettings;
import org.luoshi.api.spotcheck.CoverageRowDTO;
import org.luoshi.api.spotcheck.RedrawDTO;
import org.luoshi.api.spotcheck.SampleItemDTO;
import org.luoshi.api.spotcheck.SpotCheckDTO;
import org.luoshi.api.spotcheck.SpotCheckDraw;
import org.luoshi.api.spotcheck.SpotCheckRuleDTO;
import org.luoshi.api.spotcheck.SpotCheckService;
import org.luoshi.api.spotcheck.StratumDTO;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Spot checks on JPA. A campaign is its organising office's: that office and the units above it read it; the office
 * (and those above it) plan, draw and cancel. The frame is the region's register read on the office's behalf (an office
 * checks the enterprises of its region, seed 001 / 002), frozen with the sample when drawn. Every write is audited in
 * its transaction, the draft inspections of the sample included.
 */
@Component(service = SpotCheckService.class)
public class SpotCheckServiceImpl implements SpotCheckService {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** The most enterprises one frame holds (a province's register of one sector is far smaller). */
    static final int MAX_FRAME = 100_000;
    static final Set<String> INSPECTED = Set.of("FED_BACK", "REPORTED", "CLOSED");
    static final Map<String, String> LEVELS = Map.of("province", "省级", "city", "市级", "county", "县级", "town", "乡镇");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JpaTemplate jpa;
    private final JurisdictionRegistry jurisdictions;
    private final AuditTrail audit;
    private final EnterpriseService enterprises;

    /** Mechanism 5: each sampled enterprise becomes one of its inspections while it runs. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile InspectionService inspections;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ModuleSettings settings;

    @Activate
    public SpotCheckServiceImpl(@Reference(target = "(osgi.unit.name=luoshi-spotchecks)") JpaTemplate jpa,
            @Reference JurisdictionRegistry jurisdictions, @Reference AuditTrail audit,
            @Reference EnterpriseService enterprises) {
        this.jpa = jpa;
        this.jurisdictions = jurisdictions;
        this.audit = audit;
        this.enterprises = enterprises;
    }

    // ---- the rule ---------------------------------------------------------------------------------------------------

    @Override
    public SpotCheckRuleDTO rule(Actor actor, String office) {
        UnitDTO unit = office(actor, office, "office");
        SpotCheckRuleDTO r = rule(unit);
        r.sectors = enterprises.sectors(r.region);
        Actor reader = actor.readingAs(r.region);
        for (String status : List.of(EnterpriseDTO.OPERATING, EnterpriseDTO.SUSPENDED)) {
            EnterpriseQuery q = new EnterpriseQuery();
            q.unit = r.region;
            q.status = status;
            q.limit = 1;
            r.population += (int) enterprises.list(reader, q).total;
        }
        return r;
    }

    /** The office's level and the ratio it must meet: {@code <level>DepartmentRatio}, else {@code <level>Ratio}. */
    SpotCheckRuleDTO rule(UnitDTO unit) {
        SpotCheckRuleDTO r = new SpotCheckRuleDTO();
        r.unit = unit.id;
        r.unitName = unit.name;
        r.region = Regions.of(jurisdictions, unit.id);
        UnitDTO region = jurisdictions.unit(r.region).orElse(unit);
        r.regionName = region.name;
        String kind = LEVELS.containsKey(region.kind) ? region.kind : "county";
        boolean department = !unit.id.equals(r.region);
        r.level = kind + (department ? "Department" : "");
        r.levelLabel = LEVELS.get(kind) + (department ? "部门" : "");
        int own = department ? setting(unit, kind + "DepartmentRatio") : 0;
        r.minimumRatio = own > 0 ? own : setting(unit, kind + "Ratio");
        String basis = ModuleSettings.text(settings, jurisdictions, SpotCheckSettingsDeclaration.MODULE,
                SpotCheckSettingsDeclaration.BASIS, unit);
        r.basis = basis == null || basis.isBlank() ? null : basis.strip();
        return r;
    }

    private int setting(UnitDTO unit, String key) {
        return ModuleSettings.number(settings, jurisdictions, SpotCheckSettingsDeclaration.MODULE, key, unit, 0, 0, 100);
    }

    /** The office as a unit the caller acts for: NOT_FOUND when unknown, FORBIDDEN outside the caller's units. */
    private UnitDTO office(Actor actor, String office, String field) {
        if (office == null || office.isBlank()) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, "请指定组织抽查的单位", Map.of(field, "必填"));
        }
        UnitDTO unit = jurisdictions.unit(office.strip()).orElseThrow(() -> new LuoshiException(
                LuoshiException.Kind.INVALID, "单位不存在", Map.of(field, "未知单位")));
        if (!actor.canSee(unit.id)) {
            throw LuoshiException.forbidden("无权以 “" + unit.name + "” 的名义组织抽查");
        }
        return unit;
    }

    // ---- writing ----------------------------------------------------------------------------------------------------

    @Override
    public SpotCheckDTO create(Actor actor, SpotCheckDTO in) {
        if (in == null) {
            throw LuoshiException.invalid("请求内容为空");
        }
        actor.requireWrite();
        FieldCheck v = new FieldCheck();
        String title = v.text("title", "抽查名称", in.title, 200, true);
        LocalDate start = v.date("startDate", "开始日期", in.startDate, true);
        LocalDate due = v.date("dueDate", "完成期限", in.dueDate, true);
        v.throwIfInvalid();
        UnitDTO unit = office(actor, in.organizer, "organizer");
        SpotCheckRuleDTO rule = rule(unit);
        List<String> allowed = enterprises.sectors(rule.region);
        List<String> sectors = in.sectors == null ? List.of()
                : in.sectors.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).distinct().toList();
        for (String s : sectors) {
            if (!allowed.contains(s)) {
                v.fail("sectors", "行业领域应为本辖区的：" + String.join("、", allowed));
            }
        }
        int ratio = in.ratio == 0 ? rule.minimumRatio : in.ratio;
        if (ratio < 1 || ratio > 100) {
            v.fail("ratio", "抽查比例应为 1–100（%）");
        } else if (ratio < rule.minimumRatio) {
            v.fail("ratio", "不得低于" + rule.levelLabel + "抽查比例下限 " + rule.minimumRatio + "%"
                    + (rule.basis == null ? "" : "（" + rule.basis + "）"));
        }
        if (start != null && due != null && due.isBefore(start)) {
            v.fail("dueDate", "完成期限不能早于开始日期");
        }
        v.throwIfInvalid();
        ModuleSettings.requireEnabled(settings, SpotCheckSettingsDeclaration.MODULE, SpotCheckSettingsDeclaration.LABEL,
                unit.id);
        return jpa.txExpr(TransactionType.Required, em -> {
            SpotCheckEntity e = new SpotCheckEntity();
            e.jurisdiction = unit.jurisdiction;
            e.organizer = unit.id;
            e.region = rule.region;
            e.title = title;
            e.sectors = sectors.isEmpty() ? null : String.join("、", sectors);
            e.ratio = ratio;
            e.minimumRatio = rule.minimumRatio;
            e.levelLabel = rule.levelLabel;
            e.basis = rule.basis == null ? null : abbreviate(rule.basis, 1000);
            e.startDate = start;
            e.dueDate = due;
            e.status = SpotCheckDTO.PLANNED;
            e.createdBy = actor.name();
            e.createdAt = LocalDateTime.now(ZONE);
            em.persist(e);
            em.flush();
            SpotCheckDTO out = toDto(e);
            audit.append(actor, "spot-check.create", "spot-check", e.id.toString(), null, json(Map.of("title", title,
                    "organizer", unit.id, "sectors", sectors, "ratio", ratio)));
            return out;
        });
    }

    @Override
    public SpotCheckDTO draw(Actor actor, long id, String seed) {
        actor.requireWrite();
        String s = seed == null || seed.isBlank() ? randomSeed() : seed.strip();
        if (!s.matches("[0-9]{1,30}")) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, "随机种子应为 1–30 位数字", Map.of("seed", "应为数字"));
        }
        SpotCheckEntity planned = jpa.txExpr(TransactionType.Required, em -> find(em, actor, id));
        expect(planned, SpotCheckDTO.PLANNED, "抽取");
        ModuleSettings.requireEnabled(settings, SpotCheckSettingsDeclaration.MODULE, SpotCheckSettingsDeclaration.LABEL,
                planned.organizer);
        List<EnterpriseDTO> frame = frame(actor, planned.region, sectors(planned));
        if (frame.isEmpty()) {
            throw new LuoshiException(LuoshiException.Kind.CONFLICT, "“" + name(planned.region) + "”在所选行业领域没有登记在册的"
                    + "在产或停产企业，无从抽取；请先在企业名录中登记");
        }
        List<SpotCheckDraw.Entry> entries = new ArrayList<>();
        for (EnterpriseDTO e : frame) {
            entries.add(new SpotCheckDraw.Entry(e.id, e.creditCode, e.sector));
        }
        List<SpotCheckDraw.Entry> sample = SpotCheckDraw.draw(entries, planned.ratio, s);
        Set<Long> sampled = new LinkedHashSet<>();
        sample.forEach(x -> sampled.add(x.enterpriseId()));
        InspectionService inspecting = inspections;
        return jpa.txExpr(TransactionType.Required, em -> {
            // the claim: a second draw at the same time waits for this row, then finds it drawn
            int claimed = em.createQuery("UPDATE SpotCheckEntity c SET c.status = ?1, c.seed = ?2, c.drawnBy = ?3, "
                    + "c.drawnAt = ?4, c.population = ?5, c.target = ?6 WHERE c.id = ?7 AND c.status = ?8")
                    .setParameter(1, SpotCheckDTO.DRAWN).setParameter(2, s).setParameter(3, actor.name())
                    .setParameter(4, LocalDateTime.now(ZONE)).setParameter(5, frame.size())
                    .setParameter(6, SpotCheckDraw.target(frame.size(), planned.ratio)).setParameter(7, id)
                    .setParameter(8, SpotCheckDTO.PLANNED).executeUpdate();
            if (claimed != 1) {
                throw new LuoshiException(LuoshiException.Kind.CONFLICT, "该抽查已抽取或已撤销");
            }
            SpotCheckEntity c = em.find(SpotCheckEntity.class, id);
            em.refresh(c);
            List<FrameEntity> rows = new ArrayList<>();
            for (EnterpriseDTO e : frame) {
                FrameEntity f = new FrameEntity();
                f.campaignId = id;
                f.enterpriseId = e.id;
                f.creditCode = e.creditCode;
                f.enterpriseName = e.name;
                f.sector = e.sector;
                f.supervisingUnit = e.supervisingUnit;
                f.sampled = sampled.contains(e.id);
                em.persist(f);
                rows.add(f);
            }
            em.flush();
            if (inspecting != null) {
                for (FrameEntity f : rows) {
                    if (f.sampled) {
                        f.inspectionId = inspecting.propose(actor, inspection(c, f)).id;
                    }
                }
                em.flush();
            }
            Map<String, Object> what = new LinkedHashMap<>();
            what.put("seed", s);
            what.put("population", frame.size());
            what.put("target", c.target);
            what.put("sample", sample.stream().map(SpotCheckDraw.Entry::creditCode).toList());
            audit.append(actor, "spot-check.draw", "spot-check", c.id.toString(), SpotCheckDTO.PLANNED, json(what));
            return detail(em, actor, c);
        });
    }

    @Override
    public SpotCheckDTO makeInspections(Actor actor, long id) {
        actor.requireWrite();
        InspectionService inspecting = inspections;
        if (inspecting == null) {
            throw LuoshiException.unavailable("巡查检查模块未启用，暂不能生成检查");
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            SpotCheckEntity c = find(em, actor, id);
            expect(c, SpotCheckDTO.DRAWN, "生成检查");
            int made = 0;
            for (FrameEntity f : sampledRows(em, id)) {
                if (f.inspectionId == null) {
                    f.inspectionId = inspecting.propose(actor, inspection(c, f)).id;
                    made++;
                }
            }
            em.flush();
            if (made > 0) {
                audit.append(actor, "spot-check.inspections", "spot-check", c.id.toString(), null,
                        json(Map.of("made", made)));
            }
            return detail(em, actor, c);
        });
    }

    @Override
    public SpotCheckDTO cancel(Actor actor, long id, String reason) {
        actor.requireWrite();
        FieldCheck v = new FieldCheck();
        String why = v.text("reason", "撤销理由", reason, 1000, true);
        v.throwIfInvalid();
        return jpa.txExpr(TransactionType.Required, em -> {
            SpotCheckEntity c = find(em, actor, id);
            expect(c, SpotCheckDTO.PLANNED, "撤销（已抽取的抽查须完成检查）");
            c.status = SpotCheckDTO.CANCELLED;
            c.cancelReason = why;
            em.flush();
            audit.append(actor, "spot-check.cancel", "spot-check", c.id.toString(), SpotCheckDTO.PLANNED, why);
            return toDto(c);
        });
    }

    /** The draft inspection of a sampled enterprise: 督导检查 (工作安排) by the office, 明查暗访随机抽查. */
    private static InspectionDTO inspection(SpotCheckEntity c, FrameEntity f) {
        InspectionDTO i = new InspectionDTO();
        i.jurisdiction = c.jurisdiction;
        i.kind = "SUPERVISION";
        i.trigger = "INSTRUCTION";
        i.title = abbreviate("抽查：" + c.title + "（" + f.enterpriseName + "）", 200);
        i.organizer = c.organizer;
        i.inspectedUnit = f.supervisingUnit;
        i.enterpriseId = f.enterpriseId;
        i.methods = List.of("SPOT_CHECKS");
        i.startDate = c.startDate.toString();
        i.endDate = c.dueDate.toString();
        return i;
    }

    private static String randomSeed() {
        return Long.toString(1_000_000_000_000_000L + (RANDOM.nextLong() & Long.MAX_VALUE) % 9_000_000_000_000_000L);
    }

    /** The region's enterprises not closed, in the sectors (all when empty), read on the office's behalf, by id. */
    private List<EnterpriseDTO> frame(Actor actor, String region, List<String> sectors) {
        Actor reader = actor.readingAs(region);
        List<EnterpriseDTO> out = new ArrayList<>();
        for (String sector : sectors.isEmpty() ? java.util.Collections.<String>singletonList(null) : sectors) {
            EnterpriseQuery q = new EnterpriseQuery();
            q.unit = region;
            q.sector = sector;
            q.sort = "id";
            q.limit = 200;
            for (int offset = 0;; offset += q.limit) {
                q.offset = offset;
                EnterprisePage page = enterprises.list(reader, q);
                page.items.stream().filter(e -> !EnterpriseDTO.CLOSED.equals(e.status)).forEach(out::add);
                if (out.size() > MAX_FRAME) {
                    throw new LuoshiException(LuoshiException.Kind.INVALID, "抽查范围超过 " + MAX_FRAME
                            + " 家企业，请按行业领域分别组织抽查", Map.of("sectors", "范围过大"));
                }
                if (page.items.size() < q.limit) {
                    break;
                }
            }
        }
        return out;
    }

    // ---- reading ----------------------------------------------------------------------------------------------------

    @Override
    public SpotCheckDTO get(Actor actor, long id) {
        return jpa.txExpr(TransactionType.Required, em -> detail(em, actor, find(em, actor, id)));
    }

    @Override
    public RedrawDTO redraw(Actor actor, long id) {
        return jpa.txExpr(TransactionType.Required, em -> {
            SpotCheckEntity c = find(em, actor, id);
            expect(c, SpotCheckDTO.DRAWN, "复核抽取");
            List<FrameEntity> rows = em.createQuery("SELECT f FROM FrameEntity f WHERE f.campaignId = ?1 ORDER BY f.id",
                    FrameEntity.class).setParameter(1, id).getResultList();
            Map<Long, FrameEntity> byId = new HashMap<>();
            List<SpotCheckDraw.Entry> entries = new ArrayList<>();
            for (FrameEntity f : rows) {
                byId.put(f.enterpriseId, f);
                entries.add(new SpotCheckDraw.Entry(f.enterpriseId, f.creditCode, f.sector));
            }
            RedrawDTO out = new RedrawDTO();
            out.campaignId = id;
            out.seed = c.seed;
            out.algorithm = SpotCheckDraw.ALGORITHM;
            out.population = rows.size();
            out.target = SpotCheckDraw.target(rows.size(), c.ratio);
            Set<String> again = new LinkedHashSet<>();
            for (SpotCheckDraw.Entry x : SpotCheckDraw.draw(entries, c.ratio, c.seed)) {
                FrameEntity f = byId.get(x.enterpriseId());
                SampleItemDTO item = item(f, c.seed);
                out.items.add(item);
                again.add(f.creditCode);
            }
            Set<String> recorded = new LinkedHashSet<>();
            rows.stream().filter(f -> f.sampled).forEach(f -> recorded.add(f.creditCode));
            recorded.stream().filter(code -> !again.contains(code)).forEach(out.differences::add);
            again.stream().filter(code -> !recorded.contains(code)).forEach(out.differences::add);
            out.same = out.differences.isEmpty();
            return out;
        });
    }

    @Override
    public PageDTO<SpotCheckDTO> list(Actor actor, String office, Integer year, int offset, int limit) {
        int lim = Math.max(1, Math.min(limit <= 0 ? 20 : limit, 200));
        int off = Math.max(0, offset);
        return jpa.txExpr(TransactionType.Required, em -> {
            List<SpotCheckEntity> all = visible(em, actor, office, year);
            List<SpotCheckDTO> items = all.stream().skip(off).limit(lim).map(c -> summary(em, actor, c)).toList();
            return new PageDTO<>(new ArrayList<>(items), all.size(), off, lim);
        });
    }

    @Override
    public List<CoverageRowDTO> coverage(Actor actor, String unit, int year) {
        String scope = unit == null || unit.isBlank() ? null : unit.strip();
        if (scope != null && !actor.canSee(scope)) {
            throw LuoshiException.forbidden("无权查看该单位的抽查情况");
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            Map<String, CoverageRowDTO> rows = new TreeMap<>();
            for (SpotCheckEntity c : visible(em, actor, scope, year)) {
                if (!SpotCheckDTO.DRAWN.equals(c.status)) {
                    continue;
                }
                SpotCheckDTO d = summary(em, actor, c);
                CoverageRowDTO r = rows.computeIfAbsent(c.organizer, o -> {
                    CoverageRowDTO n = new CoverageRowDTO();
                    n.office = o;
                    n.officeName = name(o);
                    n.levelLabel = c.levelLabel;
                    n.minimumRatio = c.minimumRatio;
                    n.met = true;
                    return n;
                });
                r.campaigns++;
                r.population += d.population;
                r.target += d.target;
                r.sampled += d.sampled;
                r.inspected += d.inspected;
                r.findings += d.findings;
                r.hazards += d.hazards;
                r.overdue += d.overdue;
                r.met &= d.inspected >= d.target;
            }
            for (CoverageRowDTO r : rows.values()) {
                r.coverage = r.population == 0 ? 0 : Math.round(r.inspected * 1000.0 / r.population) / 10.0;
            }
            return new ArrayList<>(rows.values());
        });
    }

    /** Campaigns whose office the caller sees (and within {@code office} when given), newest first. */
    private List<SpotCheckEntity> visible(EntityManager em, Actor actor, String office, Integer year) {
        StringBuilder q = new StringBuilder("SELECT c FROM SpotCheckEntity c WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (office != null && !office.isBlank()) {
            q.append(" AND (c.organizer = :office OR c.organizer LIKE :below)");
            params.put("office", office.strip());
            params.put("below", like(office.strip()) + ".%");
        }
        if (year != null) {
            q.append(" AND c.startDate >= :from AND c.startDate < :to");
            params.put("from", LocalDate.of(year, 1, 1));
            params.put("to", LocalDate.of(year + 1, 1, 1));
        }
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < actor.units().size(); i++) {
            seen.add("c.organizer = :u" + i + " OR c.organizer LIKE :b" + i);
            params.put("u" + i, actor.units().get(i));
            params.put("b" + i, like(actor.units().get(i)) + ".%");
        }
        q.append(seen.isEmpty() ? " AND 1 = 0" : " AND (" + String.join(" OR ", seen) + ")");
        var query = em.createQuery(q + " ORDER BY c.startDate DESC, c.id DESC", SpotCheckEntity.class);
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    private static String like(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static SpotCheckEntity find(EntityManager em, Actor actor, long id) {
        SpotCheckEntity c = em.find(SpotCheckEntity.class, id);
        if (c == null || !actor.canSee(c.organizer)) {
            throw LuoshiException.notFound("抽查 " + id + " 不存在或无权查看");
        }
        return c;
    }

    private static void expect(SpotCheckEntity c, String status, String what) {
        if (!status.equals(c.status)) {
            throw new LuoshiException(LuoshiException.Kind.CONFLICT, "该抽查当前为“" + STATUS_LABELS.get(c.status) + "”，不能"
                    + what);
        }
    }

    static final Map<String, String> STATUS_LABELS = Map.of(SpotCheckDTO.PLANNED, "待抽取", SpotCheckDTO.DRAWN, "已抽取",
            SpotCheckDTO.CANCELLED, "已撤销");

    private static List<FrameEntity> sampledRows(EntityManager em, long id) {
        return em.createQuery("SELECT f FROM FrameEntity f WHERE f.campaignId = ?1 AND f.sampled = ?2 ORDER BY f.sector, "
                + "f.id", FrameEntity.class).setParameter(1, id).setParameter(2, true).getResultList();
    }

    /** The campaign with its strata and sampled enterprises, each with its inspection's state as the caller sees it. */
    private SpotCheckDTO detail(EntityManager em, Actor actor, SpotCheckEntity c) {
        return figures(em, actor, c, true);
    }

    /** A campaign's figures without its strata and items (for lists and the coverage report). */
    private SpotCheckDTO summary(EntityManager em, Actor actor, SpotCheckEntity c) {
        SpotCheckDTO d = figures(em, actor, c, false);
        d.items = new ArrayList<>();
        return d;
    }

    private SpotCheckDTO figures(EntityManager em, Actor actor, SpotCheckEntity c, boolean strata) {
        SpotCheckDTO d = toDto(c);
        if (!SpotCheckDTO.DRAWN.equals(c.status)) {
            return d;
        }
        List<FrameEntity> sampled = sampledRows(em, c.id);
        if (strata) {
            Map<String, Integer> drawn = new TreeMap<>();
            sampled.forEach(f -> drawn.merge(f.sector, 1, Integer::sum));
            for (Object[] row : em.createQuery("SELECT f.sector, COUNT(f) FROM FrameEntity f WHERE f.campaignId = ?1 "
                    + "GROUP BY f.sector ORDER BY f.sector", Object[].class).setParameter(1, c.id).getResultList()) {
                String sector = (String) row[0];
                d.strata.add(new StratumDTO(sector, ((Number) row[1]).intValue(), drawn.getOrDefault(sector, 0)));
            }
        }
        List<SampleItemDTO> items = new ArrayList<>();
        for (FrameEntity f : sampled) {
            items.add(progress(actor, c, item(f, c.seed)));
        }
        items.sort(Comparator.comparing((SampleItemDTO i) -> i.sector).thenComparing(i -> i.key));
        d.items = items;
        sum(d, items);
        return d;
    }

    private static void sum(SpotCheckDTO d, List<SampleItemDTO> items) {
        d.sampled = items.size();
        for (SampleItemDTO i : items) {
            d.inspected += i.inspected ? 1 : 0;
            d.findings += i.findings;
            d.hazards += i.hazards;
            d.overdue += i.overdue ? 1 : 0;
        }
        d.late = d.overdue > 0;
    }

    private SampleItemDTO item(FrameEntity f, String seed) {
        SampleItemDTO i = new SampleItemDTO();
        i.enterpriseId = f.enterpriseId;
        i.creditCode = f.creditCode;
        i.enterpriseName = f.enterpriseName;
        i.sector = f.sector;
        i.supervisingUnit = f.supervisingUnit;
        i.supervisingUnitName = name(f.supervisingUnit);
        i.key = SpotCheckDraw.key(seed, f.creditCode);
        i.inspectionId = f.inspectionId;
        return i;
    }

    /** The item's inspection as the caller sees it (none while the inspections module is away). */
    private SampleItemDTO progress(Actor actor, SpotCheckEntity c, SampleItemDTO i) {
        InspectionService inspecting = inspections;
        if (i.inspectionId != null && inspecting != null) {
            try {
                InspectionDTO x = inspecting.get(actor, i.inspectionId);
                i.inspectionStatus = x.status;
                i.inspected = INSPECTED.contains(x.status);
                i.findings = x.findings.size();
                i.hazards = (int) x.findings.stream().filter(f -> f.hazardId != null).count();
            } catch (LuoshiException gone) {
                // not the caller's to see, or removed: shown without its state
            }
        }
        i.overdue = !i.inspected && LocalDate.now(ZONE).isAfter(c.dueDate);
        return i;
    }

    private SpotCheckDTO toDto(SpotCheckEntity c) {
        SpotCheckDTO d = new SpotCheckDTO();
        d.id = c.id;
        d.jurisdiction = c.jurisdiction;
        d.organizer = c.organizer;
        d.organizerName = name(c.organizer);
        d.region = c.region;
        d.regionName = name(c.region);
        d.title = c.title;
        d.sectors = sectors(c);
        d.ratio = c.ratio;
        d.minimumRatio = c.minimumRatio;
        d.level = c.levelLabel;
        d.basis = c.basis;
        d.startDate = c.startDate.toString();
        d.dueDate = c.dueDate.toString();
        d.status = c.status;
        d.seed = c.seed;
        d.algorithm = c.seed == null ? null : SpotCheckDraw.ALGORITHM;
        d.drawnBy = c.drawnBy;
        d.drawnAt = c.drawnAt == null ? null : c.drawnAt.truncatedTo(ChronoUnit.SECONDS).atZone(ZONE).toOffsetDateTime()
                .toString();
        d.population = c.population == null ? 0 : c.population;
        d.target = c.target == null ? 0 : c.target;
        d.createdBy = c.createdBy;
        d.createdAt = c.createdAt.truncatedTo(ChronoUnit.SECONDS).atZone(ZONE).toOffsetDateTime().toString();
        d.cancelReason = c.cancelReason;
        d.version = c.version;
        return d;
    }

    private static List<String> sectors(SpotCheckEntity c) {
        return c.sectors == null ? new ArrayList<>() : new ArrayList<>(List.of(c.sectors.split("、")));
    }

    private String name(String unit) {
        return jurisdictions.unit(unit).map(u -> u.name).orElse(unit);
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

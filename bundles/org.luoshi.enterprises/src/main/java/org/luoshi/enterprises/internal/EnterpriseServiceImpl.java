package org.luoshi.enterprises.internal;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.luoshi.api.Actor;
import org.luoshi.api.FieldCheck;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.accident.AccidentDTO;
import org.luoshi.api.accident.AccidentQuery;
import org.luoshi.api.accident.AccidentService;
import org.luoshi.api.audit.AuditTrail;
import org.luoshi.api.enterprise.CreditCode;
import org.luoshi.api.enterprise.EnterpriseDTO;
import org.luoshi.api.enterprise.EnterpriseHistoryDTO;
import org.luoshi.api.enterprise.EnterprisePage;
import org.luoshi.api.enterprise.EnterpriseQuery;
import org.luoshi.api.enterprise.EnterpriseService;
import org.luoshi.api.enterprise.EnterpriseSheet;
import org.luoshi.api.enterprise.ImportReportDTO;
import org.luoshi.api.hazard.HazardDTO;
import org.luoshi.api.hazard.HazardQuery;
import org.luoshi.api.hazard.HazardService;
import org.luoshi.api.inspection.InspectionDTO;
import org.luoshi.api.inspection.InspectionService;
import org.luoshi.api.jurisdiction.JurisdictionDTO;
import org.luoshi.api.jurisdiction.JurisdictionRegistry;
import org.luoshi.api.jurisdiction.UnitDTO;
import org.luoshi.api.link.Lineage;
import org.luoshi.api.link.LineageDTO;
import org.luoshi.api.link.RecordRefDTO;
import org.luoshi.api.settings.ModuleSettings;
import org.luoshi.api.tipoff.TipOffDTO;
import org.luoshi.api.tipoff.TipOffService;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.util.tracker.ServiceTracker;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The register on JPA. An enterprise is its supervising unit's: that unit and those above it see and change it, and
 * register enterprises under themselves or below (decided here). Every change is audited in its transaction.
 */
@Component(service = EnterpriseService.class)
public class EnterpriseServiceImpl implements EnterpriseService {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** The most rows one import takes (a county's register; a city imports by county). */
    public static final int MAX_IMPORT = 5000;
    /** The most sheet rows read for one import (its rows, a title, a header and empty lines). */
    public static final int MAX_IMPORT_ROWS = MAX_IMPORT + 20;
    static final Map<String, String> STATUS_LABELS = EnterpriseSheet.STATUS_LABELS;
    static final Map<String, String> SCALE_LABELS = EnterpriseSheet.SCALE_LABELS;
    static final List<String> COLUMNS = EnterpriseSheet.COLUMNS;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JpaTemplate jpa;
    private final JurisdictionRegistry jurisdictions;
    private final AuditTrail audit;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ModuleSettings settings;
    /**
     * The history's hazards (while the lists module runs) and what came of each (listings, transfers, publications,
     * while the lineage runs). Tracked, not DS references: the hazard list refers to this register (a hazard names its
     * enterprise), and SCR leaves one side of such a circle of optional references unbound for a while. Opened at the
     * first history asked, not while this component activates (getting the hazard service then would activate it, and
     * it would find this one half made).
     */
    private final ServiceTracker<HazardService, HazardService> hazards;
    private final ServiceTracker<Lineage, Lineage> lineage;
    /** The history's inspections (while mechanism 5 runs; it refers to this register too). */
    private final ServiceTracker<InspectionService, InspectionService> inspections;
    /** The history's accidents (while that module runs; it refers to this register too). */
    private final ServiceTracker<AccidentService, AccidentService> accidents;
    /** The history's tip-offs (while mechanism 6 runs). */
    private final ServiceTracker<TipOffService, TipOffService> tipOffs;

    @Activate
    public EnterpriseServiceImpl(@Reference(target = "(osgi.unit.name=luoshi-enterprises)") JpaTemplate jpa,
            @Reference JurisdictionRegistry jurisdictions, @Reference AuditTrail audit, BundleContext context) {
        this.jpa = jpa;
        this.jurisdictions = jurisdictions;
        this.audit = audit;
        this.hazards = new ServiceTracker<>(context, HazardService.class, null);
        this.lineage = new ServiceTracker<>(context, Lineage.class, null);
        this.inspections = new ServiceTracker<>(context, InspectionService.class, null);
        this.accidents = new ServiceTracker<>(context, AccidentService.class, null);
        this.tipOffs = new ServiceTracker<>(context, TipOffService.class, null);
    }

    private boolean trackersOpen;

    private synchronized void openTrackers() {
        if (!trackersOpen) {
            hazards.open();
            lineage.open();
            inspections.open();
            accidents.open();
            tipOffs.open();
            trackersOpen = true;
        }
    }

    @Deactivate
    synchronized void deactivate() {
        if (trackersOpen) {
            hazards.close();
            lineage.close();
            inspections.close();
            accidents.close();
            tipOffs.close();
        }
    }

    // ---- writing --------------------------------------------------------------------------------------------------

    @Override
    public EnterpriseDTO create(Actor actor, EnterpriseDTO in) {
        if (in == null) {
            throw LuoshiException.invalid("请求内容为空");
        }
        EnterpriseEntity e = new EnterpriseEntity();
        FieldCheck v = new FieldCheck();
        e.creditCode = creditCode(v, in.creditCode);
        fill(v, actor, e, in);
        v.throwIfInvalid();
        ModuleSettings.requireEnabled(settings, EnterpriseSettingsDeclaration.MODULE, EnterpriseSettingsDeclaration.LABEL,
                e.supervisingUnit);
        e.createdBy = actor.name();
        e.createdAt = now();
        e.updatedAt = e.createdAt;
        return jpa.txExpr(TransactionType.Required, em -> {
            refuseRegistered(em, actor, e.creditCode);
            em.persist(e);
            em.flush();
            EnterpriseDTO out = toDto(e);
            audit.append(actor, "enterprise.create", "enterprise", e.id.toString(), null, json(out));
            return out;
        });
    }

    @Override
    public EnterpriseDTO update(Actor actor, long id, EnterpriseDTO in) {
        if (in == null) {
            throw LuoshiException.invalid("请求内容为空");
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            EnterpriseEntity e = find(em, actor, id);
            if (in.version != null && !in.version.equals(e.version)) {
                throw new LuoshiException(LuoshiException.Kind.CONFLICT, "该企业已被他人修改，请刷新后再改");
            }
            String before = json(toDto(e));
            FieldCheck v = new FieldCheck();
            if (in.creditCode != null && !in.creditCode.strip().equals(e.creditCode)) {
                v.fail("creditCode", "统一社会信用代码不能修改（登记错误的，请停用后重新登记）");
            }
            fill(v, actor, e, in);
            v.throwIfInvalid();
            ModuleSettings.requireEnabled(settings, EnterpriseSettingsDeclaration.MODULE,
                    EnterpriseSettingsDeclaration.LABEL, e.supervisingUnit);
            e.updatedAt = now();
            em.flush();
            EnterpriseDTO out = toDto(e);
            audit.append(actor, "enterprise.update", "enterprise", e.id.toString(), before, json(out));
            return out;
        });
    }

    private static String creditCode(FieldCheck v, String code) {
        String c = code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT);
        String problem = CreditCode.problem(c);
        if (problem != null) {
            v.fail("creditCode", problem);
        }
        return c;
    }

    /** Validates and copies the changeable fields; the jurisdiction is the supervising unit's. */
    private void fill(FieldCheck v, Actor actor, EnterpriseEntity e, EnterpriseDTO in) {
        e.name = v.text("name", "单位名称", in.name, 200, true);
        String unitId = v.text("supervisingUnit", "监管单位", in.supervisingUnit, 200, true);
        UnitDTO unit = unitId == null ? null : jurisdictions.unit(unitId).orElse(null);
        if (unitId != null && unit == null) {
            v.fail("supervisingUnit", "单位不存在");
        } else if (unit != null && !actor.canSee(unit.id)) {
            v.fail("supervisingUnit", "只能登记本单位或下级单位监管的企业");
        }
        if (unit != null) {
            e.supervisingUnit = unit.id;
            e.jurisdiction = unit.jurisdiction;
            if (in.jurisdiction != null && !in.jurisdiction.isBlank() && !in.jurisdiction.strip().equals(unit.jurisdiction)) {
                v.fail("jurisdiction", "监管单位不属于该辖区");
            }
        }
        String sector = v.text("sector", "行业领域", in.sector, 50, true);
        if (sector != null && unit != null && !sectorsAt(unit).contains(sector)) {
            v.fail("sector", "行业领域应为本辖区的：" + String.join("、", sectorsAt(unit)));
        }
        e.sector = sector;
        e.address = v.text("address", "地址", in.address, 300, false);
        e.scale = blankToNull(in.scale);
        if (e.scale != null && !EnterpriseDTO.SCALES.contains(e.scale)) {
            v.fail("scale", "规模应为 LARGE（大型）、MEDIUM（中型）、SMALL（小型）或 MICRO（微型）");
        }
        e.status = in.status == null || in.status.isBlank() ? EnterpriseDTO.OPERATING : in.status.strip();
        if (!EnterpriseDTO.STATUSES.contains(e.status)) {
            v.fail("status", "状态应为 OPERATING（在产）、SUSPENDED（停产）或 CLOSED（关闭）");
        }
        List<String> flags = in.highRisk == null ? List.of()
                : in.highRisk.stream().filter(f -> f != null && !f.isBlank()).map(String::strip).distinct().toList();
        if (flags.size() > 10 || flags.stream().anyMatch(f -> f.length() > 30 || f.contains("、"))) {
            v.fail("highRisk", "高危标识至多 10 项，每项不超过 30 字");
        }
        e.highRisk = flags.isEmpty() ? null : String.join("、", flags);
        e.principal = v.text("principal", "负责人", in.principal, 100, false);
    }

    /** CONFLICT when the code is registered; the name only for one the caller may see. */
    private static void refuseRegistered(EntityManager em, Actor actor, String code) {
        List<EnterpriseEntity> found = em.createQuery("SELECT e FROM EnterpriseEntity e WHERE e.creditCode = ?1",
                EnterpriseEntity.class).setParameter(1, code).getResultList();
        if (!found.isEmpty()) {
            EnterpriseEntity other = found.get(0);
            String which = actor.canSee(other.supervisingUnit) ? "（" + other.name + "）" : "";
            throw new LuoshiException(LuoshiException.Kind.CONFLICT, "该统一社会信用代码已登记" + which,
                    Map.of("creditCode", "已登记" + which));
        }
    }

    // ---- reading --------------------------------------------------------------------------------------------------

    @Override
    public EnterpriseDTO get(Actor actor, long id) {
        return jpa.txExpr(TransactionType.Required, em -> toDto(find(em, actor, id)));
    }

    private static EnterpriseEntity find(EntityManager em, Actor actor, long id) {
        EnterpriseEntity e = em.find(EnterpriseEntity.class, id);
        if (e == null || !actor.canSee(e.supervisingUnit)) {
            throw LuoshiException.notFound("企业 " + id + " 不存在或不在您的监管范围内");
        }
        return e;
    }

    @Override
    public Optional<EnterpriseDTO> byCreditCode(Actor actor, String creditCode) {
        if (creditCode == null) {
            return Optional.empty();
        }
        String code = creditCode.strip().toUpperCase(java.util.Locale.ROOT);
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "SELECT e FROM EnterpriseEntity e WHERE e.creditCode = ?1", EnterpriseEntity.class).setParameter(1, code)
                .getResultList().stream().filter(e -> actor.canSee(e.supervisingUnit)).findFirst().map(this::toDto));
    }

    @Override
    public EnterprisePage list(Actor actor, EnterpriseQuery q) {
        EnterpriseQuery query = q == null ? new EnterpriseQuery() : q;
        int offset = Math.max(0, query.offset);
        int limit = Math.max(1, Math.min(query.limit <= 0 ? 20 : query.limit, 200));
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < actor.units().size(); i++) {
            seen.add("e.supervisingUnit = :u" + i + " OR e.supervisingUnit LIKE :b" + i);
            params.put("u" + i, actor.units().get(i));
            params.put("b" + i, like(actor.units().get(i)) + ".%");
        }
        where.add(seen.isEmpty() ? "1 = 0" : "(" + String.join(" OR ", seen) + ")");
        if (query.unit != null && !query.unit.isBlank()) {
            where.add("(e.supervisingUnit = :unit OR e.supervisingUnit LIKE :below)");
            params.put("unit", query.unit.strip());
            params.put("below", like(query.unit.strip()) + ".%");
        }
        if (query.jurisdiction != null && !query.jurisdiction.isBlank()) {
            where.add("e.jurisdiction = :jurisdiction");
            params.put("jurisdiction", query.jurisdiction.strip());
        }
        if (query.sector != null && !query.sector.isBlank()) {
            where.add("e.sector = :sector");
            params.put("sector", query.sector.strip());
        }
        if (query.status != null && !query.status.isBlank()) {
            where.add("e.status = :status");
            params.put("status", query.status.strip());
        }
        if (query.text != null && !query.text.isBlank()) {
            where.add("(e.name LIKE :text ESCAPE '\\' OR e.creditCode LIKE :code ESCAPE '\\')");
            params.put("text", "%" + like(query.text.strip()) + "%");
            params.put("code", like(query.text.strip().toUpperCase(java.util.Locale.ROOT)) + "%");
        }
        if (query.highRisk != null) {
            where.add(query.highRisk ? "e.highRisk IS NOT NULL" : "e.highRisk IS NULL");
        }
        String clause = " WHERE " + String.join(" AND ", where);
        String order = org.luoshi.api.Sorting.orderBy(query.sort, "e", EnterpriseQuery.SORTS, " ORDER BY e.name, e.id");
        return jpa.txExpr(TransactionType.Required, em -> {
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(e) FROM EnterpriseEntity e" + clause, Long.class);
            TypedQuery<EnterpriseEntity> rows = em.createQuery("SELECT e FROM EnterpriseEntity e" + clause + order
                    + (order.contains("e.id") ? "" : ", e.id"), EnterpriseEntity.class);
            params.forEach((k, val) -> {
                count.setParameter(k, val);
                rows.setParameter(k, val);
            });
            EnterprisePage page = new EnterprisePage();
            page.total = count.getSingleResult();
            page.items = new ArrayList<>(rows.setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                    .map(this::toDto).toList());
            page.offset = offset;
            page.limit = limit;
            return page;
        });
    }

    private static String like(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    @Override
    public List<String> sectors(String unitOrJurisdiction) {
        if (unitOrJurisdiction == null || unitOrJurisdiction.isBlank()) {
            return split(EnterpriseSettingsDeclaration.DEFAULT_SECTORS);
        }
        String id = unitOrJurisdiction.strip();
        Optional<UnitDTO> unit = jurisdictions.unit(id);
        if (unit.isEmpty()) {
            unit = jurisdictions.jurisdiction(id).map(j -> j.unit).flatMap(jurisdictions::unit);
        }
        if (unit.isEmpty()) {
            throw LuoshiException.notFound("辖区或单位 “" + (id.length() > 60 ? id.substring(0, 60) : id) + "” 不存在");
        }
        return sectorsAt(unit.get());
    }

    /** The sectors in force at a unit: 模块配置, else the region plugin's, else the national list. */
    private List<String> sectorsAt(UnitDTO unit) {
        String v = ModuleSettings.text(settings, jurisdictions, EnterpriseSettingsDeclaration.MODULE,
                EnterpriseSettingsDeclaration.SECTORS, unit);
        List<String> out = split(v);
        return out.isEmpty() ? split(EnterpriseSettingsDeclaration.DEFAULT_SECTORS) : out;
    }

    private static List<String> split(String list) {
        return list == null ? List.of()
                : Arrays.stream(list.split("[,，、]")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    // ---- import ---------------------------------------------------------------------------------------------------

    @Override
    public ImportReportDTO importRows(Actor actor, String jurisdiction, List<List<String>> rows) {
        JurisdictionDTO j = jurisdiction == null ? null : jurisdictions.jurisdiction(jurisdiction.strip()).orElse(null);
        if (j == null) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, "请选择导入到哪个辖区", Map.of("jurisdiction", "未知辖区"));
        }
        actor.requireWrite();
        ImportReportDTO report = new ImportReportDTO();
        int header = -1;
        for (int r = 0; r < rows.size() && header < 0; r++) {
            if (!rows.get(r).isEmpty() && COLUMNS.get(0).equals(rows.get(r).get(0).strip())) {
                header = r;
            }
        }
        if (header < 0) {
            throw LuoshiException.invalid("没有找到表头（第一列应为“统一社会信用代码”）：请使用导入模板");
        }
        Map<String, Integer> at = new HashMap<>();
        List<String> names = rows.get(header);
        for (int c = 0; c < names.size(); c++) {
            at.put(names.get(c).strip(), c);
        }
        for (String required : COLUMNS.subList(0, 4)) {
            if (!at.containsKey(required)) {
                throw LuoshiException.invalid("表头缺少“" + required + "”列：请使用导入模板");
            }
        }
        List<UnitDTO> units = jurisdictions.units(j.id).orElse(List.of());
        Map<String, List<UnitDTO>> byName = new HashMap<>();
        units.forEach(u -> byName.computeIfAbsent(u.name, k -> new ArrayList<>()).add(u));
        List<EnterpriseEntity> made = new ArrayList<>();
        Map<String, Integer> codes = new LinkedHashMap<>();
        for (int r = header + 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            int sheetRow = r + 1;
            report.rows++;
            if (report.rows > MAX_IMPORT) {
                throw LuoshiException.invalid("一次最多导入 " + MAX_IMPORT + " 家企业，请分批导入");
            }
            EnterpriseDTO in = new EnterpriseDTO();
            in.creditCode = cell(row, at, "统一社会信用代码");
            in.name = cell(row, at, "单位名称");
            in.sector = cell(row, at, "行业领域");
            String unitText = cell(row, at, "监管单位");
            in.address = cell(row, at, "地址");
            in.scale = code(SCALE_LABELS, cell(row, at, "规模"));
            in.status = code(STATUS_LABELS, cell(row, at, "状态"));
            String flags = cell(row, at, "高危标识");
            in.highRisk = flags == null ? List.of() : split(flags);
            in.principal = cell(row, at, "负责人");
            if (unitText != null) {
                List<UnitDTO> named = byName.getOrDefault(unitText, List.of());
                if (named.size() == 1) {
                    in.supervisingUnit = named.get(0).id;
                } else if (named.size() > 1) {
                    report.errors.add(new ImportReportDTO.RowError(sheetRow, "监管单位", "有多个单位名为“" + unitText
                            + "”，请填写单位编码"));
                    continue;
                } else {
                    in.supervisingUnit = unitText; // an id, or an unknown name reported below
                }
            }
            FieldCheck v = new FieldCheck();
            EnterpriseEntity e = new EnterpriseEntity();
            e.creditCode = creditCode(v, in.creditCode);
            fill(v, actor, e, in);
            if (e.jurisdiction != null && !j.id.equals(e.jurisdiction)) {
                v.fail("supervisingUnit", "监管单位不属于" + j.name);
            }
            for (Map.Entry<String, String> err : v.errors().entrySet()) {
                report.errors.add(new ImportReportDTO.RowError(sheetRow, column(err.getKey()), err.getValue()));
            }
            if (e.creditCode != null && CreditCode.valid(e.creditCode)) {
                Integer first = codes.putIfAbsent(e.creditCode, sheetRow);
                if (first != null) {
                    report.errors.add(new ImportReportDTO.RowError(sheetRow, "统一社会信用代码",
                            "与第 " + first + " 行重复"));
                }
            }
            made.add(e);
        }
        if (report.rows == 0) {
            throw LuoshiException.invalid("表中没有企业（表头以下都是空行）");
        }
        if (!report.errors.isEmpty()) {
            report.errors.sort(java.util.Comparator.comparingInt((ImportReportDTO.RowError x) -> x.row));
            return report;
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            Map<String, String> registered = new HashMap<>();
            List<String> all = new ArrayList<>(codes.keySet());
            for (int i = 0; i < all.size(); i += 500) {
                for (EnterpriseEntity x : em.createQuery("SELECT e FROM EnterpriseEntity e WHERE e.creditCode IN :codes",
                        EnterpriseEntity.class).setParameter("codes", all.subList(i, Math.min(all.size(), i + 500)))
                        .getResultList()) {
                    registered.put(x.creditCode, actor.canSee(x.supervisingUnit) ? "（" + x.name + "）" : "");
                }
            }
            if (!registered.isEmpty()) {
                registered.forEach((c, which) -> report.errors.add(new ImportReportDTO.RowError(codes.get(c),
                        "统一社会信用代码", "已登记" + which)));
                report.errors.sort(java.util.Comparator.comparingInt((ImportReportDTO.RowError x) -> x.row));
                return report;
            }
            LocalDateTime now = now();
            for (EnterpriseEntity e : made) {
                ModuleSettings.requireEnabled(settings, EnterpriseSettingsDeclaration.MODULE,
                        EnterpriseSettingsDeclaration.LABEL, e.supervisingUnit);
                e.createdBy = actor.name();
                e.createdAt = now;
                e.updatedAt = now;
                em.persist(e);
            }
            em.flush();
            for (EnterpriseEntity e : made) {
                audit.append(actor, "enterprise.import", "enterprise", e.id.toString(), null, json(toDto(e)));
            }
            report.imported = made.size();
            return report;
        });
    }

    private static String cell(List<String> row, Map<String, Integer> at, String column) {
        Integer c = at.get(column);
        String v = c == null || c >= row.size() ? null : row.get(c);
        return v == null || v.isBlank() ? null : v.strip();
    }

    /** A label (在产) or a code (OPERATING) as the code; anything else stays as written, to be refused. */
    private static String code(Map<String, String> labels, String text) {
        if (text == null) {
            return null;
        }
        for (Map.Entry<String, String> e : labels.entrySet()) {
            if (e.getValue().equals(text) || e.getKey().equalsIgnoreCase(text)) {
                return e.getKey();
            }
        }
        return text;
    }

    private static final Map<String, String> FIELD_COLUMNS = Map.of("creditCode", "统一社会信用代码", "name", "单位名称",
            "sector", "行业领域", "supervisingUnit", "监管单位", "address", "地址", "scale", "规模", "status", "状态",
            "highRisk", "高危标识", "principal", "负责人", "jurisdiction", "监管单位");

    private static String column(String field) {
        return FIELD_COLUMNS.getOrDefault(field, field);
    }

    // ---- history --------------------------------------------------------------------------------------------------

    @Override
    public EnterpriseHistoryDTO history(Actor actor, long id) {
        EnterpriseHistoryDTO out = new EnterpriseHistoryDTO();
        out.enterprise = get(actor, id);
        openTrackers();
        HazardService h = hazards.getService();
        if (h != null) {
            HazardQuery q = new HazardQuery();
            q.enterpriseId = id;
            q.limit = 200;
            Set<String> listed = new HashSet<>();
            for (HazardDTO hazard : h.list(actor, q).items) {
                EnterpriseHistoryDTO.Entry entry = new EnterpriseHistoryDTO.Entry();
                entry.record = new RecordRefDTO("hazard", hazard.id, title(hazard.description));
                entry.date = hazard.inspectionDate;
                entry.status = hazard.status == null ? null : hazard.status.name();
                out.records.add(entry);
                Lineage l = lineage.getService();
                if (l != null) {
                    try {
                        LineageDTO came = l.of(actor, "hazard", hazard.id);
                        for (RecordRefDTO r : came.cameOf) {
                            if (listed.add(r.type + " " + r.id)) {
                                EnterpriseHistoryDTO.Entry next = new EnterpriseHistoryDTO.Entry();
                                next.record = r;
                                next.cameFrom = entry.record;
                                next.date = hazard.inspectionDate;
                                out.records.add(next);
                            }
                        }
                    } catch (LuoshiException notTheirs) {
                        // the hazard's lineage is not the caller's to see
                    }
                }
            }
        }
        InspectionService i = inspections.getService();
        if (i != null) {
            for (InspectionDTO inspection : i.byEnterprise(actor, id)) {
                EnterpriseHistoryDTO.Entry entry = new EnterpriseHistoryDTO.Entry();
                entry.record = new RecordRefDTO("inspection", inspection.id, title(inspection.title));
                entry.date = inspection.startDate;
                entry.status = inspection.status;
                out.records.add(entry);
            }
        }
        AccidentService a = accidents.getService();
        if (a != null) {
            AccidentQuery q = new AccidentQuery();
            q.enterpriseId = id;
            q.limit = 200;
            for (AccidentDTO accident : a.list(actor, q).items) {
                EnterpriseHistoryDTO.Entry entry = new EnterpriseHistoryDTO.Entry();
                entry.record = new RecordRefDTO("accident", accident.id, title(accident.place + " " + (accident.level == null
                        ? "" : accident.level.label())));
                entry.date = accident.occurredAt == null ? null : accident.occurredAt.substring(0, 10);
                entry.status = accident.status;
                out.records.add(entry);
            }
        }
        TipOffService t = tipOffs.getService();
        if (t != null) {
            for (TipOffDTO tip : t.byEnterprise(actor, id)) {
                EnterpriseHistoryDTO.Entry entry = new EnterpriseHistoryDTO.Entry();
                entry.record = new RecordRefDTO("tipoff", tip.id, title(tip.subject));
                entry.date = tip.receivedOn;
                entry.status = tip.status;
                out.records.add(entry);
            }
        }
        for (EnterpriseHistoryDTO.Entry e : out.records) {
            out.counts.merge(e.record.type, 1, Integer::sum);
        }
        return out;
    }

    private static String title(String text) {
        return text == null ? "" : text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }

    // ---- mapping --------------------------------------------------------------------------------------------------

    EnterpriseDTO toDto(EnterpriseEntity e) {
        EnterpriseDTO d = new EnterpriseDTO();
        d.id = e.id;
        d.creditCode = e.creditCode;
        d.name = e.name;
        d.jurisdiction = e.jurisdiction;
        d.sector = e.sector;
        d.supervisingUnit = e.supervisingUnit;
        d.supervisingUnitName = jurisdictions.unit(e.supervisingUnit).map(u -> u.name).orElse(e.supervisingUnit);
        d.address = e.address;
        d.scale = e.scale;
        d.status = e.status;
        d.highRisk = e.highRisk == null ? new ArrayList<>() : new ArrayList<>(Arrays.asList(e.highRisk.split("、")));
        d.principal = e.principal;
        d.createdBy = e.createdBy;
        d.createdAt = text(e.createdAt);
        d.updatedAt = text(e.updatedAt);
        d.version = e.version;
        return d;
    }

    private static String text(LocalDateTime t) {
        return t == null ? null : t.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZONE).truncatedTo(ChronoUnit.MILLIS);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

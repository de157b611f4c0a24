package org.luoshi.transfers.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
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
import org.luoshi.api.file.FileDTO;
import org.luoshi.api.file.FileService;
import org.luoshi.api.jurisdiction.JurisdictionRegistry;
import org.luoshi.api.jurisdiction.UnitDTO;
import org.luoshi.api.link.RecordLinks;
import org.luoshi.api.link.RecordLinksByType;
import org.luoshi.api.settings.ModuleSettings;
import org.luoshi.api.transfer.ShareDTO;
import org.luoshi.api.transfer.SourceRefDTO;
import org.luoshi.api.transfer.TransferDTO;
import org.luoshi.api.transfer.TransferService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Transfers on JPA: sources checked through their modules' {@link RecordLinks} (a source type whose module is not
 * running is refused as unavailable, the rest keeps working), the receiver at the same level (or the common higher
 * level for a cross-region case), one transfer per case, acceptance and outcome by the receiving side.
 */
@Component(service = TransferService.class)
public class TransferServiceImpl implements TransferService {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Map<String, String> SITUATIONS = Map.of(
            "EQUIPMENT_TAMPERED", "关闭、破坏直接关系生产安全的监控、报警、防护、救生设备、设施，或者篡改、隐瞒、销毁其相关数据、信息",
            "ORDER_REFUSED", "因存在重大事故隐患被依法责令停产停业、停止施工、停止使用有关设备、设施、场所或者立即采取排除危险的整改措施，而拒不执行",
            "UNAPPROVED_HIGH_RISK", "涉及安全生产的事项未经依法批准或者许可，擅自从事矿山开采、金属冶炼、建筑施工，以及危险物品生产、经营、储存等高度危险的生产作业活动",
            "FIRE_REFUSED", "拒绝执行消防监督管理机构责令改正措施，造成严重后果",
            "OTHER_CRIME", "其他涉嫌安全生产犯罪");
    static final Set<String> SOURCE_TYPES = Set.of("inspection", "hazard", "listing", "tipoff");
    /** The Chinese names of the source types, for refusals. */
    static final Map<String, String> SOURCE_NAMES = Map.of("inspection", "巡查检查", "hazard", "问题隐患",
            "listing", "挂牌督办", "tipoff", "举报线索");
    static final Set<String> REGION_KINDS = org.luoshi.api.jurisdiction.Regions.KINDS;

    private final JpaTemplate jpa;
    private final JurisdictionRegistry jurisdictions;
    private final AuditTrail audit;
    private final ObjectMapper json = new ObjectMapper();
    /** The record links of each running module, by record type ({@code hazard}, {@code listing}, …). */
    private final RecordLinksByType links = new RecordLinksByType();

    /** The file store: the evidence of a transfer; without it a transfer reads without its evidence list. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile FileService files;

    /**
     * 模块配置: whether transfers are enabled at a unit; a transfer is its sending department's, so the sender's scope
     * decides every write on it (the receiving public security's steps too). Without the service, everything is enabled.
     */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ModuleSettings settings;

    @Activate
    public TransferServiceImpl(@Reference(target = "(osgi.unit.name=luoshi-transfers)") JpaTemplate jpa,
            @Reference JurisdictionRegistry jurisdictions, @Reference AuditTrail audit) {
        this.jpa = jpa;
        this.jurisdictions = jurisdictions;
        this.audit = audit;
    }

    // not our own record type: TransferRecordLinks needs this service (a transfer is never the source of a transfer)
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, target = "(!(" + RecordLinks.TYPE + "=transfer))")
    void bindRecordLinks(RecordLinks service, Map<String, Object> properties) {
        links.bind(service, properties);
    }

    void unbindRecordLinks(RecordLinks service, Map<String, Object> properties) {
        links.unbind(service, properties);
    }

    @Override
    public TransferDTO send(Actor actor, TransferDTO in) {
        if (in == null) {
            throw LuoshiException.invalid("请求内容为空");
        }
        FieldCheck v = new FieldCheck();
        String situation = v.text("situation", "移送情形", in.situation, 24, true);
        String from = v.text("fromUnit", "移送部门", in.fromUnit, 200, true);
        String to = v.text("toUnit", "接收的公安机关", in.toUnit, 200, true);
        String facts = v.text("facts", "涉嫌犯罪事实", in.facts, 8000, true);
        String other = in.otherRegion == null || in.otherRegion.isBlank() ? null : in.otherRegion.strip();
        if (situation != null && !SITUATIONS.containsKey(situation)) {
            v.fail("situation", "移送情形应为五种情形之一：" + String.join("、", SITUATIONS.keySet()));
        }
        List<SourceRefDTO> sources = in.sources == null ? List.of() : in.sources;
        if (sources.isEmpty()) {
            v.fail("sources", "请关联至少一条来源记录（巡查检查、隐患、挂牌督办或举报线索）");
        }
        for (SourceRefDTO s : sources) {
            if (s == null || s.type == null || !SOURCE_TYPES.contains(s.type) || s.id == null) {
                v.fail("sources", "来源记录应为 " + String.join("、", SOURCE_TYPES) + " 之一并给出编号");
            }
        }
        v.throwIfInvalid();
        UnitDTO fromUnit = unit(from, "fromUnit");
        UnitDTO toUnit = unit(to, "toUnit");
        if (!actor.canSee(from)) {
            throw LuoshiException.forbidden("无权以 “" + fromUnit.name + "” 的名义移送");
        }
        if (!"police".equals(toUnit.kind)) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, "“" + toUnit.name + "” 不是公安机关", Map.of("toUnit", "须为公安机关"));
        }
        String region = region(from);
        String coordinator = null;
        if (other != null) {
            unit(other, "otherRegion");
            String otherRegion = region(other);
            if (otherRegion.equals(region)) {
                throw new LuoshiException(LuoshiException.Kind.INVALID, "涉及的另一地区与移送部门同属一地", Map.of("otherRegion", "不是跨区域"));
            }
            coordinator = commonRegion(region, otherRegion);
            if (!region(to).equals(coordinator)) {
                throw new LuoshiException(LuoshiException.Kind.INVALID, "跨区域案件应移送共同上级（" + name(coordinator)
                        + "）的公安机关协调办理", Map.of("toUnit", "应为共同上级的公安机关"));
            }
        } else if (!region(to).equals(region)) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, "应移送同级公安机关（" + name(region) + "）",
                    Map.of("toUnit", "不是同级公安机关"));
        }
        Set<String> keys = new LinkedHashSet<>();
        for (SourceRefDTO s : sources) {
            check(actor, s);
            keys.add("|" + s.type + ":" + s.id + "|");
        }
        ModuleSettings.requireEnabled(settings, TransferSettingsDeclaration.MODULE, TransferSettingsDeclaration.LABEL,
                from);
        String co = coordinator;
        return jpa.txExpr(TransactionType.Required, em -> {
            for (String key : keys) {
                List<Long> earlier = em.createQuery("SELECT t.id FROM TransferEntity t WHERE t.sourceKeys LIKE ?1 AND "
                        + "(t.outcome IS NULL OR t.outcome <> 'RETURNED')", Long.class)
                        .setParameter(1, "%" + key + "%").getResultList();
                if (!earlier.isEmpty()) {
                    throw new LuoshiException(LuoshiException.Kind.CONFLICT, "该案件已移送（移送记录 " + earlier.get(0)
                            + "），不得重复移送");
                }
            }
            TransferEntity e = new TransferEntity();
            e.jurisdiction = fromUnit.jurisdiction;
            e.situation = situation;
            e.fromUnit = from;
            e.toUnit = to;
            e.otherRegion = other;
            e.coordinator = co;
            e.facts = facts;
            e.sourceKeys = String.join("", keys);
            e.status = "SENT";
            e.sentBy = actor.name();
            e.sentAt = LocalDateTime.now(ZONE);
            e.sharesJson = "[]";
            em.persist(e);
            em.flush();
            audit.append(actor, "transfer.send", "transfer", e.id.toString(), null,
                    situation + " " + from + " → " + to + " " + e.sourceKeys);
            return toDto(actor, e);
        });
    }

    /**
     * The source exists and the sender may see it: asked of the record links of its module, which refuse as the
     * module's own read would. A source type whose module is not running is refused as unavailable.
     */
    private void check(Actor actor, SourceRefDTO s) {
        RecordLinks module = links.get(s.type);
        if (module == null) {
            throw LuoshiException.unavailable("“" + SOURCE_NAMES.getOrDefault(s.type, s.type) + "”所在模块未启用");
        }
        try {
            module.describe(actor, s.id);
        } catch (LuoshiException e) {
            if (e.kind() == LuoshiException.Kind.UNAVAILABLE) {
                throw e;
            }
            throw new LuoshiException(LuoshiException.Kind.INVALID, "来源记录 " + s.type + " " + s.id + " 不存在或无权查看",
                    Map.of("sources", "来源记录无效"));
        }
    }

    @Override
    public TransferDTO accept(Actor actor, long id) {
        return step(actor, id, "transfer.accept", (em, e) -> {
            expect(e, "受理", "SENT");
            e.status = "ACCEPTED";
            e.acceptedBy = actor.name();
            e.acceptedAt = LocalDateTime.now(ZONE);
        });
    }

    @Override
    public TransferDTO conclude(Actor actor, long id, String outcome, String note) {
        FieldCheck v = new FieldCheck();
        String o = v.text("outcome", "处理结果", outcome, 12, true);
        String n = v.text("note", "说明", note, 4000, true);
        if (o != null && !Set.of("FILED", "NOT_FILED", "RETURNED").contains(o)) {
            v.fail("outcome", "处理结果应为 FILED（立案）、NOT_FILED（不予立案）或 RETURNED（退回补充）");
        }
        v.throwIfInvalid();
        return step(actor, id, "transfer.conclude", (em, e) -> {
            expect(e, "记录处理结果", "ACCEPTED");
            e.status = "CONCLUDED";
            e.outcome = o;
            e.outcomeNote = n;
            e.concludedAt = LocalDateTime.now(ZONE);
        });
    }

    @Override
    public TransferDTO share(Actor actor, long id, ShareDTO in) {
        FieldCheck v = new FieldCheck();
        String party = in == null ? null : v.text("party", "共享对象", in.party, 16, true);
        LocalDate date = in == null ? null : v.date("date", "日期", in.date, true);
        String content = in == null ? null : v.text("content", "共享内容", in.content, 4000, true);
        if (in == null) {
            v.fail("party", "请求内容为空");
        }
        if (party != null && !Set.of("PROCURATORATE", "COURT").contains(party)) {
            v.fail("party", "共享对象应为 PROCURATORATE（检察院）或 COURT（法院）");
        }
        if (date != null && date.isAfter(LocalDate.now(ZONE))) {
            v.fail("date", "日期不能晚于今天");
        }
        v.throwIfInvalid();
        return jpa.txExpr(TransactionType.Required, em -> {
            TransferEntity e = find(em, actor, id);
            ModuleSettings.requireEnabled(settings, TransferSettingsDeclaration.MODULE,
                    TransferSettingsDeclaration.LABEL, e.fromUnit);
            List<ShareDTO> shares = readShares(e.sharesJson);
            ShareDTO s = new ShareDTO();
            s.party = party;
            s.date = date.toString();
            s.content = content;
            s.recordedBy = actor.name();
            shares.add(s);
            e.sharesJson = write(shares);
            if (e.sharesJson.length() > 16000) {
                throw new LuoshiException(LuoshiException.Kind.CONFLICT, "信息共享记录已达上限，请另行书面记录");
            }
            em.flush();
            audit.append(actor, "transfer.share", "transfer", e.id.toString(), null, party + " " + date);
            return toDto(actor, e);
        });
    }

    @Override
    public TransferDTO get(Actor actor, long id) {
        return jpa.txExpr(TransactionType.Required, em -> toDto(actor, find(em, actor, id)));
    }

    @Override
    public List<TransferDTO> list(Actor actor, String jurisdiction, int offset, int limit) {
        int lim = limit <= 0 ? 20 : Math.min(limit, 200);
        return jpa.txExpr(TransactionType.Required, em -> listed(em, actor, jurisdiction)
                .skip(Math.max(0, offset)).limit(lim).map(e -> toDto(actor, e)).toList());
    }

    @Override
    public long count(Actor actor, String jurisdiction) {
        return jpa.txExpr(TransactionType.Required, em -> listed(em, actor, jurisdiction).count());
    }

    /** The transfers of {@link #list}, newest first, all pages. */
    private java.util.stream.Stream<TransferEntity> listed(EntityManager em, Actor actor, String jurisdiction) {
        return em.createQuery("SELECT t FROM TransferEntity t WHERE t.jurisdiction = ?1 ORDER BY t.id DESC",
                TransferEntity.class).setParameter(1, jurisdiction).getResultList().stream().filter(e -> visible(actor, e));
    }

    @Override
    public List<TransferDTO> bySource(Actor actor, String type, long id) {
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "SELECT t FROM TransferEntity t WHERE t.sourceKeys LIKE ?1 ORDER BY t.id", TransferEntity.class)
                .setParameter(1, "%|" + type + ":" + id + "|%").getResultList().stream().filter(e -> visible(actor, e))
                .map(e -> toDto(actor, e)).toList());
    }

    private interface Change {
        void apply(EntityManager em, TransferEntity e);
    }

    /** A step of the receiving public security. */
    private TransferDTO step(Actor actor, long id, String action, Change change) {
        return jpa.txExpr(TransactionType.Required, em -> {
            TransferEntity e = find(em, actor, id);
            // the public-security organ itself, not the government above it that can see its records
            if (actor.units().stream().noneMatch(u -> u.equals(e.toUnit) || u.startsWith(e.toUnit + "."))) {
                throw LuoshiException.forbidden("此操作只能由接收的公安机关（" + name(e.toUnit) + "）办理");
            }
            ModuleSettings.requireEnabled(settings, TransferSettingsDeclaration.MODULE,
                    TransferSettingsDeclaration.LABEL, e.fromUnit);
            String before = e.status;
            change.apply(em, e);
            em.flush();
            audit.append(actor, action, "transfer", e.id.toString(), before, e.status);
            return toDto(actor, e);
        });
    }

    private static void expect(TransferEntity e, String what, String status) {
        if (!status.equals(e.status)) {
            throw new LuoshiException(LuoshiException.Kind.CONFLICT, "移送当前状态为 " + e.status + "，不能" + what);
        }
    }

    private static boolean visible(Actor actor, TransferEntity e) {
        return actor.canSee(e.fromUnit) || actor.canSee(e.toUnit) || e.coordinator != null && actor.canSee(e.coordinator);
    }

    private TransferEntity find(EntityManager em, Actor actor, long id) {
        TransferEntity e = em.find(TransferEntity.class, id);
        if (e == null || !visible(actor, e)) {
            throw LuoshiException.notFound("移送记录 " + id + " 不存在或无权查看");
        }
        return e;
    }

    /** The region (province, city, county, town) of a unit: itself or the nearest such unit above it. */
    private String region(String unitId) {
        return org.luoshi.api.jurisdiction.Regions.of(jurisdictions, unitId);
    }

    /** The lowest region above (or at) both regions, by their dotted ids. */
    private String commonRegion(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        StringBuilder common = new StringBuilder();
        for (int i = 0; i < Math.min(x.length, y.length) && x[i].equals(y[i]); i++) {
            common.append(i == 0 ? "" : ".").append(x[i]);
        }
        return common.length() == 0 ? a : region(common.toString());
    }

    private UnitDTO unit(String id, String field) {
        return jurisdictions.unit(id).orElseThrow(() -> new LuoshiException(LuoshiException.Kind.INVALID,
                "单位 “" + id + "” 不存在", Map.of(field, "未知单位")));
    }

    private String name(String unitId) {
        return jurisdictions.unit(unitId).map(u -> u.name).orElse(unitId);
    }

    private TransferDTO toDto(Actor actor, TransferEntity e) {
        TransferDTO d = new TransferDTO();
        d.id = e.id;
        d.jurisdiction = e.jurisdiction;
        d.situation = e.situation;
        d.fromUnit = e.fromUnit;
        d.toUnit = e.toUnit;
        d.otherRegion = e.otherRegion;
        d.coordinator = e.coordinator;
        d.facts = e.facts;
        for (String key : e.sourceKeys.split("\\|")) {
            int colon = key.indexOf(':');
            if (colon > 0) {
                d.sources.add(new SourceRefDTO(key.substring(0, colon), Long.valueOf(key.substring(colon + 1))));
            }
        }
        FileService store = files;
        if (store != null) {
            for (FileDTO f : store.list(actor, "transfer", e.id)) {
                d.evidence.add(f.id);
            }
        }
        d.status = e.status;
        d.sentBy = e.sentBy;
        d.sentAt = at(e.sentAt);
        d.acceptedBy = e.acceptedBy;
        d.acceptedAt = at(e.acceptedAt);
        d.outcome = e.outcome;
        d.outcomeNote = e.outcomeNote;
        d.concludedAt = at(e.concludedAt);
        d.shares = readShares(e.sharesJson);
        return d;
    }

    private static String at(LocalDateTime t) {
        return t == null ? null : t.atZone(ZONE).toOffsetDateTime().toString();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<ShareDTO> readShares(String text) {
        try {
            return json.readValue(text, json.getTypeFactory().constructCollectionType(ArrayList.class, ShareDTO.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.luoshi.transfers.ui.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.luoshi.api.Actor;
import org.luoshi.api.FieldCheck;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.file.FileDTO;
import org.luoshi.api.file.FileService;
import org.luoshi.api.hazard.HazardService;
import org.luoshi.api.inspection.InspectionService;
import org.luoshi.api.jurisdiction.JurisdictionRegistry;
import org.luoshi.api.jurisdiction.UnitDTO;
import org.luoshi.api.listing.ListingService;
import org.luoshi.api.tipoff.TipOffService;
import org.luoshi.api.transfer.ShareDTO;
import org.luoshi.api.transfer.SourceRefDTO;
import org.luoshi.api.transfer.TransferDTO;
import org.luoshi.api.transfer.TransferService;
import org.luoshi.ui.internal.InMemoryFiles;
import org.luoshi.ui.internal.InMemoryServices;

/**
 * A transfer service with the rules of the real one (org.luoshi.transfers): the five situations, at least one source
 * that exists and the sender may see, a police receiver of the same level (or of the common higher level for a
 * cross-region case), one transfer per case, acceptance and outcome by the receiving public security only.
 */
public final class InMemoryTransfers implements TransferService {
    public static final Set<String> SITUATIONS = Set.of("EQUIPMENT_TAMPERED", "ORDER_REFUSED", "UNAPPROVED_HIGH_RISK",
            "FIRE_REFUSED", "OTHER_CRIME");
    public static final Set<String> SOURCE_TYPES = Set.of("inspection", "hazard", "listing", "tipoff");
    public static final Set<String> REGION_KINDS = Set.of("province", "city", "county", "town");

    public final List<TransferDTO> records = new ArrayList<>();
    private final JurisdictionRegistry registry;
    private final HazardService hazards;
    private final InspectionService inspections;
    private final TipOffService tipOffs;
    private final ListingService listings;
    private final FileService files;
    private final AtomicLong ids = new AtomicLong();

    public InMemoryTransfers(JurisdictionRegistry registry, HazardService hazards, InspectionService inspections,
            TipOffService tipOffs, ListingService listings, FileService files) {
        this.registry = registry;
        this.hazards = hazards;
        this.inspections = inspections;
        this.tipOffs = tipOffs;
        this.listings = listings;
        this.files = files;
    }

    /** A transfer service with nothing but hazards as sources, for the tests of other views. */
    public static InMemoryTransfers idle(JurisdictionRegistry registry, HazardService hazards) {
        return new InMemoryTransfers(registry, hazards, null, null, null, new InMemoryFiles(registry));
    }

    private static String now() {
        return OffsetDateTime.now(InMemoryServices.ZONE).toString();
    }

    @Override
    public synchronized TransferDTO send(Actor actor, TransferDTO in) {
        if (in == null) {
            throw LuoshiException.invalid("请求内容为空");
        }
        FieldCheck v = new FieldCheck();
        String situation = v.text("situation", "移送情形", in.situation, 24, true);
        String from = v.text("fromUnit", "移送部门", in.fromUnit, 200, true);
        String to = v.text("toUnit", "接收的公安机关", in.toUnit, 200, true);
        String facts = v.text("facts", "涉嫌犯罪事实", in.facts, 8000, true);
        String other = in.otherRegion == null || in.otherRegion.isBlank() ? null : in.otherRegion.strip();
        if (situation != null && !SITUATIONS.contains(situation)) {
            v.fail("situation", "移送情形应为五种情形之一：" + String.join("、", SITUATIONS));
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
            keys.add(s.type + ":" + s.id);
        }
        for (TransferDTO t : records) {
            if (!"RETURNED".equals(t.outcome) && t.sources.stream().anyMatch(s -> keys.contains(s.type + ":" + s.id))) {
                throw new LuoshiException(LuoshiException.Kind.CONFLICT, "该案件已移送（移送记录 " + t.id + "），不得重复移送");
            }
        }
        TransferDTO e = new TransferDTO();
        e.id = ids.incrementAndGet();
        e.jurisdiction = fromUnit.jurisdiction;
        e.situation = situation;
        e.fromUnit = from;
        e.toUnit = to;
        e.otherRegion = other;
        e.coordinator = coordinator;
        e.facts = facts;
        for (String key : keys) {
            int colon = key.indexOf(':');
            e.sources.add(new SourceRefDTO(key.substring(0, colon), Long.valueOf(key.substring(colon + 1))));
        }
        e.status = "SENT";
        e.sentBy = actor.name();
        e.sentAt = now();
        records.add(e);
        return copy(actor, e);
    }

    private void check(Actor actor, SourceRefDTO s) {
        try {
            switch (s.type) {
                case "hazard" -> hazards.get(actor, s.id);
                case "listing" -> listings.get(actor, s.id);
                case "tipoff" -> tipOffs.get(actor, s.id);
                default -> inspections.get(actor, s.id);
            }
        } catch (LuoshiException | NullPointerException e) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, "来源记录 " + s.type + " " + s.id + " 不存在或无权查看",
                    Map.of("sources", "来源记录无效"));
        }
    }

    @Override
    public synchronized TransferDTO accept(Actor actor, long id) {
        return step(actor, id, e -> {
            expect(e, "受理", "SENT");
            e.status = "ACCEPTED";
            e.acceptedBy = actor.name();
            e.acceptedAt = now();
        });
    }

    @Override
    public synchronized TransferDTO conclude(Actor actor, long id, String outcome, String note) {
        FieldCheck v = new FieldCheck();
        String o = v.text("outcome", "处理结果", outcome, 12, true);
        String n = v.text("note", "说明", note, 4000, true);
        if (o != null && !Set.of("FILED", "NOT_FILED", "RETURNED").contains(o)) {
            v.fail("outcome", "处理结果应为 FILED（立案）、NOT_FILED（不予立案）或 RETURNED（退回补充）");
        }
        v.throwIfInvalid();
        return step(actor, id, e -> {
            expect(e, "记录处理结果", "ACCEPTED");
            e.status = "CONCLUDED";
            e.outcome = o;
            e.outcomeNote = n;
            e.concludedAt = now();
        });
    }

    @Override
    public synchronized TransferDTO share(Actor actor, long id, ShareDTO in) {
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
        if (date != null && date.isAfter(LocalDate.now(InMemoryServices.ZONE))) {
            v.fail("date", "日期不能晚于今天");
        }
        v.throwIfInvalid();
        TransferDTO e = find(actor, id);
        ShareDTO s = new ShareDTO();
        s.party = party;
        s.date = date.toString();
        s.content = content;
        s.recordedBy = actor.name();
        e.shares.add(s);
        return copy(actor, e);
    }

    @Override
    public synchronized TransferDTO get(Actor actor, long id) {
        return copy(actor, find(actor, id));
    }

    @Override
    public synchronized List<TransferDTO> list(Actor actor, String jurisdiction, int offset, int limit) {
        int lim = limit <= 0 ? 20 : Math.min(limit, 200);
        return records.stream().filter(e -> e.jurisdiction.equals(jurisdiction)).filter(e -> visible(actor, e))
                .sorted(Comparator.comparing((TransferDTO e) -> e.id).reversed()).skip(Math.max(0, offset)).limit(lim)
                .map(e -> copy(actor, e)).toList();
    }

    @Override
    public synchronized List<TransferDTO> bySource(Actor actor, String type, long id) {
        return records.stream().filter(e -> e.sources.stream().anyMatch(s -> s.type.equals(type) && s.id == id))
                .filter(e -> visible(actor, e)).map(e -> copy(actor, e)).toList();
    }

    /** The stored record (for the tests' assertions). */
    public synchronized TransferDTO record(long id) {
        return records.stream().filter(e -> e.id == id).findFirst().orElseThrow();
    }

    private TransferDTO step(Actor actor, long id, Consumer<TransferDTO> change) {
        TransferDTO e = find(actor, id);
        if (actor.units().stream().noneMatch(u -> u.equals(e.toUnit) || u.startsWith(e.toUnit + "."))) {
            throw LuoshiException.forbidden("此操作只能由接收的公安机关（" + name(e.toUnit) + "）办理");
        }
        change.accept(e);
        return copy(actor, e);
    }

    private static void expect(TransferDTO e, String what, String status) {
        if (!status.equals(e.status)) {
            throw new LuoshiException(LuoshiException.Kind.CONFLICT, "移送当前状态为 " + e.status + "，不能" + what);
        }
    }

    private static boolean visible(Actor actor, TransferDTO e) {
        return actor.canSee(e.fromUnit) || actor.canSee(e.toUnit) || e.coordinator != null && actor.canSee(e.coordinator);
    }

    private TransferDTO find(Actor actor, long id) {
        return records.stream().filter(e -> e.id == id && visible(actor, e)).findFirst()
                .orElseThrow(() -> LuoshiException.notFound("移送记录 " + id + " 不存在或无权查看"));
    }

    private String region(String unitId) {
        String id = unitId;
        while (id != null) {
            UnitDTO u = registry.unit(id).orElse(null);
            if (u == null) {
                return id;
            }
            if (REGION_KINDS.contains(u.kind)) {
                return u.id;
            }
            id = u.parent;
        }
        return unitId;
    }

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
        return registry.unit(id).orElseThrow(() -> new LuoshiException(LuoshiException.Kind.INVALID,
                "单位 “" + id + "” 不存在", Map.of(field, "未知单位")));
    }

    private String name(String unitId) {
        return registry.unit(unitId).map(u -> u.name).orElse(unitId);
    }

    private TransferDTO copy(Actor actor, TransferDTO e) {
        TransferDTO d = new TransferDTO();
        d.id = e.id;
        d.jurisdiction = e.jurisdiction;
        d.situation = e.situation;
        d.fromUnit = e.fromUnit;
        d.toUnit = e.toUnit;
        d.otherRegion = e.otherRegion;
        d.coordinator = e.coordinator;
        d.facts = e.facts;
        d.sources = new ArrayList<>(e.sources);
        for (FileDTO f : files.list(actor, "transfer", e.id)) {
            d.evidence.add(f.id);
        }
        d.status = e.status;
        d.sentBy = e.sentBy;
        d.sentAt = e.sentAt;
        d.acceptedBy = e.acceptedBy;
        d.acceptedAt = e.acceptedAt;
        d.outcome = e.outcome;
        d.outcomeNote = e.outcomeNote;
        d.concludedAt = e.concludedAt;
        d.shares = new ArrayList<>(e.shares);
        return d;
    }
}

package org.luoshi.dispatch.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.luoshi.api.Actor;
import org.luoshi.api.FieldCheck;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.audit.AuditTrail;
import org.luoshi.api.cycle.CycleDTO;
import org.luoshi.api.cycle.CycleEngine;
import org.luoshi.api.cycle.PeriodDTO;
import org.luoshi.api.dispatch.PeriodStatusDTO;
import org.luoshi.api.dispatch.ReportingService;
import org.luoshi.api.dispatch.SubmissionDTO;
import org.luoshi.api.jurisdiction.JurisdictionRegistry;
import org.luoshi.api.settings.ModuleSettings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** Written dispatch on JPA: the cycle engine's periods, one report per unit and period, late marks, non-submitters. */
@Component(service = {ReportingService.class, ReportingServiceImpl.class})
public class ReportingServiceImpl implements ReportingService {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final JpaTemplate jpa;
    private final JurisdictionRegistry jurisdictions;
    private final CycleEngine engine;
    private final AuditTrail audit;

    /** 模块配置: whether dispatch is enabled at a unit (writes refused where not); without it, everything is. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ModuleSettings settings;

    @Activate
    public ReportingServiceImpl(@Reference(target = "(osgi.unit.name=luoshi-dispatch)") JpaTemplate jpa,
            @Reference JurisdictionRegistry jurisdictions, @Reference CycleEngine engine, @Reference AuditTrail audit) {
        this.jpa = jpa;
        this.jurisdictions = jurisdictions;
        this.engine = engine;
        this.audit = audit;
    }

    @Override
    public List<CycleDTO> cycles(Actor actor, String jurisdiction) {
        List<CycleDTO> out = new java.util.ArrayList<>(jurisdictions.cycles(jurisdiction)
                .orElseThrow(() -> LuoshiException.notFound("辖区 “" + jurisdiction + "” 未安装")));
        for (CycleDTO c : adhoc(jurisdiction)) {
            if (c.retiredOn == null) {
                out.add(c);
            }
        }
        return out;
    }

    /** The offices' own cycles of a jurisdiction, running or ended, oldest first. */
    private List<CycleDTO> adhoc(String jurisdiction) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT c FROM AdhocCycleEntity c WHERE "
                + "c.jurisdiction = ?1 ORDER BY c.id", AdhocCycleEntity.class).setParameter(1, jurisdiction)
                .getResultList()).stream().map(ReportingServiceImpl::toDto).toList();
    }

    /** A cycle by id: the plugin's, or an office's own (also when ended: its periods and reports stay readable). */
    private CycleDTO cycle(String jurisdiction, String cycleId) {
        List<CycleDTO> all = new java.util.ArrayList<>(jurisdictions.cycles(jurisdiction)
                .orElseThrow(() -> LuoshiException.notFound("辖区 “" + jurisdiction + "” 未安装")));
        if (cycleId != null && cycleId.startsWith(ADHOC)) {
            all.addAll(adhoc(jurisdiction));
        }
        return all.stream().filter(c -> c.id.equals(cycleId)).findFirst()
                .orElseThrow(() -> LuoshiException.notFound("辖区 “" + jurisdiction + "” 没有报送周期 “" + cycleId + "”"));
    }

    static final String ADHOC = "adhoc-";

    @Override
    public CycleDTO addCycle(Actor actor, String jurisdiction, CycleDTO in) {
        if (in == null) {
            throw LuoshiException.invalid("请求内容为空");
        }
        jurisdictions.jurisdiction(jurisdiction == null ? "" : jurisdiction).orElseThrow(() -> new LuoshiException(
                LuoshiException.Kind.INVALID, "辖区未安装", Map.of("jurisdiction", "未知辖区")));
        FieldCheck v = new FieldCheck();
        String name = v.text("name", "周期名称", in.name, 100, true);
        String rrule = v.text("rrule", "重复规则（RRULE）", in.rrule, 500, false);
        LocalDate start = v.date("start", "开始日期", in.start == null ? LocalDate.now(ZONE).toString() : in.start, true);
        LocalDate until = v.date("until", "结束日期", in.until, false);
        String receiver = v.text("receiver", "收集单位", in.receiver, 200, true);
        if (rrule == null && (in.milestones == null || in.milestones.isEmpty())) {
            v.fail("rrule", "请给出重复规则（RRULE），或一个以上的报送日期");
        }
        if (in.reporters == null || in.reporters.isEmpty()) {
            v.fail("reporters", "请选择报送单位");
        } else if (in.reporters.size() > 200) {
            v.fail("reporters", "报送单位不能超过 200 个");
        }
        if (in.form != null) {
            v.fail("form", "自设的调度周期按文字报送，暂不能指定报表");
        }
        if (in.milestones != null && in.milestones.size() > 100) {
            v.fail("milestones", "报送日期不能超过 100 个");
        }
        v.throwIfInvalid();
        if (receiver != null) {
            unitIn(jurisdiction, receiver, "receiver");
            if (!actor.canSee(receiver)) {
                throw LuoshiException.forbidden("只能为本单位或下级单位设置调度周期");
            }
        }
        java.util.LinkedHashSet<String> reporters = new java.util.LinkedHashSet<>();
        for (String r : in.reporters) {
            String u = r == null ? "" : r.strip();
            unitIn(jurisdiction, u, "reporters");
            if (u.equals(receiver)) {
                throw new LuoshiException(LuoshiException.Kind.INVALID, "收集单位不必向自己报送",
                        Map.of("reporters", "收集单位不必向自己报送"));
            }
            if (!actor.canSee(u)) {
                throw LuoshiException.forbidden("只能要求本单位的下级单位报送");
            }
            reporters.add(u);
        }
        CycleDTO c = new CycleDTO();
        c.id = ADHOC + "0";
        c.name = name;
        c.rrule = rrule;
        c.start = start.toString();
        c.until = until == null ? null : until.toString();
        c.dueTime = in.dueTime;
        c.rollToWorkingDay = in.rollToWorkingDay;
        c.periodKind = in.periodKind == null && rrule != null ? CycleDTO.SINCE_PREVIOUS : in.periodKind;
        c.periodOffset = in.periodOffset;
        c.receiver = receiver;
        c.reporters.addAll(reporters);
        if (in.milestones != null) {
            c.milestones.addAll(in.milestones);
        }
        engine.validate(c);
        ModuleSettings.requireEnabled(settings, DispatchSettingsDeclaration.MODULE, DispatchSettingsDeclaration.LABEL,
                receiver);
        return jpa.txExpr(TransactionType.Required, em -> {
            AdhocCycleEntity e = new AdhocCycleEntity();
            e.jurisdiction = jurisdiction;
            e.name = name;
            e.rrule = rrule;
            e.start = start;
            e.until = until;
            e.dueTime = c.dueTime;
            e.rollToWorkingDay = c.rollToWorkingDay;
            e.periodKind = c.periodKind;
            e.periodOffset = c.periodOffset;
            StringBuilder m = new StringBuilder();
            for (org.luoshi.api.cycle.MilestoneDTO x : c.milestones) {
                m.append(x.date).append(' ').append(String.valueOf(x.name).replace('\n', ' ')).append('\n');
            }
            e.milestones = m.length() == 0 ? null : m.toString();
            if (e.milestones != null && e.milestones.length() > 4000) {
                throw new LuoshiException(LuoshiException.Kind.INVALID, "报送日期的名称过长", Map.of("milestones", "过长"));
            }
            e.receiver = receiver;
            e.reporters = String.join(",", reporters);
            if (e.reporters.length() > 4000) {
                throw new LuoshiException(LuoshiException.Kind.INVALID, "报送单位过多", Map.of("reporters", "过多"));
            }
            e.createdBy = actor.name();
            e.createdAt = java.time.LocalDateTime.now(ZONE);
            em.persist(e);
            em.flush();
            CycleDTO out = toDto(e);
            audit.append(actor, "cycle.add", "cycle", out.id, null, "{\"jurisdiction\":\"" + jurisdiction
                    + "\",\"receiver\":\"" + receiver + "\",\"reporters\":" + reporters.size() + "}");
            return out;
        });
    }

    @Override
    public CycleDTO retireCycle(Actor actor, String jurisdiction, String cycleId) {
        long id = adhocId(cycleId);
        return jpa.txExpr(TransactionType.Required, em -> {
            AdhocCycleEntity e = em.find(AdhocCycleEntity.class, id);
            if (e == null || !e.jurisdiction.equals(jurisdiction)) {
                throw LuoshiException.notFound("没有这个自设调度周期");
            }
            if (!actor.canSee(e.receiver)) {
                throw LuoshiException.forbidden("只有收集单位（" + name(e.receiver) + "）及其上级可以结束该周期");
            }
            ModuleSettings.requireEnabled(settings, DispatchSettingsDeclaration.MODULE,
                    DispatchSettingsDeclaration.LABEL, e.receiver);
            if (e.retiredOn != null) {
                throw new LuoshiException(LuoshiException.Kind.CONFLICT, "该周期已于 " + e.retiredOn + " 结束");
            }
            e.retiredOn = LocalDate.now(ZONE);
            em.flush();
            audit.append(actor, "cycle.retire", "cycle", ADHOC + e.id, null, "{\"retiredOn\":\"" + e.retiredOn + "\"}");
            return toDto(e);
        });
    }

    private static long adhocId(String cycleId) {
        if (cycleId == null || !cycleId.matches(ADHOC + "[0-9]{1,15}")) {
            throw LuoshiException.notFound("没有这个自设调度周期（只有办公室自设的周期可以结束）");
        }
        return Long.parseLong(cycleId.substring(ADHOC.length()));
    }

    private void unitIn(String jurisdiction, String unit, String field) {
        org.luoshi.api.jurisdiction.UnitDTO u = jurisdictions.unit(unit == null ? "" : unit).orElse(null);
        boolean inside = u != null && jurisdictions.units(jurisdiction).orElse(List.of()).stream()
                .anyMatch(x -> x.id.equals(u.id));
        if (!inside) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, "单位不属于本辖区", Map.of(field, "单位不属于本辖区"));
        }
    }

    static CycleDTO toDto(AdhocCycleEntity e) {
        CycleDTO c = new CycleDTO();
        c.id = ADHOC + e.id;
        c.adhoc = true;
        c.name = e.name;
        c.rrule = e.rrule;
        c.start = e.start.toString();
        c.retiredOn = e.retiredOn == null ? null : e.retiredOn.toString();
        LocalDate end = e.retiredOn == null ? e.until : e.until == null || e.retiredOn.isBefore(e.until) ? e.retiredOn : e.until;
        c.until = end == null ? null : end.toString();
        c.dueTime = e.dueTime;
        c.rollToWorkingDay = e.rollToWorkingDay;
        c.periodKind = e.periodKind;
        c.periodOffset = e.periodOffset;
        c.receiver = e.receiver;
        c.reporters.addAll(List.of(e.reporters.split(",")));
        c.createdBy = e.createdBy;
        if (e.milestones != null) {
            List<org.luoshi.api.cycle.MilestoneDTO> all = new java.util.ArrayList<>();
            for (String line : e.milestones.split("\n")) {
                int sp = line.indexOf(' ');
                if (sp > 0) {
                    all.add(new org.luoshi.api.cycle.MilestoneDTO(line.substring(sp + 1), line.substring(0, sp)));
                }
            }
            all.sort(java.util.Comparator.comparing((org.luoshi.api.cycle.MilestoneDTO m) -> m.date));
            // once ended, a milestone whose period had not begun by then is no longer asked for
            LocalDate periodStart = e.start;
            for (org.luoshi.api.cycle.MilestoneDTO m : all) {
                if (e.retiredOn == null || !periodStart.isAfter(e.retiredOn)) {
                    c.milestones.add(m);
                }
                periodStart = LocalDate.parse(m.date).plusDays(1);
            }
        }
        return c;
    }

    @Override
    public List<PeriodDTO> periods(Actor actor, String jurisdiction, String cycleId, LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from) || from.plusYears(20).isBefore(to)) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, "查询区间应为 from ≤ to，且不超过 20 年",
                    Map.of("from", "查询区间有误"));
        }
        CycleDTO c = cycle(jurisdiction, cycleId);
        return ended(c) ? List.of() : engine.periods(c, from, to);
    }

    /** An office's own cycle ended before any of its periods began: nothing to ask for or show. */
    private static boolean ended(CycleDTO c) {
        return c.adhoc && c.rrule == null && c.milestones.isEmpty();
    }

    /** The period with this index: periods are numbered from the cycle's start. */
    private PeriodDTO period(CycleDTO c, int index) {
        LocalDate start = LocalDate.parse(c.start);
        for (PeriodDTO p : ended(c) ? List.<PeriodDTO>of() : engine.periods(c, start, start.plusYears(20))) {
            if (p.index == index) {
                return p;
            }
        }
        throw LuoshiException.notFound("报送周期 “" + c.name + "” 没有第 " + index + " 期");
    }

    @Override
    public SubmissionDTO submit(Actor actor, String jurisdiction, String cycleId, int periodIndex, String unit, String note) {
        FieldCheck v = new FieldCheck();
        String u = v.text("unit", "报送单位", unit, 200, true);
        String text = v.text("note", "报送内容", note, 4000, true);
        v.throwIfInvalid();
        CycleDTO c = cycle(jurisdiction, cycleId);
        if (c.form != null) {
            throw new LuoshiException(LuoshiException.Kind.CONFLICT, "“" + c.name + "” 须填报报表《" + c.form.title
                    + "》（/api/forms/" + jurisdiction + "/" + cycleId + "），报表齐全即视为已报送");
        }
        if (!c.reporters.contains(u)) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, "单位 “" + name(u) + "” 不在 “" + c.name + "” 的报送单位之列",
                    Map.of("unit", "不是报送单位"));
        }
        if (!actor.canSee(u)) {
            throw LuoshiException.forbidden("无权以 “" + name(u) + "” 的名义报送");
        }
        PeriodDTO p = period(c, periodIndex);
        OffsetDateTime now = OffsetDateTime.now(ZONE);
        if (now.toLocalDate().isBefore(LocalDate.parse(p.periodStart))) {
            throw new LuoshiException(LuoshiException.Kind.CONFLICT, "“" + p.label + "” 尚未开始，不能报送");
        }
        ModuleSettings.requireEnabled(settings, DispatchSettingsDeclaration.MODULE, DispatchSettingsDeclaration.LABEL,
                u);
        return jpa.txExpr(TransactionType.Required, em -> {
            long existing = em.createQuery("SELECT COUNT(s) FROM SubmissionEntity s WHERE s.jurisdiction = ?1 AND "
                    + "s.cycleId = ?2 AND s.periodIndex = ?3 AND s.unit = ?4", Long.class).setParameter(1, jurisdiction)
                    .setParameter(2, cycleId).setParameter(3, periodIndex).setParameter(4, u).getSingleResult();
            if (existing > 0) {
                throw new LuoshiException(LuoshiException.Kind.CONFLICT, name(u) + " 已报送 “" + p.label + "”");
            }
            SubmissionEntity e = new SubmissionEntity();
            e.jurisdiction = jurisdiction;
            e.cycleId = cycleId;
            e.periodIndex = periodIndex;
            e.periodLabel = p.label;
            e.unit = u;
            e.note = text;
            e.submittedBy = actor.name();
            e.submittedAt = now.toLocalDateTime();
            e.due = p.due;
            e.late = now.isAfter(OffsetDateTime.parse(p.due));
            em.persist(e);
            em.flush();
            SubmissionDTO out = toDto(e);
            audit.append(actor, "report.submit", "submission", e.id.toString(), null,
                    "{\"cycle\":\"" + cycleId + "\",\"period\":" + periodIndex + ",\"unit\":\"" + u + "\",\"late\":" + e.late + "}");
            return out;
        });
    }

    @Override
    public List<SubmissionDTO> submissions(Actor actor, String jurisdiction, String cycleId) {
        CycleDTO c = cycle(jurisdiction, cycleId);
        List<SubmissionDTO> out = new java.util.ArrayList<>();
        jpa.tx(TransactionType.Required, em -> {
            for (SubmissionEntity e : em.createQuery("SELECT s FROM SubmissionEntity s WHERE s.jurisdiction = ?1 AND "
                    + "s.cycleId = ?2 ORDER BY s.periodIndex DESC, s.submittedAt DESC", SubmissionEntity.class)
                    .setParameter(1, jurisdiction).setParameter(2, c.id).getResultList()) {
                if (actor.units().stream().anyMatch(u -> e.unit.equals(u) || e.unit.startsWith(u + "."))) {
                    out.add(toDto(e));
                }
            }
        });
        return out;
    }

    @Override
    public PeriodStatusDTO status(Actor actor, String jurisdiction, String cycleId, int periodIndex) {
        CycleDTO c = cycle(jurisdiction, cycleId);
        if (!actor.canSee(c.receiver)) {
            throw LuoshiException.forbidden("只有收集单位（" + name(c.receiver) + "）及其上级可以查看报送情况");
        }
        PeriodDTO p = period(c, periodIndex);
        PeriodStatusDTO out = new PeriodStatusDTO();
        out.jurisdiction = jurisdiction;
        out.cycleId = cycleId;
        out.cycleName = c.name;
        out.period = p;
        out.receiver = c.receiver;
        out.overdue = OffsetDateTime.now(ZONE).isAfter(OffsetDateTime.parse(p.due));
        Set<String> reported = new HashSet<>();
        jpa.tx(TransactionType.Required, em -> {
            for (SubmissionEntity e : em.createQuery("SELECT s FROM SubmissionEntity s WHERE s.jurisdiction = ?1 AND "
                    + "s.cycleId = ?2 AND s.periodIndex = ?3 ORDER BY s.submittedAt", SubmissionEntity.class)
                    .setParameter(1, jurisdiction).setParameter(2, cycleId).setParameter(3, periodIndex).getResultList()) {
                out.submitted.add(toDto(e));
                reported.add(e.unit);
            }
        });
        for (String r : c.reporters) {
            if (!reported.contains(r)) {
                out.missing.add(jurisdictions.unit(r).orElseGet(() -> {
                    org.luoshi.api.jurisdiction.UnitDTO unknown = new org.luoshi.api.jurisdiction.UnitDTO();
                    unknown.id = r;
                    unknown.name = r;
                    return unknown;
                }));
            }
        }
        return out;
    }

    private String name(String unitId) {
        return jurisdictions.unit(unitId).map(x -> x.name).orElse(unitId);
    }

    /**
     * One submission, for the reporting unit and those above it and for the cycle's collecting unit and those above it
     * (as {@link #submissions} and {@link #status} show it); NOT_FOUND otherwise.
     */
    SubmissionDTO submission(Actor actor, long id) {
        SubmissionEntity e = jpa.txExpr(TransactionType.Required, em -> em.find(SubmissionEntity.class, id));
        boolean visible = e != null && (actor.canSee(e.unit) || cycles(actor, e.jurisdiction).stream()
                .anyMatch(c -> c.id.equals(e.cycleId) && actor.canSee(c.receiver)));
        if (!visible) {
            throw LuoshiException.notFound("报送 " + id + " 不存在或无权查看");
        }
        return toDto(e);
    }

    private static SubmissionDTO toDto(SubmissionEntity e) {
        SubmissionDTO d = new SubmissionDTO();
        d.id = e.id;
        d.jurisdiction = e.jurisdiction;
        d.cycleId = e.cycleId;
        d.periodIndex = e.periodIndex;
        d.periodLabel = e.periodLabel;
        d.unit = e.unit;
        d.note = e.note;
        d.submittedBy = e.submittedBy;
        d.submittedAt = e.submittedAt.atZone(ZONE).toOffsetDateTime().toString();
        d.due = e.due;
        d.late = e.late;
        return d;
    }

}

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
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Written dispatch on JPA: the cycle engine's periods, one report per unit and period, late marks, non-submitters. */
@Component(service = ReportingService.class)
public class ReportingServiceImpl implements ReportingService {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final JpaTemplate jpa;
    private final JurisdictionRegistry jurisdictions;
    private final CycleEngine engine;
    private final AuditTrail audit;

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
        return jurisdictions.cycles(jurisdiction)
                .orElseThrow(() -> LuoshiException.notFound("辖区 “" + jurisdiction + "” 未安装"));
    }

    private CycleDTO cycle(String jurisdiction, String cycleId) {
        return cycles(null, jurisdiction).stream().filter(c -> c.id.equals(cycleId)).findFirst()
                .orElseThrow(() -> LuoshiException.notFound("辖区 “" + jurisdiction + "” 没有报送周期 “" + cycleId + "”"));
    }

    @Override
    public List<PeriodDTO> periods(Actor actor, String jurisdiction, String cycleId, LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from) || from.plusYears(20).isBefore(to)) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, "查询区间应为 from ≤ to，且不超过 20 年",
                    Map.of("from", "查询区间有误"));
        }
        return engine.periods(cycle(jurisdiction, cycleId), from, to);
    }

    /** The period with this index: periods are numbered from the cycle's start. */
    private PeriodDTO period(CycleDTO c, int index) {
        LocalDate start = LocalDate.parse(c.start);
        for (PeriodDTO p : engine.periods(c, start, start.plusYears(20))) {
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
            audit.append(actor.name(), "report.submit", "submission", e.id.toString(), null,
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

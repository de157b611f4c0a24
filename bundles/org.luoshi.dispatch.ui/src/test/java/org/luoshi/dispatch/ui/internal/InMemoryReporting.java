package org.luoshi.dispatch.ui.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.luoshi.api.Actor;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.cycle.CycleDTO;
import org.luoshi.api.cycle.PeriodDTO;
import org.luoshi.api.dispatch.PeriodStatusDTO;
import org.luoshi.api.dispatch.ReportingService;
import org.luoshi.api.dispatch.SubmissionDTO;
import org.luoshi.api.jurisdiction.JurisdictionRegistry;
import org.luoshi.api.jurisdiction.UnitDTO;
import org.luoshi.ui.internal.InMemoryServices;

/**
 * Reporting on one fixed cycle of 朔州市 with the rules of the real service: period {@code n} is month {@code n} of the
 * current year (index 1 = January), due on the 28th at 18:00 (+08:00), a Saturday or Sunday rolled to the Monday (no
 * statutory holidays here). Reporters are the three units below the city office that the fake registry declares; the
 * office collects. Refusals: not a reporter INVALID, a unit outside the caller's FORBIDDEN, a period not started or a
 * second report CONFLICT, the status FORBIDDEN unless the caller sees the receiver.
 */
public final class InMemoryReporting implements ReportingService {
    public static final String CYCLE = "shuozhou-monthly";
    public static final String CYCLE_NAME = "月度工作进展情况";
    public static final String RECEIVER = "shanxi.shuozhou";

    private final JurisdictionRegistry registry;
    private final CycleDTO cycle = new CycleDTO();
    public final List<SubmissionDTO> submissions = new ArrayList<>();
    private long ids;

    public InMemoryReporting(JurisdictionRegistry registry) {
        this(registry, null);
    }

    /** With a report form on the cycle (written dispatch with 调度表), see {@link InMemoryForms#form()}. */
    public InMemoryReporting(JurisdictionRegistry registry, org.luoshi.api.form.FormDTO form) {
        this.registry = registry;
        cycle.form = form;
        cycle.id = CYCLE;
        cycle.name = CYCLE_NAME;
        cycle.rrule = "FREQ=MONTHLY;BYMONTHDAY=28";
        cycle.start = LocalDate.now(InMemoryServices.ZONE).withDayOfYear(1).toString();
        cycle.dueTime = "18:00";
        cycle.rollToWorkingDay = true;
        cycle.periodKind = CycleDTO.MONTH;
        cycle.receiver = RECEIVER;
        cycle.reporters = List.of("shanxi.shuozhou.fgw", "shanxi.shuozhou.shuocheng", "shanxi.shuozhou.yingji");
    }

    @Override
    public List<CycleDTO> cycles(Actor actor, String jurisdiction) {
        registry.jurisdiction(jurisdiction).orElseThrow(() -> LuoshiException.notFound("辖区 “" + jurisdiction + "” 未安装"));
        List<CycleDTO> out = new ArrayList<>(List.of(cycle));
        synchronized (this) {
            adhoc.stream().filter(c -> c.retiredOn == null).forEach(out::add);
        }
        return out;
    }

    /** 不定期书面调度: a name, a receiver the caller sees, reporters and milestones (or an RRULE) are required. */
    @Override
    public synchronized CycleDTO addCycle(Actor actor, String jurisdiction, CycleDTO in) {
        cycles(actor, jurisdiction);
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        if (in.name == null || in.name.isBlank()) {
            errors.put("name", "名称不能为空");
        }
        if (in.receiver == null || !actor.canSee(in.receiver)) {
            errors.put("receiver", "收集单位应为本单位或下级单位");
        }
        if (in.reporters == null || in.reporters.isEmpty()) {
            errors.put("reporters", "请选择报送单位");
        }
        if ((in.milestones == null || in.milestones.isEmpty()) && (in.rrule == null || in.rrule.isBlank())) {
            errors.put("milestones", "请至少添加一个报送日期");
        }
        if (!errors.isEmpty()) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, "输入有误：" + String.join("；", errors.values()), errors);
        }
        CycleDTO c = new CycleDTO();
        c.id = "adhoc-" + (adhoc.size() + 1);
        c.name = in.name.strip();
        c.rrule = in.rrule;
        c.start = in.start;
        c.receiver = in.receiver;
        c.reporters = List.copyOf(in.reporters);
        c.milestones = new ArrayList<>(in.milestones);
        c.adhoc = true;
        c.createdBy = actor.name();
        adhoc.add(c);
        return c;
    }

    @Override
    public synchronized CycleDTO retireCycle(Actor actor, String jurisdiction, String cycleId) {
        CycleDTO c = find(jurisdiction, cycleId);
        if (!c.adhoc) {
            throw LuoshiException.forbidden("“" + c.name + "” 由辖区插件设定，不能结束");
        }
        c.retiredOn = LocalDate.now(InMemoryServices.ZONE).toString();
        return c;
    }

    /** The office-set cycles (不定期书面调度), retired ones included. */
    public final List<CycleDTO> adhoc = new ArrayList<>();

    private synchronized CycleDTO find(String jurisdiction, String cycleId) {
        return cycles(null, jurisdiction).stream().filter(c -> c.id.equals(cycleId)).findFirst()
                .orElseThrow(() -> LuoshiException.notFound("辖区 “" + jurisdiction + "” 没有报送周期 “" + cycleId + "”"));
    }

    private void check(String jurisdiction, String cycleId) {
        cycles(null, jurisdiction);
        if (!CYCLE.equals(cycleId)) {
            throw LuoshiException.notFound("辖区 “" + jurisdiction + "” 没有报送周期 “" + cycleId + "”");
        }
    }

    /** An office-set cycle's periods: one per milestone, in date order, due at 23:59. */
    private List<PeriodDTO> milestonePeriods(CycleDTO c) {
        List<org.luoshi.api.cycle.MilestoneDTO> sorted = c.milestones.stream()
                .sorted(java.util.Comparator.comparing(m -> m.date)).toList();
        List<PeriodDTO> out = new ArrayList<>();
        LocalDate from = LocalDate.parse(c.start);
        for (int i = 0; i < sorted.size(); i++) {
            LocalDate day = LocalDate.parse(sorted.get(i).date);
            PeriodDTO p = new PeriodDTO();
            p.cycleId = c.id;
            p.index = i + 1;
            p.label = sorted.get(i).name;
            p.milestone = true;
            p.periodStart = from.toString();
            p.periodEnd = day.toString();
            p.cutOff = p.periodEnd;
            p.figuresFrom = p.periodStart;
            OffsetDateTime due = OffsetDateTime.of(day, LocalTime.of(23, 59),
                    InMemoryServices.ZONE.getRules().getOffset(day.atStartOfDay()));
            p.due = due.toString();
            p.nominalDue = p.due;
            out.add(p);
            from = day.plusDays(1);
        }
        return out;
    }

    @Override
    public List<PeriodDTO> periods(Actor actor, String jurisdiction, String cycleId, LocalDate from, LocalDate to) {
        CycleDTO own = find(jurisdiction, cycleId);
        if (own.adhoc) {
            return milestonePeriods(own).stream().filter(p -> {
                LocalDate due = LocalDate.parse(p.due.substring(0, 10));
                return !due.isBefore(from) && !due.isAfter(to);
            }).toList();
        }
        check(jurisdiction, cycleId);
        List<PeriodDTO> out = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            PeriodDTO p = period(i);
            LocalDate due = LocalDate.parse(p.due.substring(0, 10));
            if (!due.isBefore(from) && !due.isAfter(to)) {
                out.add(p);
            }
        }
        return out;
    }

    public PeriodDTO period(int index) {
        if (index < 1 || index > 12) {
            throw LuoshiException.notFound("报送周期 “" + CYCLE_NAME + "” 没有第 " + index + " 期");
        }
        YearMonth month = YearMonth.from(LocalDate.parse(cycle.start)).withMonth(index);
        LocalDate nominal = month.atDay(28);
        LocalDate due = nominal;
        while (due.getDayOfWeek() == DayOfWeek.SATURDAY || due.getDayOfWeek() == DayOfWeek.SUNDAY) {
            due = due.plusDays(1);
        }
        PeriodDTO p = new PeriodDTO();
        p.cycleId = CYCLE;
        p.index = index;
        p.label = month.getYear() + "年" + month.getMonthValue() + "月";
        p.periodStart = month.atDay(1).toString();
        p.periodEnd = month.atEndOfMonth().toString();
        p.cutOff = p.periodEnd;
        p.figuresFrom = p.periodStart;
        p.due = instant(due).toString();
        p.nominalDue = instant(nominal).toString();
        p.rolled = !due.equals(nominal);
        return p;
    }

    private static OffsetDateTime instant(LocalDate day) {
        return OffsetDateTime.of(day, LocalTime.of(18, 0), InMemoryServices.ZONE.getRules().getOffset(day.atStartOfDay()));
    }

    @Override
    public synchronized SubmissionDTO submit(Actor actor, String jurisdiction, String cycleId, int periodIndex,
            String unit, String note) {
        if (unit == null || unit.isBlank() || note == null || note.isBlank()) {
            Map<String, String> errors = new java.util.LinkedHashMap<>();
            if (unit == null || unit.isBlank()) {
                errors.put("unit", "报送单位不能为空");
            }
            if (note == null || note.isBlank()) {
                errors.put("note", "报送内容不能为空");
            }
            throw new LuoshiException(LuoshiException.Kind.INVALID, "输入有误：" + String.join("；", errors.values()), errors);
        }
        check(jurisdiction, cycleId);
        if (!cycle.reporters.contains(unit)) {
            throw new LuoshiException(LuoshiException.Kind.INVALID,
                    "单位 “" + name(unit) + "” 不在 “" + CYCLE_NAME + "” 的报送单位之列", Map.of("unit", "不是报送单位"));
        }
        if (!actor.canSee(unit)) {
            throw LuoshiException.forbidden("无权以 “" + name(unit) + "” 的名义报送");
        }
        PeriodDTO p = period(periodIndex);
        OffsetDateTime now = OffsetDateTime.now(InMemoryServices.ZONE);
        if (now.toLocalDate().isBefore(LocalDate.parse(p.periodStart))) {
            throw new LuoshiException(LuoshiException.Kind.CONFLICT, "“" + p.label + "” 尚未开始，不能报送");
        }
        if (submissions.stream().anyMatch(s -> s.periodIndex == periodIndex && s.unit.equals(unit))) {
            throw new LuoshiException(LuoshiException.Kind.CONFLICT, name(unit) + " 已报送 “" + p.label + "”");
        }
        SubmissionDTO s = new SubmissionDTO();
        s.id = ++ids;
        s.jurisdiction = jurisdiction;
        s.cycleId = cycleId;
        s.periodIndex = periodIndex;
        s.periodLabel = p.label;
        s.unit = unit;
        s.note = note.strip();
        s.submittedBy = actor.name();
        s.submittedAt = now.toString();
        s.due = p.due;
        s.late = now.isAfter(OffsetDateTime.parse(p.due));
        submissions.add(s);
        return s;
    }

    @Override
    public synchronized List<SubmissionDTO> submissions(Actor actor, String jurisdiction, String cycleId) {
        find(jurisdiction, cycleId);
        List<SubmissionDTO> mine = new ArrayList<>(submissions.stream()
                .filter(s -> s.cycleId.equals(cycleId) && actor.canSee(s.unit)).toList());
        java.util.Collections.reverse(mine);
        return mine;
    }

    @Override
    public synchronized PeriodStatusDTO status(Actor actor, String jurisdiction, String cycleId, int periodIndex) {
        CycleDTO own = find(jurisdiction, cycleId);
        if (own.adhoc) {
            if (!actor.canSee(own.receiver)) {
                throw LuoshiException.forbidden("只有收集单位（" + name(own.receiver) + "）及其上级可以查看报送情况");
            }
            PeriodDTO p = milestonePeriods(own).stream().filter(x -> x.index == periodIndex).findFirst()
                    .orElseThrow(() -> LuoshiException.notFound("报送周期 “" + own.name + "” 没有第 " + periodIndex + " 期"));
            PeriodStatusDTO out = new PeriodStatusDTO();
            out.jurisdiction = jurisdiction;
            out.cycleId = cycleId;
            out.cycleName = own.name;
            out.period = p;
            out.receiver = own.receiver;
            out.overdue = OffsetDateTime.now(InMemoryServices.ZONE).isAfter(OffsetDateTime.parse(p.due));
            for (String r : own.reporters) {
                out.missing.add(registry.unit(r).orElseGet(() -> {
                    UnitDTO u = new UnitDTO();
                    u.id = r;
                    u.name = r;
                    return u;
                }));
            }
            return out;
        }
        check(jurisdiction, cycleId);
        if (!actor.canSee(RECEIVER)) {
            throw LuoshiException.forbidden("只有收集单位（" + name(RECEIVER) + "）及其上级可以查看报送情况");
        }
        PeriodDTO p = period(periodIndex);
        PeriodStatusDTO out = new PeriodStatusDTO();
        out.jurisdiction = jurisdiction;
        out.cycleId = cycleId;
        out.cycleName = CYCLE_NAME;
        out.period = p;
        out.receiver = RECEIVER;
        out.overdue = OffsetDateTime.now(InMemoryServices.ZONE).isAfter(OffsetDateTime.parse(p.due));
        List<String> reported = new ArrayList<>();
        for (SubmissionDTO s : submissions) {
            if (s.periodIndex == periodIndex) {
                out.submitted.add(s);
                reported.add(s.unit);
            }
        }
        for (String r : cycle.reporters) {
            if (!reported.contains(r)) {
                out.missing.add(registry.unit(r).orElseGet(() -> {
                    UnitDTO u = new UnitDTO();
                    u.id = r;
                    u.name = r;
                    return u;
                }));
            }
        }
        return out;
    }

    private String name(String unit) {
        return registry.unit(unit).map(u -> u.name).orElse(unit);
    }
}

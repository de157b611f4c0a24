package org.luoshi.cycles.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.dmfs.rfc5545.DateTime;
import org.dmfs.rfc5545.recur.Freq;
import org.dmfs.rfc5545.recur.InvalidRecurrenceRuleException;
import org.dmfs.rfc5545.recur.RecurrenceRule;
import org.dmfs.rfc5545.recur.RecurrenceRuleIterator;
import org.luoshi.api.FieldCheck;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.cycle.CalendarService;
import org.luoshi.api.cycle.CycleDTO;
import org.luoshi.api.cycle.CycleEngine;
import org.luoshi.api.cycle.MilestoneDTO;
import org.luoshi.api.cycle.PeriodDTO;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The cycle engine: expands a cycle's RRULE with lib-recur (DTSTART = the cycle's start as an all-day DATE), merges the
 * milestones in, maps each nominal due day to the period it covers and rolls it to a working day by the statutory
 * calendar. Nothing is cached: every call walks the cycle from its start (a few hundred instances for years of weekly
 * due days).
 */
@Component(service = CycleEngine.class)
public class CycleEngineImpl implements CycleEngine {
    /** Every due instant is in China Standard Time (+08:00, no daylight saving since 1991). */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** A guard against walking a cycle without end (e.g. a daily cycle asked about a date centuries away). */
    static final int MAX_PERIODS = 100_000;
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final Set<String> KINDS = Set.of(CycleDTO.WEEK, CycleDTO.MONTH, CycleDTO.QUARTER, CycleDTO.HALF_YEAR,
            CycleDTO.YEAR, CycleDTO.SINCE_PREVIOUS);

    private final CalendarService calendar;

    @Activate
    public CycleEngineImpl(@Reference CalendarService calendar) {
        this.calendar = calendar;
    }

    @Override
    public void validate(CycleDTO cycle) {
        parse(cycle);
    }

    @Override
    public List<PeriodDTO> periods(CycleDTO cycle, LocalDate from, LocalDate to) {
        Spec spec = parse(cycle);
        if (from == null || to == null || to.isBefore(from)) {
            throw LuoshiException.invalid("查询区间无效：起止日期都不能为空，且结束日期不能早于开始日期");
        }
        List<PeriodDTO> out = new ArrayList<>();
        Walk walk = new Walk(spec);
        for (Occurrence o = walk.next(); o != null && !o.nominal.isAfter(to); o = walk.next()) {
            // rolling only moves forward: once the nominal day is past `to`, so is every later due day
            if (!o.dueDay.isBefore(from) && !o.dueDay.isAfter(to)) {
                out.add(o.period);
            }
        }
        return out;
    }

    @Override
    public PeriodDTO nextDue(CycleDTO cycle, Instant at) {
        Spec spec = parse(cycle);
        require(at);
        Walk walk = new Walk(spec);
        for (Occurrence o = walk.next(); o != null; o = walk.next()) {
            if (!o.dueAt.toInstant().isBefore(at)) {
                return o.period;
            }
        }
        return null;
    }

    @Override
    public PeriodDTO lastDue(CycleDTO cycle, Instant at) {
        Spec spec = parse(cycle);
        require(at);
        Walk walk = new Walk(spec);
        PeriodDTO last = null;
        // due instants never decrease along the walk (nominal order, rolling forward only)
        for (Occurrence o = walk.next(); o != null && o.dueAt.toInstant().isBefore(at); o = walk.next()) {
            last = o.period;
        }
        return last;
    }

    @Override
    public PeriodDTO periodAt(CycleDTO cycle, LocalDate day) {
        Spec spec = parse(cycle);
        if (day == null) {
            throw LuoshiException.invalid("日期不能为空");
        }
        Walk walk = new Walk(spec);
        boolean rulePast = spec.rule == null;
        boolean milestonesPast = spec.milestones.isEmpty();
        for (Occurrence o = walk.next(); o != null; o = walk.next()) {
            if (!o.start.isAfter(day) && !o.end.isBefore(day)) {
                return o.period;
            }
            // period starts never decrease within the recurring periods, nor within the milestones
            if (o.start.isAfter(day)) {
                if (o.period.milestone) {
                    milestonesPast = true;
                } else {
                    rulePast = true;
                }
            }
            if (rulePast && milestonesPast) {
                return null;
            }
        }
        return null;
    }

    private static void require(Instant at) {
        if (at == null) {
            throw LuoshiException.invalid("时间不能为空");
        }
    }

    // ---- validation -------------------------------------------------------------------------------------------

    Spec parse(CycleDTO c) {
        if (c == null) {
            throw LuoshiException.invalid("报送周期为空");
        }
        FieldCheck check = new FieldCheck();
        String id = check.text("id", "周期标识", c.id, 64, true);
        check.text("name", "周期名称", c.name, 200, true);
        LocalDate start = check.date("start", "起始日期", c.start, true);
        LocalDate until = check.date("until", "截止日期", c.until, false);
        if (start != null && until != null && until.isBefore(start)) {
            check.fail("until", "截止日期不能早于起始日期");
        }
        LocalTime dueTime = LocalTime.of(23, 59);
        if (c.dueTime != null && !c.dueTime.isBlank()) {
            try {
                dueTime = LocalTime.parse(c.dueTime.strip(), HH_MM);
            } catch (DateTimeParseException e) {
                check.fail("dueTime", "报送时刻格式应为 时:分（如 12:00）");
            }
        }
        String kind = c.periodKind == null || c.periodKind.isBlank() ? CycleDTO.MONTH : c.periodKind.strip();
        if (!KINDS.contains(kind)) {
            check.fail("periodKind", "周期类型应为 WEEK、MONTH、QUARTER、HALF_YEAR、YEAR 或 SINCE_PREVIOUS");
        }
        if (c.periodOffset > 0 || c.periodOffset < -12) {
            check.fail("periodOffset", "周期偏移应在 -12 到 0 之间（0 为报送日所在周期，-1 为上一周期）");
        }
        if (c.cutOffDay != null) {
            if (c.cutOffDay < 1 || c.cutOffDay > 31) {
                check.fail("cutOffDay", "统计截止日应在 1 到 31 之间");
            } else if (CycleDTO.WEEK.equals(kind) || CycleDTO.SINCE_PREVIOUS.equals(kind)) {
                check.fail("cutOffDay", "按周或自上次报送起算的周期不能设统计截止日");
            }
        }
        LocalDate cumulativeFrom = check.date("cumulativeFrom", "累计起算日期", c.cumulativeFrom, false);

        List<Milestone> milestones = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        if (c.milestones != null) {
            for (int i = 0; i < c.milestones.size(); i++) {
                MilestoneDTO m = c.milestones.get(i);
                String field = "milestones[" + i + "]";
                if (m == null) {
                    check.fail(field, "第 " + (i + 1) + " 个节点为空");
                    continue;
                }
                String name = check.text(field + ".name", "节点名称", m.name, 200, true);
                LocalDate date = check.date(field + ".date", "节点日期", m.date, true);
                if (date != null && start != null && date.isBefore(start)) {
                    check.fail(field + ".date", "节点日期不能早于起始日期");
                } else if (date != null && !seen.add(date)) {
                    check.fail(field + ".date", "节点日期重复：" + date);
                } else if (date != null && name != null) {
                    milestones.add(new Milestone(name, date));
                }
            }
        }
        milestones.sort(Comparator.comparing((Milestone m) -> m.date));

        RecurrenceRule rule = null;
        String text = c.rrule == null ? "" : c.rrule.strip();
        if (text.regionMatches(true, 0, "RRULE:", 0, 6)) {
            text = text.substring(6).strip();
        }
        if (text.isEmpty()) {
            if (milestones.isEmpty() && (c.milestones == null || c.milestones.isEmpty())) {
                check.fail("rrule", "重复规则和节点至少要有一项");
            }
        } else {
            try {
                rule = new RecurrenceRule(text, RecurrenceRule.RfcMode.RFC5545_STRICT);
                if (rule.getFreq().ordinal() > Freq.DAILY.ordinal()) {
                    check.fail("rrule", "重复规则的频率应为 DAILY、WEEKLY、MONTHLY 或 YEARLY（报送日以天计）");
                    rule = null;
                } else if (rule.hasPart(RecurrenceRule.Part.BYHOUR) || rule.hasPart(RecurrenceRule.Part.BYMINUTE)
                        || rule.hasPart(RecurrenceRule.Part.BYSECOND)) {
                    check.fail("rrule", "重复规则不能含 BYHOUR、BYMINUTE、BYSECOND：报送时刻用 dueTime 表示");
                    rule = null;
                } else if (start != null) {
                    // the library finds some errors only when iterating, e.g. a rule without any instance
                    RecurrenceRuleIterator it = rule.iterator(allDay(start));
                    if (it.hasNext()) {
                        it.nextDateTime();
                    }
                }
            } catch (InvalidRecurrenceRuleException | IllegalArgumentException e) {
                check.fail("rrule", "重复规则无效（RFC 5545 RRULE，如 FREQ=MONTHLY;BYMONTHDAY=2）：" + e.getMessage());
                rule = null;
            }
        }
        check.throwIfInvalid("报送周期“" + (c.name == null ? "" : c.name) + "”有误");
        return new Spec(id, rule, start, until, dueTime, c.rollToWorkingDay, kind, c.periodOffset, c.cutOffDay,
                cumulativeFrom, milestones);
    }

    private static DateTime allDay(LocalDate d) {
        return new DateTime(d.getYear(), d.getMonthValue() - 1, d.getDayOfMonth());
    }

    // ---- the walk ---------------------------------------------------------------------------------------------

    /** A cycle checked and parsed. */
    static final class Spec {
        final String id;
        final RecurrenceRule rule;
        final LocalDate start;
        final LocalDate until;
        final LocalTime dueTime;
        final boolean roll;
        final String kind;
        final int offset;
        final Integer cutOffDay;
        final LocalDate cumulativeFrom;
        final List<Milestone> milestones;

        Spec(String id, RecurrenceRule rule, LocalDate start, LocalDate until, LocalTime dueTime, boolean roll, String kind,
                int offset, Integer cutOffDay, LocalDate cumulativeFrom, List<Milestone> milestones) {
            this.id = id;
            this.rule = rule;
            this.start = start;
            this.until = until;
            this.dueTime = dueTime;
            this.roll = roll;
            this.kind = kind;
            this.offset = offset;
            this.cutOffDay = cutOffDay;
            this.cumulativeFrom = cumulativeFrom;
            this.milestones = milestones;
        }
    }

    static final class Milestone {
        final String name;
        final LocalDate date;

        Milestone(String name, LocalDate date) {
            this.name = name;
            this.date = date;
        }
    }

    /** One period with the values the walk compares on. */
    static final class Occurrence {
        final LocalDate nominal;
        final LocalDate dueDay;
        final ZonedDateTime dueAt;
        final LocalDate start;
        final LocalDate end;
        final PeriodDTO period;

        Occurrence(LocalDate nominal, LocalDate dueDay, ZonedDateTime dueAt, LocalDate start, LocalDate end, PeriodDTO period) {
            this.nominal = nominal;
            this.dueDay = dueDay;
            this.dueAt = dueAt;
            this.start = start;
            this.end = end;
            this.period = period;
        }
    }

    /**
     * Walks a cycle's periods from its start in nominal due order: the RRULE's instances and the milestones merged
     * (on the same day the recurring period comes first). Since rolling only moves forward, due days never decrease.
     */
    final class Walk {
        private final Spec spec;
        private final RecurrenceRuleIterator rules;
        private LocalDate nextRule;
        private int nextMilestone;
        private LocalDate previousRule;
        private LocalDate previousMilestone;
        private int index;

        Walk(Spec spec) {
            this.spec = spec;
            this.rules = spec.rule == null ? null : spec.rule.iterator(allDay(spec.start));
            this.nextRule = advanceRule();
        }

        private LocalDate advanceRule() {
            if (rules == null) {
                return null;
            }
            try {
                if (!rules.hasNext()) {
                    return null;
                }
                DateTime dt = rules.nextDateTime();
                LocalDate d = LocalDate.of(dt.getYear(), dt.getMonth() + 1, dt.getDayOfMonth());
                return spec.until != null && d.isAfter(spec.until) ? null : d;
            } catch (IllegalArgumentException e) {
                // lib-recur gives up on a rule whose instances have run out ("too many filtered recurrence instances")
                return null;
            }
        }

        /** The next period, or null when the cycle has no more. */
        Occurrence next() {
            Milestone m = nextMilestone < spec.milestones.size() ? spec.milestones.get(nextMilestone) : null;
            if (nextRule == null && m == null) {
                return null;
            }
            if (++index > MAX_PERIODS) {
                throw LuoshiException.invalid("报送周期“" + spec.id + "”超出可计算范围（超过 " + MAX_PERIODS + " 期）");
            }
            if (nextRule != null && (m == null || !m.date.isBefore(nextRule))) {
                LocalDate nominal = nextRule;
                nextRule = advanceRule();
                Occurrence o = recurring(nominal);
                previousRule = nominal;
                return o;
            }
            nextMilestone++;
            LocalDate start = previousMilestone == null ? spec.start : previousMilestone.plusDays(1);
            previousMilestone = m.date;
            return occurrence(m.date, start, m.date, m.name, true);
        }

        private Occurrence recurring(LocalDate nominal) {
            if (CycleDTO.SINCE_PREVIOUS.equals(spec.kind)) {
                LocalDate start = previousRule == null ? spec.start : previousRule.plusDays(1);
                return occurrence(nominal, start, nominal, "截至" + chinese(nominal), false);
            }
            if (CycleDTO.WEEK.equals(spec.kind)) {
                LocalDate monday = nominal.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(spec.offset);
                String label = monday.get(IsoFields.WEEK_BASED_YEAR) + "年第" + monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + "周";
                return occurrence(nominal, monday, monday.plusDays(6), label, false);
            }
            int months = months(spec.kind);
            YearMonth ym = YearMonth.from(nominal);
            YearMonth first = YearMonth.of(ym.getYear(), (ym.getMonthValue() - 1) / months * months + 1)
                    .plusMonths((long) spec.offset * months);
            YearMonth last = first.plusMonths(months - 1L);
            LocalDate start;
            LocalDate end;
            if (spec.cutOffDay == null) {
                start = first.atDay(1);
                end = last.atEndOfMonth();
            } else {
                // the explicit clamp-to-month-end rule: a cut-off on the 30th is 28 or 29 February
                start = clamp(first.minusMonths(1), spec.cutOffDay).plusDays(1);
                end = clamp(last, spec.cutOffDay);
            }
            return occurrence(nominal, start, end, label(spec.kind, first), false);
        }

        private Occurrence occurrence(LocalDate nominal, LocalDate start, LocalDate end, String label, boolean milestone) {
            LocalDate dueDay = spec.roll ? calendar.nextWorkingDay(nominal) : nominal;
            ZonedDateTime dueAt = ZonedDateTime.of(dueDay, spec.dueTime, ZONE);
            PeriodDTO p = new PeriodDTO();
            p.cycleId = spec.id;
            p.index = index;
            p.label = label;
            p.milestone = milestone;
            p.periodStart = start.toString();
            p.periodEnd = end.toString();
            p.cutOff = end.toString();
            p.figuresFrom = (spec.cumulativeFrom != null && spec.cumulativeFrom.isBefore(start) ? spec.cumulativeFrom : start)
                    .toString();
            p.due = instant(dueAt);
            p.nominalDue = instant(ZonedDateTime.of(nominal, spec.dueTime, ZONE));
            p.rolled = !dueDay.equals(nominal);
            // only weekends are known in a year without an arrangement: the due day may move once that year is loaded
            p.provisional = spec.roll && (!calendar.covers(nominal.getYear()) || !calendar.covers(dueDay.getYear()));
            return new Occurrence(nominal, dueDay, dueAt, start, end, p);
        }
    }

    private static int months(String kind) {
        switch (kind) {
            case CycleDTO.QUARTER:
                return 3;
            case CycleDTO.HALF_YEAR:
                return 6;
            case CycleDTO.YEAR:
                return 12;
            default:
                return 1;
        }
    }

    private static String label(String kind, YearMonth first) {
        int y = first.getYear();
        switch (kind) {
            case CycleDTO.QUARTER:
                return y + "年第" + ((first.getMonthValue() - 1) / 3 + 1) + "季度";
            case CycleDTO.HALF_YEAR:
                return y + (first.getMonthValue() <= 6 ? "年上半年" : "年下半年");
            case CycleDTO.YEAR:
                return y + "年";
            default:
                return y + "年" + first.getMonthValue() + "月";
        }
    }

    static LocalDate clamp(YearMonth month, int day) {
        return month.atDay(Math.min(day, month.lengthOfMonth()));
    }

    static String chinese(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    static String instant(ZonedDateTime t) {
        return t.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}

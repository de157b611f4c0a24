package org.luoshi.dispatch.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.luoshi.api.Actor;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.cycle.CycleDTO;
import org.luoshi.api.cycle.CycleEngine;
import org.luoshi.api.cycle.PeriodDTO;
import org.luoshi.api.dispatch.ReminderDTO;
import org.luoshi.api.dispatch.ReminderService;
import org.luoshi.api.jurisdiction.JurisdictionDTO;
import org.luoshi.api.jurisdiction.JurisdictionRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Computes reminders on request from the cycles, the calendar-aware due instants and the reports already in. */
@Component(service = ReminderService.class)
public class ReminderServiceImpl implements ReminderService {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final JpaTemplate jpa;
    private final JurisdictionRegistry jurisdictions;
    private final CycleEngine engine;

    @Activate
    public ReminderServiceImpl(@Reference(target = "(osgi.unit.name=luoshi-dispatch)") JpaTemplate jpa,
            @Reference JurisdictionRegistry jurisdictions, @Reference CycleEngine engine) {
        this.jpa = jpa;
        this.jurisdictions = jurisdictions;
        this.engine = engine;
    }

    @Override
    public List<ReminderDTO> dueSoon(Actor actor, int days) {
        if (days < 1 || days > 31) {
            throw LuoshiException.invalid("提醒天数应在 1 到 31 之间");
        }
        OffsetDateTime now = OffsetDateTime.now(ZONE);
        LocalDate today = now.toLocalDate();
        List<ReminderDTO> out = new ArrayList<>();
        for (JurisdictionDTO j : jurisdictions.jurisdictions()) {
            for (CycleDTO c : jurisdictions.cycles(j.id).orElse(List.of())) {
                List<String> mine = c.reporters.stream().filter(actor::canSee).toList();
                if (mine.isEmpty()) {
                    continue;
                }
                for (PeriodDTO p : engine.periods(c, today, today.plusDays(days))) {
                    OffsetDateTime due = OffsetDateTime.parse(p.due);
                    if (due.isBefore(now)) {
                        continue;
                    }
                    Set<String> reported = reported(j.id, c.id, p.index);
                    for (String unit : mine) {
                        if (reported.contains(unit)) {
                            continue;
                        }
                        ReminderDTO r = new ReminderDTO();
                        r.jurisdiction = j.id;
                        r.cycleId = c.id;
                        r.cycleName = c.name;
                        r.unit = unit;
                        r.unitName = jurisdictions.unit(unit).map(u -> u.name).orElse(unit);
                        r.receiver = c.receiver;
                        r.period = p;
                        r.hoursLeft = Duration.between(now, due).toHours();
                        out.add(r);
                    }
                }
            }
        }
        out.sort(Comparator.comparing((ReminderDTO r) -> r.period.due).thenComparing(r -> r.unit));
        return out;
    }

    private Set<String> reported(String jurisdiction, String cycleId, int index) {
        return jpa.txExpr(TransactionType.Required, em -> new HashSet<>(em.createQuery("SELECT s.unit FROM SubmissionEntity s "
                + "WHERE s.jurisdiction = ?1 AND s.cycleId = ?2 AND s.periodIndex = ?3", String.class)
                .setParameter(1, jurisdiction).setParameter(2, cycleId).setParameter(3, index).getResultList()));
    }
}

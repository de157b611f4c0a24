package org.luoshi.tipoffs.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.luoshi.api.Actor;
import org.luoshi.api.jurisdiction.JurisdictionRegistry;
import org.luoshi.api.workbench.WorkCountDTO;
import org.luoshi.api.workbench.WorkItemDTO;
import org.luoshi.api.workbench.WorkbenchSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Mechanism 6 on the workbench: tip-offs at the actor's own units waiting for the acceptance decision (by the
 * acceptance deadline), accepted ones waiting for verification, and verified ones waiting to be closed with a reply to
 * the reporter. Only the subject is shown, never who reported it.
 */
@Component(service = WorkbenchSource.class)
public class TipOffWorkbench implements WorkbenchSource {
    private final JpaTemplate jpa;
    private final JurisdictionRegistry jurisdictions;

    @Activate
    public TipOffWorkbench(@Reference(target = "(osgi.unit.name=luoshi-tipoffs)") JpaTemplate jpa,
            @Reference JurisdictionRegistry jurisdictions) {
        this.jpa = jpa;
        this.jurisdictions = jurisdictions;
    }

    @Override
    public String module() {
        return "tipoffs";
    }

    @Override
    public List<WorkItemDTO> items(Actor actor, LocalDate today) {
        if (actor.units().isEmpty()) {
            return List.of();
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            List<WorkItemDTO> out = new ArrayList<>();
            for (TipOffEntity t : em.createQuery("SELECT t FROM TipOffEntity t WHERE t.unit IN :units AND "
                    + "(t.status = 'RECEIVED' OR t.status = 'ACCEPTED' OR t.status = 'VERIFYING' OR t.status = 'VERIFIED')"
                    + " ORDER BY t.acceptDeadline, t.id", TipOffEntity.class)
                    .setParameter("units", actor.units()).setMaxResults(MAX_ITEMS).getResultList()) {
                WorkItemDTO i = new WorkItemDTO();
                i.module = module();
                switch (t.status) {
                    case "RECEIVED" -> {
                        i.kind = "tipoff.accept";
                        i.kindName = "待受理";
                        if (t.acceptDeadline != null) {
                            i.due = t.acceptDeadline.toString();
                            i.daysLeft = ChronoUnit.DAYS.between(today, t.acceptDeadline);
                            i.overdue = i.daysLeft < 0;
                        }
                    }
                    case "VERIFIED" -> {
                        i.kind = "tipoff.close";
                        i.kindName = "待办结答复";
                    }
                    default -> {
                        i.kind = "tipoff.verify";
                        i.kindName = "待核查";
                    }
                }
                i.title = WorkItemDTO.shorten(t.subject);
                i.unit = t.unit;
                i.unitName = jurisdictions.unit(t.unit).map(u -> u.name).orElse(t.unit);
                i.route = "tipoffs?id=" + t.id;
                i.recordId = String.valueOf(t.id);
                out.add(i);
            }
            return out;
        });
    }

    @Override
    public List<WorkCountDTO> counts(Actor actor, LocalDate today) {
        return List.of();
    }
}

package org.luoshi.tipoffs.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.luoshi.api.Actor;
import org.luoshi.api.jurisdiction.JurisdictionRegistry;
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
                String[] what = switch (t.status) {
                    case "RECEIVED" -> new String[] {"tipoff.accept", "待受理"};
                    case "VERIFIED" -> new String[] {"tipoff.close", "待办结答复"};
                    default -> new String[] {"tipoff.verify", "待核查"};
                };
                // only acceptance has a deadline (受理时限); the subject, never who reported it
                WorkItemDTO i = WorkItemDTO.of(module(), what[0], what[1], t.subject, t.unit,
                        jurisdictions.unit(t.unit).map(u -> u.name).orElse(t.unit),
                        "RECEIVED".equals(t.status) ? t.acceptDeadline : null, today, "tipoffs", t.id);
                out.add(i);
            }
            return out;
        });
    }

}

package org.luoshi.letters.internal;

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
 * Mechanism 4 on the workbench: letters addressed to one of the actor's own units that wait for its signature (待签收)
 * or its answer (待回复), by their response deadline; the drafts of its own units not yet sent (待发出). A superior that
 * sees the recipient from above has nothing to do here: only the recipient signs and answers.
 */
@Component(service = WorkbenchSource.class)
public class LetterWorkbench implements WorkbenchSource {
    private final JpaTemplate jpa;
    private final JurisdictionRegistry jurisdictions;

    @Activate
    public LetterWorkbench(@Reference(target = "(osgi.unit.name=luoshi-letters)") JpaTemplate jpa,
            @Reference JurisdictionRegistry jurisdictions) {
        this.jpa = jpa;
        this.jurisdictions = jurisdictions;
    }

    @Override
    public String module() {
        return "letters";
    }

    @Override
    public List<WorkItemDTO> items(Actor actor, LocalDate today) {
        if (actor.units().isEmpty()) {
            return List.of();
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            List<WorkItemDTO> out = new ArrayList<>();
            for (LetterEntity l : em.createQuery("SELECT l FROM LetterEntity l WHERE l.recipient IN :units AND "
                    + "(l.status = 'SENT' OR l.status = 'SIGNED') ORDER BY l.responseDeadline, l.id", LetterEntity.class)
                    .setParameter("units", actor.units()).setMaxResults(MAX_ITEMS).getResultList()) {
                boolean sign = "SENT".equals(l.status);
                out.add(item(l, sign ? "letter.sign" : "letter.answer", sign ? "待签收" : "待回复", l.recipient, today));
            }
            for (LetterEntity l : em.createQuery("SELECT l FROM LetterEntity l WHERE l.issuer IN :units AND "
                    + "l.status = 'DRAFT' ORDER BY l.id", LetterEntity.class)
                    .setParameter("units", actor.units()).setMaxResults(MAX_ITEMS).getResultList()) {
                WorkItemDTO i = item(l, "letter.draft", "待发出", l.issuer, today);
                i.due = null; // a draft is sent when ready: its answer's deadline is not its own
                i.daysLeft = null;
                i.overdue = false;
                out.add(i);
            }
            return out;
        });
    }

    private WorkItemDTO item(LetterEntity l, String kind, String kindName, String unit, LocalDate today) {
        String kindLabel = LetterServiceImpl.KINDS.getOrDefault(l.kind, "");
        String title = (l.number == null ? "" : l.number + " ") + (l.title == null || l.title.isBlank() ? kindLabel : l.title);
        return WorkItemDTO.of(module(), kind, kindName, title, unit, jurisdictions.unit(unit).map(u -> u.name).orElse(unit),
                l.responseDeadline, today, "letters", l.id);
    }

}

package org.luoshi.publicity.internal;

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
 * Mechanism 7 on the workbench: publications of the actor's own units waiting for a second person's review (待审核发布;
 * never shown to the one who wrote or submitted it, who may not approve it), and the actor's own drafts not yet
 * submitted (待提交审核).
 */
@Component(service = WorkbenchSource.class)
public class PublicityWorkbench implements WorkbenchSource {
    private final JpaTemplate jpa;
    private final JurisdictionRegistry jurisdictions;

    @Activate
    public PublicityWorkbench(@Reference(target = "(osgi.unit.name=luoshi-publicity)") JpaTemplate jpa,
            @Reference JurisdictionRegistry jurisdictions) {
        this.jpa = jpa;
        this.jurisdictions = jurisdictions;
    }

    @Override
    public String module() {
        return "publicity";
    }

    @Override
    public List<WorkItemDTO> items(Actor actor, LocalDate today) {
        if (actor.units().isEmpty()) {
            return List.of();
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            List<WorkItemDTO> out = new ArrayList<>();
            for (PublicationEntity p : em.createQuery("SELECT p FROM PublicationEntity p WHERE p.unit IN :units AND "
                    + "((p.status = 'PENDING' AND p.createdBy <> :me AND (p.submittedBy IS NULL OR p.submittedBy <> :me))"
                    + " OR (p.status = 'DRAFT' AND p.createdBy = :me)) ORDER BY p.id", PublicationEntity.class)
                    .setParameter("units", actor.units()).setParameter("me", actor.name()).setMaxResults(MAX_ITEMS)
                    .getResultList()) {
                boolean review = "PENDING".equals(p.status);
                WorkItemDTO i = WorkItemDTO.of(module(), review ? "publication.review" : "publication.submit",
                        review ? "待审核发布" : "待提交审核", p.title, p.unit,
                        jurisdictions.unit(p.unit).map(u -> u.name).orElse(p.unit), null, today, "publicity", p.id);
                out.add(i);
            }
            return out;
        });
    }

}

package org.luoshi.listing.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.luoshi.api.Actor;
import org.luoshi.api.jurisdiction.JurisdictionRegistry;
import org.luoshi.api.listing.ListingStatus;
import org.luoshi.api.listing.NoticeDTO;
import org.luoshi.api.workbench.WorkItemDTO;
import org.luoshi.api.workbench.WorkbenchSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Mechanism 2 on the workbench: the step each listed hazard waits for, for the unit that takes it — the rectifying unit
 * owes its plan (by the notice's plan day) and the rectification (by the deadline, shown from a week before); the
 * listing unit decides extensions and de-lists accepted hazards; the reviewing unit (the listing unit, or the unit it
 * delegated to) accepts reported rectifications.
 */
@Component(service = WorkbenchSource.class)
public class ListingWorkbench implements WorkbenchSource {
    private static final int WEEK = 7;

    private final JpaTemplate jpa;
    private final JurisdictionRegistry jurisdictions;
    private final ObjectMapper json = new ObjectMapper();

    @Activate
    public ListingWorkbench(@Reference(target = "(osgi.unit.name=luoshi-listing)") JpaTemplate jpa,
            @Reference JurisdictionRegistry jurisdictions) {
        this.jpa = jpa;
        this.jurisdictions = jurisdictions;
    }

    @Override
    public String module() {
        return "listings";
    }

    @Override
    public List<WorkItemDTO> items(Actor actor, LocalDate today) {
        if (actor.units().isEmpty()) {
            return List.of();
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            List<WorkItemDTO> out = new ArrayList<>();
            for (ListingEntity e : em.createQuery("SELECT e FROM ListingEntity e WHERE e.unit IN :units AND "
                    + "(e.status = :listed OR e.status = :rectifying) ORDER BY e.deadline, e.id", ListingEntity.class)
                    .setParameter("units", actor.units()).setParameter("listed", ListingStatus.LISTED)
                    .setParameter("rectifying", ListingStatus.RECTIFYING).setMaxResults(MAX_ITEMS).getResultList()) {
                if (e.planJson == null) {
                    out.add(item(e, "listing.plan", "待报整改方案", e.unit, planDue(e), today));
                } else if (e.deadline != null && !e.deadline.isAfter(today.plusDays(WEEK))) {
                    out.add(item(e, "listing.deadline", e.deadline.isBefore(today) ? "挂牌整改逾期" : "挂牌整改到期", e.unit,
                            e.deadline, today));
                }
            }
            for (ListingEntity e : em.createQuery("SELECT e FROM ListingEntity e WHERE e.listingUnit IN :units AND "
                    + "(e.status = :extension OR e.status = :accepted) ORDER BY e.id", ListingEntity.class)
                    .setParameter("units", actor.units()).setParameter("extension", ListingStatus.EXTENSION_REQUESTED)
                    .setParameter("accepted", ListingStatus.ACCEPTED).setMaxResults(MAX_ITEMS).getResultList()) {
                boolean extension = e.status == ListingStatus.EXTENSION_REQUESTED;
                out.add(item(e, extension ? "listing.extension" : "listing.delist", extension ? "待审批延期" : "待摘牌销号",
                        e.listingUnit, extension ? e.deadline : null, today));
            }
            for (ListingEntity e : em.createQuery("SELECT e FROM ListingEntity e WHERE e.status = :reported AND "
                    + "(e.delegatedReviewUnit IN :units OR (e.delegatedReviewUnit IS NULL AND e.listingUnit IN :units))"
                    + " ORDER BY e.completedOn, e.id", ListingEntity.class)
                    .setParameter("units", actor.units()).setParameter("reported", ListingStatus.COMPLETION_REPORTED)
                    .setMaxResults(MAX_ITEMS).getResultList()) {
                out.add(item(e, "listing.review", "待复查验收",
                        e.delegatedReviewUnit != null ? e.delegatedReviewUnit : e.listingUnit, null, today));
            }
            return out;
        });
    }

    private LocalDate planDue(ListingEntity e) {
        try {
            NoticeDTO notice = e.noticeJson == null ? null : json.readValue(e.noticeJson, NoticeDTO.class);
            return notice == null || notice.planDueDate == null ? null : LocalDate.parse(notice.planDueDate);
        } catch (java.io.IOException | DateTimeParseException x) {
            return null;
        }
    }

    private WorkItemDTO item(ListingEntity e, String kind, String kindName, String unit, LocalDate due, LocalDate today) {
        return WorkItemDTO.of(module(), kind, kindName, e.hazardDescription, unit,
                jurisdictions.unit(unit).map(u -> u.name).orElse(unit), due, today, "listings", e.id);
    }

}

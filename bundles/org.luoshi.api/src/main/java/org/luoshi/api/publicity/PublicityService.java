package org.luoshi.api.publicity;

import java.util.List;

import org.luoshi.api.Actor;
import org.osgi.annotation.versioning.ProviderType;

/** Mechanism 7. Publication needs approval by another person; the public side sees published items only. */
@ProviderType
public interface PublicityService {
    PublicationDTO draft(Actor actor, PublicationDTO publication);

    /** Edits a DRAFT (title, body, month, source). */
    PublicationDTO update(Actor actor, long id, PublicationDTO edits);

    /** DRAFT → PENDING. */
    PublicationDTO submit(Actor actor, long id);

    /** PENDING → PUBLISHED by a person other than its author, stating the redactions checked. */
    PublicationDTO approve(Actor actor, long id, String redactions);

    /** PENDING → DRAFT with the reason. */
    PublicationDTO reject(Actor actor, long id, String reason);

    /** PUBLISHED → WITHDRAWN with the reason; it disappears from the public page at once. */
    PublicationDTO withdraw(Actor actor, long id, String reason);

    /**
     * Drafts the monthly disclosure of major hazards (seed 004 五（三）) of a unit and its subtree for a month (yyyy-MM):
     * each major hazard found that month or still open, its rectification progress and result — without personal names.
     */
    PublicationDTO draftDisclosure(Actor actor, String unit, String month);

    PublicationDTO get(Actor actor, long id);

    /** Publications citing the record as their source (lineage). */
    List<PublicationDTO> bySource(Actor actor, String type, long id);

    List<PublicationDTO> list(Actor actor, String jurisdiction, String kind, String status, int offset, int limit);

    /** How many publications {@link #list} would answer over all its pages. */
    default long count(Actor actor, String jurisdiction, String kind, String status) {
        return org.luoshi.api.PageDTO.countPages((offset, limit) -> list(actor, jurisdiction, kind, status, offset, limit));
    }

    /** The public page: published items of a jurisdiction (and the jurisdictions below it), newest first. */
    List<PublicItemDTO> published(String jurisdiction, String kind, int offset, int limit);

    EducationDTO recordEducation(Actor actor, EducationDTO education);

    List<EducationDTO> educations(Actor actor, String jurisdiction, int offset, int limit);

    /** How many records {@link #educations} would answer over all its pages. */
    default long countEducations(Actor actor, String jurisdiction) {
        return org.luoshi.api.PageDTO.countPages((offset, limit) -> educations(actor, jurisdiction, offset, limit));
    }
}

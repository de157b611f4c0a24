package org.luoshi.api.listing;

import org.luoshi.api.Actor;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Listed supervision of major hazards. Each step checks who may take it and in which state; a refusal is a
 * {@link org.luoshi.api.LuoshiException} whose message says why. Every step is audited.
 */
@ProviderType
public interface ListingService {
    /** Lists a major hazard; refused for self-reported hazards and for a listing unit the rule does not allow. */
    ListingDTO list(Actor actor, ListingRequestDTO request);

    ListingDTO get(Actor actor, long id);

    /** The responsible unit's plan; refused unless all five elements are present. LISTED → RECTIFYING. */
    ListingDTO submitPlan(Actor actor, long id, PlanDTO plan);

    ListingDTO track(Actor actor, long id, TrackingDTO entry);

    /** The responsible unit reports progress by the notice's cycle (整改进展报告), while rectification is under way. */
    ListingDTO reportProgress(Actor actor, long id, ProgressReportDTO report);

    /**
     * A leader signs off (签字确认) as one of the roles the region requires before 摘牌销号; the person logged in signs,
     * with a 职务 in the people register. Taken on the listing side, once completion has been reported.
     */
    ListingDTO signOff(Actor actor, long id, SignOffDTO signOff);

    /** RECTIFYING → EXTENSION_REQUESTED; an explanation is required. */
    ListingDTO requestExtension(Actor actor, long id, ExtensionDTO request);

    /** By the listing unit: APPROVED (new deadline) or REFUSED (reason); back to RECTIFYING. */
    ListingDTO decideExtension(Actor actor, long id, boolean approve, String reason);

    /** The written completion report (RECTIFYING, or LISTED for fix-now hazards) → COMPLETION_REPORTED. */
    ListingDTO reportCompletion(Actor actor, long id, String report, String completedOn);

    /** Escalated listings: the lister delegates acceptance to the daily supervising department. */
    ListingDTO delegateReview(Actor actor, long id, String reviewUnit);

    /** COMPLETION_REPORTED → ACCEPTED when passed, or back to RECTIFYING with the opinion. */
    ListingDTO review(Actor actor, long id, ReviewDTO review);

    /** ACCEPTED → DELISTED (摘牌销号) by the listing unit. */
    ListingDTO delist(Actor actor, long id, String date);

    ListingDTO addFollowUp(Actor actor, long id, FollowUpDTO followUp);

    ListingPage search(Actor actor, ListingQuery query);
}

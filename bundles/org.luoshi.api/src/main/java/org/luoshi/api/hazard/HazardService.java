package org.luoshi.api.hazard;

import org.luoshi.api.Actor;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The hazard list of mechanism 1. Every method checks that the caller may see the unit concerned and throws
 * {@link org.luoshi.api.LuoshiException} on refusal; every write is recorded in the audit trail.
 */
@ProviderType
public interface HazardService {
    HazardDTO create(Actor actor, HazardDTO hazard);

    HazardDTO get(Actor actor, long id);

    HazardDTO updateProgress(Actor actor, long id, ProgressUpdateDTO update);

    HazardPage list(Actor actor, HazardQuery query);

    /** Review and acceptance of a REPORTED hazard: ACCEPTED when passed, else back to RECTIFYING with the reasons. */
    HazardDTO review(Actor actor, long id, HazardReviewDTO review);

    /** Marks a major hazard as listed (是否挂牌督办) when mechanism 2 lists it; refused for a hazard that is not major. */
    HazardDTO markListed(Actor actor, long id);

    /**
     * Links the hazard to an enterprise of the register (企业名录), or unlinks it ({@code enterpriseId} null): for a
     * hazard recorded with the enterprise as free text before it was registered. The caller must see both.
     */
    default HazardDTO linkEnterprise(Actor actor, long id, Long enterpriseId) {
        throw org.luoshi.api.LuoshiException.unavailable("不支持关联企业");
    }
}

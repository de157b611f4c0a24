package org.luoshi.api.spotcheck;

import java.util.List;

import org.luoshi.api.Actor;
import org.luoshi.api.PageDTO;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Spot checks by ratio (抽查). An office runs campaigns over the registered enterprises of its region (its province,
 * city or county, in the sectors it chooses) at no less than the ratio its level must meet by region data; the units
 * above it read them. Who may is decided here.
 */
@ProviderType
public interface SpotCheckService {
    /** The ratio an office's level must meet, the region's sectors and the frame's size now. */
    SpotCheckRuleDTO rule(Actor actor, String office);

    /** Plans a campaign (title, organizer, sectors, ratio, startDate, dueDate); nothing is drawn yet. */
    SpotCheckDTO create(Actor actor, SpotCheckDTO campaign);

    /**
     * Freezes the frame and draws the sample with {@code seed} (decimal digits, e.g. drawn in public; a random one when
     * null), recording it; each sampled enterprise becomes a draft inspection (mechanism 5) while that module runs. Once.
     */
    SpotCheckDTO draw(Actor actor, long id, String seed);

    /** Makes the inspections still missing (sampled while the inspections module was not running). */
    SpotCheckDTO makeInspections(Actor actor, long id);

    /** Withdraws a campaign not yet drawn, with a reason. */
    SpotCheckDTO cancel(Actor actor, long id, String reason);

    /** A campaign with its strata and sampled enterprises and the state of their inspections. */
    SpotCheckDTO get(Actor actor, long id);

    /** Repeats the draw from the recorded seed and frame. */
    RedrawDTO redraw(Actor actor, long id);

    /** Campaigns of the offices the caller sees (or of {@code office} and below), newest first; year optional. */
    PageDTO<SpotCheckDTO> list(Actor actor, String office, Integer year, int offset, int limit);

    /** Per office at or below {@code unit} (the caller's own when null): the year's campaigns summed, office order. */
    List<CoverageRowDTO> coverage(Actor actor, String unit, int year);
}

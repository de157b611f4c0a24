package org.luoshi.api.dispatch;

import java.time.LocalDate;
import java.util.List;

import org.luoshi.api.Actor;
import org.luoshi.api.cycle.CycleDTO;
import org.luoshi.api.cycle.PeriodDTO;
import org.osgi.annotation.versioning.ProviderType;

/** Reports on a jurisdiction's cycles: periods, submissions with late marks, and who has not submitted. */
@ProviderType
public interface ReportingService {
    /** The cycles an installed jurisdiction declares. */
    List<CycleDTO> cycles(Actor actor, String jurisdiction);

    /** Periods of a cycle whose due day lies within from–to. */
    List<PeriodDTO> periods(Actor actor, String jurisdiction, String cycleId, LocalDate from, LocalDate to);

    /** A unit reports for a period; a second report of the same unit for the same period is refused. */
    SubmissionDTO submit(Actor actor, String jurisdiction, String cycleId, int periodIndex, String unit, String note);

    /** The caller's own units' reports on a cycle ("my submissions"), newest first. */
    List<SubmissionDTO> submissions(Actor actor, String jurisdiction, String cycleId);

    /** Reports in and units missing for a period; for the receiving office (and the levels above it). */
    PeriodStatusDTO status(Actor actor, String jurisdiction, String cycleId, int periodIndex);
}

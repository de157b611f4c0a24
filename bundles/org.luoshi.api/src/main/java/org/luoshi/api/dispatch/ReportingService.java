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
    /** The cycles of an installed jurisdiction: its plugin's, then the offices' own (不定期书面调度) still running. */
    List<CycleDTO> cycles(Actor actor, String jurisdiction);

    /**
     * 不定期书面调度 (seed 000 三): an office sets up a cycle of its own without a new plugin — a name, one-off dates
     * ({@code milestones}) or an RRULE, the collecting unit ({@code receiver}, the office's own unit or one below) and the
     * reporting units (units below the office's own). It is reported on like the plugin's (periods, submissions, late marks, who is missing).
     * Returns it with its id ({@code adhoc-<n>}).
     */
    CycleDTO addCycle(Actor actor, String jurisdiction, CycleDTO cycle);

    /** Ends an office's own cycle from today: no later period is asked for; what was reported stays. */
    CycleDTO retireCycle(Actor actor, String jurisdiction, String cycleId);

    /** Periods of a cycle whose due day lies within from–to. */
    List<PeriodDTO> periods(Actor actor, String jurisdiction, String cycleId, LocalDate from, LocalDate to);

    /** A unit reports for a period; a second report of the same unit for the same period is refused. */
    SubmissionDTO submit(Actor actor, String jurisdiction, String cycleId, int periodIndex, String unit, String note);

    /** The caller's own units' reports on a cycle ("my submissions"), newest first. */
    List<SubmissionDTO> submissions(Actor actor, String jurisdiction, String cycleId);

    /** Reports in and units missing for a period; for the receiving office (and the levels above it). */
    PeriodStatusDTO status(Actor actor, String jurisdiction, String cycleId, int periodIndex);
}

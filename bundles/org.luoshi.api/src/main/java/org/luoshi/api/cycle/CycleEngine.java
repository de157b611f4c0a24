package org.luoshi.api.cycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Turns a {@link CycleDTO} into {@link PeriodDTO periods} with due instants in Asia/Shanghai. Stateless. Every method
 * validates the cycle first and throws {@link org.luoshi.api.LuoshiException} of kind INVALID (with field errors) for a
 * malformed one.
 */
@ProviderType
public interface CycleEngine {
    /** Checks a cycle (RRULE syntax, dates, times, period kind, cut-off day, milestones); throws INVALID with every error. */
    void validate(CycleDTO cycle);

    /** The periods whose due day (after rolling) lies within {@code from}–{@code to} inclusive, in due order. */
    List<PeriodDTO> periods(CycleDTO cycle, LocalDate from, LocalDate to);

    /** The first period due at or after {@code at}: the one being worked on. Null when the cycle has ended. */
    PeriodDTO nextDue(CycleDTO cycle, Instant at);

    /** The last period due before {@code at}: the most recent deadline, e.g. to check for late reports. Null if none yet. */
    PeriodDTO lastDue(CycleDTO cycle, Instant at);

    /** The first period (in due order) whose periodStart–periodEnd contains {@code day}: where a record of that day is counted. Null if none. */
    PeriodDTO periodAt(CycleDTO cycle, LocalDate day);
}

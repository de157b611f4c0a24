package org.luoshi.api.cycle;

import java.time.LocalDate;

import org.osgi.annotation.versioning.ProviderType;

/**
 * China's statutory working-day calendar (法定节假日与调休): Saturdays and Sundays are days off, statutory holidays
 * (放假) are days off, and make-up working days (调休上班, a Saturday or Sunday) are working days. The holidays and
 * make-up days come from the State Council General Office's yearly notices for {@link #firstYear()} to
 * {@link #lastYear()}; outside those years only weekends are known.
 */
@ProviderType
public interface CalendarService {
    /** Whether people work on that day: a Monday–Friday that is not a holiday, or a make-up working day. */
    boolean isWorkingDay(LocalDate day);

    /** The first working day on or after {@code day} ({@code day} itself when it is one): where a due day on a day off rolls to. */
    LocalDate nextWorkingDay(LocalDate day);

    /**
     * The Chinese name of what the day is in the statutory calendar: the holiday ("春节", "国庆节", "中秋节", …) on a
     * statutory day off, the holiday followed by "调休上班" on a make-up working day, null on any other day.
     */
    String holidayName(LocalDate day);

    /** First year whose holidays and make-up days are known. */
    int firstYear();

    /** Last year whose holidays and make-up days are known. */
    int lastYear();
}

package org.luoshi.api.cycle;

import java.time.LocalDate;
import java.util.List;

import org.luoshi.api.Actor;
import org.osgi.annotation.versioning.ProviderType;

/**
 * China's statutory working-day calendar (法定节假日与调休): Saturdays and Sundays are days off, statutory holidays
 * (放假) are days off, and make-up working days (调休上班, a Saturday or Sunday) are working days. The holidays and
 * make-up days come from the State Council General Office's yearly notices: the years shipped with the platform, and
 * the years an administrator loads while it runs ({@link #upload}), each one whole. In a year that is not
 * {@link #covers(int) covered} only weekends are known, and due days rolled by the calendar are provisional.
 */
@ProviderType
public interface CalendarService {
    /** The largest arrangement text {@link #upload} takes: 64 KB in UTF-8 (a year has about 40 rows). */
    int MAX_UPLOAD_BYTES = 64 * 1024;

    /** Whether people work on that day: a Monday–Friday that is not a holiday, or a make-up working day. */
    boolean isWorkingDay(LocalDate day);

    /** The first working day on or after {@code day} ({@code day} itself when it is one): where a due day on a day off rolls to. */
    LocalDate nextWorkingDay(LocalDate day);

    /**
     * The Chinese name of what the day is in the statutory calendar: the holiday ("春节", "国庆节", "中秋节", …) on a
     * statutory day off, the holiday followed by "调休上班" on a make-up working day, null on any other day.
     */
    String holidayName(LocalDate day);

    /** First year whose holidays and make-up days are known (the years between need not all be: see {@link #covers}). */
    int firstYear();

    /** Last year whose holidays and make-up days are known (the years between need not all be: see {@link #covers}). */
    int lastYear();

    /** Whether the holidays and make-up days of {@code year} are known (shipped, or loaded by an administrator). */
    boolean covers(int year);

    /** Every year known, oldest first, with where it comes from and, for a loaded year, who loaded it and when. */
    List<CalendarYearDTO> years();

    /**
     * Loads one year's arrangement, or replaces the one loaded before (administrators only; FORBIDDEN otherwise). The
     * text is the format of the shipped data, UTF-8, at most {@link #MAX_UPLOAD_BYTES}: one day per line,
     * {@code yyyy-MM-dd<TAB>HOLIDAY|WORKDAY<TAB>name}, lines starting with {@code #} and blank lines ignored. It is
     * checked whole before anything is kept — every date inside {@code year}, no day twice, a WORKDAY only on a Saturday
     * or Sunday, every HOLIDAY named, the seven statutory festivals (元旦、春节、清明节、劳动节、端午节、中秋节、国庆节)
     * present, at most 40 consecutive days off, and {@code year} not one shipped with the platform — and refused as
     * INVALID listing every problem (by line number) in the message and in the field errors. Once accepted it is kept
     * across restarts and the calendar answers with it at once (due days are computed afresh on every call).
     */
    CalendarYearDTO upload(Actor actor, int year, String tsv);

    /**
     * Removes a year an administrator loaded (administrators only): its days are known by weekends alone again.
     * NOT_FOUND when the year was not loaded, CONFLICT for a year shipped with the platform.
     */
    void remove(Actor actor, int year);

    /**
     * What administrators should be told about the calendar on {@code today} (China time), in Chinese: that the current
     * year — or, from 1 October on, the coming year — has no known arrangement, so its due days are provisional (e.g.
     * "2027年法定节假日和调休安排尚未载入：2027年的报送截止日暂按周末计算（临时）。请在国务院办公厅公布安排后由管理员载入。");
     * null when there is nothing to tell.
     */
    String warning(LocalDate today);
}

package org.luoshi.api.cycle;

/**
 * One year of the statutory calendar the platform knows: its holidays (放假) and make-up working days (调休上班), shipped
 * with the platform or loaded by an administrator from the State Council General Office's notice for that year.
 */
public class CalendarYearDTO {
    /** The year ships with the platform (bundle {@code org.luoshi.cycles}): it can be neither replaced nor removed. */
    public static final String SHIPPED = "SHIPPED";
    /** An administrator loaded the year at run time: another upload replaces it, and it can be removed. */
    public static final String UPLOADED = "UPLOADED";

    /** The year, e.g. 2027. */
    public int year;
    /** {@link #SHIPPED} or {@link #UPLOADED}. */
    public String source;
    /** How many statutory days off (HOLIDAY rows, weekend days inside a holiday block included) the year lists. */
    public int holidays;
    /** How many make-up working days (WORKDAY rows: a Saturday or Sunday worked) the year lists. */
    public int makeUpDays;
    /** Who loaded the year (login), null for a shipped year. */
    public String uploadedBy;
    /** When it was loaded, ISO-8601 with the Asia/Shanghai offset, null for a shipped year. */
    public String uploadedAt;
}

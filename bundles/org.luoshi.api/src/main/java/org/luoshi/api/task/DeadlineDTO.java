package org.luoshi.api.task;

/**
 * A completion deadline (完成时限) as printed, and what it means: a date, "ongoing" (长期坚持), or a text that could
 * not be read, which is kept and flagged for a person to settle, never guessed.
 */
public class DeadlineDTO {
    /** DATE, ONGOING or UNPARSED. */
    public String kind;
    /** The text as printed, e.g. "6月底前". */
    public String text;
    /** yyyy-MM-dd when kind is DATE. */
    public String date;

    public static final String DATE = "DATE";
    public static final String ONGOING = "ONGOING";
    public static final String UNPARSED = "UNPARSED";
}

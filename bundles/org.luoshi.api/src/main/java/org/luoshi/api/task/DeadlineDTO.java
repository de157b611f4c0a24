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
    /**
     * How the printed text was read when the reading interprets it (e.g. "中旬按当月20日计：2023-05-20", "8-11月按末月月底计：
     * 2023-11-30"), or the correction a person made; null when the text says the date plainly.
     */
    public String reading;
    /** A person settled the date (the printed {@link #text} is kept): who, and why. Null when not corrected. */
    public String correctedBy;
    public String correctionReason;

    public static final String DATE = "DATE";
    public static final String ONGOING = "ONGOING";
    public static final String UNPARSED = "UNPARSED";
}

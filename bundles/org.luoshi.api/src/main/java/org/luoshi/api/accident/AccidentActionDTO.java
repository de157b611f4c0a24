package org.luoshi.api.accident;

/**
 * What a rule firing drafted or proposes, waiting for a person: an inspection or a letter drafted in its own module
 * ({@code recordType}, {@code recordId}), or a 约谈 or 挂牌督办 proposed here for the named unit to confirm.
 */
public class AccidentActionDTO {
    /** INSPECTION, LETTER, INTERVIEW (约谈) or LISTING (挂牌督办) */
    public String kind;
    /**
     * DRAFTED (a draft waits in its module), PROPOSED (waits here), CONFIRMED, DISMISSED, or UNAVAILABLE (the module that
     * would hold the draft was not running; the firing says what it would have drafted).
     */
    public String status;
    /** The unit that confirms or acts (the organiser, the issuing office, the committee that interviews or lists). */
    public String unit;
    public String text;
    public String recordType;
    public Long recordId;
    public String decidedBy;
    public String decidedAt;
    public String decisionNote;

    public static final String INSPECTION = "INSPECTION";
    public static final String LETTER = "LETTER";
    public static final String INTERVIEW = "INTERVIEW";
    public static final String LISTING = "LISTING";
}

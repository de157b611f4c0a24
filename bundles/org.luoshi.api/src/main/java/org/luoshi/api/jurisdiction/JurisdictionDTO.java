package org.luoshi.api.jurisdiction;

/** An installed jurisdiction: {@code level} is one of province, city, county, town; {@code parent} the id of the one above. */
public class JurisdictionDTO {
    public String id;
    public String name;
    public String level;
    public String parent;
    public String version;
    /** Id of the unit that stands for this jurisdiction's own office (its root unit). */
    public String unit;
    /**
     * The letter ladder (jurisdiction.properties {@code letters.ladder}): the kinds of letter in order of escalation,
     * default REMINDER, NOTICE, SUPERVISION (提醒 → 提示 → 督办). An unanswered letter past its deadline proposes the next.
     */
    public java.util.List<String> letterLadder = new java.util.ArrayList<>(java.util.List.of("REMINDER", "NOTICE", "SUPERVISION"));
    /** Days a recipient gets to answer an automatic draft ({@code letters.responseDays}, default 10). */
    public int letterResponseDays = 10;
    /** Days the handling unit has to accept or reject a tip-off ({@code tipoffs.acceptDays}, default 5). */
    public int tipOffAcceptDays = 5;
}

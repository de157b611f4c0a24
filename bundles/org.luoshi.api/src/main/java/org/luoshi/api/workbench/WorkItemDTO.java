package org.luoshi.api.workbench;

/**
 * One thing the caller has to do (待办): a letter to sign, a report due, a hazard whose deadline is near… with the day it
 * is due and the record it opens.
 */
public class WorkItemDTO {
    /** The module that contributed it (e.g. {@code letters}). */
    public String module;
    /** What is to be done, as a key (e.g. {@code letter.sign}) and in Chinese (e.g. 待签收). */
    public String kind;
    public String kindName;
    /** The record's title or description, shortened. */
    public String title;
    /** The unit that owes it, id and name. */
    public String unit;
    public String unitName;
    /** The day it is due (yyyy-MM-dd), null when it has no deadline. */
    public String due;
    /** Days from today to {@link #due} (negative: overdue by that many days); null without a deadline. */
    public Long daysLeft;
    public boolean overdue;
    /** The UI route of the record's list with the query that opens it (e.g. {@code letters?id=12}). */
    public String route;
    /** The record's id in its module (its REST path is the module's list path plus this id). */
    public String recordId;

    /** A title on one line, at most 60 characters (the rest as "…"). */
    public static String shorten(String text) {
        if (text == null) {
            return "";
        }
        String line = text.strip().replaceAll("\\s+", " ");
        return line.codePointCount(0, line.length()) <= 60 ? line
                : line.substring(0, line.offsetByCodePoints(0, 59)) + "…";
    }

    /**
     * A to-do of a record: the title shortened, the days left and the overdue mark from {@code due} (null: no deadline)
     * as of {@code today}, and the route {@code <list>?id=<id>} that opens it.
     */
    public static WorkItemDTO of(String module, String kind, String kindName, String title, String unit, String unitName,
            java.time.LocalDate due, java.time.LocalDate today, String list, Object id) {
        WorkItemDTO i = new WorkItemDTO();
        i.module = module;
        i.kind = kind;
        i.kindName = kindName;
        i.title = shorten(title);
        i.unit = unit;
        i.unitName = unitName;
        if (due != null) {
            i.due = due.toString();
            i.daysLeft = java.time.temporal.ChronoUnit.DAYS.between(today, due);
            i.overdue = i.daysLeft < 0;
        }
        i.route = list + "?id=" + id;
        i.recordId = String.valueOf(id);
        return i;
    }
}

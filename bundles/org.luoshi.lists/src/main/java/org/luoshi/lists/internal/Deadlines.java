package org.luoshi.lists.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.luoshi.api.task.DeadlineDTO;

/**
 * Reads a printed completion deadline (完成时限) for a task list's year: "6月底前" is the last day of June of that year,
 * "2023年1月底前" the last day of January 2023, "年底前" 31 December, "5月10日前" 10 May, "长期坚持" ongoing.
 * <p>
 * Readings that interpret the text (issue 16, item 8) say so in {@link DeadlineDTO#reading}: a third of a month
 * (上旬/中旬/下旬, "2023年5月中旬前") ends on its 10th, its 20th or its last day; a range of months ("2023年8-11月")
 * ends with the last day of its last month. Anything else — including misprints such as "5月10月底前" — is kept as
 * UNPARSED for a person to settle (a correction keeps the printed text beside the date a person gave).
 */
final class Deadlines {
    private static final Pattern MONTH_END = Pattern.compile("(?:(\\d{4})年)?(\\d{1,2})月(?:底|末)(?:前|之前)?");
    private static final Pattern DAY = Pattern.compile("(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})日(?:前|之前)?");
    private static final Pattern YEAR_END = Pattern.compile("(?:(\\d{4})年|年)(?:底|末)(?:前|之前)?");
    private static final Pattern TENTH = Pattern.compile("(?:(\\d{4})年)?(\\d{1,2})月(上旬|中旬|下旬)(?:前|之前|末)?");
    private static final Pattern MONTHS = Pattern.compile(
            "(?:(\\d{4})年)?(\\d{1,2})(?:月)?[-－—~～至到](\\d{1,2})月(?:份)?(?:底|末)?(?:前|之前)?");
    private static final Pattern ONGOING = Pattern.compile("长期坚持|长期|持续推进|持续开展|常态化");

    private Deadlines() {
    }

    static DeadlineDTO parse(String text, int year) {
        DeadlineDTO d = new DeadlineDTO();
        d.text = text == null ? "" : text.strip();
        String t = d.text.replace(" ", "");
        try {
            LocalDate date = null;
            Matcher m;
            if (t.isEmpty()) {
                d.kind = DeadlineDTO.UNPARSED;
                return d;
            }
            if (ONGOING.matcher(t).matches()) {
                d.kind = DeadlineDTO.ONGOING;
                return d;
            }
            if ((m = MONTH_END.matcher(t)).matches()) {
                date = YearMonth.of(yearOf(m.group(1), year), Integer.parseInt(m.group(2))).atEndOfMonth();
            } else if ((m = DAY.matcher(t)).matches()) {
                date = LocalDate.of(yearOf(m.group(1), year), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } else if ((m = TENTH.matcher(t)).matches()) {
                YearMonth month = YearMonth.of(yearOf(m.group(1), year), Integer.parseInt(m.group(2)));
                String third = m.group(3);
                date = switch (third) {
                    case "上旬" -> month.atDay(10);
                    case "中旬" -> month.atDay(20);
                    default -> month.atEndOfMonth();
                };
                d.reading = third + "按" + (third.equals("下旬") ? "当月最后一日" : third.equals("上旬") ? "当月10日" : "当月20日")
                        + "计：" + date;
            } else if ((m = MONTHS.matcher(t)).matches()) {
                int from = Integer.parseInt(m.group(2));
                int to = Integer.parseInt(m.group(3));
                if (from >= 1 && from < to) {
                    date = YearMonth.of(yearOf(m.group(1), year), to).atEndOfMonth();
                    d.reading = from + "-" + to + "月按末月月底计：" + date;
                }
            } else if ((m = YEAR_END.matcher(t)).matches()) {
                date = LocalDate.of(yearOf(m.group(1), year), 12, 31);
            } else if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
                date = LocalDate.parse(t);
            }
            if (date == null) {
                d.kind = DeadlineDTO.UNPARSED;
                d.reading = null;
            } else {
                d.kind = DeadlineDTO.DATE;
                d.date = date.toString();
            }
        } catch (DateTimeException | NumberFormatException e) {
            d.kind = DeadlineDTO.UNPARSED;
            d.date = null;
            d.reading = null;
        }
        return d;
    }

    private static int yearOf(String printed, int listYear) {
        return printed == null ? listYear : Integer.parseInt(printed);
    }

    /** The date of a DATE deadline, else null. */
    static LocalDate date(DeadlineDTO d) {
        try {
            return d != null && DeadlineDTO.DATE.equals(d.kind) ? LocalDate.parse(d.date) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

package org.luoshi.lists.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.luoshi.api.task.TaskEntryDTO;
import org.luoshi.api.task.TaskPeriodDTO;

/**
 * The periods of a recurring counted duty (catalog column {@code every}, e.g. {@code MONTH:2023-05-01} for "专项行动期间
 * …每月…至少开展1次检查"): calendar months, quarters, half-years or years of the task list's year, from the first day
 * counted (the given date, else 1 January) to the deadline (else 31 December). A period's progress is the sum of the
 * counts of the progress entries dated in it; a period that ended below the target is SHORT.
 */
final class TaskPeriods {
    private TaskPeriods() {
    }

    static List<TaskPeriodDTO> of(String every, int year, LocalDate deadline, int target, List<TaskEntryEntity> entries,
            LocalDate today) {
        String kind = every.contains(":") ? every.substring(0, every.indexOf(':')) : every;
        LocalDate first = LocalDate.of(year, 1, 1);
        if (every.contains(":")) {
            LocalDate given = LocalDate.parse(every.substring(every.indexOf(':') + 1));
            if (given.isAfter(first)) {
                first = given;
            }
        }
        LocalDate last = LocalDate.of(year, 12, 31);
        if (deadline != null && deadline.isBefore(last)) {
            last = deadline;
        }
        List<TaskPeriodDTO> out = new ArrayList<>();
        int months = switch (kind) {
            case "MONTH" -> 1;
            case "QUARTER" -> 3;
            case "HALF_YEAR" -> 6;
            default -> 12;
        };
        LocalDate start = LocalDate.of(first.getYear(), ((first.getMonthValue() - 1) / months) * months + 1, 1);
        while (!start.isAfter(last) && out.size() < 400) {
            LocalDate end = start.plusMonths(months).minusDays(1);
            LocalDate from = start.isBefore(first) ? first : start;
            LocalDate to = end.isAfter(last) ? last : end;
            TaskPeriodDTO p = new TaskPeriodDTO();
            p.from = from.toString();
            p.to = to.toString();
            p.label = label(start, months);
            p.target = target;
            for (TaskEntryEntity x : entries) {
                if (x.count != null && TaskEntryDTO.PROGRESS.equals(x.kind) && !x.entryDate.isBefore(from)
                        && !x.entryDate.isAfter(to)) {
                    p.done += x.count;
                }
            }
            if (p.done >= target) {
                p.state = TaskPeriodDTO.MET;
            } else if (to.isBefore(today)) {
                p.state = TaskPeriodDTO.SHORT;
            } else {
                p.state = from.isAfter(today) ? TaskPeriodDTO.FUTURE : TaskPeriodDTO.OPEN;
            }
            out.add(p);
            start = start.plusMonths(months);
        }
        return out;
    }

    private static String label(LocalDate start, int months) {
        int y = start.getYear();
        int m = start.getMonthValue();
        return switch (months) {
            case 1 -> y + "年" + m + "月";
            case 3 -> y + "年第" + "一二三四".charAt((m - 1) / 3) + "季度";
            case 6 -> y + "年" + (m <= 6 ? "上" : "下") + "半年";
            default -> y + "年";
        };
    }
}

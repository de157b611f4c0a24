package org.luoshi.lists.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.luoshi.api.task.TaskEntryDTO;
import org.luoshi.api.task.TaskPeriodDTO;

/** Periods of recurring counted duties (issue 16, item 1: 方山县's "每月…至少开展1次检查", "每季度至少听取一次"). */
class TaskPeriodsTest {
    private static TaskEntryEntity entry(String date, Integer count, String kind) {
        TaskEntryEntity e = new TaskEntryEntity();
        e.entryDate = LocalDate.parse(date);
        e.count = count;
        e.kind = kind;
        return e;
    }

    @Test
    void monthsFromTheFirstDayCountedToTheDeadline() {
        List<TaskEntryEntity> entries = List.of(entry("2023-05-20", 1, TaskEntryDTO.PROGRESS),
                entry("2023-07-03", 2, TaskEntryDTO.PROGRESS), entry("2023-06-10", 5, TaskEntryDTO.SUPERVISION),
                entry("2023-08-01", null, TaskEntryDTO.PROGRESS));
        List<TaskPeriodDTO> ps = TaskPeriods.of("MONTH:2023-05-17", 2023, LocalDate.of(2023, 12, 31), 1, entries,
                LocalDate.of(2023, 8, 15));
        assertEquals(8, ps.size(), "May to December");
        assertEquals("2023-05-17", ps.get(0).from);
        assertEquals("2023-05-31", ps.get(0).to);
        assertEquals("2023年5月", ps.get(0).label);
        assertEquals(List.of("MET", "SHORT", "MET", "OPEN", "FUTURE"),
                ps.subList(0, 5).stream().map(p -> p.state).toList(), "June had only a supervision entry");
        assertEquals(2, ps.get(2).done);
    }

    @Test
    void quartersAndHalfYearsAreCalendarOnesCutToTheFirstDay() {
        List<TaskPeriodDTO> q = TaskPeriods.of("QUARTER:2023-05-17", 2023, null, 1, List.of(), LocalDate.of(2024, 1, 1));
        assertEquals(List.of("2023-05-17..2023-06-30", "2023-07-01..2023-09-30", "2023-10-01..2023-12-31"),
                q.stream().map(p -> p.from + ".." + p.to).toList());
        assertEquals("2023年第二季度", q.get(0).label);
        assertEquals(List.of("SHORT", "SHORT", "SHORT"), q.stream().map(p -> p.state).toList());
        List<TaskPeriodDTO> h = TaskPeriods.of("HALF_YEAR", 2023, LocalDate.of(2023, 12, 31), 1, List.of(),
                LocalDate.of(2023, 3, 1));
        assertEquals(List.of("2023年上半年", "2023年下半年"), h.stream().map(p -> p.label).toList());
        assertEquals(List.of("OPEN", "FUTURE"), h.stream().map(p -> p.state).toList());
    }

    @Test
    void aTaskListOfAnotherYearCountsItsOwnYear() {
        List<TaskPeriodDTO> ps = TaskPeriods.of("MONTH:2023-05-17", 2024, null, 1, List.of(), LocalDate.of(2024, 3, 1));
        assertEquals(12, ps.size());
        assertEquals("2024-01-01", ps.get(0).from);
    }
}

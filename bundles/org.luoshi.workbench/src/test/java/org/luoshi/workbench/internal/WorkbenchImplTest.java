package org.luoshi.workbench.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.luoshi.api.Actor;
import org.luoshi.api.workbench.WorkCountDTO;
import org.luoshi.api.workbench.WorkItemDTO;
import org.luoshi.api.workbench.WorkbenchDTO;
import org.luoshi.api.workbench.WorkbenchSource;

class WorkbenchImplTest {
    private static final Actor ACTOR = new Actor("u", List.of("shanxi.shuozhou"), Set.of());
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private static WorkItemDTO item(String module, String id, Long daysLeft) {
        WorkItemDTO i = new WorkItemDTO();
        i.module = module;
        i.recordId = id;
        i.daysLeft = daysLeft;
        i.overdue = daysLeft != null && daysLeft < 0;
        return i;
    }

    private static WorkbenchSource source(String module, List<WorkItemDTO> items, List<WorkCountDTO> counts) {
        return new WorkbenchSource() {
            public String module() {
                return module;
            }

            public List<WorkItemDTO> items(Actor actor, LocalDate today) {
                return items;
            }

            public List<WorkCountDTO> counts(Actor actor, LocalDate today) {
                return counts;
            }
        };
    }

    @Test
    void itemsAreOrderedOverdueFirstThenByDeadlineAndUndatedLast() {
        WorkbenchImpl wb = new WorkbenchImpl(List.of(
                source("a", List.of(item("a", "1", 3L), item("a", "2", null)), List.of()),
                source("b", List.of(item("b", "3", -5L), item("b", "4", 0L)), List.of())));
        WorkbenchDTO dto = wb.of(ACTOR, TODAY);
        assertEquals(List.of("3", "4", "1", "2"), dto.items.stream().map(i -> i.recordId).toList());
        assertEquals("2026-12-07", dto.today);
    }

    @Test
    void aFailingSourceIsLeftOutAndTheOthersStay() {
        WorkCountDTO c1 = new WorkCountDTO();
        c1.key = "late";
        c1.order = 20;
        WorkCountDTO c2 = new WorkCountDTO();
        c2.key = "early";
        c2.order = 10;
        WorkbenchSource broken = new WorkbenchSource() {
            public String module() {
                return "broken";
            }

            public List<WorkItemDTO> items(Actor actor, LocalDate today) {
                throw new IllegalStateException("database gone");
            }

            public List<WorkCountDTO> counts(Actor actor, LocalDate today) {
                throw new IllegalStateException("database gone");
            }
        };
        WorkbenchImpl wb = new WorkbenchImpl(List.of(broken, source("a", List.of(item("a", "1", 1L)), List.of(c1, c2))));
        WorkbenchDTO dto = wb.of(ACTOR, TODAY);
        assertEquals(1, dto.items.size());
        assertEquals(1, wb.items(ACTOR, TODAY).size());
        assertEquals(List.of("early", "late"), dto.counts.stream().map(c -> c.key).toList());
        assertEquals(List.of("a", "broken"), wb.modules());
    }
}

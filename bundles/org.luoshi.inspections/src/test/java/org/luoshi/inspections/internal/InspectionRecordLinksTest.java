package org.luoshi.inspections.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.luoshi.api.Actor;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.inspection.FindingDTO;
import org.luoshi.api.inspection.InspectionDTO;
import org.luoshi.api.inspection.InspectionService;
import org.luoshi.api.link.RecordLinkDTO;

class InspectionRecordLinksTest {
    private static final Actor ACTOR = new Actor("youyu", List.of("shanxi.shuozhou.youyu"), Set.of());

    private static InspectionDTO inspection() {
        InspectionDTO i = new InspectionDTO();
        i.id = 7L;
        i.title = "国庆节前督导检查".repeat(10);
        FindingDTO listed = new FindingDTO();
        listed.id = 1L;
        listed.description = "消防通道堵塞";
        listed.hazardId = 42L;
        FindingDTO closed = new FindingDTO();
        closed.id = 2L;
        closed.description = "台账不全";
        i.findings.add(listed);
        i.findings.add(closed);
        return i;
    }

    /** Inspection 7 is the only one; any other id is not found (as the service answers for records out of sight). */
    private static InspectionService service() {
        return (InspectionService) Proxy.newProxyInstance(InspectionService.class.getClassLoader(),
                new Class<?>[] {InspectionService.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "get" -> {
                        if ((long) args[1] != 7L) {
                            throw LuoshiException.notFound("巡查检查不存在或无权查看");
                        }
                        yield inspection();
                    }
                    case "byHazard" -> (long) args[1] == 42L ? List.of(inspection()) : List.of();
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void describesAnInspectionWithAShortTitleAndRefusesAsTheServiceDoes() {
        InspectionRecordLinks links = new InspectionRecordLinks(service());
        var ref = links.describe(ACTOR, 7);
        assertEquals("inspection", ref.type);
        assertEquals(7, ref.id);
        assertEquals(61, ref.title.length());
        assertTrue(ref.title.endsWith("…"));
        LuoshiException e = assertThrows(LuoshiException.class, () -> links.describe(ACTOR, 8));
        assertEquals(LuoshiException.Kind.NOT_FOUND, e.kind());
    }

    @Test
    void aListedFindingLinksTheInspectionToItsHazardFromBothEnds() {
        InspectionRecordLinks links = new InspectionRecordLinks(service());
        List<RecordLinkDTO> fromInspection = links.links(ACTOR, "inspection", 7);
        assertEquals(1, fromInspection.size());
        assertTrue(fromInspection.get(0).from.is("inspection", 7));
        assertTrue(fromInspection.get(0).to.is("hazard", 42));
        assertEquals("消防通道堵塞", fromInspection.get(0).to.title);
        List<RecordLinkDTO> fromHazard = links.links(ACTOR, "hazard", 42);
        assertEquals(1, fromHazard.size());
        assertTrue(fromHazard.get(0).from.is("inspection", 7));
        assertTrue(fromHazard.get(0).to.is("hazard", 42));
    }

    @Test
    void unknownRecordsAndOtherTypesHaveNoLinks() {
        InspectionRecordLinks links = new InspectionRecordLinks(service());
        assertEquals(List.of(), links.links(ACTOR, "inspection", 8));
        assertEquals(List.of(), links.links(ACTOR, "hazard", 43));
        assertEquals(List.of(), links.links(ACTOR, "listing", 7));
    }
}

package org.luoshi.listing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.luoshi.api.Actor;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.link.RecordLinkDTO;
import org.luoshi.api.listing.ListingDTO;
import org.luoshi.api.listing.ListingPage;
import org.luoshi.api.listing.ListingQuery;
import org.luoshi.api.listing.ListingService;

/** The hazard → listing links, asked from either end, and silence about records the caller may not see. */
class ListingLinksTest {
    private static final Actor ACTOR = new Actor("shuozhou", List.of("shanxi.shuozhou"), Set.of());

    private final ListingLinks links = new ListingLinks((ListingService) Proxy.newProxyInstance(
            ListingService.class.getClassLoader(), new Class<?>[] {ListingService.class}, (proxy, method, args) -> {
                switch (method.getName()) {
                    case "get" -> {
                        if ((long) args[1] != 7L) {
                            throw LuoshiException.notFound("挂牌督办记录不存在或无权查看");
                        }
                        return listing();
                    }
                    case "search" -> {
                        ListingPage page = new ListingPage();
                        if (((ListingQuery) args[1]).hazardId == 3L) {
                            page.items.add(listing());
                            page.total = 1;
                        }
                        return page;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                }
            }));

    private static ListingDTO listing() {
        ListingDTO l = new ListingDTO();
        l.id = 7L;
        l.hazardId = 3;
        l.hazardDescription = "井".repeat(70);
        return l;
    }

    @Test
    void aHazardLinksToItsListingsAndAListingToItsHazard() {
        for (List<RecordLinkDTO> found : List.of(links.links(ACTOR, "hazard", 3), links.links(ACTOR, "listing", 7))) {
            assertEquals(1, found.size());
            assertTrue(found.get(0).from.is("hazard", 3));
            assertTrue(found.get(0).to.is("listing", 7));
            assertEquals(61, found.get(0).to.title.length(), "60 characters and …");
        }
        assertEquals("listing", links.describe(ACTOR, 7).type);
    }

    @Test
    void unknownRecordsHaveNoLinksButDescribeRefuses() {
        assertTrue(links.links(ACTOR, "hazard", 4).isEmpty());
        assertTrue(links.links(ACTOR, "listing", 8).isEmpty());
        assertTrue(links.links(ACTOR, "tipoff", 7).isEmpty());
        assertThrows(LuoshiException.class, () -> links.describe(ACTOR, 8));
    }
}

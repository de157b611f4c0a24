package org.luoshi.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.luoshi.itests.Platform.Answer;

import com.fasterxml.jackson.databind.JsonNode;

/** Any record shows where it came from and what came of it: inspection finding → hazard → listing → exposure → transfer. */
@ExtendWith(Platform.class)
class LineageIT {
    static JsonNode created(Answer a) {
        assertEquals(201, a.status(), a.body());
        return a.json();
    }

    static boolean has(JsonNode links, String type, long id) {
        for (JsonNode l : links) {
            if (type.equals(l.get("type").asText()) && l.get("id").asLong() == id) {
                return true;
            }
        }
        return false;
    }

    @Test
    void fromAnInspectionFindingToACriminalTransfer() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> inspection = InspectionIT.inspection(tag);
        JsonNode insp = created(Platform.postJson("shuozhou", Platform.API + "/inspections", inspection));
        long inspectionId = insp.get("id").asLong();
        long findingId = insp.get("findings").get(0).get("id").asLong();
        JsonNode linked = Platform.postJson("shuozhou", Platform.API + "/inspections/" + inspectionId + "/findings/"
                + findingId + "/hazard", Map.of("measures", "停产整顿", "rectificationUnit", "某煤矿",
                "rectificationResponsible", "矿长", "deadline", HazardRestIT.today().plusDays(20).toString())).json();
        long hazardId = linked.get("findings").get(0).get("hazardId").asLong();
        long listingId = created(Platform.postJson("shuozhou", Platform.API + "/listings",
                ListingIT.request(hazardId, List.of("shanxi.shuozhou.yingji"), "shanxi.shuozhou.yingji"))).get("id").asLong();
        long publicationId = created(Platform.postJson("shuozhou", Platform.API + "/publications", Map.of("kind", "EXPOSURE",
                "unit", "shanxi.shuozhou.anweiban", "title", "曝光：挂牌督办隐患-" + tag, "body", "某煤矿重大事故隐患挂牌督办。",
                "sourceType", "listing", "sourceId", listingId))).get("id").asLong();
        long transferId = created(Platform.postJson("youyu", Platform.API + "/transfers", Map.of("situation", "ORDER_REFUSED",
                "fromUnit", "shanxi.shuozhou.youyu.yingji", "toUnit", "shanxi.shuozhou.youyu.gongan",
                "facts", "挂牌督办期间拒不停产", "sources", List.of(Map.of("type", "listing", "id", listingId))))).get("id").asLong();

        JsonNode hazard = Platform.get("shuozhou", Platform.API + "/lineage/hazard/" + hazardId).json();
        assertTrue(has(hazard.get("cameFrom"), "inspection", inspectionId), hazard.toString());
        assertTrue(has(hazard.get("cameOf"), "listing", listingId), hazard.toString());
        assertTrue(has(hazard.get("cameOf"), "publication", publicationId), hazard.toString());
        assertTrue(has(hazard.get("cameOf"), "transfer", transferId), hazard.toString());
        JsonNode fromInspection = Platform.get("shuozhou", Platform.API + "/lineage/inspection/" + inspectionId).json();
        assertTrue(has(fromInspection.get("cameOf"), "hazard", hazardId), fromInspection.toString());
        JsonNode listing = Platform.get("youyu", Platform.API + "/lineage/listing/" + listingId).json();
        assertTrue(has(listing.get("cameFrom"), "hazard", hazardId), listing.toString());
        assertTrue(has(listing.get("cameOf"), "transfer", transferId), listing.toString());
        assertEquals(404, Platform.get("pinglu", Platform.API + "/lineage/hazard/" + hazardId).status());
        assertEquals(404, Platform.get("shuozhou", Platform.API + "/lineage/letter/1").status());
    }
}

package org.luoshi.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.luoshi.itests.Platform.Answer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Lists are sorted in the service over all their pages (tasks by 完成时限, listings by 挂牌时间 / 整改时限, as the column
 * headers ask), and every list's {@code total} is the number of records its pages hold.
 */
@ExtendWith(Platform.class)
class ListOrderIT {

    private static List<String> dates(JsonNode page, String field) {
        List<String> out = new ArrayList<>();
        page.get("items").forEach(i -> {
            JsonNode v = field.contains(".") ? i.path(field.split("\\.")[0]).path(field.split("\\.")[1]) : i.path(field);
            out.add(v.isMissingNode() || v.isNull() ? null : v.asText());
        });
        return out;
    }

    /** Dated values in order (ascending or not), those without a date after them on the ascending side. */
    private static void assertOrdered(List<String> values, boolean ascending) {
        List<String> dated = values.stream().filter(java.util.Objects::nonNull).toList();
        List<String> sorted = new ArrayList<>(dated);
        sorted.sort(ascending ? java.util.Comparator.naturalOrder() : java.util.Comparator.reverseOrder());
        assertEquals(sorted, dated, "order of " + values);
    }

    @Test
    void tasksSortByDeadlineOverTheWholeList() {
        // the whole catalog for a county and a year no other test uses (58 tasks: dated, ongoing, one unparsed; none
        // overdue, so no other test finds drafts or to-dos for them)
        String unit = "shanxi.shuozhou.huairen";
        if (TaskIT.total("admin", "&unit=" + unit + "&year=2030") == 0) {
            TaskIT.importTasks("admin", unit, 2030, List.of(), 201);
        }
        String list = Platform.API + "/tasks?jurisdiction=shuozhou&unit=" + unit + "&year=2030&limit=200";
        JsonNode catalog = Platform.get("shuozhou", list).json();
        assertEquals(58, catalog.get("total").asLong());
        List<String> earliest = dates(Platform.get("shuozhou", list + "&sort=deadline").json(), "deadline.date");
        assertOrdered(earliest, true);
        List<String> latest = dates(Platform.get("shuozhou", list + "&sort=-deadline").json(), "deadline.date");
        assertOrdered(latest, false);
        assertTrue(earliest.stream().anyMatch(java.util.Objects::nonNull), "some tasks have a read deadline");
        // the first page of the sorted list starts with the earliest deadline of all, not of the default first page
        String first = Platform.get("shuozhou", list.replace("limit=200", "limit=1") + "&sort=deadline").json()
                .get("items").get(0).path("deadline").path("date").asText();
        assertEquals(earliest.stream().filter(java.util.Objects::nonNull).findFirst().orElseThrow(), first);
        Answer bad = Platform.get("shuozhou", list + "&sort=measure");
        assertEquals(400, bad.status());
        assertTrue(bad.json().get("errors").has("sort"), bad.body());
    }

    @Test
    void listingsSortByDeadlineOverTheWholeList() {
        String unit = "shanxi.shuozhou.yingji";
        String tag = "挂牌排序-" + UUID.randomUUID();
        List<Integer> days = List.of(25, 10, 40);
        for (int d : days) {
            java.util.Map<String, Object> h = HazardRestIT.hazard("shanxi.shuozhou.shuocheng", tag);
            h.put("source", "ENFORCEMENT");
            h.put("major", true);
            Answer created = Platform.postJson("admin", Platform.API + "/hazards", h);
            assertEquals(201, created.status(), created.body());
            java.util.Map<String, Object> r = ListingIT.request(created.json().get("id").asLong(), List.of(unit), unit);
            r.put("deadline", HazardRestIT.today().plusDays(d).toString());
            Answer listed = Platform.postJson("admin", ListingIT.L, r);
            assertEquals(201, listed.status(), listed.body());
        }
        String list = ListingIT.L + "?q=" + java.net.URLEncoder.encode(tag, java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(List.of(HazardRestIT.today().plusDays(10).toString(), HazardRestIT.today().plusDays(25).toString(),
                HazardRestIT.today().plusDays(40).toString()), dates(Platform.get("admin", list + "&sort=deadline").json(), "deadline"));
        JsonNode latest = Platform.get("admin", list + "&sort=-deadline&limit=1").json();
        assertEquals(HazardRestIT.today().plusDays(40).toString(), latest.get("items").get(0).get("deadline").asText());
        assertEquals(3, latest.get("total").asLong());
        // by number: the newest first by default, the oldest first when asked
        List<Long> newest = new ArrayList<>();
        Platform.get("admin", list).json().get("items").forEach(i -> newest.add(i.get("id").asLong()));
        List<Long> oldest = new ArrayList<>();
        Platform.get("admin", list + "&sort=id").json().get("items").forEach(i -> oldest.add(i.get("id").asLong()));
        java.util.Collections.reverse(oldest);
        assertEquals(newest, oldest);
        assertEquals(400, Platform.get("admin", list + "&sort=status").status());
    }

    @Test
    void everyListsTotalIsWhatItsPagesHold() {
        for (String path : List.of("/tipoffs?jurisdiction=shuozhou", "/inspections?jurisdiction=shuozhou",
                "/publications?jurisdiction=shuozhou", "/educations?jurisdiction=shuozhou",
                "/transfers?jurisdiction=shuozhou", "/letters?jurisdiction=shuozhou")) {
            for (String user : List.of("admin", "shuozhou", "shuocheng")) {
                JsonNode first = Platform.get(user, Platform.API + path + "&limit=2").json();
                long total = first.get("total").asLong();
                long held = 0;
                for (int offset = 0;; offset += 200) {
                    int n = Platform.get(user, Platform.API + path + "&limit=200&offset=" + offset).json().get("items").size();
                    held += n;
                    if (n < 200) {
                        break;
                    }
                }
                assertEquals(held, total, user + " " + path);
                assertEquals(Math.min(2, total), first.get("items").size(), user + " " + path);
            }
        }
    }
}

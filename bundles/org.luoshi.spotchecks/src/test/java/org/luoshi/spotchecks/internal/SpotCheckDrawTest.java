package org.luoshi.spotchecks.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.luoshi.api.spotcheck.SpotCheckDraw;

/** The draw's rule as its documentation states it: target, largest-remainder allocation, smallest keys. */
class SpotCheckDrawTest {
    private static List<SpotCheckDraw.Entry> frame(Map<String, Integer> sizes) {
        List<SpotCheckDraw.Entry> out = new ArrayList<>();
        long id = 1;
        for (Map.Entry<String, Integer> s : sizes.entrySet()) {
            for (int i = 0; i < s.getValue(); i++, id++) {
                out.add(new SpotCheckDraw.Entry(id, String.format("91140000MA%08d", id), s.getKey()));
            }
        }
        return out;
    }

    @Test
    void targetsRoundUp() {
        assertEquals(20, SpotCheckDraw.target(200, 10));
        assertEquals(1, SpotCheckDraw.target(7, 3), "at least 3% of 7 is one enterprise");
        assertEquals(4, SpotCheckDraw.target(31, 10));
        assertEquals(31, SpotCheckDraw.target(31, 100));
        assertEquals(0, SpotCheckDraw.target(0, 10));
    }

    @Test
    void placesGoByLargestRemainder() {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        sizes.put("煤矿", 13);
        sizes.put("危险化学品", 11);
        sizes.put("建筑施工", 7);
        // n = 4 of 31: exact shares 1.677, 1.419, 0.903 → floors 1, 1, 0; two places left, to the largest remainders
        Map<String, Integer> q = SpotCheckDraw.quotas(sizes, 4);
        assertEquals(Map.of("煤矿", 2, "危险化学品", 1, "建筑施工", 1), q, "remainders .903 and .677 beat .419");
        assertEquals(4, q.values().stream().mapToInt(Integer::intValue).sum());
        Map<String, Integer> tie = SpotCheckDraw.quotas(Map.of("甲", 5, "乙", 5), 1);
        assertEquals(1, tie.get("乙") + tie.get("甲"));
        assertEquals(1, tie.get("乙"), "equal remainders and sizes: the first name in Unicode order (乙 U+4E59 < 甲 U+7532)");
    }

    @Test
    void aStratifiedDrawIsReproducibleAndNeverRepeats() {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        sizes.put("煤矿", 80);
        sizes.put("危险化学品", 60);
        sizes.put("建筑施工", 40);
        sizes.put("烟花爆竹", 20);
        List<SpotCheckDraw.Entry> frame = frame(sizes);
        List<SpotCheckDraw.Entry> a = SpotCheckDraw.draw(frame, 10, "20261207");
        assertEquals(20, a.size());
        Map<String, Integer> bySector = new LinkedHashMap<>();
        a.forEach(e -> bySector.merge(e.sector(), 1, Integer::sum));
        assertEquals(Map.of("煤矿", 8, "危险化学品", 6, "建筑施工", 4, "烟花爆竹", 2), bySector);
        assertEquals(20, new HashSet<>(a).size());
        assertEquals(a, SpotCheckDraw.draw(frame, 10, "20261207"));
        List<SpotCheckDraw.Entry> shuffled = new ArrayList<>(frame);
        java.util.Collections.reverse(shuffled);
        assertEquals(new HashSet<>(a), new HashSet<>(SpotCheckDraw.draw(shuffled, 10, "20261207")), "order of the frame is irrelevant");
        assertNotEquals(new HashSet<>(a), new HashSet<>(SpotCheckDraw.draw(frame, 10, "20261208")));
        assertEquals(200, SpotCheckDraw.draw(frame, 100, "1").size(), "full coverage takes every enterprise");
        // the key is the documented SHA-256 of "seed:code"
        // the key is the documented SHA-256 of "seed:code" (this value from coreutils: printf 1:23 | sha256sum)
        assertEquals("8d93bab675f4c1f0bc7346230d0d3df4bb6ea7326876068a27c651b8038e70d8", SpotCheckDraw.key("1", "23"));
    }
}

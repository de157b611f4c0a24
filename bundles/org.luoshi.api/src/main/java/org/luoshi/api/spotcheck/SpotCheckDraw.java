package org.luoshi.api.spotcheck;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The draw of a spot-check sample, stated so that anyone can repeat it with the frame and the seed (a spreadsheet and a
 * SHA-256 tool suffice):
 * <ol>
 * <li>target {@code n = ⌈N × ratio / 100⌉} for a frame of {@code N} enterprises;</li>
 * <li>each sector {@code s} with {@code N_s} enterprises gets {@code ⌊N_s × n / N⌋}; the places left go one each to the
 * sectors with the largest remainders {@code N_s × n mod N} (ties: the larger sector, then the sector name in Unicode
 * order) — proportional allocation by largest remainder;</li>
 * <li>each enterprise's key is the lowercase hex SHA-256 of the UTF-8 text {@code seed + ":" + creditCode}; in each
 * sector the enterprises with the smallest keys are drawn.</li>
 * </ol>
 * A frame holds each enterprise once, so none is drawn twice.
 */
public final class SpotCheckDraw {
    /** The rule in words, as shown with every campaign. */
    public static final String ALGORITHM = "按行业领域分层、最大余数法按比例分配名额；每家企业的抽取键为 SHA-256(“种子:统一社会信用代码”) 的十六进制小写值，"
            + "各行业领域内抽取键最小的企业入选";

    private SpotCheckDraw() {
    }

    /** One enterprise of a frame. */
    public record Entry(long enterpriseId, String creditCode, String sector) {
    }

    /** How many of {@code population} enterprises a ratio (percent) asks for: ⌈N × ratio / 100⌉. */
    public static int target(int population, int ratio) {
        return (int) ((population * (long) ratio + 99) / 100);
    }

    /** The allocation of {@code n} places over sectors of the given sizes, in sector name order. */
    public static Map<String, Integer> quotas(Map<String, Integer> sizes, int n) {
        Map<String, Integer> sorted = new TreeMap<>(sizes);
        long total = sorted.values().stream().mapToLong(Integer::longValue).sum();
        Map<String, Integer> out = new LinkedHashMap<>();
        if (total == 0) {
            sorted.keySet().forEach(s -> out.put(s, 0));
            return out;
        }
        int given = 0;
        for (Map.Entry<String, Integer> e : sorted.entrySet()) {
            int q = (int) (e.getValue() * (long) n / total);
            out.put(e.getKey(), q);
            given += q;
        }
        List<String> byRemainder = new ArrayList<>(sorted.keySet());
        byRemainder.sort(Comparator.<String>comparingLong(s -> sorted.get(s) * (long) n % total).reversed()
                .thenComparing(Comparator.<String>comparingInt(sorted::get).reversed())
                .thenComparing(Comparator.naturalOrder()));
        for (int i = 0; given < n && i < byRemainder.size(); i++) {
            out.merge(byRemainder.get(i), 1, Integer::sum);
            given++;
        }
        return out;
    }

    /** An enterprise's key for a seed. */
    public static String key(String seed, String creditCode) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((seed + ":" + creditCode).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The sample: the drawn entries by sector name, then key. */
    public static List<Entry> draw(List<Entry> frame, int ratio, String seed) {
        Map<String, List<Entry>> bySector = new TreeMap<>();
        for (Entry e : frame) {
            bySector.computeIfAbsent(e.sector(), s -> new ArrayList<>()).add(e);
        }
        Map<String, Integer> sizes = new TreeMap<>();
        bySector.forEach((s, list) -> sizes.put(s, list.size()));
        Map<String, Integer> quotas = quotas(sizes, target(frame.size(), ratio));
        List<Entry> out = new ArrayList<>();
        bySector.forEach((sector, list) -> {
            Map<Entry, String> keys = new java.util.HashMap<>();
            list.forEach(e -> keys.put(e, key(seed, e.creditCode())));
            list.stream().sorted(Comparator.comparing(keys::get)).limit(quotas.get(sector)).forEach(out::add);
        });
        return out;
    }
}

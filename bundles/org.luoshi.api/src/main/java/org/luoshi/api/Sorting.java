package org.luoshi.api;

import java.util.List;
import java.util.Map;

/**
 * The order a list was asked for by a sort key, as every list takes it: a key the list names ({@code deadline}), or
 * reversed with a leading {@code -} ({@code -deadline}); ties go newest first. Any other key is refused with INVALID
 * naming the field {@code sort}.
 */
public final class Sorting {
    private Sorting() {
    }

    /** As {@link #orderBy(String, String, Map, String)} with keys that are the entity's own attribute names. */
    public static String orderBy(String sort, String alias, List<String> keys, String fallback) {
        Map<String, String> attributes = new java.util.LinkedHashMap<>();
        keys.forEach(k -> attributes.put(k, k));
        return orderBy(sort, alias, attributes, fallback);
    }

    /**
     * The JPQL {@code ORDER BY} clause (with its leading space) for {@code sort} over the entity alias {@code alias}.
     *
     * @param sort     the key asked for; null or blank: {@code fallback}
     * @param keys     the keys the list accepts, each to its entity attribute (in the order the refusal names them)
     * @param fallback the clause without a key (e.g. {@code " ORDER BY h.id DESC"})
     */
    public static String orderBy(String sort, String alias, Map<String, String> keys, String fallback) {
        if (sort == null || sort.isBlank()) {
            return fallback;
        }
        String key = sort.strip();
        boolean descending = key.startsWith("-");
        String attribute = keys.get(descending ? key.substring(1) : key);
        if (attribute == null) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, "未知的排序 “" + key + "”，可选：" + List.copyOf(keys.keySet())
                    + "（前加 - 为倒序）", Map.of("sort", "未知的排序"));
        }
        String id = alias + ".id";
        if (attribute.equals("id")) {
            return " ORDER BY " + id + (descending ? " DESC" : "");
        }
        return " ORDER BY " + alias + "." + attribute + (descending ? " DESC" : "") + ", " + id + " DESC";
    }
}

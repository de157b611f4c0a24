package org.luoshi.tipoffs.internal;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.luoshi.api.LuoshiException;

/** At most {@code max} calls per key (a client address) in a sliding window; beyond that a 429 problem. */
final class RateLimit {
    private final int max;
    private final long windowNanos;
    private final Map<String, Deque<Long>> calls = new ConcurrentHashMap<>();

    RateLimit(int max, Duration window) {
        this.max = max;
        this.windowNanos = window.toNanos();
    }

    void check(String key) {
        long now = System.nanoTime();
        Deque<Long> times = calls.computeIfAbsent(key == null ? "" : key, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && now - times.peekFirst() > windowNanos) {
                times.pollFirst();
            }
            if (times.size() >= max) {
                throw new LuoshiException(LuoshiException.Kind.TOO_MANY, "提交过于频繁，请稍后再试");
            }
            times.addLast(now);
        }
        if (calls.size() > 10000) {
            calls.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    return e.getValue().isEmpty() || now - e.getValue().peekLast() > windowNanos;
                }
            });
        }
    }
}

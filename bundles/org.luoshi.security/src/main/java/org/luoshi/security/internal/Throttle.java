package org.luoshi.security.internal;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed logins per key (a user, an address) within a sliding window: with {@code max} failures in the window the key
 * is blocked until the oldest of them leaves it. Kept in memory per node (a restart forgets it).
 */
final class Throttle {
    private final int max;
    private final long windowNanos;
    private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();

    Throttle(int max, Duration window) {
        this.max = max;
        this.windowNanos = window.toNanos();
    }

    /** Seconds until the key may try again (0: now). */
    long blockedSeconds(String key) {
        Deque<Long> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            long now = System.nanoTime();
            while (!times.isEmpty() && now - times.peekFirst() > windowNanos) {
                times.pollFirst();
            }
            if (times.size() < max) {
                return 0;
            }
            return Math.max(1, (times.peekFirst() + windowNanos - now) / 1_000_000_000L);
        }
    }

    void failed(String key) {
        Deque<Long> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(System.nanoTime());
            while (times.size() > max) {
                times.pollFirst();
            }
        }
        if (failures.size() > 100_000) {
            failures.clear(); // bounded memory under a spray of made-up names; the next failures count again
        }
    }

    void succeeded(String key) {
        failures.remove(key);
    }
}

package org.luoshi.tipoffs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.luoshi.api.LuoshiException;

class RateLimitTest {
    @Test
    void aClientIsStoppedAfterItsQuotaAndOthersAreNot() throws InterruptedException {
        RateLimit limit = new RateLimit(3, Duration.ofMillis(300));
        for (int i = 0; i < 3; i++) {
            limit.check("10.0.0.1");
        }
        LuoshiException e = assertThrows(LuoshiException.class, () -> limit.check("10.0.0.1"));
        assertEquals(LuoshiException.Kind.TOO_MANY, e.kind());
        limit.check("10.0.0.2");
        Thread.sleep(350);
        limit.check("10.0.0.1"); // the window has moved on
    }
}

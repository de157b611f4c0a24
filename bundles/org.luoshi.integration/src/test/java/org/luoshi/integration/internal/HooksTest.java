package org.luoshi.integration.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

/** Tokens, secrets, signatures, event patterns, target URLs and retry waits of integrator access. */
class HooksTest {
    @Test
    void tokensAreRandomAndOnlyTheirHashIsKept() {
        String a = Hooks.newToken();
        String b = Hooks.newToken();
        assertNotEquals(a, b);
        assertTrue(a.startsWith("lst_") && a.length() == 4 + 43, a);
        assertEquals(64, Hooks.hash(a).length());
        assertEquals(Hooks.hash(a), Hooks.hash(a));
        assertNotEquals(Hooks.hash(a), Hooks.hash(b));
        assertFalse(Hooks.hash(a).contains(a.substring(4, 12)));
        assertEquals(a.substring(0, 8) + "…", Hooks.hint(a));
    }

    @Test
    void aSignatureIsWhatTheReceiverComputesWithItsSecret() throws Exception {
        byte[] key = new byte[32];
        String secret = Hooks.secret(key, 7, "nonce");
        assertEquals(secret, Hooks.secret(key, 7, "nonce"), "derived, not stored");
        assertNotEquals(secret, Hooks.secret(key, 8, "nonce"));
        assertNotEquals(secret, Hooks.secret(key, 7, "other"));
        String body = "{\"event\":\"hazard.create\",\"record\":{\"description\":\"瓦斯超限\"}}";
        String header = Hooks.signature(secret, 1_700_000_000L, body);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = HexFormat.of().formatHex(mac.doFinal(("1700000000." + body).getBytes(StandardCharsets.UTF_8)));
        assertEquals("t=1700000000,v1=" + expected, header);
        assertNotEquals(header, Hooks.signature(secret, 1_700_000_000L, body + " "));
    }

    @Test
    void patternsNameAnActionATypesActionsOrEverything() {
        assertTrue(Hooks.validPattern("hazard.create"));
        assertTrue(Hooks.validPattern("hazard.*"));
        assertTrue(Hooks.validPattern("*"));
        assertTrue(Hooks.validPattern("accident.action.confirm"));
        assertTrue(Hooks.validPattern("service-account.revoke"));
        for (String bad : new String[] {"", "hazard", "hazard create", "*.create", "hazard.c*", "../x", "hazard.", null}) {
            assertFalse(Hooks.validPattern(bad), String.valueOf(bad));
        }
        assertTrue(Hooks.matches(List.of("hazard.create"), "hazard.create"));
        assertFalse(Hooks.matches(List.of("hazard.create"), "hazard.progress"));
        assertTrue(Hooks.matches(List.of("letter.*", "hazard.*"), "hazard.progress"));
        assertFalse(Hooks.matches(List.of("hazard.*"), "hazards.create"), "a type's prefix is not another type");
        assertTrue(Hooks.matches(List.of("*"), "tipoff.close"));
        assertFalse(Hooks.matches(List.of("*"), null));
    }

    @Test
    void targetsAreHttpWithoutCredentialsAndWithinTheAllowedHosts() {
        assertNull(Hooks.refuseUrl("https://jz.example.cn/hooks/luoshi", List.of()));
        assertNull(Hooks.refuseUrl("http://127.0.0.1:8080/x?y=1", List.of()));
        assertTrue(Hooks.refuseUrl("ftp://example.cn/x", List.of()).contains("http"));
        assertTrue(Hooks.refuseUrl("https://user:pw@example.cn/x", List.of()).contains("用户名"));
        assertTrue(Hooks.refuseUrl("https://example.cn/x#y", List.of()).contains("#"));
        assertTrue(Hooks.refuseUrl("https:///x", List.of()).contains("主机"));
        assertTrue(Hooks.refuseUrl("not a url", List.of()) != null);
        assertTrue(Hooks.refuseUrl("https://example.cn/" + "x".repeat(1000), List.of()).contains("过长"));
        assertNull(Hooks.refuseUrl("https://a.gov.cn/x", List.of("*.gov.cn")));
        assertNull(Hooks.refuseUrl("https://b.example.cn/x", List.of("b.example.cn")));
        assertTrue(Hooks.refuseUrl("https://evil.cn/x", List.of("*.gov.cn", "b.example.cn")).contains("允许"));
        assertTrue(Hooks.refuseUrl("https://gov.cn.evil.cn/x", List.of("*.gov.cn")) != null);
    }

    @Test
    void retriesWaitTwiceAsLongEachTimeUpToTheLongest() {
        assertEquals(2, Hooks.backoffSeconds(1, 2, 3600));
        assertEquals(4, Hooks.backoffSeconds(2, 2, 3600));
        assertEquals(8, Hooks.backoffSeconds(3, 2, 3600));
        assertEquals(3600, Hooks.backoffSeconds(30, 2, 3600));
        assertEquals(10, Hooks.backoffSeconds(5, 10, 10));
    }
}

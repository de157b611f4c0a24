package org.luoshi.tipoffs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.TreeMap;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.luoshi.api.security.KeyRing;

class IdentityCipherTest {
    /** Keys in memory (the file-backed ring is tested in org.luoshi.security). */
    static final class Ring implements KeyRing {
        final TreeMap<Integer, byte[]> keys = new TreeMap<>();

        @Override
        public Key current(String purpose) {
            if (keys.isEmpty()) {
                keys.put(1, IdentityCipher.newKey());
            }
            return new Key(keys.lastKey(), keys.lastEntry().getValue());
        }

        @Override
        public Optional<Key> key(String purpose, int id) {
            return Optional.ofNullable(keys.get(id)).map(k -> new Key(id, k));
        }

        @Override
        public Key rotate(String purpose) {
            keys.put(keys.isEmpty() ? 1 : keys.lastKey() + 1, IdentityCipher.newKey());
            return current(purpose);
        }

        @Override
        public int copyTo(java.nio.file.Path folder) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int retireBefore(String purpose, int keepFrom) {
            int n = keys.headMap(keepFrom).size();
            keys.headMap(keepFrom).clear();
            return n;
        }
    }

    private final Ring ring = new Ring();
    private final IdentityCipher cipher = new IdentityCipher(ring);

    @Test
    void sealedValuesOpenAndHideThePlainText() {
        String sealed = cipher.seal(7, "name", "举报人张某");
        assertTrue(sealed.startsWith("v2:1:"), sealed);
        assertFalse(sealed.contains("张"));
        assertFalse(new String(Base64.getDecoder().decode(sealed.substring(5)), StandardCharsets.UTF_8).contains("张某"));
        assertEquals("举报人张某", cipher.open(7, "name", sealed));
        assertNotEquals(sealed, cipher.seal(7, "name", "举报人张某"), "a fresh nonce every time");
    }

    @Test
    void anotherKeyRecordOrFieldOrATamperedValueIsRefused() {
        String sealed = cipher.seal(7, "contact", "13800000000");
        assertThrows(IllegalStateException.class, () -> new IdentityCipher(new Ring()).open(7, "contact", sealed));
        assertThrows(IllegalStateException.class, () -> cipher.open(7, "name", sealed), "not movable to another field");
        assertThrows(IllegalStateException.class, () -> cipher.open(8, "contact", sealed), "not movable to another record");
        char[] c = sealed.toCharArray();
        c[12] = c[12] == 'A' ? 'B' : 'A';
        assertThrows(IllegalStateException.class, () -> cipher.open(7, "contact", new String(c)));
    }

    @Test
    void afterARotationOldValuesStillOpenUntilResealed() throws Exception {
        byte[] first = ring.current(IdentityCipher.PURPOSE).bytes();
        String v1 = legacySeal(first, "reporterName", "举报人李某"); // as the first format sealed it
        String old = cipher.seal(3, "reporterName", "举报人王某");
        KeyRing.Key fresh = ring.rotate(IdentityCipher.PURPOSE);
        assertEquals(2, fresh.id());
        assertEquals("举报人李某", cipher.open(3, "reporterName", v1));
        assertEquals("举报人王某", cipher.open(3, "reporterName", old));
        assertTrue(cipher.seal(3, "reporterName", "x").startsWith("v2:2:"), "new values use the new key");
        assertFalse(IdentityCipher.sealedWith(old, 2));
        String resealed = IdentityCipher.seal(fresh, 3, "reporterName", cipher.open(3, "reporterName", old));
        ring.retireBefore(IdentityCipher.PURPOSE, 2);
        assertEquals("举报人王某", cipher.open(3, "reporterName", resealed));
        assertThrows(IllegalStateException.class, () -> cipher.open(3, "reporterName", old), "the old key is gone");
    }

    static String legacySeal(byte[] key, String field, String plain) throws Exception {
        byte[] nonce = new byte[12];
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
        c.updateAAD(field.getBytes(StandardCharsets.UTF_8));
        byte[] sealed = c.doFinal(plain.getBytes(StandardCharsets.UTF_8));
        return "v1:" + Base64.getEncoder().encodeToString(ByteBuffer.allocate(12 + sealed.length).put(nonce).put(sealed).array());
    }
}

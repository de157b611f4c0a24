package org.luoshi.tipoffs.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.luoshi.api.security.KeyRing;

/**
 * Seals reporter identity fields with AES-256-GCM under the newest key of the key ring's {@value #PURPOSE} purpose: a
 * fresh 12-byte nonce per value and, as associated data, the record's id and the field name — a sealed name cannot be
 * moved into another tip-off or into the contact column. Stored as {@code v2:<key number>:} Base64 of
 * nonce ‖ ciphertext ‖ tag. Values of the first format ({@code v1:}, key 1, the field name alone as associated data)
 * still open, and are re-sealed in the new format by a key rotation.
 */
final class IdentityCipher {
    static final String PURPOSE = "identity";
    private static final SecureRandom RANDOM = new SecureRandom();
    private final KeyRing keys;

    IdentityCipher(KeyRing keys) {
        this.keys = keys;
    }

    static byte[] newKey() {
        byte[] k = new byte[32];
        RANDOM.nextBytes(k);
        return k;
    }

    String seal(long recordId, String field, String plain) {
        return seal(keys.current(PURPOSE), recordId, field, plain);
    }

    static String seal(KeyRing.Key key, long recordId, String field, String plain) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[12];
            RANDOM.nextBytes(nonce);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key.bytes(), "AES"), new GCMParameterSpec(128, nonce));
            c.updateAAD(aad(recordId, field));
            byte[] sealed = c.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return "v2:" + key.id() + ":"
                    + Base64.getEncoder().encodeToString(ByteBuffer.allocate(12 + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal " + field, e);
        }
    }

    /** The number of the key a value was sealed with (1 for the first format), or 0 for none. */
    static int keyOf(String sealed) {
        if (sealed == null) {
            return 0;
        }
        if (sealed.startsWith("v1:")) {
            return 1;
        }
        int colon = sealed.indexOf(':', 3);
        return sealed.startsWith("v2:") && colon > 3 ? Integer.parseInt(sealed.substring(3, colon)) : 0;
    }

    /** Whether the value is sealed in the current format with the given key (nothing to re-seal). */
    static boolean sealedWith(String sealed, int keyId) {
        return sealed == null || sealed.startsWith("v2:" + keyId + ":");
    }

    String open(long recordId, String field, String sealed) {
        if (sealed == null) {
            return null;
        }
        try {
            boolean first = sealed.startsWith("v1:");
            int keyId = keyOf(sealed);
            KeyRing.Key key = keys.key(PURPOSE, keyId)
                    .orElseThrow(() -> new IllegalStateException("identity key " + keyId + " is not in the key ring"));
            byte[] all = Base64.getDecoder().decode(first ? sealed.substring(3) : sealed.substring(sealed.indexOf(':', 3) + 1));
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key.bytes(), "AES"), new GCMParameterSpec(128, all, 0, 12));
            c.updateAAD(first ? field.getBytes(StandardCharsets.UTF_8) : aad(recordId, field));
            return new String(c.doFinal(all, 12, all.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot open " + field + " (wrong key, another record's value, or tampered)", e);
        }
    }

    private static byte[] aad(long recordId, String field) {
        return ("tipoff/" + recordId + "/" + field).getBytes(StandardCharsets.UTF_8);
    }
}

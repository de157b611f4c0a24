package org.luoshi.tipoffs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class IdentityCipherTest {
    private final IdentityCipher cipher = new IdentityCipher(IdentityCipher.newKey());

    @Test
    void sealedValuesOpenAndHideThePlainText() {
        String sealed = cipher.seal("name", "举报人张某");
        assertFalse(sealed.contains("张"));
        assertFalse(new String(Base64.getDecoder().decode(sealed.substring(3)), StandardCharsets.UTF_8).contains("张某"));
        assertEquals("举报人张某", cipher.open("name", sealed));
        assertNotEquals(sealed, cipher.seal("name", "举报人张某"), "a fresh nonce every time");
    }

    @Test
    void anotherKeyOrFieldOrATamperedValueIsRefused() {
        String sealed = cipher.seal("contact", "13800000000");
        assertThrows(IllegalStateException.class, () -> new IdentityCipher(IdentityCipher.newKey()).open("contact", sealed));
        assertThrows(IllegalStateException.class, () -> cipher.open("name", sealed), "not movable to another field");
        char[] c = sealed.toCharArray();
        c[10] = c[10] == 'A' ? 'B' : 'A';
        assertThrows(IllegalStateException.class, () -> cipher.open("contact", new String(c)));
    }
}

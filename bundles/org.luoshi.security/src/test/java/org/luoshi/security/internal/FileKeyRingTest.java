package org.luoshi.security.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.api.security.KeyRing;

class FileKeyRingTest {
    @TempDir
    Path etc;

    @Test
    void keysAreMadeOnceKeptOwnerOnlyAndReadBackByANewRing() throws Exception {
        Path dir = etc.resolve("luoshi-keys");
        KeyRing ring = new FileKeyRing(dir);
        KeyRing.Key first = ring.current("identity");
        assertEquals(1, first.id());
        assertEquals(32, first.bytes().length);
        assertArrayEquals(first.bytes(), ring.current("identity").bytes(), "made once");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("identity-1.key"))));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));

        KeyRing.Key second = ring.rotate("identity");
        assertEquals(2, second.id());
        KeyRing again = new FileKeyRing(dir); // a restart
        assertEquals(2, again.current("identity").id());
        assertArrayEquals(first.bytes(), again.key("identity", 1).orElseThrow().bytes(), "older keys still open");
        assertEquals(1, again.retireBefore("identity", 2));
        assertTrue(again.key("identity", 1).isEmpty());
        assertFalse(Files.exists(dir.resolve("identity-1.key")));
        assertEquals(1, again.current("audit").id(), "purposes are separate");
    }

    @Test
    void aKeyIsAdoptedOnlyIntoAnEmptyPurpose() {
        FileKeyRing ring = new FileKeyRing(etc.resolve("k"));
        byte[] legacy = new byte[32];
        legacy[0] = 7;
        assertTrue(ring.adopt("identity", legacy));
        assertArrayEquals(legacy, ring.current("identity").bytes());
        assertFalse(ring.adopt("identity", new byte[32]), "never replaces a key");
        assertThrows(IllegalArgumentException.class, () -> ring.current("../etc/passwd"));
    }
}

package org.luoshi.api.security;

import java.util.Optional;

/**
 * The platform's secret keys (the reporter-identity key, the audit checkpoint key), kept neither in the database nor in
 * Karaf's {@code data/} folder: one file per key under {@code etc/luoshi-keys/} (folder mode 700, files 600), so that
 * {@code bin/karaf clean} keeps them and a backup carries them. A purpose may hold several numbered keys: the newest
 * seals, older ones only open what they sealed until everything is re-sealed and they are retired.
 */
public interface KeyRing {
    /** One key: its number within its purpose (1, 2, …) and its 256 bits. */
    final class Key {
        private final int id;
        private final byte[] bytes;

        public Key(int id, byte[] bytes) {
            this.id = id;
            this.bytes = bytes.clone();
        }

        public int id() {
            return id;
        }

        public byte[] bytes() {
            return bytes.clone();
        }
    }

    /** The newest key of the purpose (e.g. {@code identity}, {@code audit}), made at random on first use. */
    Key current(String purpose);

    /** The key of the purpose with that number, while it is kept. */
    Optional<Key> key(String purpose, int id);

    /** Makes a new newest key of the purpose; the older ones stay (for opening) until retired. */
    Key rotate(String purpose);

    /** Deletes the purpose's keys numbered below {@code keepFrom}; answers how many went. */
    int retireBefore(String purpose, int keepFrom);


    /** Copies every key file into {@code folder} (created owner-only), for a backup; answers how many. */
    int copyTo(java.nio.file.Path folder);
}

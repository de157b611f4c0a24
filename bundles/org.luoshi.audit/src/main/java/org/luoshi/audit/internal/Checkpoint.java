package org.luoshi.audit.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Properties;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit chain's anchor outside the database: the last committed entry's number and hash, with an HMAC-SHA256 under
 * a key that is not in the database either. Someone who can change the database but not this node's files cannot cut
 * the chain short or rewrite and rehash its end without verification noticing. Advanced after every commit that
 * appended; the file is replaced atomically.
 */
final class Checkpoint {
    private static final Logger LOG = LoggerFactory.getLogger(Checkpoint.class);

    /** What the file says; {@code authentic} is false when its MAC does not fit (the file was edited). */
    record Mark(long seq, String hash, boolean authentic) {
    }

    private final Path file;
    private final byte[] key;
    private long written = -1;

    Checkpoint(Path file, byte[] key) {
        this.file = file;
        this.key = key.clone();
        Mark m = read();
        if (m != null && m.authentic()) {
            written = m.seq();
        }
    }

    Path file() {
        return file;
    }

    /** Records the chain's end, unless a later end was recorded already (commits finish in any order). */
    synchronized void advance(long seq, String hash) {
        if (seq <= written) {
            return;
        }
        Properties p = new Properties();
        p.setProperty("seq", Long.toString(seq));
        p.setProperty("hash", hash.strip());
        p.setProperty("mac", mac(seq, hash.strip()));
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (var out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(out, "Luoshi audit chain checkpoint: last committed entry (do not edit)");
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            written = seq;
        } catch (IOException e) {
            LOG.warn("Could not write the audit checkpoint {}: {}", file, e.toString());
        }
    }

    /** The recorded end, or null when there is none yet. */
    Mark read() {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            long seq = Long.parseLong(p.getProperty("seq", "").strip());
            String hash = p.getProperty("hash", "").strip();
            byte[] expected = mac(seq, hash).getBytes(StandardCharsets.US_ASCII);
            byte[] actual = p.getProperty("mac", "").strip().getBytes(StandardCharsets.US_ASCII);
            return new Mark(seq, hash, MessageDigest.isEqual(expected, actual));
        } catch (IOException | NumberFormatException e) {
            return new Mark(-1, "", false);
        }
    }

    private String mac(long seq, String hash) {
        try {
            Mac m = Mac.getInstance("HmacSHA256");
            m.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(m.doFinal((seq + ":" + hash).getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.luoshi.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.luoshi.api.audit.AuditEntryDTO;
import org.luoshi.api.audit.AuditVerificationDTO;

/** The hash of an entry covers every field and the previous entry's hash, so any edit, insertion or deletion shows. */
final class HashChain {
    static final String GENESIS = "0".repeat(64);

    private HashChain() {
    }

    static String hash(AuditEntryDTO e) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String field : new String[] {Long.toString(e.seq), e.at, e.actor, e.action, e.entityType, e.entityId,
                    e.before, e.after, e.prevHash}) {
                // length-prefixed, so that moving text between fields changes the hash
                byte[] b = field == null ? new byte[0] : field.getBytes(StandardCharsets.UTF_8);
                md.update((field == null ? "-1:" : b.length + ":").getBytes(StandardCharsets.US_ASCII));
                md.update(b);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Checks entries in order, continuing from {@code prevHash} and {@code expectedSeq}; returns the first break or null. */
    static AuditVerificationDTO check(List<AuditEntryDTO> entries, String prevHash, long expectedSeq) {
        for (AuditEntryDTO e : entries) {
            String reason = null;
            if (e.seq != expectedSeq) {
                reason = "序号不连续：应为 " + expectedSeq + "，实为 " + e.seq;
            } else if (!prevHash.equals(e.prevHash)) {
                reason = "前序哈希不符";
            } else if (!hash(e).equals(e.hash)) {
                reason = "内容与哈希不符";
            }
            if (reason != null) {
                AuditVerificationDTO v = new AuditVerificationDTO();
                v.valid = false;
                v.firstBroken = expectedSeq;
                v.reason = reason;
                return v;
            }
            prevHash = e.hash;
            expectedSeq++;
        }
        return null;
    }
}

package org.luoshi.api.audit;

/** Result of checking the hash chain: valid, or the sequence number of the first entry that does not fit. */
public class AuditVerificationDTO {
    public boolean valid;
    public long entries;
    /** Sequence number of the first broken entry, or null if the chain is intact. */
    public Long firstBroken;
    public String reason;
}

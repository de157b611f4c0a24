package org.luoshi.api.audit;

/** One entry of the audit trail: who did what to which record when, with the record before and after (JSON). */
public class AuditEntryDTO {
    public long seq;
    public String at;
    public String actor;
    public String action;
    public String entityType;
    public String entityId;
    public String before;
    public String after;
    public String prevHash;
    public String hash;
}

package org.luoshi.api.integration;

/** One event's delivery to one webhook: its attempts and their outcome. */
public class DeliveryDTO {
    /** Waiting for its next attempt. */
    public static final String PENDING = "PENDING";
    /** The receiver answered 2xx. */
    public static final String DELIVERED = "DELIVERED";
    /** Every attempt failed; retried only on request. */
    public static final String FAILED = "FAILED";

    public long id;
    public long webhook;
    /** The action, e.g. {@code hazard.create}. */
    public String event;
    public String entityType;
    public String entityId;
    /** The audit trail's sequence number of the event. */
    public long seq;
    public String status;
    public int attempts;
    /** The receiver's last HTTP status (0: no answer). */
    public int lastStatus;
    /** Why the last attempt failed, in short (no response bodies). */
    public String lastError;
    public String createdAt;
    public String lastAttemptAt;
    public String nextAttemptAt;
    public String deliveredAt;
}

package org.luoshi.api.integration;

import java.util.ArrayList;
import java.util.List;

/**
 * An event subscription (webhook): record events matching {@link #events} are POSTed to {@link #url} as JSON, the record
 * as the account may see it, signed with the subscription's secret (HMAC-SHA256).
 */
public class WebhookDTO {
    public Long id;
    /** The service account it delivers for (its units decide what is delivered). */
    public String account;
    /** http(s) URL the events are POSTed to. */
    public String url;
    /** Event patterns: an action ({@code hazard.create}), a record type's every action ({@code hazard.*}) or {@code *}. */
    public List<String> events = new ArrayList<>();
    public String createdBy;
    public String createdAt;
    /** The signing secret, only in the answer that made the subscription; never again. */
    public String secret;
    public boolean active;
    /** Deliveries by status (answers only). */
    public long delivered;
    public long pending;
    public long failed;
}

package org.luoshi.integration.internal;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

/** A subscription; its secret is not stored but derived from the key ring's webhook key and a nonce. */
@Entity
@Table(name = "LS_WEBHOOK")
public class WebhookEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "webhookIds")
    @TableGenerator(name = "webhookIds", table = "LS_SEQUENCE", pkColumnName = "NAME", valueColumnName = "NEXT_VALUE",
            pkColumnValue = "WEBHOOK", allocationSize = 10)
    Long id;
    @Column(nullable = false, length = 40)
    String account;
    @Column(nullable = false, length = 1000)
    String url;
    /** Event patterns, comma-separated. */
    @Column(nullable = false, length = 1000)
    String events;
    @Column(name = "SECRET_KEY", nullable = false)
    int secretKey;
    @Column(name = "SECRET_NONCE", nullable = false, length = 64)
    String secretNonce;
    @Column(name = "CREATED_BY", nullable = false, length = 100)
    String createdBy;
    @Column(name = "CREATED_AT", nullable = false)
    LocalDateTime createdAt;
    @Column(name = "ENDED_AT")
    LocalDateTime endedAt;
    @Column(name = "ENDED_BY", length = 100)
    String endedBy;
}

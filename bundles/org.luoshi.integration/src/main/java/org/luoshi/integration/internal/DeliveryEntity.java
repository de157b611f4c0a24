package org.luoshi.integration.internal;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

/** One event for one webhook, with the payload as it was when the event happened. */
@Entity
@Table(name = "LS_WEBHOOK_DELIVERY")
public class DeliveryEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "deliveryIds")
    @TableGenerator(name = "deliveryIds", table = "LS_SEQUENCE", pkColumnName = "NAME", valueColumnName = "NEXT_VALUE",
            pkColumnValue = "WEBHOOK_DELIVERY", allocationSize = 50)
    Long id;
    @Column(nullable = false)
    long webhook;
    @Column(nullable = false)
    long seq;
    @Column(nullable = false, length = 100)
    String event;
    @Column(name = "ENTITY_TYPE", nullable = false, length = 50)
    String entityType;
    @Column(name = "ENTITY_ID", nullable = false, length = 200)
    String entityId;
    @Lob
    @Column(nullable = false)
    String payload;
    @Column(nullable = false, length = 12)
    String status;
    @Column(nullable = false)
    int attempts;
    @Column(name = "LAST_STATUS")
    Integer lastStatus;
    @Column(name = "LAST_ERROR", length = 300)
    String lastError;
    @Column(name = "CREATED_AT", nullable = false)
    LocalDateTime createdAt;
    @Column(name = "LAST_ATTEMPT_AT")
    LocalDateTime lastAttemptAt;
    @Column(name = "NEXT_AT")
    LocalDateTime nextAt;
    @Column(name = "DELIVERED_AT")
    LocalDateTime deliveredAt;
}

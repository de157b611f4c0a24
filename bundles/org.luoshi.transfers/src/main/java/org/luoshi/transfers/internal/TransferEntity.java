package org.luoshi.transfers.internal;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.Version;

/** A transfer as stored; its sources as "|type:id|" keys (for the one-case-one-transfer rule), shares as JSON. */
@Entity
@Table(name = "LS_TRANSFER")
public class TransferEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "transferIds")
    @TableGenerator(name = "transferIds", table = "LS_SEQUENCE", pkColumnName = "NAME", valueColumnName = "NEXT_VALUE",
            pkColumnValue = "TRANSFER", allocationSize = 20)
    Long id;
    @Column(nullable = false, length = 40)
    String jurisdiction;
    @Column(nullable = false, length = 24)
    String situation;
    @Column(nullable = false, length = 200)
    String fromUnit;
    @Column(nullable = false, length = 200)
    String toUnit;
    @Column(length = 200)
    String otherRegion;
    @Column(length = 200)
    String coordinator;
    @Column(nullable = false, length = 8000)
    String facts;
    @Column(nullable = false, length = 2000)
    String sourceKeys;
    @Column(nullable = false, length = 12)
    String status;
    @Column(nullable = false, length = 100)
    String sentBy;
    @Column(nullable = false)
    LocalDateTime sentAt;
    @Column(length = 100)
    String acceptedBy;
    LocalDateTime acceptedAt;
    @Column(length = 12)
    String outcome;
    @Column(length = 4000)
    String outcomeNote;
    LocalDateTime concludedAt;
    @Column(length = 16000)
    String sharesJson;
    @Version
    Long version;
}

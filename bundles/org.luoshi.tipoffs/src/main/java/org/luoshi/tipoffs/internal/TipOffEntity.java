package org.luoshi.tipoffs.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.Version;

/**
 * A tip-off as stored. The reporter's name and contact are AES-GCM ciphertext ({@link IdentityCipher}); the receipt code
 * is kept only as its SHA-256; handlers, sighted units, materials and routes as JSON.
 */
@Entity
@Table(name = "LS_TIPOFF", indexes = {@Index(name = "LS_TIPOFF_JUR", columnList = "JURISDICTION,STATUS"),
        @Index(name = "LS_TIPOFF_RECEIPT", columnList = "RECEIPT_HASH", unique = true)})
public class TipOffEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "tipOffIds")
    @TableGenerator(name = "tipOffIds", table = "LS_SEQUENCE", pkColumnName = "NAME", valueColumnName = "NEXT_VALUE",
            pkColumnValue = "TIPOFF", allocationSize = 20)
    Long id;
    @Column(name = "JURISDICTION", nullable = false, length = 40)
    String jurisdiction;
    @Column(nullable = false, length = 12)
    String channel;
    @Column(nullable = false)
    LocalDate receivedOn;
    @Column(name = "UNIT_ID", nullable = false, length = 200)
    String unit;
    @Column(nullable = false, length = 200)
    String registeringUnit;
    @Column(length = 500)
    String subject;
    @Column(nullable = false, length = 8000)
    String content;
    @Column(length = 500)
    String place;
    boolean anonymous;
    @Column(length = 1000)
    String reporterNameSealed;
    @Column(length = 1000)
    String reporterContactSealed;
    @Column(length = 10)
    String replyChannel;
    @Column(name = "STATUS", nullable = false, length = 16)
    String status;
    @Column(nullable = false)
    LocalDate acceptDeadline;
    @Column(name = "DECIDED_ON")
    LocalDate decidedOn;
    @Column(name = "ENTERPRISE_ID")
    Long enterpriseId;
    @Column(name = "ENTERPRISE_NAME", length = 200)
    String enterpriseName;
    @Column(length = 2000)
    String decisionNote;
    @Column(length = 32000)
    String materialsJson;
    @Column(length = 8000)
    String routesJson;
    /** User names of the case's handlers (who may see the reporter's identity). */
    @Column(nullable = false, length = 2000)
    String handlersJson;
    /** Units that keep sight of it (every unit it passed through). */
    @Column(nullable = false, length = 4000)
    String sightJson;
    @Column(length = 24)
    String outcome;
    @Column(length = 2000)
    String outcomeAction;
    Long hazardId;
    @Column(length = 4000)
    String reply;
    @Column(length = 8000)
    String report;
    LocalDateTime closedAt;
    BigDecimal rewardAmount;
    @Column(length = 200)
    String rewardApprovedBy;
    LocalDateTime rewardApprovedAt;
    LocalDateTime rewardPaidAt;
    @Column(length = 1000)
    String rewardPaymentRecord;
    @Column(name = "RECEIPT_HASH", nullable = false, length = 64)
    String receiptHash;
    @Column(nullable = false, length = 100)
    String registeredBy;
    @Column(nullable = false)
    LocalDateTime registeredAt;
    @Version
    Long version;
}

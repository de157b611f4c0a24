package org.luoshi.accidents.internal;

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

/** A production safety accident as stored (see {@code AccidentDTO}). */
@Entity
@Table(name = "LS_ACCIDENT", indexes = {
        @Index(name = "LS_ACCIDENT_TERRITORY", columnList = "JURISDICTION,TERRITORY,OCCURREDON"),
        @Index(name = "LS_ACCIDENT_UNIT", columnList = "UNIT_ID")})
public class AccidentEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "accidentIds")
    @TableGenerator(name = "accidentIds", table = "LS_SEQUENCE", pkColumnName = "NAME", valueColumnName = "NEXT_VALUE",
            pkColumnValue = "ACCIDENT", allocationSize = 20)
    Long id;
    @Column(nullable = false, length = 40)
    String jurisdiction;
    @Column(name = "UNIT_ID", nullable = false, length = 200)
    String unit;
    @Column(nullable = false, length = 200)
    String territory;
    @Column(nullable = false)
    LocalDateTime occurredAt;
    /** The day of {@link #occurredAt}: what the rules' windows count by. */
    @Column(nullable = false)
    LocalDate occurredOn;
    @Column(nullable = false, length = 500)
    String place;
    @Column(nullable = false, length = 40)
    String sector;
    @Column(name = "ACCIDENT_LEVEL", nullable = false, length = 20)
    String level;
    @Column(nullable = false)
    int deaths;
    @Column(nullable = false)
    int seriousInjuries;
    @Column(nullable = false, precision = 14, scale = 2)
    BigDecimal directLoss;
    @Column(length = 200)
    String enterprise;
    @Column(name = "ENTERPRISE_ID")
    Long enterpriseId;
    @Column(nullable = false, length = 8000)
    String facts;
    @Column(length = 12)
    String reportingIssue;
    @Column(nullable = false, length = 16)
    String status;
    @Column(nullable = false, length = 100)
    String createdBy;
    @Column(nullable = false)
    LocalDateTime createdAt;
    @Version
    Long version;
}

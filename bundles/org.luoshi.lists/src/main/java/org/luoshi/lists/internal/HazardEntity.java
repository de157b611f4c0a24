package org.luoshi.lists.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.Version;

import org.luoshi.api.hazard.HazardSource;
import org.luoshi.api.hazard.HazardStatus;

/** A row of the hazard list as stored; never leaves this bundle (services hand out {@code HazardDTO}). */
@Entity
@Table(name = "LS_HAZARD", indexes = {
        @Index(name = "LS_HAZARD_UNIT", columnList = "UNIT_ID"),
        @Index(name = "LS_HAZARD_JUR", columnList = "JURISDICTION,STATUS")})
public class HazardEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "hazardIds")
    @TableGenerator(name = "hazardIds", table = "LS_SEQUENCE", pkColumnName = "NAME", valueColumnName = "NEXT_VALUE",
            pkColumnValue = "HAZARD", allocationSize = 50)
    Long id;

    @Column(nullable = false, length = 40)
    String jurisdiction;
    @Column(name = "UNIT_ID", nullable = false, length = 200)
    String unit;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    HazardSource source;
    @Column(length = 200)
    String inspectionUnit;
    @Column(length = 100)
    String inspector;
    LocalDate inspectionDate;
    @Column(length = 100)
    String inspectionMethod;
    @Column(nullable = false, length = 4000)
    String description;
    boolean major;
    boolean listed;
    @Column(length = 4000)
    String measures;
    @Column(length = 200)
    String rectificationUnit;
    @Column(length = 100)
    String rectificationResponsible;
    LocalDate deadline;
    @Column(length = 4000)
    String progress;
    LocalDate completedOn;
    @Column(length = 4000)
    String recurrencePrevention;
    @Column(length = 4000)
    String review;
    @Column(length = 200)
    String reviewUnit;
    /** The unit that reviews and accepts the rectification: the one that found it, or the one that listed it. */
    @Column(length = 200)
    String reviewingUnit;
    @Column(name = "ENTERPRISE_ID")
    Long enterpriseId;
    @Column(name = "ENTERPRISE_NAME", length = 200)
    String enterpriseName;
    @Column(length = 100)
    String reviewer;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    HazardStatus status;
    @Column(nullable = false, length = 100)
    String createdBy;
    @Column(nullable = false)
    LocalDateTime createdAt;
    @Column(nullable = false)
    LocalDateTime updatedAt;
    @Version
    Long version;
}

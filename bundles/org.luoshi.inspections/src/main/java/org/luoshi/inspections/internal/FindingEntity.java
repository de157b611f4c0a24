package org.luoshi.inspections.internal;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

/** A finding of an inspection; {@code hazardId} links the hazard-list entry made from it. */
@Entity
@Table(name = "LS_FINDING", indexes = {@Index(name = "LS_FINDING_INSPECTION", columnList = "INSPECTION_ID"),
        @Index(name = "LS_FINDING_HAZARD", columnList = "HAZARD_ID")})
public class FindingEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "findingIds")
    @TableGenerator(name = "findingIds", table = "LS_SEQUENCE", pkColumnName = "NAME", valueColumnName = "NEXT_VALUE",
            pkColumnValue = "FINDING", allocationSize = 50)
    Long id;
    @Column(name = "INSPECTION_ID", nullable = false)
    Long inspectionId;
    @Column(nullable = false, length = 4000)
    String description;
    @Column(name = "UNIT_ID", nullable = false, length = 200)
    String unit;
    boolean major;
    @Column(name = "HAZARD_ID")
    Long hazardId;
    LocalDate closedOn;
    @Column(length = 2000)
    String closingNote;
}

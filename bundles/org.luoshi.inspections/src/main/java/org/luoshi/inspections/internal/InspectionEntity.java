package org.luoshi.inspections.internal;

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

/** An inspection as stored; group members and methods as JSON arrays. */
@Entity
@Table(name = "LS_INSPECTION", indexes = {@Index(name = "LS_INSPECTION_ORG", columnList = "ORGANIZER"),
        @Index(name = "LS_INSPECTION_INSPECTED", columnList = "INSPECTED_UNIT")})
public class InspectionEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "inspectionIds")
    @TableGenerator(name = "inspectionIds", table = "LS_SEQUENCE", pkColumnName = "NAME", valueColumnName = "NEXT_VALUE",
            pkColumnValue = "INSPECTION", allocationSize = 20)
    Long id;
    @Column(nullable = false, length = 40)
    String jurisdiction;
    @Column(nullable = false, length = 20)
    String kind;
    @Column(length = 20)
    String triggerKind;
    @Column(nullable = false, length = 200)
    String title;
    @Column(name = "ORGANIZER", nullable = false, length = 200)
    String organizer;
    @Column(length = 200)
    String groupLead;
    @Column(length = 2000)
    String groupMembersJson;
    @Column(name = "INSPECTED_UNIT", nullable = false, length = 200)
    String inspectedUnit;
    @Column(name = "ENTERPRISE_ID")
    Long enterpriseId;
    @Column(name = "ENTERPRISE_NAME", length = 200)
    String enterpriseName;
    @Column(nullable = false)
    LocalDate startDate;
    LocalDate endDate;
    @Column(length = 500)
    String methodsJson;
    LocalDate feedbackDate;
    @Column(length = 8000)
    String feedback;
    LocalDate reportDate;
    @Column(length = 8000)
    String report;
    @Column(length = 8000)
    String similarCases;
    @Column(nullable = false, length = 12)
    String status;
    @Column(nullable = false, length = 100)
    String createdBy;
    @Column(nullable = false)
    LocalDateTime createdAt;
    @Version
    Long version;
}

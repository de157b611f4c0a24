package org.luoshi.lists.internal;

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

/** A row of an office's key work task list as stored; never leaves this bundle. */
@Entity
@Table(name = "LS_TASK", indexes = {
        @Index(name = "LS_TASK_UNIT", columnList = "UNIT_ID,TASK_YEAR"),
        @Index(name = "LS_TASK_JUR", columnList = "JURISDICTION")})
public class TaskEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "taskIds")
    @TableGenerator(name = "taskIds", table = "LS_SEQUENCE", pkColumnName = "NAME", valueColumnName = "NEXT_VALUE",
            pkColumnValue = "TASK", allocationSize = 50)
    Long id;
    @Column(nullable = false, length = 40)
    String jurisdiction;
    @Column(name = "UNIT_ID", nullable = false, length = 200)
    String unit;
    @Column(name = "TASK_YEAR", nullable = false)
    int year;
    Integer catalogNumber;
    /** The part of the catalog task (e.g. a sector of Lüliang's task 11); null for the whole task. */
    @Column(name = "CATALOG_PART", length = 100)
    String part;
    @Column(name = "LEAD_UNIT", length = 200)
    String lead;
    @Column(name = "TARGET_COUNT")
    Integer target;
    @Column(length = 500)
    String targetWhat;
    @Column(length = 2000)
    String note;
    /** A recurring counted duty's period (catalog column every, e.g. MONTH:2023-05-01); null for a yearly target. */
    @Column(name = "TARGET_EVERY", length = 30)
    String every;
    @Column(length = 4000)
    String mainTask;
    @Column(nullable = false, length = 4000)
    String measure;
    @Column(length = 1000)
    String responsibleUnits;
    @Column(length = 500)
    String responsiblePersons;
    @Column(length = 200)
    String deadlineText;
    @Column(nullable = false, length = 10)
    String deadlineKind;
    LocalDate deadlineDate;
    /** Who settled the deadline's date by a correction (the printed text kept), and why; null when not corrected. */
    @Column(name = "DEADLINE_CORRECTED_BY", length = 100)
    String deadlineCorrectedBy;
    @Column(name = "DEADLINE_CORRECTION", length = 500)
    String deadlineCorrection;
    LocalDate completedOn;
    @Column(nullable = false, length = 100)
    String createdBy;
    @Column(nullable = false)
    LocalDateTime createdAt;
    @Column(nullable = false)
    LocalDateTime updatedAt;
    @Version
    Long version;
}

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

/** A dated progress entry or supervision note on a task; entries are only ever added. */
@Entity
@Table(name = "LS_TASK_ENTRY", indexes = @Index(name = "LS_TASK_ENTRY_TASK", columnList = "TASK_ID"))
public class TaskEntryEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "taskEntryIds")
    @TableGenerator(name = "taskEntryIds", table = "LS_SEQUENCE", pkColumnName = "NAME", valueColumnName = "NEXT_VALUE",
            pkColumnValue = "TASK_ENTRY", allocationSize = 50)
    Long id;
    @Column(name = "TASK_ID", nullable = false)
    long taskId;
    @Column(nullable = false, length = 12)
    String kind;
    @Column(nullable = false)
    LocalDate entryDate;
    @Column(nullable = false, length = 100)
    String person;
    @Column(nullable = false, length = 4000)
    String text;
    /** How many of the task's counted duty this progress entry reports done; null when it counts nothing. */
    @Column(name = "ENTRY_COUNT")
    Integer count;
    @Column(nullable = false, length = 100)
    String recordedBy;
    @Column(nullable = false)
    LocalDateTime recordedAt;
}

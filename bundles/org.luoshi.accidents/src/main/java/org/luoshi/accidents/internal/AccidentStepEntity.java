package org.luoshi.accidents.internal;

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

/** A follow-up step of an accident; steps are only ever added. */
@Entity
@Table(name = "LS_ACCIDENT_STEP", indexes = @Index(name = "LS_ACCIDENT_STEP_ACC", columnList = "ACCIDENT_ID"))
public class AccidentStepEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "accidentStepIds")
    @TableGenerator(name = "accidentStepIds", table = "LS_SEQUENCE", pkColumnName = "NAME", valueColumnName = "NEXT_VALUE",
            pkColumnValue = "ACCIDENT_STEP", allocationSize = 20)
    Long id;
    @Column(name = "ACCIDENT_ID", nullable = false)
    long accidentId;
    @Column(nullable = false, length = 20)
    String kind;
    @Column(nullable = false)
    LocalDate stepDate;
    @Column(nullable = false, length = 4000)
    String text;
    @Column(nullable = false, length = 100)
    String recordedBy;
    @Column(nullable = false)
    LocalDateTime recordedAt;
}

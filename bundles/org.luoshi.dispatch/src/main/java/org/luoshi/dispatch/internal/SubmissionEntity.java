package org.luoshi.dispatch.internal;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.UniqueConstraint;

/** A unit's report for a period of a cycle, as stored; one per unit and period. */
@Entity
@Table(name = "LS_SUBMISSION", uniqueConstraints = @UniqueConstraint(name = "LS_SUBMISSION_ONCE",
        columnNames = {"JURISDICTION", "CYCLE_ID", "PERIOD_INDEX", "UNIT_ID"}))
public class SubmissionEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "submissionIds")
    @TableGenerator(name = "submissionIds", table = "LS_SEQUENCE", pkColumnName = "NAME", valueColumnName = "NEXT_VALUE",
            pkColumnValue = "SUBMISSION", allocationSize = 50)
    Long id;
    @Column(name = "JURISDICTION", nullable = false, length = 40)
    String jurisdiction;
    @Column(name = "CYCLE_ID", nullable = false, length = 80)
    String cycleId;
    @Column(name = "PERIOD_INDEX", nullable = false)
    int periodIndex;
    @Column(nullable = false, length = 100)
    String periodLabel;
    @Column(name = "UNIT_ID", nullable = false, length = 200)
    String unit;
    @Column(length = 4000)
    String note;
    @Column(nullable = false, length = 100)
    String submittedBy;
    @Column(nullable = false)
    LocalDateTime submittedAt;
    @Column(nullable = false, length = 40)
    String due;
    boolean late;
}

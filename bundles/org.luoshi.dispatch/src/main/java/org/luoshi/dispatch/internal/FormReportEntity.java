package org.luoshi.dispatch.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.UniqueConstraint;

/** A submitted table of a report form: typed values and the computed figures frozen at submission (JSON). */
@Entity
@Table(name = "LS_FORM_REPORT", uniqueConstraints = @UniqueConstraint(name = "LS_FORM_REPORT_ONCE",
        columnNames = {"JURISDICTION", "CYCLE_ID", "PERIOD_INDEX", "UNIT_ID", "TABLE_ID"}))
public class FormReportEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "formReportIds")
    @TableGenerator(name = "formReportIds", table = "LS_SEQUENCE", pkColumnName = "NAME", valueColumnName = "NEXT_VALUE",
            pkColumnValue = "FORM_REPORT", allocationSize = 20)
    Long id;
    @Column(name = "JURISDICTION", nullable = false, length = 40)
    String jurisdiction;
    @Column(name = "CYCLE_ID", nullable = false, length = 80)
    String cycleId;
    @Column(name = "PERIOD_INDEX", nullable = false)
    int periodIndex;
    @Column(name = "UNIT_ID", nullable = false, length = 200)
    String unit;
    @Column(name = "TABLE_ID", nullable = false, length = 80)
    String table;
    @Column(name = "SCOPE_UNIT", nullable = false, length = 200)
    String scope;
    @Column(nullable = false)
    LocalDate figuresFrom;
    @Column(nullable = false)
    LocalDate cutOff;
    @Lob
    @Column(nullable = false)
    String valuesJson;
    @Column(nullable = false, length = 100)
    String submittedBy;
    @Column(nullable = false)
    LocalDateTime submittedAt;
    boolean late;
    /** The corrections (更正), oldest first, each with the values before and after (JSON); null before the first. */
    @Lob
    String correctionsJson;
}

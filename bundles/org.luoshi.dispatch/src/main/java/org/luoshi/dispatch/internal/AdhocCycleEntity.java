package org.luoshi.dispatch.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.Version;

/** 不定期书面调度: a reporting cycle an office set up itself; its id on the API is {@code adhoc-<id>}. */
@Entity
@Table(name = "LS_ADHOC_CYCLE")
public class AdhocCycleEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "adhocCycleIds")
    @TableGenerator(name = "adhocCycleIds", table = "LS_SEQUENCE", pkColumnName = "NAME", valueColumnName = "NEXT_VALUE",
            pkColumnValue = "ADHOC_CYCLE", allocationSize = 1)
    Long id;
    @Column(nullable = false, length = 40)
    String jurisdiction;
    @Column(nullable = false, length = 100)
    String name;
    @Column(length = 500)
    String rrule;
    @Column(name = "STARTDAY", nullable = false)
    LocalDate start;
    @Column(name = "UNTILDAY")
    LocalDate until;
    @Column(length = 5)
    String dueTime;
    boolean rollToWorkingDay;
    @Column(length = 20)
    String periodKind;
    int periodOffset;
    /** One line per milestone: {@code yyyy-MM-dd name}. */
    @Column(length = 4000)
    String milestones;
    @Column(name = "RECEIVER", nullable = false, length = 200)
    String receiver;
    /** Unit ids, comma-separated. */
    @Column(nullable = false, length = 4000)
    String reporters;
    @Column(nullable = false, length = 100)
    String createdBy;
    @Column(nullable = false)
    LocalDateTime createdAt;
    @Column(name = "RETIREDON")
    LocalDate retiredOn;
    @Version
    Long version;
}

package org.luoshi.dispatch.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

/** A dispatch meeting as stored; unit lists comma-separated, assignments as JSON (with the ids of their tasks). */
@Entity
@Table(name = "LS_MEETING", indexes = @Index(name = "LS_MEETING_UNIT", columnList = "UNIT_ID"))
public class MeetingEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "meetingIds")
    @TableGenerator(name = "meetingIds", table = "LS_SEQUENCE", pkColumnName = "NAME", valueColumnName = "NEXT_VALUE",
            pkColumnValue = "MEETING", allocationSize = 20)
    Long id;
    @Column(nullable = false, length = 40)
    String jurisdiction;
    @Column(name = "UNIT_ID", nullable = false, length = 200)
    String unit;
    @Column(nullable = false, length = 12)
    String kind;
    @Column(name = "MEETING_DATE", nullable = false)
    LocalDate date;
    @Column(nullable = false, length = 200)
    String title;
    @Column(length = 4000)
    String attendingUnits;
    @Column(length = 4000)
    String progress;
    @Column(length = 4000)
    String experience;
    @Lob
    String assignmentsJson;
    @Column(length = 2000)
    String laggards;
    @Column(nullable = false, length = 100)
    String createdBy;
    @Column(nullable = false)
    LocalDateTime createdAt;
}

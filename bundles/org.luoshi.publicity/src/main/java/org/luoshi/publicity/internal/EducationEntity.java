package org.luoshi.publicity.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

/** A warning-education item as stored; organisers and attendees as JSON arrays of unit ids. */
@Entity
@Table(name = "LS_EDUCATION")
public class EducationEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "educationIds")
    @TableGenerator(name = "educationIds", table = "LS_SEQUENCE", pkColumnName = "NAME", valueColumnName = "NEXT_VALUE",
            pkColumnValue = "EDUCATION", allocationSize = 20)
    Long id;
    @Column(nullable = false, length = 40)
    String jurisdiction;
    @Column(nullable = false, length = 12)
    String kind;
    @Column(nullable = false, length = 200)
    String title;
    @Column(name = "EDU_DATE", nullable = false)
    LocalDate date;
    @Column(nullable = false, length = 4000)
    String organizersJson;
    @Column(nullable = false, length = 8000)
    String attendeesJson;
    Integer participants;
    @javax.persistence.Column(name = "ACCIDENT_ID")
    Long accidentId;
    @Column(length = 2000)
    String note;
    @Column(nullable = false, length = 100)
    String createdBy;
    @Column(nullable = false)
    LocalDateTime createdAt;
}

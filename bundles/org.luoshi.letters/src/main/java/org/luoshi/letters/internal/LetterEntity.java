package org.luoshi.letters.internal;

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
import javax.persistence.UniqueConstraint;

/** A letter as stored; its number is unique per issuing unit and year. */
@Entity
@Table(name = "LS_LETTER", indexes = {@Index(name = "LS_LETTER_ISSUER", columnList = "ISSUER"),
        @Index(name = "LS_LETTER_RECIPIENT", columnList = "RECIPIENT")},
        uniqueConstraints = @UniqueConstraint(name = "LS_LETTER_NUMBER", columnNames = {"ISSUER", "NUMBER_YEAR", "SERIAL"}))
public class LetterEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "letterIds")
    @TableGenerator(name = "letterIds", table = "LS_SEQUENCE", pkColumnName = "NAME", valueColumnName = "NEXT_VALUE",
            pkColumnValue = "LETTER", allocationSize = 20)
    Long id;
    @Column(nullable = false, length = 40)
    String jurisdiction;
    @Column(nullable = false, length = 12)
    String kind;
    @Column(nullable = false, length = 20)
    String situation;
    @Column(name = "ISSUER", nullable = false, length = 200)
    String issuer;
    @Column(name = "RECIPIENT", nullable = false, length = 200)
    String recipient;
    @Column(name = "NUMBER_YEAR")
    Integer numberYear;
    @Column(name = "SERIAL")
    Integer serial;
    @Column(length = 100)
    String number;
    @Column(nullable = false, length = 200)
    String title;
    @Column(nullable = false, length = 8000)
    String body;
    @Column(length = 4000)
    String requiredResponse;
    @Column(nullable = false)
    LocalDate responseDeadline;
    @Column(nullable = false, length = 10)
    String status;
    LocalDateTime sentAt;
    @Column(length = 100)
    String sentBy;
    LocalDateTime signedAt;
    @Column(length = 100)
    String signedBy;
    @Column(length = 8000)
    String plan;
    @Column(length = 8000)
    String report;
    LocalDateTime answeredAt;
    @Column(length = 100)
    String answeredBy;
    @Column(length = 20)
    String sourceType;
    Long sourceId;
    @Column(nullable = false, length = 100)
    String createdBy;
    @Column(nullable = false)
    LocalDateTime createdAt;
}

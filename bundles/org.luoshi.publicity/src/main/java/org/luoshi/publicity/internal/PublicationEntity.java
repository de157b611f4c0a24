package org.luoshi.publicity.internal;

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

/** A publication as stored. */
@Entity
@Table(name = "LS_PUBLICATION", indexes = {@Index(name = "LS_PUBLICATION_STATUS", columnList = "STATUS,UNIT_ID")})
public class PublicationEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "publicationIds")
    @TableGenerator(name = "publicationIds", table = "LS_SEQUENCE", pkColumnName = "NAME", valueColumnName = "NEXT_VALUE",
            pkColumnValue = "PUBLICATION", allocationSize = 20)
    Long id;
    @Column(nullable = false, length = 40)
    String jurisdiction;
    @Column(nullable = false, length = 16)
    String kind;
    @Column(name = "UNIT_ID", nullable = false, length = 200)
    String unit;
    @Column(nullable = false, length = 200)
    String title;
    @Column(nullable = false, length = 32000)
    String body;
    @Column(length = 7)
    String month;
    @Column(length = 20)
    String sourceType;
    Long sourceId;
    @Column(length = 2000)
    String redactions;
    @Column(name = "STATUS", nullable = false, length = 12)
    String status;
    @Column(nullable = false, length = 100)
    String createdBy;
    @Column(length = 100)
    String submittedBy;
    @Column(length = 100)
    String approvedBy;
    LocalDateTime publishedAt;
    @Column(length = 100)
    String withdrawnBy;
    LocalDateTime withdrawnAt;
    @Column(length = 2000)
    String note;
    @Column(nullable = false)
    LocalDateTime createdAt;
    @Version
    Long version;
}

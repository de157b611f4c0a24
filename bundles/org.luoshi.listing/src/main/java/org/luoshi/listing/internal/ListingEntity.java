package org.luoshi.listing.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.Version;

import org.luoshi.api.listing.ListingStatus;

/** A listed major hazard as stored: the columns of form 附件3; notice and plan as JSON; never leaves this bundle. */
@Entity
@Table(name = "LS_LISTING", indexes = {
        @Index(name = "LS_LISTING_UNIT", columnList = "UNIT_ID"),
        @Index(name = "LS_LISTING_LISTER", columnList = "LISTING_UNIT"),
        @Index(name = "LS_LISTING_HAZARD", columnList = "HAZARD_ID")})
public class ListingEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "listingIds")
    @TableGenerator(name = "listingIds", table = "LS_SEQUENCE", pkColumnName = "NAME", valueColumnName = "NEXT_VALUE",
            pkColumnValue = "LISTING", allocationSize = 20)
    Long id;
    @Column(name = "HAZARD_ID", nullable = false)
    long hazardId;
    @Column(nullable = false, length = 40)
    String jurisdiction;
    @Column(name = "UNIT_ID", nullable = false, length = 200)
    String unit;
    @Column(nullable = false, length = 4000)
    String hazardDescription;
    @Column(nullable = false)
    LocalDate listedOn;
    @Column(name = "LISTING_UNIT", nullable = false, length = 200)
    String listingUnit;
    @Column(length = 100)
    String listingResponsible;
    @Column(length = 200)
    String designatedBy;
    @Column(length = 2000)
    String supervisingDepartments;
    boolean escalated;
    @Column(length = 200)
    String rectificationUnit;
    @Column(length = 100)
    String rectificationResponsible;
    @Column(length = 4000)
    String measures;
    @Column(nullable = false)
    LocalDate deadline;
    boolean fixNow;
    @Column(length = 4000)
    String progress;
    LocalDate completedOn;
    @Column(length = 4000)
    String review;
    @Column(length = 200)
    String reviewUnit;
    @Column(length = 100)
    String reviewer;
    @Column(length = 200)
    String acceptanceDocument;
    @Column(length = 200)
    String delegatedReviewUnit;
    LocalDate delistedOn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    ListingStatus status;
    @Lob
    String noticeJson;
    @Lob
    String planJson;
    @Column(nullable = false, length = 100)
    String createdBy;
    @Column(nullable = false)
    LocalDateTime createdAt;
    @Column(nullable = false)
    LocalDateTime updatedAt;
    @Version
    Long version;
}

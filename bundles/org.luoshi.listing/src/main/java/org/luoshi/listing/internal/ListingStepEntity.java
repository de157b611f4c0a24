package org.luoshi.listing.internal;

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

/** One recorded step of the supervision process: a tracking entry, an extension request, or a follow-up (as JSON). */
@Entity
@Table(name = "LS_LISTING_STEP", indexes = @Index(name = "LS_LISTING_STEP_LISTING", columnList = "LISTING_ID"))
public class ListingStepEntity {
    static final String TRACKING = "TRACKING";
    static final String EXTENSION = "EXTENSION";
    static final String FOLLOW_UP = "FOLLOW_UP";
    static final String PROGRESS = "PROGRESS";
    static final String SIGN_OFF = "SIGN_OFF";

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "listingStepIds")
    @TableGenerator(name = "listingStepIds", table = "LS_SEQUENCE", pkColumnName = "NAME", valueColumnName = "NEXT_VALUE",
            pkColumnValue = "LISTING_STEP", allocationSize = 50)
    Long id;
    @Column(name = "LISTING_ID", nullable = false)
    long listingId;
    @Column(nullable = false, length = 12)
    String kind;
    @Lob
    @Column(nullable = false)
    String json;
    @Column(nullable = false)
    LocalDateTime recordedAt;
}

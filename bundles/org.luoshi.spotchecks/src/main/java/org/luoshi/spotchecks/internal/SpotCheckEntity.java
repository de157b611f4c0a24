package org.luoshi.spotchecks.internal;

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

/** A spot-check campaign as stored; its sectors joined by 、. */
@Entity
@Table(name = "LS_SPOT_CHECK")
public class SpotCheckEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "spotCheckIds")
    @TableGenerator(name = "spotCheckIds", table = "LS_SEQUENCE", pkColumnName = "NAME", valueColumnName = "NEXT_VALUE",
            pkColumnValue = "SPOT_CHECK", allocationSize = 20)
    Long id;
    @Column(nullable = false, length = 40)
    String jurisdiction;
    @Column(nullable = false, length = 200)
    String organizer;
    @Column(nullable = false, length = 200)
    String region;
    @Column(nullable = false, length = 200)
    String title;
    @Column(length = 1000)
    String sectors;
    @Column(nullable = false)
    int ratio;
    @Column(name = "MINIMUM_RATIO", nullable = false)
    int minimumRatio;
    @Column(name = "LEVEL_LABEL", length = 20)
    String levelLabel;
    @Column(length = 1000)
    String basis;
    @Column(name = "START_DATE", nullable = false)
    LocalDate startDate;
    @Column(name = "DUE_DATE", nullable = false)
    LocalDate dueDate;
    @Column(nullable = false, length = 12)
    String status;
    @Column(length = 40)
    String seed;
    @Column(name = "DRAWN_BY", length = 100)
    String drawnBy;
    @Column(name = "DRAWN_AT")
    LocalDateTime drawnAt;
    Integer population;
    Integer target;
    @Column(name = "CANCEL_REASON", length = 1000)
    String cancelReason;
    @Column(name = "CREATED_BY", nullable = false, length = 100)
    String createdBy;
    @Column(name = "CREATED_AT", nullable = false)
    LocalDateTime createdAt;
    @Version
    Long version;
}

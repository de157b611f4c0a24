package org.luoshi.ranking.internal;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.Version;

/** A month of an evaluation: its figures as JSON, kept (DRAFT) or frozen (PUBLISHED). */
@Entity
@Table(name = "LS_RANKING")
public class RankingEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "rankingIds")
    @TableGenerator(name = "rankingIds", table = "LS_SEQUENCE", pkColumnName = "NAME", valueColumnName = "NEXT_VALUE",
            pkColumnValue = "RANKING", allocationSize = 20)
    Long id;
    @Column(nullable = false, length = 100)
    String evaluation;
    @Column(name = "RANK_MONTH", nullable = false, length = 7)
    String month;
    @Column(nullable = false, length = 12)
    String status;
    @Lob
    @Column(nullable = false)
    String snapshot;
    @Column(name = "COMPUTED_AT", nullable = false)
    LocalDateTime computedAt;
    @Column(name = "COMPUTED_BY", nullable = false, length = 100)
    String computedBy;
    @Column(name = "PUBLISHED_AT")
    LocalDateTime publishedAt;
    @Column(name = "PUBLISHED_BY", length = 100)
    String publishedBy;
    @Column(name = "PUBLICATION_ID")
    Long publicationId;
    @Version
    Long version;
}

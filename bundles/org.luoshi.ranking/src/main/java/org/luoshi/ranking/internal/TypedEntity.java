package org.luoshi.ranking.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

/** A typed indicator's value for a unit and month, with its reason. */
@Entity
@Table(name = "LS_RANKING_TYPED")
public class TypedEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "rankingTypedIds")
    @TableGenerator(name = "rankingTypedIds", table = "LS_SEQUENCE", pkColumnName = "NAME", valueColumnName = "NEXT_VALUE",
            pkColumnValue = "RANKING", allocationSize = 20)
    Long id;
    @Column(nullable = false, length = 100)
    String evaluation;
    @Column(name = "RANK_MONTH", nullable = false, length = 7)
    String month;
    @Column(name = "UNIT_ID", nullable = false, length = 200)
    String unit;
    @Column(name = "INDICATOR_ID", nullable = false, length = 60)
    String indicator;
    @Column(name = "TYPED_VALUE", nullable = false, precision = 12, scale = 2)
    BigDecimal value;
    @Column(nullable = false, length = 1000)
    String reason;
    @Column(name = "ENTERED_BY", nullable = false, length = 100)
    String enteredBy;
    @Column(name = "ENTERED_AT", nullable = false)
    LocalDateTime enteredAt;
}

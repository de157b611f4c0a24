package org.luoshi.accidents.internal;

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

/**
 * A rule that fired: the accidents that made it fire ({@code |id|id|}), why, and what it drafted (JSON list of
 * actions). {@link #key} (jurisdiction, rule, territory and the accidents) is unique: one firing for them, even when two
 * nodes evaluate at once.
 */
@Entity
@Table(name = "LS_ACCIDENT_FIRING", indexes = @Index(name = "LS_ACCIDENT_FIRING_TER", columnList = "JURISDICTION,TERRITORY"))
public class FiringEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "accidentFiringIds")
    @TableGenerator(name = "accidentFiringIds", table = "LS_SEQUENCE", pkColumnName = "NAME",
            valueColumnName = "NEXT_VALUE", pkColumnValue = "ACCIDENT_FIRING", allocationSize = 20)
    Long id;
    @Column(nullable = false, length = 40)
    String jurisdiction;
    @Column(nullable = false, length = 40)
    String ruleId;
    @Column(nullable = false, length = 200)
    String ruleName;
    @Column(name = "RULESOURCE", length = 500)
    String source;
    @Column(nullable = false, length = 200)
    String territory;
    @Column(name = "FIRINGKEY", nullable = false, length = 700, unique = true)
    String key;
    @Column(nullable = false, length = 2000)
    String accidentIds;
    @Column(nullable = false, length = 2000)
    String explanation;
    @Column(nullable = false, length = 8000)
    String actionsJson;
    @Column(nullable = false)
    LocalDateTime firedAt;
    @Version
    Long version;
}

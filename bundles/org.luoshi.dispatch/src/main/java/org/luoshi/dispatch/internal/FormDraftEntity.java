package org.luoshi.dispatch.internal;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.Version;

/** The typed values of an open table kept for later (暂存), one per jurisdiction, cycle, period, unit and table. */
@Entity
@Table(name = "LS_FORM_DRAFT")
public class FormDraftEntity {
    /** jurisdiction|cycle|period|unit|table */
    @Id
    @Column(name = "DRAFT_KEY", length = 500)
    String key;
    @Lob
    @Column(nullable = false)
    String valuesJson;
    @Column(nullable = false, length = 100)
    String savedBy;
    @Column(nullable = false)
    LocalDateTime savedAt;
    @Version
    Long version;

    static String key(String jurisdiction, String cycle, int period, String unit, String table) {
        return jurisdiction + "|" + cycle + "|" + period + "|" + unit + "|" + table;
    }
}

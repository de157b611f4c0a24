package org.luoshi.people.internal;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A profile as stored, keyed by the login. */
@Entity
@Table(name = "LS_PERSON")
public class PersonEntity {
    @Id
    @Column(length = 100)
    String login;
    @Column(nullable = false, length = 50)
    String name;
    @Column(length = 100)
    String title;
    @Column(name = "UNIT_ID", length = 200)
    String unit;
    @Column(length = 40)
    String phone;
    @Column(nullable = false)
    LocalDateTime updatedAt;
    @Column(nullable = false, length = 100)
    String updatedBy;
    @Version
    Long version;
}

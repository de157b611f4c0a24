package org.luoshi.integration.internal;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A service account; of its token only a SHA-256 hash and the first characters are kept. */
@Entity
@Table(name = "LS_SERVICE_ACCOUNT")
public class ServiceAccountEntity {
    @Id
    @Column(length = 40)
    String name;
    @Column(nullable = false, length = 200)
    String title;
    /** Unit ids, comma-separated. */
    @Column(nullable = false, length = 2000)
    String units;
    @Column(name = "ACCESS_LEVEL", nullable = false, length = 20)
    String access;
    @Column(name = "CREATED_BY", nullable = false, length = 100)
    String createdBy;
    @Column(name = "CREATED_AT", nullable = false)
    LocalDateTime createdAt;
    @Column(name = "TOKEN_HASH", nullable = false, length = 64, unique = true)
    String tokenHash;
    @Column(name = "TOKEN_HINT", nullable = false, length = 20)
    String tokenHint;
    @Column(name = "TOKEN_ISSUED_AT", nullable = false)
    LocalDateTime tokenIssuedAt;
    @Column(name = "LAST_USED_AT")
    LocalDateTime lastUsedAt;
    @Column(name = "LAST_USED_FROM", length = 64)
    String lastUsedFrom;
    @Column(name = "REVOKED_AT")
    LocalDateTime revokedAt;
    @Column(name = "REVOKED_BY", length = 100)
    String revokedBy;
    @Version
    Long version;
}

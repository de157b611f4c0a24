package org.luoshi.api.integration;

import java.util.ArrayList;
import java.util.List;

/**
 * A service account (接入账号): an integrator's program, not a person. It sees what its units see; with access
 * {@link #READ} it only reads. Its token is shown once, when made ({@link #token}); the platform keeps only a hash.
 */
public class ServiceAccountDTO {
    /** Reads only: every write is refused. */
    public static final String READ = "READ";
    /** Reads and writes as its units may. */
    public static final String READ_WRITE = "READ_WRITE";

    /** The account's name: 3–40 of a–z, 0–9 and "-", starting with a letter (its calls are audited as svc:name). */
    public String name;
    /** What it is for, e.g. "公安局执法系统对接". */
    public String title;
    /** The units it acts for (dotted unit ids); it sees their records and those below them. */
    public List<String> units = new ArrayList<>();
    /** The units' names, as the unit register has them (answers only). */
    public List<String> unitNames = new ArrayList<>();
    /** {@link #READ} or {@link #READ_WRITE}. */
    public String access;
    public String createdBy;
    public String createdAt;
    /** The first characters of the current token, to tell tokens apart (never enough to use one). */
    public String tokenHint;
    /** The token, only in the answer that made it (creation, renewal); never again. */
    public String token;
    public String tokenIssuedAt;
    /** Last authenticated call (recorded at most once a minute) and from which address. */
    public String lastUsedAt;
    public String lastUsedFrom;
    public String revokedAt;
    public String revokedBy;
    /** Whether the token works: not revoked. */
    public boolean active;
}

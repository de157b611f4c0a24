package org.luoshi.api.security;

import java.util.Optional;

import org.luoshi.api.Actor;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Checks an integrator's API token (a service account's, 接入账号). The REST and SOAP faces accept a token next to HTTP
 * Basic: as {@code Authorization: Bearer <token>}, or as the password of HTTP Basic with the account's name as user
 * (for SOAP clients that only speak Basic). The actor it answers carries the account's units and, for a read-only token,
 * {@link Actor#ROLE_READ_ONLY}.
 */
@ProviderType
public interface TokenAuthenticator {
    /** Every token starts so (then 43 characters of base64url: 256 random bits). */
    String TOKEN_PREFIX = "lst_";

    /** Whether the text has the form of a token (a Basic password that is a token is checked as one). */
    static boolean looksLikeToken(String text) {
        return text != null && text.startsWith(TOKEN_PREFIX);
    }

    /**
     * The account's actor for a valid token that is not revoked — and, when {@code account} is not null, is that
     * account's — else empty; never throws for a bad token. Records the use (when, from which address; at most once a
     * minute per account).
     */
    Optional<Actor> authenticateToken(String account, String token, String address);
}

package org.luoshi.api.integration;

import java.util.List;

import org.luoshi.api.Actor;
import org.osgi.annotation.versioning.ProviderType;

/** Service accounts and their API tokens; administrators only (decided here). Every change is audited. */
@ProviderType
public interface ServiceAccounts {
    List<ServiceAccountDTO> list(Actor actor);

    ServiceAccountDTO get(Actor actor, String name);

    /** Makes the account and its first token; the answer carries the token, the only time it is shown. */
    ServiceAccountDTO create(Actor actor, ServiceAccountDTO in);

    /** A new token for the account; the old one stops working at once. The answer carries the new token. */
    ServiceAccountDTO renewToken(Actor actor, String name);

    /** Revokes the account: its token stops working at once and its webhooks stop; its records and history stay. */
    ServiceAccountDTO revoke(Actor actor, String name);
}

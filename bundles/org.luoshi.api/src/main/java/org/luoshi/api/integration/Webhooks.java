package org.luoshi.api.integration;

import java.util.List;

import org.luoshi.api.Actor;
import org.luoshi.api.PageDTO;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Event subscriptions. A service account subscribes for itself; an administrator may subscribe for any account and sees
 * every subscription. Deliveries are made from the audit trail's events (OSGi EventAdmin, topic
 * {@code org/luoshi/records/<type>}), with the record read from its module as the account may see it.
 */
@ProviderType
public interface Webhooks {
    /** The record types whose events can be delivered now (a running module reads them). */
    List<String> types();

    List<WebhookDTO> list(Actor actor);

    /** Subscribes; the answer carries the signing secret, the only time it is shown. */
    WebhookDTO subscribe(Actor actor, WebhookDTO in);

    /** Ends a subscription; its pending deliveries are not attempted again. */
    WebhookDTO unsubscribe(Actor actor, long id);

    /** A subscription's deliveries, newest first. */
    PageDTO<DeliveryDTO> deliveries(Actor actor, long webhookId, int offset, int limit);

    /** Attempts a delivery again now (a failed one too), with its original payload. */
    DeliveryDTO retry(Actor actor, long deliveryId);
}

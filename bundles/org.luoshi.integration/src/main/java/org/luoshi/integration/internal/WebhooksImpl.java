package org.luoshi.integration.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.luoshi.api.Actor;
import org.luoshi.api.FieldCheck;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.PageDTO;
import org.luoshi.api.audit.AuditTrail;
import org.luoshi.api.integration.DeliveryDTO;
import org.luoshi.api.integration.WebhookDTO;
import org.luoshi.api.integration.Webhooks;
import org.luoshi.api.link.RecordLinks;
import org.luoshi.api.link.RecordReader;
import org.luoshi.api.security.KeyRing;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Webhooks on the audit trail's events. For each committed record event (EventAdmin topic
 * {@code org/luoshi/records/*}) and each subscription whose patterns match its action, the record is read from its
 * module as the subscribing account may see it — not seen, not delivered — and a delivery is stored with that payload,
 * then POSTed, signed with HMAC-SHA256. A failed attempt is retried with a doubling wait, up to the configured number
 * of attempts; every delivery keeps its status. Deliveries are claimed in the database before they are attempted, so
 * nodes sharing it do not send one twice.
 */
@Component(service = {Webhooks.class, EventHandler.class}, configurationPid = WebhooksImpl.PID,
        property = EventConstants.EVENT_TOPIC + "=" + AuditTrail.TOPIC_PREFIX + "*")
@Designate(ocd = WebhooksImpl.Config.class)
public class WebhooksImpl implements Webhooks, EventHandler {
    private static final Logger LOG = LoggerFactory.getLogger(WebhooksImpl.class);
    static final String PID = "org.luoshi.webhooks";
    /** The key ring's purpose of the key webhook secrets are derived from. */
    static final String KEY_PURPOSE = "webhook";
    /** Audited reads, not changes: who looked at a reporter's identity is nobody else's business. */
    static final java.util.Set<String> READS = java.util.Set.of("tipoff.identity-view");

    @ObjectClassDefinition(name = "事件订阅（Webhook）", description = "向接入方推送记录事件：重试与接收地址范围")
    public @interface Config {
        @AttributeDefinition(name = "最多尝试次数", description = "一次推送失败后按等待时间加倍重试，直至达到此次数", min = "1", max = "30")
        int maxAttempts() default 10;

        @AttributeDefinition(name = "首次重试等待（秒）", min = "1", max = "3600")
        int firstRetrySeconds() default 2;

        @AttributeDefinition(name = "最长重试等待（秒）", min = "1", max = "86400")
        int maxRetrySeconds() default 3600;

        @AttributeDefinition(name = "接收方超时（秒）", min = "1", max = "60")
        int timeoutSeconds() default 5;

        @AttributeDefinition(name = "允许的接收主机", required = false,
                description = "为空则任何主机；否则只能推送到这些主机（*.example.cn 表示其下所有主机）")
        String[] allowedHosts() default {};
    }

    private final JpaTemplate jpa;
    private final ServiceAccountsImpl accounts;
    private final KeyRing keys;
    private final AuditTrail audit;
    private final int maxAttempts;
    private final long firstRetry;
    private final long maxRetry;
    private final Duration timeout;
    private final List<String> allowedHosts;
    private final Map<String, RecordReader> readers = new java.util.concurrent.ConcurrentHashMap<>();
    /** Events become deliveries here, one at a time and in order. */
    private final ExecutorService intake = Executors.newSingleThreadExecutor(r -> thread(r, "luoshi-webhook-intake"));
    /** Looks for due deliveries (every second, and at once when new ones are stored). */
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> thread(r, "luoshi-webhook-poll"));
    /** Attempts deliveries, a few side by side (one slow receiver does not hold up the others for long). */
    private final ExecutorService senders = Executors.newFixedThreadPool(4, r -> thread(r, "luoshi-webhook-send"));
    private final AtomicBoolean pollQueued = new AtomicBoolean();
    private final HttpClient http;

    private static Thread thread(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @Activate
    public WebhooksImpl(@Reference(target = "(osgi.unit.name=luoshi-integration)") JpaTemplate jpa,
            @Reference ServiceAccountsImpl accounts, @Reference KeyRing keys, @Reference AuditTrail audit, Config config) {
        this.jpa = jpa;
        this.accounts = accounts;
        this.keys = keys;
        this.audit = audit;
        this.maxAttempts = Math.max(1, config.maxAttempts());
        this.firstRetry = Math.max(1, config.firstRetrySeconds());
        this.maxRetry = Math.max(firstRetry, config.maxRetrySeconds());
        this.timeout = Duration.ofSeconds(Math.max(1, config.timeoutSeconds()));
        this.allowedHosts = config.allowedHosts() == null ? List.of()
                : Arrays.stream(config.allowedHosts()).filter(h -> h != null && !h.isBlank()).toList();
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
        poller.scheduleWithFixedDelay(this::pollSafely, 1, 1, TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() {
        intake.shutdownNow();
        poller.shutdownNow();
        senders.shutdownNow();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindReader(RecordReader reader, Map<String, Object> properties) {
        Object type = properties.get(RecordLinks.TYPE);
        if (type != null) {
            readers.put(type.toString(), reader);
        }
    }

    void unbindReader(RecordReader reader, Map<String, Object> properties) {
        Object type = properties.get(RecordLinks.TYPE);
        if (type != null) {
            readers.remove(type.toString(), reader);
        }
    }

    // ---- events become deliveries -----------------------------------------------------------------------------------

    @Override
    public void handleEvent(Event event) {
        // EventAdmin's thread must not wait for the database or for records to be read: queue it
        try {
            intake.execute(() -> {
                try {
                    intake(event);
                } catch (RuntimeException e) {
                    LOG.warn("A record event could not be turned into webhook deliveries: {}", e.toString());
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException stopping) {
            // the module is stopping
        }
    }

    private void intake(Event event) {
        Object seqProperty = event.getProperty(AuditTrail.EVENT_SEQ);
        String action = (String) event.getProperty(AuditTrail.EVENT_ACTION);
        String type = (String) event.getProperty(AuditTrail.EVENT_ENTITY_TYPE);
        String id = (String) event.getProperty(AuditTrail.EVENT_ENTITY_ID);
        if (!(seqProperty instanceof Long seq) || action == null || type == null || id == null || READS.contains(action)) {
            return;
        }
        RecordReader reader = readers.get(type);
        if (reader == null) {
            return; // no running module shows this type: nobody can be shown it
        }
        List<WebhookEntity> hooks = activeHooks();
        boolean stored = false;
        for (WebhookEntity w : hooks) {
            if (!Hooks.matches(patterns(w), action)) {
                continue;
            }
            Optional<Actor> subscriber = accounts.activeActor(w.account);
            if (subscriber.isEmpty()) {
                continue;
            }
            Object record;
            try {
                record = reader.read(subscriber.get(), id);
            } catch (LuoshiException notTheirs) {
                continue; // the account may not see it: it is not told it happened
            } catch (RuntimeException e) {
                LOG.warn("Reading {} {} for webhook {} failed: {}", type, id, w.id, e.toString());
                continue;
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("event", action);
            body.put("seq", seq);
            body.put("at", event.getProperty(AuditTrail.EVENT_AT));
            body.put("actor", event.getProperty(AuditTrail.EVENT_ACTOR));
            body.put("entityType", type);
            body.put("entityId", id);
            body.put("record", record);
            String payload = Json.of(body);
            try {
                jpa.tx(TransactionType.Required, em -> {
                    DeliveryEntity d = new DeliveryEntity();
                    d.webhook = w.id;
                    d.seq = seq;
                    d.event = action.length() > 100 ? action.substring(0, 100) : action;
                    d.entityType = type;
                    d.entityId = id.length() > 200 ? id.substring(0, 200) : id;
                    d.payload = payload;
                    d.status = DeliveryDTO.PENDING;
                    d.attempts = 0;
                    d.createdAt = now();
                    d.nextAt = d.createdAt;
                    em.persist(d);
                });
                stored = true;
            } catch (RuntimeException duplicate) {
                LOG.debug("Delivery of event {} to webhook {} already stored", seq, w.id);
            }
        }
        if (stored) {
            pollSoon();
        }
    }

    /** The subscriptions in force, read at most every two seconds (at once after a change on this node). */
    private List<WebhookEntity> activeHooks() {
        Active a = active;
        long now = System.nanoTime();
        if (a == null || now - a.at > ACTIVE_NANOS) {
            List<WebhookEntity> hooks = jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                    "SELECT w FROM WebhookEntity w WHERE w.endedAt IS NULL ORDER BY w.id", WebhookEntity.class)
                    .getResultList());
            a = new Active(List.copyOf(hooks), now);
            active = a;
        }
        return a.hooks;
    }

    private record Active(List<WebhookEntity> hooks, long at) {
    }

    private static final long ACTIVE_NANOS = TimeUnit.SECONDS.toNanos(2);
    private volatile Active active;

    // ---- deliveries are attempted -----------------------------------------------------------------------------------

    private void pollSoon() {
        if (pollQueued.compareAndSet(false, true)) {
            try {
                poller.execute(this::pollSafely);
            } catch (java.util.concurrent.RejectedExecutionException stopping) {
                pollQueued.set(false);
            }
        }
    }

    private void pollSafely() {
        pollQueued.set(false);
        try {
            poll();
        } catch (RuntimeException e) {
            LOG.warn("Looking for due webhook deliveries failed: {}", e.toString());
        }
    }

    /** Claims the due deliveries (moving their next attempt past the attempt's timeout) and hands them to senders. */
    private void poll() {
        LocalDateTime now = now();
        List<Long> due = jpa.txExpr(TransactionType.Required, em -> em.createQuery("SELECT d.id FROM DeliveryEntity d "
                + "WHERE d.status = ?1 AND d.nextAt <= ?2 ORDER BY d.nextAt", Long.class)
                .setParameter(1, DeliveryDTO.PENDING).setParameter(2, now).setMaxResults(50).getResultList());
        for (Long id : due) {
            LocalDateTime lease = now().plus(timeout.multipliedBy(3));
            int claimed = jpa.txExpr(TransactionType.Required, em -> em.createQuery("UPDATE DeliveryEntity d SET "
                    + "d.nextAt = ?1 WHERE d.id = ?2 AND d.status = ?3 AND d.nextAt <= ?4").setParameter(1, lease)
                    .setParameter(2, id).setParameter(3, DeliveryDTO.PENDING).setParameter(4, now).executeUpdate());
            if (claimed == 1) {
                senders.execute(() -> {
                    try {
                        attempt(id);
                    } catch (RuntimeException e) {
                        LOG.warn("Webhook delivery {} failed to run: {}", id, e.toString());
                    }
                });
            }
        }
    }

    private void attempt(long id) {
        DeliveryEntity d = jpa.txExpr(TransactionType.Required, em -> em.find(DeliveryEntity.class, id));
        WebhookEntity w = d == null ? null : jpa.txExpr(TransactionType.Required, em -> em.find(WebhookEntity.class, d.webhook));
        if (d == null || !DeliveryDTO.PENDING.equals(d.status)) {
            return;
        }
        if (w == null || w.endedAt != null || accounts.activeActor(w.account).isEmpty()) {
            finish(id, DeliveryDTO.FAILED, d.attempts, 0, "订阅已取消或接入账号已停用", null);
            return;
        }
        Optional<KeyRing.Key> key = keys.key(KEY_PURPOSE, w.secretKey);
        if (key.isEmpty()) {
            finish(id, DeliveryDTO.FAILED, d.attempts, 0, "签名密钥已停用，请重新订阅", null);
            return;
        }
        String secret = Hooks.secret(key.get().bytes(), w.id, w.secretNonce);
        long t = System.currentTimeMillis() / 1000;
        int attempts = d.attempts + 1;
        int status = 0;
        String error = null;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(w.url)).timeout(timeout)
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .header("User-Agent", "Luoshi-Webhook/1")
                    .header("X-Luoshi-Event", d.event)
                    .header("X-Luoshi-Delivery", String.valueOf(d.id))
                    .header("X-Luoshi-Attempt", String.valueOf(attempts))
                    .header("X-Luoshi-Signature", Hooks.signature(secret, t, d.payload))
                    .POST(HttpRequest.BodyPublishers.ofString(d.payload, java.nio.charset.StandardCharsets.UTF_8)).build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            status = response.statusCode();
            if (status / 100 != 2) {
                error = "接收方答复 HTTP " + status;
            }
        } catch (java.io.IOException e) {
            error = e instanceof java.net.http.HttpTimeoutException ? "接收方超时" : "无法连接接收方";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return; // stopping: the lease runs out and the delivery is attempted again
        } catch (IllegalArgumentException e) {
            error = "接收地址无效";
        }
        if (error == null) {
            finish(id, DeliveryDTO.DELIVERED, attempts, status, null, null);
        } else if (attempts >= maxAttempts) {
            finish(id, DeliveryDTO.FAILED, attempts, status, error, null);
        } else {
            finish(id, DeliveryDTO.PENDING, attempts, status, error,
                    now().plusSeconds(Hooks.backoffSeconds(attempts, firstRetry, maxRetry)));
        }
    }

    private void finish(long id, String status, int attempts, int httpStatus, String error, LocalDateTime next) {
        jpa.tx(TransactionType.Required, em -> {
            DeliveryEntity d = em.find(DeliveryEntity.class, id);
            if (d == null) {
                return;
            }
            LocalDateTime now = now();
            d.status = status;
            d.attempts = attempts;
            d.lastStatus = httpStatus;
            d.lastError = error;
            d.lastAttemptAt = attempts > 0 ? now : d.lastAttemptAt;
            d.nextAt = next;
            if (DeliveryDTO.DELIVERED.equals(status)) {
                d.deliveredAt = now;
            }
        });
    }

    // ---- subscriptions ---------------------------------------------------------------------------------------------

    @Override
    public List<String> types() {
        return readers.keySet().stream().sorted().toList();
    }

    /** Administrators see every subscription; a service account its own; nobody else any. */
    private static String scope(Actor actor) {
        if (actor.roles().contains(Actor.ROLE_ADMIN)) {
            return null;
        }
        String account = ServiceAccountsImpl.accountOf(actor);
        if (account == null) {
            throw LuoshiException.forbidden("只有接入账号（使用接入令牌）或平台管理员可以管理事件订阅");
        }
        return account;
    }

    @Override
    public List<WebhookDTO> list(Actor actor) {
        String account = scope(actor);
        return jpa.txExpr(TransactionType.Required, em -> {
            List<WebhookEntity> found = account == null
                    ? em.createQuery("SELECT w FROM WebhookEntity w ORDER BY w.id DESC", WebhookEntity.class).getResultList()
                    : em.createQuery("SELECT w FROM WebhookEntity w WHERE w.account = ?1 ORDER BY w.id DESC",
                            WebhookEntity.class).setParameter(1, account).getResultList();
            Map<Long, Map<String, Long>> counts = new java.util.HashMap<>();
            List<Long> ids = found.stream().map(w -> w.id).toList();
            // the counts of the subscriptions listed only (an account's, not every account's)
            for (Object[] row : ids.isEmpty() ? List.<Object[]>of() : em.createQuery("SELECT d.webhook, d.status, "
                    + "COUNT(d) FROM DeliveryEntity d WHERE d.webhook IN :ids GROUP BY d.webhook, d.status", Object[].class)
                    .setParameter("ids", ids).getResultList()) {
                counts.computeIfAbsent((Long) row[0], k -> new java.util.HashMap<>()).put((String) row[1], (Long) row[2]);
            }
            List<WebhookDTO> out = new ArrayList<>();
            for (WebhookEntity w : found) {
                WebhookDTO d = toDto(w);
                Map<String, Long> c = counts.getOrDefault(w.id, Map.of());
                d.delivered = c.getOrDefault(DeliveryDTO.DELIVERED, 0L);
                d.pending = c.getOrDefault(DeliveryDTO.PENDING, 0L);
                d.failed = c.getOrDefault(DeliveryDTO.FAILED, 0L);
                out.add(d);
            }
            return out;
        });
    }

    @Override
    public WebhookDTO subscribe(Actor actor, WebhookDTO in) {
        String own = scope(actor);
        if (in == null) {
            throw LuoshiException.invalid("请求内容为空");
        }
        FieldCheck v = new FieldCheck();
        String account = own != null ? own : v.text("account", "接入账号", in.account, 40, true);
        if (own != null && in.account != null && !in.account.isBlank() && !in.account.strip().equals(own)) {
            v.fail("account", "只能为本接入账号订阅");
        }
        String url = in.url == null ? null : in.url.strip();
        String refused = Hooks.refuseUrl(url, allowedHosts);
        if (refused != null) {
            v.fail("url", refused);
        }
        List<String> events = new ArrayList<>();
        if (in.events == null || in.events.isEmpty()) {
            v.fail("events", "请至少选择一种事件（如 hazard.create、hazard.* 或 *）");
        } else if (in.events.size() > 20) {
            v.fail("events", "事件不超过 20 种");
        } else {
            for (String e : in.events) {
                String p = e == null ? null : e.strip();
                if (!Hooks.validPattern(p)) {
                    v.fail("events", "事件的写法为 类型.动作（如 hazard.create）、类型.*（如 hazard.*）或 *");
                } else if (!events.contains(p)) {
                    events.add(p);
                }
            }
        }
        v.throwIfInvalid();
        if (account != null && accounts.activeActor(account).isEmpty()) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, "接入账号不存在或已停用", Map.of("account", "不存在或已停用"));
        }
        KeyRing.Key key = keys.current(KEY_PURPOSE);
        WebhookDTO out = jpa.txExpr(TransactionType.Required, em -> {
            WebhookEntity w = new WebhookEntity();
            w.account = account;
            w.url = url;
            w.events = String.join(",", events);
            w.secretKey = key.id();
            w.secretNonce = Hooks.random(24);
            w.createdBy = actor.name();
            w.createdAt = now();
            em.persist(w);
            em.flush();
            // a subscription is the account's own setting, not a record: a read-only account may subscribe
            audit.append(actor.name(), "webhook.subscribe", "webhook", w.id.toString(), null,
                    Json.of(Map.of("account", account, "url", url, "events", w.events)));
            WebhookDTO d = toDto(w);
            d.secret = Hooks.secret(key.bytes(), w.id, w.secretNonce);
            return d;
        });
        active = null;
        return out;
    }

    @Override
    public WebhookDTO unsubscribe(Actor actor, long id) {
        String account = scope(actor);
        WebhookDTO out = jpa.txExpr(TransactionType.Required, em -> {
            WebhookEntity w = find(em, account, id);
            if (w.endedAt == null) {
                w.endedAt = now();
                w.endedBy = actor.name();
                em.createQuery("UPDATE DeliveryEntity d SET d.status = ?1, d.lastError = ?2, d.nextAt = NULL "
                        + "WHERE d.webhook = ?3 AND d.status = ?4").setParameter(1, DeliveryDTO.FAILED)
                        .setParameter(2, "订阅已取消").setParameter(3, id).setParameter(4, DeliveryDTO.PENDING).executeUpdate();
                em.flush();
                audit.append(actor.name(), "webhook.unsubscribe", "webhook", w.id.toString(), "active", "ended");
            }
            return toDto(w);
        });
        active = null; // read again at the next event
        return out;
    }

    private static WebhookEntity find(EntityManager em, String account, long id) {
        WebhookEntity w = em.find(WebhookEntity.class, id);
        if (w == null || account != null && !account.equals(w.account)) {
            throw LuoshiException.notFound("事件订阅 " + id + " 不存在");
        }
        return w;
    }

    @Override
    public PageDTO<DeliveryDTO> deliveries(Actor actor, long webhookId, int offset, int limit) {
        String account = scope(actor);
        int from = Math.max(0, offset);
        int size = Math.max(1, Math.min(limit, 200));
        return jpa.txExpr(TransactionType.Required, em -> {
            find(em, account, webhookId);
            long total = em.createQuery("SELECT COUNT(d) FROM DeliveryEntity d WHERE d.webhook = ?1", Long.class)
                    .setParameter(1, webhookId).getSingleResult();
            List<DeliveryDTO> items = em.createQuery("SELECT d FROM DeliveryEntity d WHERE d.webhook = ?1 ORDER BY d.id DESC",
                    DeliveryEntity.class).setParameter(1, webhookId).setFirstResult(from).setMaxResults(size)
                    .getResultList().stream().map(WebhooksImpl::toDto).toList();
            return new PageDTO<>(new ArrayList<>(items), total, from, size);
        });
    }

    @Override
    public DeliveryDTO retry(Actor actor, long deliveryId) {
        String account = scope(actor);
        DeliveryDTO out = jpa.txExpr(TransactionType.Required, em -> {
            DeliveryEntity d = em.find(DeliveryEntity.class, deliveryId);
            if (d == null) {
                throw LuoshiException.notFound("推送记录 " + deliveryId + " 不存在");
            }
            WebhookEntity w = find(em, account, d.webhook);
            if (w.endedAt != null) {
                throw new LuoshiException(LuoshiException.Kind.CONFLICT, "订阅已取消，不能重新推送");
            }
            if (DeliveryDTO.DELIVERED.equals(d.status)) {
                throw new LuoshiException(LuoshiException.Kind.CONFLICT, "已推送成功，无需重新推送");
            }
            d.status = DeliveryDTO.PENDING;
            d.attempts = Math.min(d.attempts, maxAttempts - 1); // one more attempt at least
            d.nextAt = now();
            em.flush();
            return toDto(d);
        });
        pollSoon();
        return out;
    }

    private static List<String> patterns(WebhookEntity w) {
        return Arrays.stream(w.events.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static WebhookDTO toDto(WebhookEntity w) {
        WebhookDTO d = new WebhookDTO();
        d.id = w.id;
        d.account = w.account;
        d.url = w.url;
        d.events = new ArrayList<>(patterns(w));
        d.createdBy = w.createdBy;
        d.createdAt = ServiceAccountsImpl.text(w.createdAt);
        d.active = w.endedAt == null;
        return d;
    }

    private static DeliveryDTO toDto(DeliveryEntity e) {
        DeliveryDTO d = new DeliveryDTO();
        d.id = e.id;
        d.webhook = e.webhook;
        d.event = e.event;
        d.entityType = e.entityType;
        d.entityId = e.entityId;
        d.seq = e.seq;
        d.status = e.status;
        d.attempts = e.attempts;
        d.lastStatus = e.lastStatus == null ? 0 : e.lastStatus;
        d.lastError = e.lastError;
        d.createdAt = ServiceAccountsImpl.text(e.createdAt);
        d.lastAttemptAt = ServiceAccountsImpl.text(e.lastAttemptAt);
        d.nextAttemptAt = DeliveryDTO.PENDING.equals(e.status) ? ServiceAccountsImpl.text(e.nextAt) : null;
        d.deliveredAt = ServiceAccountsImpl.text(e.deliveredAt);
        return d;
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ServiceAccountsImpl.ZONE).truncatedTo(ChronoUnit.MILLIS);
    }
}

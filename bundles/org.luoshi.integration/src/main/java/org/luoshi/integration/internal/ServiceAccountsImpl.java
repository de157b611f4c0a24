package org.luoshi.integration.internal;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.luoshi.api.Actor;
import org.luoshi.api.FieldCheck;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.audit.AuditTrail;
import org.luoshi.api.integration.ServiceAccountDTO;
import org.luoshi.api.integration.ServiceAccounts;
import org.luoshi.api.jurisdiction.JurisdictionRegistry;
import org.luoshi.api.jurisdiction.UnitDTO;
import org.luoshi.api.security.TokenAuthenticator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Service accounts on JPA, and the check of their tokens for the REST and SOAP faces. Administrators manage accounts
 * (decided here); a token is looked up by its SHA-256, and a checked token is remembered for five seconds (a revocation
 * on this node forgets it at once; on another node it takes effect within those five seconds).
 */
@Component(service = {ServiceAccounts.class, TokenAuthenticator.class, ServiceAccountsImpl.class})
public class ServiceAccountsImpl implements ServiceAccounts, TokenAuthenticator {
    private static final Logger LOG = LoggerFactory.getLogger(ServiceAccountsImpl.class);
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** Prefix of a service account's actor name: its calls are audited as svc:name, never mistaken for a person. */
    static final String ACTOR_PREFIX = "svc:";
    private static final long REMEMBER_NANOS = TimeUnit.SECONDS.toNanos(5);
    private static final long USE_RECORD_SECONDS = 60;

    private final JpaTemplate jpa;
    private final JurisdictionRegistry jurisdictions;
    private final AuditTrail audit;
    /** Checked tokens: hash → account as read, until when. */
    private final Map<String, Checked> checked = new ConcurrentHashMap<>();

    private record Checked(String name, Actor actor, long until, LocalDateTime lastUse) {
    }

    @Activate
    public ServiceAccountsImpl(@Reference(target = "(osgi.unit.name=luoshi-integration)") JpaTemplate jpa,
            @Reference JurisdictionRegistry jurisdictions, @Reference AuditTrail audit) {
        this.jpa = jpa;
        this.jurisdictions = jurisdictions;
        this.audit = audit;
    }

    // ---- the faces' check --------------------------------------------------------------------------------------

    @Override
    public Optional<Actor> authenticateToken(String account, String token, String address) {
        if (!TokenAuthenticator.looksLikeToken(token) || token.length() > 200) {
            return Optional.empty();
        }
        String hash = Hooks.hash(token);
        long now = System.nanoTime();
        Checked c = checked.get(hash);
        if (c == null || c.until - now < 0) {
            c = jpa.txExpr(TransactionType.Required, em -> {
                List<ServiceAccountEntity> found = em.createQuery("SELECT a FROM ServiceAccountEntity a WHERE "
                        + "a.tokenHash = ?1 AND a.revokedAt IS NULL", ServiceAccountEntity.class)
                        .setParameter(1, hash).getResultList();
                return found.isEmpty() ? null
                        : new Checked(found.get(0).name, actor(found.get(0)), now + REMEMBER_NANOS, found.get(0).lastUsedAt);
            });
            if (c == null) {
                checked.remove(hash);
                LOG.warn("API token refused (unknown or revoked) from {}", address == null ? "?" : address);
                return Optional.empty();
            }
            checked.put(hash, c);
        }
        if (account != null && !account.strip().equals(c.name) && !account.strip().equals(ACTOR_PREFIX + c.name)) {
            LOG.warn("API token refused: presented for another account, from {}", address == null ? "?" : address);
            return Optional.empty();
        }
        recordUse(hash, c, address);
        return Optional.of(c.actor);
    }

    /** At most once a minute per account: when and from where it was last used. */
    private void recordUse(String hash, Checked c, String address) {
        LocalDateTime now = LocalDateTime.now(ZONE).truncatedTo(ChronoUnit.SECONDS);
        if (c.lastUse != null && c.lastUse.plusSeconds(USE_RECORD_SECONDS).isAfter(now)) {
            return;
        }
        checked.put(hash, new Checked(c.name, c.actor, c.until, now));
        try {
            jpa.tx(TransactionType.RequiresNew, em -> em.createQuery("UPDATE ServiceAccountEntity a SET a.lastUsedAt = ?1, "
                    + "a.lastUsedFrom = ?2 WHERE a.name = ?3").setParameter(1, now)
                    .setParameter(2, address == null ? null : address.length() > 64 ? address.substring(0, 64) : address)
                    .setParameter(3, c.name).executeUpdate());
        } catch (RuntimeException e) {
            LOG.warn("Recording the use of service account {} failed: {}", c.name, e.toString());
        }
    }

    /** The account's actor: its units, the service-account role, and read-only unless it may write. */
    static Actor actor(ServiceAccountEntity e) {
        Set<String> roles = new LinkedHashSet<>();
        for (String u : units(e)) {
            roles.add(Actor.UNIT_ROLE_PREFIX + u);
        }
        roles.add(Actor.ROLE_SERVICE_ACCOUNT);
        if (!ServiceAccountDTO.READ_WRITE.equals(e.access)) {
            roles.add(Actor.ROLE_READ_ONLY);
        }
        return Actor.fromRoles(ACTOR_PREFIX + e.name, roles);
    }

    /** The account's actor while it is active (for webhook deliveries), else empty. */
    Optional<Actor> activeActor(String name) {
        return jpa.txExpr(TransactionType.Required, em -> {
            ServiceAccountEntity e = em.find(ServiceAccountEntity.class, name);
            return e == null || e.revokedAt != null ? Optional.<Actor>empty() : Optional.of(actor(e));
        });
    }

    /** The account name of a service account's actor, or null for anyone else. */
    static String accountOf(Actor actor) {
        return actor.roles().contains(Actor.ROLE_SERVICE_ACCOUNT) && actor.name().startsWith(ACTOR_PREFIX)
                ? actor.name().substring(ACTOR_PREFIX.length()) : null;
    }

    static List<String> units(ServiceAccountEntity e) {
        return Arrays.stream(e.units.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    // ---- administration -------------------------------------------------------------------------------------------

    static void requireAdmin(Actor actor) {
        if (!actor.roles().contains(Actor.ROLE_ADMIN)) {
            throw LuoshiException.forbidden("只有平台管理员可以管理接入账号");
        }
    }

    @Override
    public List<ServiceAccountDTO> list(Actor actor) {
        requireAdmin(actor);
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery("SELECT a FROM ServiceAccountEntity a "
                + "ORDER BY a.createdAt DESC, a.name", ServiceAccountEntity.class).getResultList().stream()
                .map(this::toDto).toList());
    }

    @Override
    public ServiceAccountDTO get(Actor actor, String name) {
        requireAdmin(actor);
        return jpa.txExpr(TransactionType.Required, em -> toDto(find(em, name)));
    }

    private static ServiceAccountEntity find(javax.persistence.EntityManager em, String name) {
        ServiceAccountEntity e = name == null ? null : em.find(ServiceAccountEntity.class, name);
        if (e == null) {
            throw LuoshiException.notFound("接入账号 “" + (Hooks.validName(name) ? name : "") + "” 不存在");
        }
        return e;
    }

    @Override
    public ServiceAccountDTO create(Actor actor, ServiceAccountDTO in) {
        requireAdmin(actor);
        if (in == null) {
            throw LuoshiException.invalid("请求内容为空");
        }
        FieldCheck v = new FieldCheck();
        String name = v.text("name", "账号名", in.name, 40, true);
        if (name != null && !Hooks.validName(name)) {
            v.fail("name", "账号名为 3–40 个小写字母、数字或“-”，以字母开头");
        }
        String title = v.text("title", "用途", in.title, 200, true);
        String access = v.text("access", "权限", in.access, 20, true);
        if (access != null && !ServiceAccountDTO.READ.equals(access) && !ServiceAccountDTO.READ_WRITE.equals(access)) {
            v.fail("access", "权限只能是 READ（只读）或 READ_WRITE（读写）");
        }
        List<String> units = new ArrayList<>();
        if (in.units == null || in.units.isEmpty()) {
            v.fail("units", "请选择至少一个所属单位");
        } else if (in.units.size() > 20) {
            v.fail("units", "所属单位不超过 20 个");
        } else {
            for (String u : in.units) {
                if (u == null || u.isBlank() || u.length() > 200 || jurisdictions.unit(u.strip()).isEmpty()) {
                    v.fail("units", "单位不存在");
                } else if (!units.contains(u.strip())) {
                    units.add(u.strip());
                }
            }
        }
        v.throwIfInvalid();
        String token = Hooks.newToken();
        ServiceAccountDTO out = jpa.txExpr(TransactionType.Required, em -> {
            if (em.find(ServiceAccountEntity.class, name) != null) {
                throw new LuoshiException(LuoshiException.Kind.CONFLICT, "接入账号 “" + name + "” 已存在（账号名不重复使用）",
                        Map.of("name", "已存在"));
            }
            ServiceAccountEntity e = new ServiceAccountEntity();
            e.name = name;
            e.title = title;
            e.units = String.join(",", units);
            e.access = access;
            e.createdBy = actor.name();
            e.createdAt = LocalDateTime.now(ZONE).truncatedTo(ChronoUnit.SECONDS);
            e.tokenHash = Hooks.hash(token);
            e.tokenHint = Hooks.hint(token);
            e.tokenIssuedAt = e.createdAt;
            em.persist(e);
            em.flush();
            ServiceAccountDTO dto = toDto(e);
            audit.append(actor, "service-account.create", "service-account", name, null,
                    Json.of(Map.of("units", e.units, "access", access, "title", title, "token", e.tokenHint)));
            return dto;
        });
        out.token = token;
        return out;
    }

    @Override
    public ServiceAccountDTO renewToken(Actor actor, String name) {
        requireAdmin(actor);
        String token = Hooks.newToken();
        ServiceAccountDTO out = jpa.txExpr(TransactionType.Required, em -> {
            ServiceAccountEntity e = find(em, name);
            if (e.revokedAt != null) {
                throw new LuoshiException(LuoshiException.Kind.CONFLICT, "接入账号已停用，不能换发令牌");
            }
            String before = e.tokenHint;
            e.tokenHash = Hooks.hash(token);
            e.tokenHint = Hooks.hint(token);
            e.tokenIssuedAt = LocalDateTime.now(ZONE).truncatedTo(ChronoUnit.SECONDS);
            em.flush();
            audit.append(actor, "service-account.renew", "service-account", name, before, e.tokenHint);
            return toDto(e);
        });
        forget(name);
        out.token = token;
        return out;
    }

    @Override
    public ServiceAccountDTO revoke(Actor actor, String name) {
        requireAdmin(actor);
        ServiceAccountDTO out = jpa.txExpr(TransactionType.Required, em -> {
            ServiceAccountEntity e = find(em, name);
            if (e.revokedAt == null) {
                e.revokedAt = LocalDateTime.now(ZONE).truncatedTo(ChronoUnit.SECONDS);
                e.revokedBy = actor.name();
                em.flush();
                audit.append(actor, "service-account.revoke", "service-account", name, "active", "revoked");
            }
            return toDto(e);
        });
        forget(name);
        return out;
    }

    private void forget(String name) {
        checked.values().removeIf(c -> c.name.equals(name));
    }

    private ServiceAccountDTO toDto(ServiceAccountEntity e) {
        ServiceAccountDTO d = new ServiceAccountDTO();
        d.name = e.name;
        d.title = e.title;
        d.units = units(e);
        d.unitNames = d.units.stream().map(u -> jurisdictions.unit(u).map((UnitDTO x) -> x.name).orElse(u)).toList();
        d.access = e.access;
        d.createdBy = e.createdBy;
        d.createdAt = text(e.createdAt);
        d.tokenHint = e.tokenHint;
        d.tokenIssuedAt = text(e.tokenIssuedAt);
        d.lastUsedAt = text(e.lastUsedAt);
        d.lastUsedFrom = e.lastUsedFrom;
        d.revokedAt = text(e.revokedAt);
        d.revokedBy = e.revokedBy;
        d.active = e.revokedAt == null;
        return d;
    }

    static String text(LocalDateTime t) {
        return t == null ? null : t.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}

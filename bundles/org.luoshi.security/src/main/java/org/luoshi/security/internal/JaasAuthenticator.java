package org.luoshi.security.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.luoshi.api.Actor;
import org.luoshi.api.security.Authenticator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Authenticates against a JAAS realm of the container (Karaf's {@code karaf} realm by default, i.e.
 * {@code etc/users.properties}); the user's {@code unit:} roles decide what it may see.
 */
@Component(service = Authenticator.class, configurationPid = "org.luoshi.security")
@Designate(ocd = JaasAuthenticator.Config.class)
public class JaasAuthenticator implements Authenticator {
    private static final Logger LOG = LoggerFactory.getLogger(JaasAuthenticator.class);

    /** Configuration, PID {@code org.luoshi.security}. */
    @ObjectClassDefinition(name = "Luoshi authentication")
    public @interface Config {
        @AttributeDefinition(description = "JAAS realm to log in against")
        String realm() default "karaf";

        @AttributeDefinition(name = "每个用户允许的失败次数", description = "在锁定时长内某用户登录失败这么多次后，暂停该用户登录")
        int maxFailuresPerUser() default 5;

        @AttributeDefinition(name = "每个地址允许的失败次数",
                description = "在锁定时长内来自同一地址的登录失败这么多次后，暂停该地址登录（经反向代理时所有人同一地址：请调大）")
        int maxFailuresPerAddress() default 50;

        @AttributeDefinition(name = "锁定时长（分钟）", description = "失败计数的时间窗，也是暂停登录的时长")
        int lockMinutes() default 5;

        @AttributeDefinition(name = "登录验证缓存（秒）",
                description = "验证通过的用户名和密码在这段时间内不再逐次计算口令哈希（bcrypt）；用户文件一改即失效；0 为不缓存")
        int credentialCacheSeconds() default 300;
    }

    private final String realm;
    private final Throttle users;
    private final Throttle addresses;
    private final long cacheNanos;
    /** Verified logins: user → a salted digest of the password that worked, its actor, until when. Never the password. */
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final byte[] salt = new byte[32];
    private final Path usersFile;

    private record Verified(byte[] digest, Actor actor, long until, String stamp) {
    }

    @Activate
    public JaasAuthenticator(Config config) {
        if (config.realm() == null || config.realm().isBlank()) {
            throw new IllegalArgumentException("org.luoshi.security: realm must not be blank");
        }
        this.realm = config.realm();
        java.time.Duration window = java.time.Duration.ofMinutes(Math.max(1, config.lockMinutes()));
        this.users = new Throttle(Math.max(1, config.maxFailuresPerUser()), window);
        this.addresses = new Throttle(Math.max(1, config.maxFailuresPerAddress()), window);
        this.cacheNanos = java.util.concurrent.TimeUnit.SECONDS.toNanos(Math.max(0, config.credentialCacheSeconds()));
        new SecureRandom().nextBytes(salt);
        String etc = System.getProperty("karaf.etc");
        this.usersFile = (etc != null ? Paths.get(etc) : Paths.get(System.getProperty("karaf.base", "."), "etc"))
                .resolve("users.properties");
    }

    @Override
    public Optional<Actor> authenticate(String user, String password) {
        return authenticate(user, password, null);
    }

    @Override
    public Optional<Actor> authenticate(String user, String password, String address) {
        if (user == null || user.isBlank() || password == null) {
            return Optional.empty();
        }
        String who = "user:" + user.strip();
        String where = address == null ? null : "address:" + address;
        long wait = Math.max(users.blockedSeconds(who), where == null ? 0 : addresses.blockedSeconds(where));
        if (wait > 0) {
            LOG.warn("Login of '{}' refused: too many failed logins (user or address), {} s to wait", user, wait);
            throw new org.luoshi.api.LuoshiException(org.luoshi.api.LuoshiException.Kind.TOO_MANY,
                    "登录失败次数过多，请 " + Math.max(1, (wait + 59) / 60) + " 分钟后再试");
        }
        String stamp = stamp();
        Verified known = verified.get(user);
        byte[] digest = cacheNanos > 0 ? digest(user, password) : null;
        if (known != null && known.until - System.nanoTime() > 0 && known.stamp.equals(stamp)
                && MessageDigest.isEqual(known.digest, digest)) {
            return Optional.of(known.actor); // no bcrypt for a login that worked a moment ago (users file unchanged)
        }
        Optional<Actor> actor = login(user, password);
        if (actor.isPresent() && cacheNanos > 0) {
            verified.put(user, new Verified(digest, actor.get(), System.nanoTime() + cacheNanos, stamp));
        }
        if (actor.isEmpty()) {
            users.failed(who);
            if (where != null) {
                addresses.failed(where);
            }
        } else {
            users.succeeded(who);
        }
        return actor;
    }

    /** When the users file was last changed (a changed file forgets every verified login). */
    private String stamp() {
        try {
            // one stat per login, not two: this runs on every REST and SOAP request
            java.nio.file.attribute.BasicFileAttributes a = Files.readAttributes(usersFile,
                    java.nio.file.attribute.BasicFileAttributes.class);
            return a.lastModifiedTime().toMillis() + "/" + a.size();
        } catch (IOException e) {
            return "";
        }
    }

    private byte[] digest(String user, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            sha.update(user.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return sha.digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Optional<Actor> login(String user, String password) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(ProxyLoginModule.class.getClassLoader());
        try {
            Subject subject = new Subject();
            LoginContext lc = new LoginContext(realm, subject, callbacks -> {
                for (var cb : callbacks) {
                    if (cb instanceof NameCallback n) {
                        n.setName(user);
                    } else if (cb instanceof PasswordCallback p) {
                        p.setPassword(password.toCharArray());
                    } else {
                        throw new UnsupportedCallbackException(cb);
                    }
                }
            });
            lc.login();
            List<String> roles = new ArrayList<>();
            for (Principal p : subject.getPrincipals()) {
                if (p instanceof RolePrincipal) {
                    roles.add(p.getName());
                }
            }
            return Optional.of(Actor.fromRoles(user, roles));
        } catch (LoginException e) {
            LOG.warn("Login refused for user '{}': {}", user, e.getMessage());
            return Optional.empty();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}

package org.luoshi.jurisdiction.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.luoshi.api.Actor;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.audit.AuditTrail;
import org.luoshi.api.cycle.CycleDTO;
import org.luoshi.api.jurisdiction.Jurisdiction;
import org.luoshi.api.jurisdiction.JurisdictionDTO;
import org.luoshi.api.jurisdiction.PluginCheckDTO;
import org.luoshi.api.jurisdiction.PluginDTO;
import org.luoshi.api.jurisdiction.Plugins;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plugins as the administrator manages them: every bundle with the {@code Luoshi-Jurisdiction} header, its state,
 * its jar's SHA-256 and what its data supplies; and installing, upgrading, removing and rolling back plugin jars after
 * {@link PluginJar checking} them against the {@link TrustPolicy trust policy}. Changes are made one at a time, touch
 * only the plugin's own bundle (a data bundle: nothing is wired to it, so nothing else stops or refreshes) and are
 * audited; the jars are kept in the {@link PluginStore}.
 */
@Component(service = Plugins.class, configurationPid = "org.luoshi.plugins")
@Designate(ocd = PluginPolicy.class)
public class PluginsImpl implements Plugins {
    private static final Logger LOG = LoggerFactory.getLogger(PluginsImpl.class);
    /** The location of a bundle installed through 插件管理. */
    static final String LOCATION = "luoshi-plugin:";

    private final BundleContext context;
    private final JurisdictionExtender extender;
    private final PluginStore store;
    private volatile TrustPolicy policy;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile AuditTrail audit;

    @Activate
    public PluginsImpl(BundleContext context, @Reference JurisdictionExtender extender, PluginPolicy config) {
        this.context = context;
        this.extender = extender;
        String data = context.getProperty("karaf.data");
        this.store = new PluginStore(data != null ? Path.of(data, "luoshi", "plugins")
                : context.getDataFile("plugins").toPath());
        modified(config);
        reinstallMissing();
    }

    @Modified
    void modified(PluginPolicy config) {
        String etc = context.getProperty("karaf.etc");
        String home = context.getProperty("karaf.home");
        List<Path> repos = new ArrayList<>();
        repos.add(Path.of(System.getProperty("user.home"), ".m2", "repository"));
        if (home != null) {
            repos.add(Path.of(home, "system"));
        }
        policy = TrustPolicy.of(config, etc == null ? Path.of(".") : Path.of(etc), repos);
    }

    // ---- reading ------------------------------------------------------------------------------------------------

    /** Synchronized with the changes: a list never shows a plugin half removed or half upgraded. */
    @Override
    public synchronized List<PluginDTO> list(Actor actor) {
        requireAdmin(actor);
        List<PluginDTO> out = new ArrayList<>();
        List<String> present = new ArrayList<>();
        for (Bundle b : context.getBundles()) {
            if (b.getHeaders().get(JurisdictionExtender.HEADER) != null) {
                out.add(describe(b));
                present.add(b.getSymbolicName());
            }
        }
        for (PluginStore.State s : store.all()) {
            if (s.removed && !present.contains(s.bundle)) {
                out.add(removed(s));
            }
        }
        out.sort(Comparator.comparing((PluginDTO p) -> p.bundle));
        return out;
    }

    @Override
    public PluginCheckDTO check(Actor actor, byte[] jar) {
        requireAdmin(actor);
        return check(PluginJar.read(jar == null ? new byte[0] : jar, policy.maxBytes)).check;
    }

    @Override
    public byte[] fromRepository(Actor actor, String url) {
        requireAdmin(actor);
        return policy.fromRepository(url);
    }

    // ---- changing -----------------------------------------------------------------------------------------------

    @Override
    public synchronized PluginDTO install(Actor actor, byte[] bytes) {
        requireAdmin(actor);
        AuditTrail trail = requireAudit();
        Checked c = accepted(bytes);
        if (!PluginCheckDTO.INSTALL.equals(c.check.action)) {
            throw new LuoshiException(LuoshiException.Kind.CONFLICT, "插件 " + c.check.bundle + " 已安装（版本 "
                    + c.check.installedVersion + "），请使用升级");
        }
        store.saveJar(c.jar.bundle, c.jar.digest, c.jar.bytes);
        Bundle b = installBundle(c.jar);
        PluginStore.State s = store.state(c.jar.bundle).orElseGet(PluginStore.State::new);
        s.bundle = c.jar.bundle;
        s.previous = s.removed ? s.current : s.previous;
        s.previousVersion = s.removed ? s.currentVersion : s.previousVersion;
        record(s, c.jar, actor);
        trail.append(actor, "plugin.install", "plugin", c.jar.bundle, null, json(c.check));
        LOG.info("Plugin {} {} installed through 插件管理", c.jar.bundle, c.jar.version);
        return describe(b);
    }

    @Override
    public synchronized PluginDTO upgrade(Actor actor, String bundle, byte[] bytes) {
        requireAdmin(actor);
        AuditTrail trail = requireAudit();
        Bundle b = installed(bundle);
        Checked c = accepted(bytes);
        if (!bundle.equals(c.check.bundle)) {
            throw LuoshiException.invalid("上传的 jar 是插件 " + c.check.bundle + "，不是 " + bundle);
        }
        if (PluginCheckDTO.SAME.equals(c.check.action)) {
            throw new LuoshiException(LuoshiException.Kind.CONFLICT, "与已安装的版本相同（SHA-256 一致），无需升级");
        }
        PluginStore.State s = keepCurrent(b);
        String before = "{\"version\":\"" + b.getVersion() + "\",\"digest\":\"" + s.current + "\"}";
        store.saveJar(bundle, c.jar.digest, c.jar.bytes);
        update(b, c.jar.bytes, s.current);
        s.previous = s.current;
        s.previousVersion = s.currentVersion;
        record(s, c.jar, actor);
        trail.append(actor, "plugin.upgrade", "plugin", bundle, before, json(c.check));
        LOG.info("Plugin {} upgraded to {} through 插件管理 ({} changes)", bundle, c.jar.version, c.check.changes.size());
        PluginDTO out = describe(b);
        out.changes.addAll(c.check.changes);
        return out;
    }

    @Override
    public synchronized PluginDTO remove(Actor actor, String bundle) {
        requireAdmin(actor);
        AuditTrail trail = requireAudit();
        Bundle b = installed(bundle);
        PluginStore.State s = keepCurrent(b);
        String location = b.getLocation();
        try {
            b.uninstall();
        } catch (BundleException | IllegalStateException e) {
            throw new LuoshiException(LuoshiException.Kind.CONFLICT, "插件无法删除，请稍后再试");
        }
        deleteFromDeploy(location);
        s.removed = true;
        s.changedBy = actor.name();
        s.changedAt = now();
        store.save(s);
        trail.append(actor, "plugin.remove", "plugin", bundle,
                "{\"version\":\"" + s.currentVersion + "\",\"digest\":\"" + s.current + "\"}", null);
        LOG.info("Plugin {} removed through 插件管理 (its jar is kept for rollback)", bundle);
        return removed(s);
    }

    @Override
    public synchronized PluginDTO rollback(Actor actor, String bundle) {
        requireAdmin(actor);
        AuditTrail trail = requireAudit();
        if (bundle == null || !PluginJar.SYMBOLIC_NAME.matcher(bundle).matches()) {
            throw LuoshiException.notFound("没有这个插件");
        }
        PluginStore.State s = store.state(bundle)
                .orElseThrow(() -> LuoshiException.notFound("插件 " + bundle + " 没有可回退的版本"));
        Optional<Bundle> present = find(bundle);
        if (s.removed || present.isEmpty()) {
            if (present.isPresent()) {
                throw new LuoshiException(LuoshiException.Kind.CONFLICT, "插件 " + bundle + " 已在运行");
            }
            Checked c = accepted(store.jar(bundle, s.current));
            Bundle b = installBundle(c.jar);
            s.removed = false;
            s.changedBy = actor.name();
            s.changedAt = now();
            store.save(s);
            trail.append(actor, "plugin.rollback", "plugin", bundle, null, json(c.check));
            LOG.info("Removed plugin {} {} restored through 插件管理", bundle, s.currentVersion);
            return describe(b);
        }
        if (s.previous == null) {
            throw new LuoshiException(LuoshiException.Kind.CONFLICT, "插件 " + bundle + " 没有可回退的上一版本");
        }
        Bundle b = present.get();
        Checked c = accepted(store.jar(bundle, s.previous));
        String before = "{\"version\":\"" + s.currentVersion + "\",\"digest\":\"" + s.current + "\"}";
        update(b, c.jar.bytes, s.current);
        String undone = s.current;
        String undoneVersion = s.currentVersion;
        record(s, c.jar, actor);
        s.previous = undone;
        s.previousVersion = undoneVersion;
        store.save(s);
        trail.append(actor, "plugin.rollback", "plugin", bundle, before, json(c.check));
        LOG.info("Plugin {} rolled back to {} through 插件管理", bundle, c.jar.version);
        PluginDTO out = describe(b);
        out.changes.addAll(c.check.changes);
        return out;
    }

    // ---- the steps ----------------------------------------------------------------------------------------------

    /** A jar read and checked. */
    private record Checked(PluginJar jar, PluginCheckDTO check) {
    }

    private Checked accepted(byte[] bytes) {
        Checked c = check(PluginJar.read(bytes == null ? new byte[0] : bytes, policy.maxBytes));
        if (!c.check.problems.isEmpty()) {
            throw LuoshiException.invalid("插件未通过校验：" + String.join("；", c.check.problems));
        }
        if (!c.check.trusted) {
            throw LuoshiException.invalid("插件不受信任：" + c.check.trust);
        }
        return c;
    }

    private Checked check(PluginJar jar) {
        PluginCheckDTO c = new PluginCheckDTO();
        c.digest = jar.digest;
        c.size = jar.bytes.length;
        c.bundle = jar.bundle;
        c.version = jar.version;
        c.problems.addAll(jar.problems);
        if (jar.data != null) {
            JurisdictionDTO d = jar.data.descriptor();
            c.jurisdiction = d.id;
            c.name = d.name;
            c.level = d.level;
            c.parent = d.parent;
            c.units = jar.data.units().size();
            c.tasks = jar.data.catalog().size();
            c.cycles = jar.data.cycles().size();
            c.forms = (int) jar.data.cycles().stream().map((CycleDTO x) -> x.form).filter(f -> f != null).count();
            Optional<Bundle> installed = find(jar.bundle);
            if (installed.isPresent()) {
                Bundle b = installed.get();
                c.installedVersion = b.getVersion().toString();
                c.action = jar.digest.equals(digestOf(b)) ? PluginCheckDTO.SAME : PluginCheckDTO.UPGRADE;
                Jurisdiction now = jurisdiction(b);
                if (now != null) {
                    if (!now.descriptor().id.equals(d.id)) {
                        c.problems.add("升级不能改变辖区：已安装的插件提供 " + now.descriptor().id + "，上传的提供 " + d.id);
                    }
                    c.changes.addAll(PluginDiff.between(now, jar.data));
                }
            } else {
                c.action = PluginCheckDTO.INSTALL;
            }
            for (Bundle other : context.getBundles()) {
                if (!other.getSymbolicName().equals(jar.bundle)) {
                    Jurisdiction j = jurisdiction(other);
                    if (j != null && j.descriptor().id.equals(d.id)) {
                        c.problems.add("辖区 " + d.id + " 已由插件 " + other.getSymbolicName() + " 提供");
                    }
                }
            }
        }
        if (jar.bundle != null && c.action == null) {
            find(jar.bundle).ifPresent(b -> c.installedVersion = b.getVersion().toString());
        }
        TrustPolicy.Verdict v = policy.verdict(jar);
        c.trusted = v.trusted();
        c.trust = v.reason();
        return new Checked(jar, c);
    }

    private Bundle installBundle(PluginJar jar) {
        Bundle b = null;
        try {
            b = context.installBundle(LOCATION + jar.bundle, new ByteArrayInputStream(jar.bytes));
            b.start();
        } catch (BundleException | IllegalStateException e) {
            uninstallQuietly(b);
            throw new LuoshiException(LuoshiException.Kind.CONFLICT, "插件无法安装：" + PluginJar.clean(e.getMessage()));
        }
        String error = extender.error(b.getBundleId());
        if (error != null) {
            uninstallQuietly(b);
            throw LuoshiException.invalid("插件数据无效：" + PluginJar.clean(error));
        }
        return b;
    }

    /** Replaces the bundle's content; if the new data is not taken, puts {@code fallback} (a stored jar) back. */
    private void update(Bundle b, byte[] bytes, String fallback) {
        try {
            b.update(new ByteArrayInputStream(bytes));
            if (b.getState() != Bundle.ACTIVE) {
                b.start();
            }
        } catch (BundleException | IllegalStateException e) {
            restore(b, fallback);
            throw new LuoshiException(LuoshiException.Kind.CONFLICT, "插件无法升级：" + PluginJar.clean(e.getMessage()));
        }
        String error = extender.error(b.getBundleId());
        if (error != null) {
            restore(b, fallback);
            throw LuoshiException.invalid("插件数据无效：" + PluginJar.clean(error));
        }
    }

    private void restore(Bundle b, String digest) {
        try {
            b.update(new ByteArrayInputStream(store.jar(b.getSymbolicName(), digest)));
            b.start();
        } catch (BundleException | RuntimeException e) {
            LOG.error("Plugin {}: the previous version could not be put back ({})", b.getSymbolicName(),
                    e.getClass().getSimpleName());
        }
    }

    /**
     * The state of a plugin about to change, its current jar kept in the store: a plugin from deploy/ (or installed
     * before 插件管理 kept it) gets its jar copied in first, so rollback can restore it.
     */
    private PluginStore.State keepCurrent(Bundle b) {
        PluginStore.State s = store.state(b.getSymbolicName()).orElse(null);
        String digest = digestOf(b);
        if (s == null || s.removed || !java.util.Objects.equals(s.current, digest)) {
            byte[] bytes = read(b.getLocation());
            if (bytes == null) {
                throw new LuoshiException(LuoshiException.Kind.CONFLICT, "插件 " + b.getSymbolicName()
                        + " 的当前版本无法存档（找不到它的 jar），不能更改");
            }
            PluginStore.State fresh = s == null ? new PluginStore.State() : s;
            fresh.bundle = b.getSymbolicName();
            fresh.current = PluginJar.sha256(bytes);
            fresh.currentVersion = b.getVersion().toString();
            fresh.removed = false;
            store.saveJar(fresh.bundle, fresh.current, bytes);
            store.save(fresh);
            s = fresh;
        }
        return s;
    }

    private void record(PluginStore.State s, PluginJar jar, Actor actor) {
        s.current = jar.digest;
        s.currentVersion = jar.version;
        s.changedBy = actor.name();
        s.changedAt = now();
        s.removed = false;
        store.save(s);
    }

    /** A plugin installed through 插件管理 whose bundle is missing (an emptied OSGi cache) is installed again. */
    private void reinstallMissing() {
        for (PluginStore.State s : store.all()) {
            if (s.removed || s.current == null || find(s.bundle).isPresent()) {
                continue;
            }
            try {
                PluginJar jar = PluginJar.read(store.jar(s.bundle, s.current), Long.MAX_VALUE);
                if (jar.problems.isEmpty()) {
                    installBundle(jar);
                    LOG.info("Plugin {} {} reinstalled from the plugin store", s.bundle, s.currentVersion);
                }
            } catch (RuntimeException e) {
                LOG.error("Plugin {} could not be reinstalled from the plugin store ({})", s.bundle,
                        e.getClass().getSimpleName());
            }
        }
    }

    /** If a removed plugin came from deploy/, its file goes too (else Karaf would install it again at the next start). */
    private void deleteFromDeploy(String location) {
        if (location == null || !location.startsWith("file:")) {
            return;
        }
        try {
            Path file = Path.of(URI.create(location.replace(" ", "%20")));
            String deploy = context.getProperty("karaf.base");
            if (deploy != null && file.toAbsolutePath().normalize().startsWith(Path.of(deploy, "deploy").toAbsolutePath()
                    .normalize())) {
                Files.deleteIfExists(file);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("The removed plugin's file in deploy/ could not be deleted ({})", e.getClass().getSimpleName());
        }
    }

    // ---- describing ---------------------------------------------------------------------------------------------

    private PluginDTO describe(Bundle b) {
        PluginDTO p = new PluginDTO();
        p.bundle = b.getSymbolicName();
        p.version = b.getVersion().toString();
        p.state = state(b.getState());
        p.location = b.getLocation();
        p.installedAt = Instant.ofEpochMilli(b.getLastModified()).truncatedTo(ChronoUnit.SECONDS).toString();
        p.error = extender.error(b.getBundleId());
        p.managed = b.getLocation().startsWith(LOCATION);
        store.state(p.bundle).filter(s -> !s.removed).ifPresent(s -> {
            p.changedBy = s.changedBy;
            p.changedAt = s.changedAt;
            p.previousVersion = s.previous == null ? null : s.previousVersion;
        });
        p.digest = digestOf(b);
        Jurisdiction j = jurisdiction(b);
        if (j != null) {
            supplies(p, j);
        }
        return p;
    }

    private PluginDTO removed(PluginStore.State s) {
        PluginDTO p = new PluginDTO();
        p.bundle = s.bundle;
        p.version = s.currentVersion;
        p.state = "REMOVED";
        p.removed = true;
        p.managed = true;
        p.digest = s.current;
        p.changedBy = s.changedBy;
        p.changedAt = s.changedAt;
        p.previousVersion = s.currentVersion;
        try {
            PluginJar jar = PluginJar.read(store.jar(s.bundle, s.current), Long.MAX_VALUE);
            if (jar.data != null) {
                supplies(p, jar.data);
            }
        } catch (UncheckedIOException e) {
            p.error = "插件存档中缺少它的 jar";
        }
        return p;
    }

    private static void supplies(PluginDTO p, Jurisdiction j) {
        JurisdictionDTO d = j.descriptor();
        p.jurisdiction = d.id;
        p.name = d.name;
        p.level = d.level;
        p.parent = d.parent;
        p.units = j.units().size();
        p.tasks = j.catalog().size();
        p.cycles = j.cycles().size();
        p.forms = (int) j.cycles().stream().map((CycleDTO c) -> c.form).filter(f -> f != null).count();
        if (j instanceof JurisdictionData data) {
            p.modules.addAll(new java.util.TreeSet<>(data.modules()));
        }
    }

    /** The SHA-256 of the jar the bundle runs now: the store's record for a managed one, else its location's. */
    private String digestOf(Bundle b) {
        Optional<PluginStore.State> s = store.state(b.getSymbolicName()).filter(x -> !x.removed);
        if (s.isPresent() && (b.getLocation().startsWith(LOCATION) || s.get().current != null
                && s.get().currentVersion != null && s.get().currentVersion.equals(b.getVersion().toString()))) {
            return s.get().current;
        }
        return digest(b.getLocation());
    }

    private Optional<Bundle> find(String symbolicName) {
        for (Bundle b : context.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName()) && b.getHeaders().get(JurisdictionExtender.HEADER) != null) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    private Bundle installed(String bundle) {
        if (bundle == null || !PluginJar.SYMBOLIC_NAME.matcher(bundle).matches()) {
            throw LuoshiException.notFound("没有这个插件");
        }
        return find(bundle).orElseThrow(() -> LuoshiException.notFound("插件 " + bundle + " 未安装"));
    }

    /** The jurisdiction the extender registered for the bundle, if any. */
    private Jurisdiction jurisdiction(Bundle b) {
        try {
            for (ServiceReference<Jurisdiction> ref : context.getServiceReferences(Jurisdiction.class,
                    "(luoshi.bundle=" + b.getSymbolicName() + ")")) {
                Jurisdiction j = context.getService(ref);
                if (j != null) {
                    context.ungetService(ref);
                    return j;
                }
            }
        } catch (InvalidSyntaxException e) {
            return null;
        }
        return null;
    }

    private static void requireAdmin(Actor actor) {
        if (actor == null || !actor.roles().contains(Actor.ROLE_ADMIN)) {
            throw LuoshiException.forbidden("只有管理员可以管理插件");
        }
    }

    private AuditTrail requireAudit() {
        AuditTrail a = audit;
        if (a == null) {
            throw LuoshiException.unavailable("审计模块未启用，暂不能更改插件");
        }
        return a;
    }

    private static void uninstallQuietly(Bundle b) {
        if (b != null) {
            try {
                b.uninstall();
            } catch (BundleException | IllegalStateException e) {
                LOG.warn("Plugin bundle {} could not be uninstalled after a failed install", b.getSymbolicName());
            }
        }
    }

    /** The audit record of a checked jar: bundle, version, digest, jurisdiction and how many changes. */
    private static String json(PluginCheckDTO c) {
        return "{\"bundle\":\"" + c.bundle + "\",\"version\":\"" + c.version + "\",\"digest\":\"" + c.digest
                + "\",\"jurisdiction\":\"" + c.jurisdiction + "\",\"changes\":" + c.changes.size() + "}";
    }

    private static String now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** The bytes of the jar at a file: location, or null. */
    static byte[] read(String location) {
        if (location == null || !location.startsWith("file:")) {
            return null;
        }
        try (InputStream in = URI.create(location.replace(" ", "%20")).toURL().openStream()) {
            return in.readAllBytes();
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    /** SHA-256 of the jar a bundle was installed from (a file: location, as from deploy/), or null. */
    static String digest(String location) {
        if (location == null || !location.startsWith("file:")) {
            return null;
        }
        try (InputStream in = new DigestInputStream(URI.create(location.replace(" ", "%20")).toURL().openStream(),
                MessageDigest.getInstance("SHA-256"))) {
            DigestInputStream d = (DigestInputStream) in;
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(d.getMessageDigest().digest());
        } catch (IOException | IllegalArgumentException | NoSuchAlgorithmException e) {
            return null;
        }
    }

    private static String state(int state) {
        return switch (state) {
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            default -> "UNINSTALLED";
        };
    }
}

package org.luoshi.ui.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.luoshi.api.Actor;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.jurisdiction.PluginChangeDTO;
import org.luoshi.api.jurisdiction.PluginCheckDTO;
import org.luoshi.api.jurisdiction.PluginDTO;
import org.luoshi.api.jurisdiction.Plugins;

/**
 * Plugin management in memory for the UI tests: 朔州市's plugin installed from deploy/. A "jar" is a text whose first
 * line reads {@code bundle;version;trusted|untrusted[;bad]} (the rest is padding); an upgrade changes task 2's deadline
 * and adds a unit; {@code bad} adds two problems. The local repository knows {@code mvn:org.luoshi/<bundle>/<version>}
 * (trusted). Administrators only, as the real service.
 */
public final class InMemoryPlugins implements Plugins {
    public static final String SHUOZHOU = "org.luoshi.jurisdiction.shuozhou";
    public static final String DIGEST = "3f7a9c0e5b2d41aa8e6f0c1d2b3a4958e7f6d5c4b3a291807f6e5d4c3b2a1908";

    private static final Map<String, String> NAMES = Map.of(SHUOZHOU, "朔州市", "org.luoshi.jurisdiction.xinzhou", "忻州市");
    private final Map<String, PluginDTO> plugins = new ConcurrentHashMap<>();

    public InMemoryPlugins() {
        PluginDTO p = new PluginDTO();
        p.bundle = SHUOZHOU;
        p.jurisdiction = "shuozhou";
        p.name = "朔州市";
        p.level = "city";
        p.parent = "shanxi";
        p.version = "2022.1";
        p.state = "ACTIVE";
        p.digest = DIGEST;
        p.units = 4;
        p.tasks = 3;
        p.cycles = 1;
        p.forms = 1;
        plugins.put(p.bundle, p);
    }

    @Override
    public List<PluginDTO> list(Actor actor) {
        admin(actor);
        return plugins.values().stream().sorted(java.util.Comparator.comparing((PluginDTO p) -> p.bundle)).toList();
    }

    @Override
    public PluginCheckDTO check(Actor actor, byte[] jar) {
        admin(actor);
        String[] f = new String(jar, StandardCharsets.UTF_8).split("\n", 2)[0].strip().split(";");
        PluginCheckDTO c = new PluginCheckDTO();
        c.bundle = f[0];
        c.version = f[1];
        c.name = NAMES.getOrDefault(c.bundle, "测试市");
        c.jurisdiction = c.bundle.substring(c.bundle.lastIndexOf('.') + 1);
        c.level = "city";
        c.digest = DIGEST.substring(0, 56) + Integer.toHexString(0x10000000 | c.version.hashCode());
        c.size = jar.length;
        c.units = 5;
        c.tasks = 3;
        c.cycles = 1;
        c.forms = 1;
        c.trusted = "trusted".equals(f[2]);
        c.trust = c.trusted ? "SHA-256 在允许列表中" : "未签名，SHA-256 不在允许列表中";
        if (f.length > 3 && "bad".equals(f[3])) {
            c.problems.add("catalog.csv 第 3 行：缺少“完成时限”");
            c.problems.add("units.csv 第 7 行：上级单位 shanxi.x 不存在");
        }
        PluginDTO installed = plugins.get(c.bundle);
        if (installed == null || installed.removed) {
            c.action = PluginCheckDTO.INSTALL;
        } else if (installed.version.equals(c.version)) {
            c.action = PluginCheckDTO.SAME;
        } else {
            c.action = PluginCheckDTO.UPGRADE;
            c.installedVersion = installed.version;
            c.changes.add(new PluginChangeDTO("task", "2", PluginChangeDTO.CHANGED, "长期坚持", "6月底前"));
            c.changes.add(new PluginChangeDTO("unit", "shanxi.shuozhou.pinglu", PluginChangeDTO.ADDED, null, "平鲁区"));
        }
        return c;
    }

    @Override
    public PluginDTO install(Actor actor, byte[] jar) {
        PluginCheckDTO c = acceptable(actor, jar);
        if (plugins.containsKey(c.bundle) && !plugins.get(c.bundle).removed) {
            throw new LuoshiException(LuoshiException.Kind.CONFLICT, "插件 " + c.bundle + " 已安装");
        }
        PluginDTO p = new PluginDTO();
        p.bundle = c.bundle;
        p.jurisdiction = c.jurisdiction;
        p.name = c.name;
        p.level = c.level;
        p.version = c.version;
        p.state = "ACTIVE";
        p.digest = c.digest;
        p.units = c.units;
        p.tasks = c.tasks;
        p.cycles = c.cycles;
        p.forms = c.forms;
        p.managed = true;
        changed(p, actor);
        plugins.put(p.bundle, p);
        return p;
    }

    @Override
    public PluginDTO upgrade(Actor actor, String bundle, byte[] jar) {
        PluginCheckDTO c = acceptable(actor, jar);
        PluginDTO p = installed(bundle);
        p.previousVersion = p.version;
        p.version = c.version;
        p.digest = c.digest;
        p.units = c.units;
        p.managed = true;
        p.changes = new ArrayList<>(c.changes);
        changed(p, actor);
        return p;
    }

    @Override
    public PluginDTO remove(Actor actor, String bundle) {
        admin(actor);
        PluginDTO p = installed(bundle);
        p.removed = true;
        p.state = "REMOVED";
        p.previousVersion = p.version;
        changed(p, actor);
        return p;
    }

    @Override
    public PluginDTO rollback(Actor actor, String bundle) {
        admin(actor);
        PluginDTO p = plugins.get(bundle);
        if (p == null || p.previousVersion == null) {
            throw new LuoshiException(LuoshiException.Kind.CONFLICT, "插件 " + bundle + " 没有可回退的版本");
        }
        if (p.removed) {
            p.removed = false;
        }
        p.version = p.previousVersion;
        p.previousVersion = null;
        p.state = "ACTIVE";
        changed(p, actor);
        return p;
    }

    @Override
    public byte[] fromRepository(Actor actor, String url) {
        admin(actor);
        String[] parts = url.startsWith("mvn:org.luoshi/") ? url.substring(4).split("/") : new String[0];
        if (parts.length != 3) {
            throw LuoshiException.invalid("只能读取本地 Maven 仓库中的插件（mvn:groupId/artifactId/版本）：" + url);
        }
        return (parts[1] + ";" + parts[2] + ";trusted").getBytes(StandardCharsets.UTF_8);
    }

    private PluginCheckDTO acceptable(Actor actor, byte[] jar) {
        PluginCheckDTO c = check(actor, jar);
        if (!c.isAcceptable()) {
            throw LuoshiException.invalid("插件不能安装：" + String.join("；", c.problems) + (c.trusted ? "" : c.trust));
        }
        return c;
    }

    private PluginDTO installed(String bundle) {
        PluginDTO p = plugins.get(bundle);
        if (p == null || p.removed) {
            throw LuoshiException.notFound("插件 " + bundle + " 未安装");
        }
        return p;
    }

    private static void changed(PluginDTO p, Actor actor) {
        p.changedBy = actor.name();
        p.changedAt = Instant.now().toString();
    }

    private static void admin(Actor actor) {
        if (!actor.roles().contains(Actor.ROLE_ADMIN)) {
            throw LuoshiException.forbidden("只有管理员可以管理插件");
        }
    }
}

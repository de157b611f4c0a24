package org.luoshi.jurisdiction.internal.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.luoshi.api.Actor;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.jurisdiction.PluginChangeDTO;
import org.luoshi.api.jurisdiction.PluginCheckDTO;
import org.luoshi.api.jurisdiction.PluginDTO;
import org.luoshi.api.jurisdiction.Plugins;

/** What the plugin console commands share: the console's actor, reading a jar, printing results and refusals. */
final class PluginCommands {
    /** The console is the server's administrator (Karaf has let them in through its own JAAS realm). */
    static final Actor CONSOLE = new Actor("console", List.of(), Set.of(Actor.ROLE_ADMIN));

    private PluginCommands() {
    }

    /** A jar from a file on the server or a {@code mvn:} / {@code file:} URL of the local Maven repository. */
    static byte[] jar(Plugins plugins, String source) {
        if (source.startsWith("mvn:") || source.startsWith("file:")) {
            return plugins.fromRepository(CONSOLE, source);
        }
        try {
            return Files.readAllBytes(Path.of(source));
        } catch (IOException | RuntimeException e) {
            throw LuoshiException.notFound("读不到文件：" + source);
        }
    }

    static void print(PluginCheckDTO c) {
        System.out.printf("插件 %s %s：%s%n", c.bundle, c.version, c.action == null ? "不是插件"
                : switch (c.action) {
                    case PluginCheckDTO.INSTALL -> "新安装";
                    case PluginCheckDTO.UPGRADE -> "升级（当前 " + c.installedVersion + "）";
                    default -> "与已安装的版本相同";
                });
        if (c.jurisdiction != null) {
            System.out.printf("辖区 %s %s：%d 个单位，%d 项任务，%d 个周期，%d 张表单%n", c.jurisdiction, c.name, c.units,
                    c.tasks, c.cycles, c.forms);
        }
        System.out.println("SHA-256 " + c.digest);
        System.out.println((c.trusted ? "受信任：" : "不受信任：") + c.trust);
        c.problems.forEach(p -> System.out.println("问题：" + p));
        changes(c.changes);
        System.out.println(c.isAcceptable() ? "可以" + (PluginCheckDTO.UPGRADE.equals(c.action) ? "升级" : "安装")
                : "不能安装");
    }

    static void print(String done, PluginDTO p) {
        System.out.printf("%s：%s %s %s（%s）%s%n", done, p.bundle, p.version, p.name == null ? "" : p.name, p.state,
                p.previousVersion == null ? "" : "，可回退到 " + p.previousVersion);
        changes(p.changes);
    }

    private static void changes(List<PluginChangeDTO> changes) {
        for (PluginChangeDTO ch : changes) {
            String what = switch (ch.change) {
                case PluginChangeDTO.ADDED -> "新增";
                case PluginChangeDTO.REMOVED -> "删除";
                default -> "修改";
            };
            System.out.printf("  %s %s %s：%s%n", what, ch.kind, ch.id,
                    ch.before == null ? ch.after : ch.after == null ? ch.before : ch.before + " → " + ch.after);
        }
    }

    /** Runs a command's step, printing a refusal as the service worded it (no stack trace). */
    static Object run(Runnable step) {
        try {
            step.run();
        } catch (LuoshiException e) {
            System.out.println("未执行：" + e.getMessage());
        }
        return null;
    }
}

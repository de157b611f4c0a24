package org.luoshi.jurisdiction.internal.shell;

import java.util.List;
import java.util.Set;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.luoshi.api.Actor;
import org.luoshi.api.jurisdiction.PluginDTO;
import org.luoshi.api.jurisdiction.Plugins;

/** {@code luoshi:plugin-list}: the region plugins installed, as {@code GET /api/admin/plugins} lists them. */
@Command(scope = "luoshi", name = "plugin-list",
        description = "列出已安装的辖区插件：辖区、版本、状态、SHA-256 及提供的单位、任务、周期 (list the region plugins)")
@Service
public class PluginListCommand implements Action {
    @Reference
    Plugins plugins;

    @Override
    public Object execute() {
        List<PluginDTO> list = plugins.list(PluginCommands.CONSOLE);
        System.out.printf("%-12s %-10s %-10s %-8s %5s %5s %5s  %s%n", "辖区", "版本", "状态", "单位", "任务", "周期",
                "表单", "SHA-256 / 插件");
        for (PluginDTO p : list) {
            System.out.printf("%-12s %-10s %-10s %-8d %5d %5d %5d  %s %s%n",
                    p.jurisdiction == null ? "（数据无效）" : p.jurisdiction + " " + p.name, p.version, p.state, p.units,
                    p.tasks, p.cycles, p.forms, p.digest == null ? "-" : p.digest.substring(0, 16) + "…", p.bundle);
            if (p.error != null) {
                System.out.println("    数据无效 (invalid data): " + p.error);
            }
        }
        return null;
    }
}

package org.luoshi.jurisdiction.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.luoshi.api.jurisdiction.Plugins;

/** {@code luoshi:plugin-install}: as 插件管理 does it (audited under the actor "console"). */
@Command(scope = "luoshi", name = "plugin-install", description = "安装新的辖区插件：服务器上的 jar 文件或本地 Maven 仓库地址（mvn:组/构件/版本）")
@Service
public class PluginInstallCommand implements Action {
    @Reference
    Plugins plugins;

    @Argument(index = 0, name = "source", required = true, description = "jar 文件路径，或 mvn:组/构件/版本")
    String source;

    @Override
    public Object execute() {
        return PluginCommands.run(() -> PluginCommands.print("已安装", plugins.install(PluginCommands.CONSOLE, PluginCommands.jar(plugins, source))));
    }
}

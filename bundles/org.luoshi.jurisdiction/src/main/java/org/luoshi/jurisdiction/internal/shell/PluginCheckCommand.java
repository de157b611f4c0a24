package org.luoshi.jurisdiction.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.luoshi.api.jurisdiction.Plugins;

/** {@code luoshi:plugin-check}: as 插件管理 does it (audited under the actor "console"). */
@Command(scope = "luoshi", name = "plugin-check", description = "检查插件 jar：校验、信任与升级差异，不作更改")
@Service
public class PluginCheckCommand implements Action {
    @Reference
    Plugins plugins;

    @Argument(index = 0, name = "source", required = true, description = "jar 文件路径，或 mvn:组/构件/版本")
    String source;

    @Override
    public Object execute() {
        return PluginCommands.run(() -> PluginCommands.print(plugins.check(PluginCommands.CONSOLE, PluginCommands.jar(plugins, source))));
    }
}

package org.luoshi.jurisdiction.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.luoshi.api.jurisdiction.Plugins;

/** {@code luoshi:plugin-upgrade}: as 插件管理 does it (audited under the actor "console"). */
@Command(scope = "luoshi", name = "plugin-upgrade", description = "升级辖区插件（保留上一版本，可回退）")
@Service
public class PluginUpgradeCommand implements Action {
    @Reference
    Plugins plugins;

    @Argument(index = 0, name = "bundle", required = true, description = "插件的 Bundle-SymbolicName")
    String bundle;

    @Argument(index = 1, name = "source", required = true, description = "jar 文件路径，或 mvn:组/构件/版本")
    String source;

    @Override
    public Object execute() {
        return PluginCommands.run(() -> PluginCommands.print("已升级", plugins.upgrade(PluginCommands.CONSOLE, bundle, PluginCommands.jar(plugins, source))));
    }
}

package org.luoshi.jurisdiction.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.luoshi.api.jurisdiction.Plugins;

/** {@code luoshi:plugin-remove}: as 插件管理 does it (audited under the actor "console"). */
@Command(scope = "luoshi", name = "plugin-remove", description = "删除辖区插件（jar 保留，可恢复）")
@Service
public class PluginRemoveCommand implements Action {
    @Reference
    Plugins plugins;

    @Argument(index = 0, name = "bundle", required = true, description = "插件的 Bundle-SymbolicName")
    String bundle;

    @Override
    public Object execute() {
        return PluginCommands.run(() -> PluginCommands.print("已删除", plugins.remove(PluginCommands.CONSOLE, bundle)));
    }
}

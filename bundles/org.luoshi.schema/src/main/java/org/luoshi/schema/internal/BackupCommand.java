package org.luoshi.schema.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.luoshi.api.Actor;

/** {@code luoshi:backup}: a backup of the platform's data and keys, from the console (which only administrators reach). */
@Command(scope = "luoshi", name = "backup", description = "备份平台数据 (back up the database, keys and audit checkpoint)")
@Service
public class BackupCommand implements Action {
    @Reference
    BackupService backups;

    @Override
    public Object execute() {
        Map<String, Object> out = backups.backup(new Actor("console", List.of(), Set.of(Actor.ROLE_ADMIN)));
        // printed, not returned: Karaf does not print results of commands run through ssh exec (bin/client "cmd")
        System.out.println("备份完成 (backup written): " + out.get("directory") + " — " + out.get("bytes") + " bytes, "
                + out.get("keys") + " keys, " + out.get("millis") + " ms");
        System.out.println("恢复 (restore): bin/stop; bin/luoshi-restore " + out.get("directory") + "; bin/start");
        return null;
    }
}

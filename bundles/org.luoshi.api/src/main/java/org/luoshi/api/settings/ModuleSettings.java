package org.luoshi.api.settings;

import java.util.List;

import org.luoshi.api.Actor;
import org.luoshi.api.LuoshiException;
import org.osgi.annotation.versioning.ProviderType;

/**
 * 模块配置. A mechanism declares its settings with a MetaType object class definition (Chinese labels, types, ranges,
 * defaults) published through a {@link ModuleDeclaration} service; every module also has the setting
 * {@value #ENABLED}. Values are set per scope — the unit of a jurisdiction (province, city, county) — and the
 * effective value at a unit is the one set at the nearest scope at or above it, else the region plugin's
 * ({@code modules/<module>.properties}), else the declared default. An office changes its own scope and those below it,
 * never one above; every change is kept with author and time and can be rolled back.
 */
@ProviderType
public interface ModuleSettings {
    /** The setting every module has: whether it is enabled ({@code true}/{@code false}). */
    String ENABLED = "enabled";

    /** Whether {@code module} is enabled at {@code unit} (true for a unit no scope or plugin says otherwise of). */
    boolean enabled(String module, String unit);

    /** The effective value of a module's setting at a unit, as text (the declared default when nothing is set). */
    String value(String module, String key, String unit);

    /** The modules that declare settings now, each with its label and settings (ids, labels, types, defaults). */
    List<ModuleDTO> modules();

    /**
     * The settings of a scope (a jurisdiction's unit) as the actor may see them: for every module (or only
     * {@code module}), every setting's effective value there and where it comes from. FORBIDDEN outside the actor's
     * units; NOT_FOUND for a unit that is no jurisdiction's.
     */
    List<SettingDTO> settings(Actor actor, String scope, String module);

    /**
     * Sets (or, with {@code value == null}, clears so the layer above applies) a setting at a scope. The value is
     * validated by its definition; FORBIDDEN for a scope above the actor's own.
     */
    SettingDTO set(Actor actor, String scope, String module, String key, String value);

    /** Every change at a scope, newest first: version, setting, old and new value, author, time. */
    List<SettingChangeDTO> history(Actor actor, String scope);

    /**
     * What differs between two versions of a scope's settings: for every setting whose value right after {@code from}
     * is not its value right after {@code to}, one entry with those two values as before and after (0: before any
     * change).
     */
    List<SettingChangeDTO> diff(Actor actor, String scope, long from, long to);

    /**
     * Restores a scope's settings to what they were right after {@code version} (a version of its history; 0: before
     * any change), as new changes in the history.
     */
    List<SettingChangeDTO> rollback(Actor actor, String scope, long version);

    /**
     * Refuses a write to a module that is not enabled at the unit (FORBIDDEN: "本辖区未启用…"). A service that has no
     * {@code ModuleSettings} (模块配置 is not installed) lets everything through.
     */
    static void requireEnabled(ModuleSettings settings, String module, String label, String unit) {
        if (settings != null && unit != null && !settings.enabled(module, unit)) {
            throw new LuoshiException(LuoshiException.Kind.FORBIDDEN, "本辖区未启用" + label + "模块，不能办理；已有记录仍可查阅");
        }
    }

    /**
     * A module's whole-number setting at a unit: from {@code settings} when 模块配置 runs, else from the region plugin's
     * data for the unit's jurisdiction, else {@code fallback}; a value that is not a number within [min, max] gives
     * {@code fallback} too.
     */
    static int number(ModuleSettings settings, org.luoshi.api.jurisdiction.JurisdictionRegistry registry, String module,
            String key, org.luoshi.api.jurisdiction.UnitDTO unit, int fallback, int min, int max) {
        String v = text(settings, registry, module, key, unit);
        try {
            int n = v == null ? fallback : Integer.parseInt(v.strip());
            return n < min || n > max ? fallback : n;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** A module's setting at a unit as text, from 模块配置 or else the region plugin's data (null when neither says). */
    static String text(ModuleSettings settings, org.luoshi.api.jurisdiction.JurisdictionRegistry registry, String module,
            String key, org.luoshi.api.jurisdiction.UnitDTO unit) {
        if (unit == null) {
            return null;
        }
        if (settings != null) {
            return settings.value(module, key, unit.id);
        }
        return registry.settings(unit.jurisdiction, module).get(key);
    }
}

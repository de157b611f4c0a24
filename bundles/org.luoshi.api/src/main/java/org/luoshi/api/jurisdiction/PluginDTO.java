package org.luoshi.api.jurisdiction;

import java.util.ArrayList;
import java.util.List;

/**
 * An installed region plugin as an administrator manages it: the jurisdiction it supplies, its bundle (symbolic name,
 * version, state, where it was installed from and when), the SHA-256 of its jar, and what it supplies.
 */
public class PluginDTO {
    public String jurisdiction;
    public String name;
    public String level;
    public String parent;
    public String bundle;
    public String version;
    /** ACTIVE, RESOLVED, INSTALLED …; a plugin whose data did not parse is listed with {@link #error}. */
    public String state;
    public String location;
    /** When the bundle was installed or last updated (ISO-8601). */
    public String installedAt;
    /** SHA-256 of the jar (hex), null when its location cannot be read. */
    public String digest;
    public int units;
    public int tasks;
    public int cycles;
    public int forms;
    /** The modules it carries settings for ({@code modules/<module>.properties}), e.g. accidents. */
    public List<String> modules = new ArrayList<>();
    /** Why its data was not taken, when it was not (the file and line). */
    public String error;
    /** Whether the platform keeps its jar (installed through 插件管理) rather than deploy/ on the server's disk. */
    public boolean managed;
    /** Who installed, upgraded or rolled it back last through 插件管理, and when (ISO-8601). */
    public String changedBy;
    public String changedAt;
    /** The version {@link Plugins#rollback} would restore, if any. */
    public String previousVersion;
    /** REMOVED for a plugin removed through 插件管理 whose jar is kept for rollback. */
    public boolean removed;
    /** After an upgrade: what it changed. */
    public List<PluginChangeDTO> changes = new ArrayList<>();
}

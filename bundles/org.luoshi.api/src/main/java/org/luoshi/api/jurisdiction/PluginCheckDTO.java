package org.luoshi.api.jurisdiction;

import java.util.ArrayList;
import java.util.List;

/** The check of a plugin jar before it is installed or upgraded: what it is, whether it may be taken, what would change. */
public class PluginCheckDTO {
    public static final String INSTALL = "INSTALL";
    public static final String UPGRADE = "UPGRADE";
    /** The same jar (same SHA-256) is installed already. */
    public static final String SAME = "SAME";

    /** INSTALL, UPGRADE or SAME (null when the jar is not a plugin at all). */
    public String action;
    public String bundle;
    public String version;
    /** The version installed now, for an upgrade. */
    public String installedVersion;
    public String jurisdiction;
    public String name;
    public String level;
    public String parent;
    public String digest;
    public long size;
    public int units;
    public int tasks;
    public int cycles;
    public int forms;
    /** Whether the trust policy accepts the jar, and why (or why not), in {@link #trust}. */
    public boolean trusted;
    public String trust;
    /** Why the jar cannot be taken, by file and line where there is one; empty when it can (and it is trusted). */
    public List<String> problems = new ArrayList<>();
    /** For an upgrade: what changes, by kind and id. */
    public List<PluginChangeDTO> changes = new ArrayList<>();

    /** Whether installing or upgrading with this jar would be accepted ({@code acceptable} in JSON). */
    public boolean isAcceptable() {
        return problems.isEmpty() && trusted && action != null && !SAME.equals(action);
    }
}

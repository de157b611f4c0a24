package org.luoshi.api.jurisdiction;

import java.util.List;

import org.luoshi.api.Actor;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The region plugins installed (插件管理), for administrators only (FORBIDDEN otherwise). A plugin jar is checked before
 * anything changes: it must be a data plugin (only data under its {@code Luoshi-Jurisdiction} folder, no classes), every
 * data file must parse, and its SHA-256 must be on the trust policy's allow-list or it must be signed with a trusted
 * certificate (PID {@code org.luoshi.plugins}). Every change is audited and hot: no other bundle stops or refreshes.
 */
@ProviderType
public interface Plugins {
    /** Every bundle that declares a jurisdiction, with what it supplies. */
    List<PluginDTO> list(Actor actor);

    /** What installing or upgrading with this jar would do — problems, trust, and the diff against the installed version; changes nothing. */
    PluginCheckDTO check(Actor actor, byte[] jar);

    /** Installs a new plugin (INVALID with the problems when the check fails, CONFLICT when its bundle is installed). */
    PluginDTO install(Actor actor, byte[] jar);

    /**
     * Upgrades the installed plugin {@code bundle} to this jar; the result carries the diff applied. The version it
     * replaces is kept for {@link #rollback}. Records made under the old data are kept.
     */
    PluginDTO upgrade(Actor actor, String bundle, byte[] jar);

    /** Removes a plugin (its jar is kept: {@link #rollback} brings it back); records made under it stay readable. */
    PluginDTO remove(Actor actor, String bundle);

    /** Restores the version the last upgrade replaced (or reinstalls a removed plugin) in one step. */
    PluginDTO rollback(Actor actor, String bundle);

    /**
     * Reads a plugin jar from the local Maven repository (offline sites): {@code mvn:groupId/artifactId/version} or a
     * {@code file:} URL inside that repository; anything else is INVALID.
     */
    byte[] fromRepository(Actor actor, String url);
}

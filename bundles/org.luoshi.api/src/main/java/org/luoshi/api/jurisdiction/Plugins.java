package org.luoshi.api.jurisdiction;

import java.util.List;

import org.luoshi.api.Actor;
import org.osgi.annotation.versioning.ProviderType;

/** The region plugins installed (插件管理), for administrators. */
@ProviderType
public interface Plugins {
    /** Every bundle that declares a jurisdiction, with what it supplies; administrators only (FORBIDDEN otherwise). */
    List<PluginDTO> list(Actor actor);
}

package org.luoshi.api.settings;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A mechanism's declaration of its settings: a service with the properties {@value #MODULE} (the module id, e.g.
 * {@code tipoffs}), {@value #LABEL} (its Chinese name) and {@value #PID} (the MetaType PID whose object class
 * definition, in the same bundle, describes the settings: attribute ids are the setting keys, names their labels).
 * Usually a DS component with {@code @Designate(ocd = …)} and that PID as its configuration PID.
 */
@ConsumerType
public interface ModuleDeclaration {
    String MODULE = "luoshi.module";
    String LABEL = "luoshi.module.label";
    String PID = "luoshi.settings.pid";
}

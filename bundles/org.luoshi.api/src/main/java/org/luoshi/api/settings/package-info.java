/**
 * 模块配置: which mechanisms are enabled and each mechanism's own settings, per jurisdiction, layered province → city →
 * county over the region plugin's data and the mechanism's declared defaults; with history and rollback.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.luoshi.api.settings;

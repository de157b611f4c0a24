package org.luoshi.publicity.internal;

import org.luoshi.api.settings.ModuleDeclaration;
import org.osgi.service.component.annotations.Component;

/**
 * The publicity module's (典型案例、月度公开、曝光、警示教育) declaration for 模块配置: the module has only the setting every module
 * has, {@code enabled} (set per province, city or county; a region plugin's {@code modules/publicity.properties}
 * key {@code enabled} is the default). No settings PID: an object class definition without attributes is not one
 * the settings service reads, and the implicit setting needs none.
 */
@Component(service = ModuleDeclaration.class, property = {
        ModuleDeclaration.MODULE + "=" + PublicitySettingsDeclaration.MODULE,
        ModuleDeclaration.LABEL + "=" + PublicitySettingsDeclaration.LABEL})
public class PublicitySettingsDeclaration implements ModuleDeclaration {
    static final String MODULE = "publicity";
    static final String LABEL = "宣传曝光";
}

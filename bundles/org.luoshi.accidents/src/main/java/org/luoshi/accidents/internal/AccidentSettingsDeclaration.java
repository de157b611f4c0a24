package org.luoshi.accidents.internal;

import org.luoshi.api.settings.ModuleDeclaration;
import org.osgi.service.component.annotations.Component;

/**
 * The accident module's declaration for 模块配置: the module has only the setting every module has, {@code enabled}
 * (set per province, city or county; a region plugin's {@code modules/accidents.properties} key {@code enabled} is
 * the default). No settings PID: an object class definition without attributes is not one the settings service
 * reads, and the implicit setting needs none.
 */
@Component(service = ModuleDeclaration.class, property = {
        ModuleDeclaration.MODULE + "=" + AccidentSettingsDeclaration.MODULE,
        ModuleDeclaration.LABEL + "=" + AccidentSettingsDeclaration.LABEL})
public class AccidentSettingsDeclaration implements ModuleDeclaration {
    static final String MODULE = "accidents";
    static final String LABEL = "生产安全事故";
}

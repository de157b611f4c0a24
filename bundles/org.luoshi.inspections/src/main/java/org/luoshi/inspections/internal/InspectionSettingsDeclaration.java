package org.luoshi.inspections.internal;

import org.luoshi.api.settings.ModuleDeclaration;
import org.osgi.service.component.annotations.Component;

/**
 * The inspection module's (考核巡查、督导检查) declaration for 模块配置: the module has only the setting every module has,
 * {@code enabled} (set per province, city or county; a region plugin's {@code modules/inspections.properties} key
 * {@code enabled} is the default). No settings PID: an object class definition without attributes is not one the
 * settings service reads, and the implicit setting needs none.
 */
@Component(service = ModuleDeclaration.class, property = {
        ModuleDeclaration.MODULE + "=" + InspectionSettingsDeclaration.MODULE,
        ModuleDeclaration.LABEL + "=" + InspectionSettingsDeclaration.LABEL})
public class InspectionSettingsDeclaration implements ModuleDeclaration {
    static final String MODULE = "inspections";
    static final String LABEL = "巡查检查";
}

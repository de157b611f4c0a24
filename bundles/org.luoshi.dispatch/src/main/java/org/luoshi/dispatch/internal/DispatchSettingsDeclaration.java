package org.luoshi.dispatch.internal;

import org.luoshi.api.settings.ModuleDeclaration;
import org.osgi.service.component.annotations.Component;

/**
 * The dispatch module's (报送管理、调度表、调度会议) declaration for 模块配置: the module has only the setting every module has,
 * {@code enabled} (set per province, city or county; a region plugin's {@code modules/dispatch.properties} key
 * {@code enabled} is the default). No settings PID: an object class definition without attributes is not one the
 * settings service reads, and the implicit setting needs none.
 */
@Component(service = ModuleDeclaration.class, property = {
        ModuleDeclaration.MODULE + "=" + DispatchSettingsDeclaration.MODULE,
        ModuleDeclaration.LABEL + "=" + DispatchSettingsDeclaration.LABEL})
public class DispatchSettingsDeclaration implements ModuleDeclaration {
    static final String MODULE = "dispatch";
    static final String LABEL = "工作调度";
}

package org.luoshi.lists.internal;

import org.luoshi.api.settings.ModuleDeclaration;
import org.osgi.service.component.annotations.Component;

/**
 * The lists module's (重点工作任务清单、问题隐患整改清单) declaration for 模块配置: the module has only the setting every module has,
 * {@code enabled} (set per province, city or county; a region plugin's {@code modules/lists.properties} key
 * {@code enabled} is the default). No settings PID: an object class definition without attributes is not one the
 * settings service reads, and the implicit setting needs none.
 */
@Component(service = ModuleDeclaration.class, property = {
        ModuleDeclaration.MODULE + "=" + ListsSettingsDeclaration.MODULE,
        ModuleDeclaration.LABEL + "=" + ListsSettingsDeclaration.LABEL})
public class ListsSettingsDeclaration implements ModuleDeclaration {
    static final String MODULE = "lists";
    static final String LABEL = "清单管理";
}

package org.luoshi.transfers.internal;

import org.luoshi.api.settings.ModuleDeclaration;
import org.osgi.service.component.annotations.Component;

/**
 * The transfer module's (行政执法与刑事司法衔接) declaration for 模块配置: the module has only the setting every module has,
 * {@code enabled} (set per province, city or county; a region plugin's {@code modules/transfers.properties} key
 * {@code enabled} is the default). No settings PID: an object class definition without attributes is not one the
 * settings service reads, and the implicit setting needs none.
 */
@Component(service = ModuleDeclaration.class, property = {
        ModuleDeclaration.MODULE + "=" + TransferSettingsDeclaration.MODULE,
        ModuleDeclaration.LABEL + "=" + TransferSettingsDeclaration.LABEL})
public class TransferSettingsDeclaration implements ModuleDeclaration {
    static final String MODULE = "transfers";
    static final String LABEL = "行刑衔接";
}

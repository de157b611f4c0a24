package org.luoshi.listing.internal;

import org.luoshi.api.settings.ModuleDeclaration;
import org.osgi.service.component.annotations.Component;

/**
 * The listing module's (重大事故隐患挂牌督办) declaration for 模块配置: the module has only the setting every module has,
 * {@code enabled} (set per province, city or county; a region plugin's {@code modules/listing.properties} key
 * {@code enabled} is the default). No settings PID: an object class definition without attributes is not one the
 * settings service reads, and the implicit setting needs none.
 */
@Component(service = ModuleDeclaration.class, property = {
        ModuleDeclaration.MODULE + "=" + ListingSettingsDeclaration.MODULE,
        ModuleDeclaration.LABEL + "=" + ListingSettingsDeclaration.LABEL})
public class ListingSettingsDeclaration implements ModuleDeclaration {
    static final String MODULE = "listing";
    static final String LABEL = "重大事故隐患挂牌督办";
}

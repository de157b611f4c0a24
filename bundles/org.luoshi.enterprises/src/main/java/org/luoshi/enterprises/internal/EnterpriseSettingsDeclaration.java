package org.luoshi.enterprises.internal;

import org.luoshi.api.settings.ModuleDeclaration;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The register's settings for 模块配置 (per province, city or county; a region plugin's
 * {@code modules/enterprises.properties} is the default): whether it is enabled, and the sectors (行业领域) an
 * enterprise is registered under.
 */
@Component(service = ModuleDeclaration.class, configurationPid = EnterpriseSettingsDeclaration.PID, property = {
        ModuleDeclaration.MODULE + "=" + EnterpriseSettingsDeclaration.MODULE,
        ModuleDeclaration.LABEL + "=" + EnterpriseSettingsDeclaration.LABEL,
        ModuleDeclaration.PID + "=" + EnterpriseSettingsDeclaration.PID})
@Designate(ocd = EnterpriseSettingsDeclaration.Settings.class)
public class EnterpriseSettingsDeclaration implements ModuleDeclaration {
    static final String MODULE = "enterprises";
    static final String LABEL = "企业名录";
    static final String PID = "org.luoshi.settings.enterprises";
    static final String SECTORS = "sectors";
    /** The sectors when neither 模块配置 nor a region plugin names any (those of the national 安全生产 statistics). */
    static final String DEFAULT_SECTORS = "煤矿,非煤矿山,危险化学品,烟花爆竹,冶金工贸,建筑施工,道路交通,消防,燃气,特种设备,其他";

    @ObjectClassDefinition(name = LABEL, description = "生产经营单位名录")
    public @interface Settings {
        @AttributeDefinition(name = "行业领域", description = "登记企业时可选的行业领域，用逗号分隔")
        String sectors() default DEFAULT_SECTORS;
    }
}

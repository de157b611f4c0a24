package org.luoshi.spotchecks.internal;

import org.luoshi.api.settings.ModuleDeclaration;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The spot-check ratios for 模块配置: the least share of the region's enterprises each level's campaign must draw, in
 * percent, 0 where the region sets none. Region data ({@code modules/spotchecks.properties} of a plugin; the innermost
 * plugin that names a key wins) — e.g. the province (晋安发〔2023〕12号): province 3, city 10, county 100; 朔州
 * (朔安发〔2022〕3号): city departments 20. A department without its own ratio takes its level's.
 */
@Component(service = ModuleDeclaration.class, configurationPid = SpotCheckSettingsDeclaration.PID, property = {
        ModuleDeclaration.MODULE + "=" + SpotCheckSettingsDeclaration.MODULE,
        ModuleDeclaration.LABEL + "=" + SpotCheckSettingsDeclaration.LABEL,
        ModuleDeclaration.PID + "=" + SpotCheckSettingsDeclaration.PID})
@Designate(ocd = SpotCheckSettingsDeclaration.Settings.class)
public class SpotCheckSettingsDeclaration implements ModuleDeclaration {
    static final String MODULE = "spotchecks";
    static final String LABEL = "抽查";
    static final String PID = "org.luoshi.settings.spotchecks";
    static final String BASIS = "basis";

    @ObjectClassDefinition(name = LABEL, description = "按比例抽查检查企业")
    public @interface Settings {
        @AttributeDefinition(name = "省级抽查比例（%）", description = "省级抽查本省企业的最低比例，0 为不作要求", min = "0", max = "100")
        int provinceRatio() default 0;

        @AttributeDefinition(name = "省级部门抽查比例（%）", description = "未设（0）时按省级比例", min = "0", max = "100")
        int provinceDepartmentRatio() default 0;

        @AttributeDefinition(name = "市级抽查比例（%）", description = "市级抽查本市企业的最低比例，0 为不作要求", min = "0", max = "100")
        int cityRatio() default 0;

        @AttributeDefinition(name = "市级部门抽查比例（%）", description = "未设（0）时按市级比例", min = "0", max = "100")
        int cityDepartmentRatio() default 0;

        @AttributeDefinition(name = "县级抽查比例（%）", description = "县级检查本县企业的最低比例（100 为全覆盖）", min = "0", max = "100")
        int countyRatio() default 0;

        @AttributeDefinition(name = "县级部门抽查比例（%）", description = "未设（0）时按县级比例", min = "0", max = "100")
        int countyDepartmentRatio() default 0;

        @AttributeDefinition(name = "依据", description = "抽查比例的文件依据")
        String basis() default "";
    }
}

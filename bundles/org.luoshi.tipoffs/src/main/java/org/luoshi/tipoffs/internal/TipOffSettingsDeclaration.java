package org.luoshi.tipoffs.internal;

import org.luoshi.api.settings.ModuleDeclaration;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The tip-off module's settings for 模块配置 (set per province, city or county; a region plugin's
 * {@code modules/tipoffs.properties} or its {@code jurisdiction.properties} key {@code tipoffs.acceptDays} is the default).
 */
@Component(service = ModuleDeclaration.class, configurationPid = TipOffSettingsDeclaration.PID, property = {
        ModuleDeclaration.MODULE + "=" + TipOffSettingsDeclaration.MODULE,
        ModuleDeclaration.LABEL + "=" + TipOffSettingsDeclaration.LABEL,
        ModuleDeclaration.PID + "=" + TipOffSettingsDeclaration.PID})
@Designate(ocd = TipOffSettingsDeclaration.Settings.class)
public class TipOffSettingsDeclaration implements ModuleDeclaration {
    static final String MODULE = "tipoffs";
    static final String LABEL = "问题线索核查";
    static final String PID = "org.luoshi.settings.tipoffs";

    @ObjectClassDefinition(name = LABEL, description = "举报线索的受理与核查")
    public @interface Settings {
        @AttributeDefinition(name = "受理时限（日）", description = "收到举报后须在此日数内决定受理、不予受理或要求补充材料",
                min = "1", max = "60")
        int acceptDays() default 5;
    }
}

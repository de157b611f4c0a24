package org.luoshi.letters.internal;

import org.luoshi.api.settings.ModuleDeclaration;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/**
 * The letter module's settings for 模块配置 (set per province, city or county; a region plugin's
 * {@code modules/letters.properties}, or its {@code jurisdiction.properties} keys {@code letters.ladder} and
 * {@code letters.responseDays}, are the default).
 */
@Component(service = ModuleDeclaration.class, configurationPid = LetterSettingsDeclaration.PID, property = {
        ModuleDeclaration.MODULE + "=" + LetterSettingsDeclaration.MODULE,
        ModuleDeclaration.LABEL + "=" + LetterSettingsDeclaration.LABEL,
        ModuleDeclaration.PID + "=" + LetterSettingsDeclaration.PID})
@Designate(ocd = LetterSettingsDeclaration.Settings.class)
public class LetterSettingsDeclaration implements ModuleDeclaration {
    static final String MODULE = "letters";
    static final String LABEL = "提醒提示督办函";
    static final String PID = "org.luoshi.settings.letters";
    static final String DEFAULT_LADDER = "REMINDER,NOTICE,SUPERVISION";

    @ObjectClassDefinition(name = LABEL, description = "提醒函、提示函、督办函的升级顺序与回复期限")
    public @interface Settings {
        @AttributeDefinition(name = "逐级督促顺序", description = "未回复的函件按此顺序升级为下一种函件", options = {
                @Option(value = "REMINDER,NOTICE,SUPERVISION", label = "提醒函 → 提示函 → 督办函"),
                @Option(value = "REMINDER,SUPERVISION", label = "提醒函 → 督办函"),
                @Option(value = "NOTICE,SUPERVISION", label = "提示函 → 督办函"),
                @Option(value = "REMINDER,NOTICE", label = "提醒函 → 提示函"),
                @Option(value = "REMINDER", label = "只发提醒函"),
                @Option(value = "NOTICE", label = "只发提示函"),
                @Option(value = "SUPERVISION", label = "只发督办函")})
        String ladder() default DEFAULT_LADDER;

        @AttributeDefinition(name = "回复期限（日）", description = "自动起草的函件给收函单位的回复日数", min = "1", max = "90")
        int responseDays() default 10;
    }
}

package org.luoshi.listing.internal;

import org.luoshi.api.settings.ModuleDeclaration;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The listing module's (重大事故隐患挂牌督办) settings for 模块配置 (set per province, city or county; a region plugin's
 * {@code modules/listing.properties} is the default): whether it is enabled, and the progress-report cycle a listing
 * notice gives when the listing unit writes none (seed 000 二: the notice names 治理进度定期报告要求), and whether an
 * enterprise's self-reported major hazards are listed (seed 000 二（一）: not in the province; seed 004: yes in 方山县).
 */
@Component(service = ModuleDeclaration.class, configurationPid = ListingSettingsDeclaration.PID, property = {
        ModuleDeclaration.MODULE + "=" + ListingSettingsDeclaration.MODULE,
        ModuleDeclaration.LABEL + "=" + ListingSettingsDeclaration.LABEL,
        ModuleDeclaration.PID + "=" + ListingSettingsDeclaration.PID})
@Designate(ocd = ListingSettingsDeclaration.Settings.class)
public class ListingSettingsDeclaration implements ModuleDeclaration {
    static final String MODULE = "listing";
    static final String LABEL = "重大事故隐患挂牌督办";
    static final String PID = "org.luoshi.settings.listing";
    static final String REPORT_CYCLE = "reportCycle";
    /** Whether major hazards an enterprise found and reported itself (企业自查自报) are listed: a region's rule. */
    static final String LIST_SELF_REPORTED = "listSelfReported";
    /** The progress-report cycle as an RFC 5545 RRULE from the listing day (e.g. FREQ=WEEKLY;BYDAY=TH), and its time. */
    static final String REPORT_RULE = "reportRule";
    static final String REPORT_DUE_TIME = "reportDueTime";
    /** The roles that must sign off before 摘牌销号 (seed 004: 县相关分管领导), comma-separated. */
    static final String DELIST_SIGN_OFFS = "delistSignOffs";

    @ObjectClassDefinition(name = LABEL, description = "挂牌督办通知书的默认内容")
    public @interface Settings {
        @AttributeDefinition(name = "进展报告周期（默认）", required = false,
                description = "下达挂牌督办通知书时未填写进展报告周期的，采用此处的要求（如：每星期四上午12点前报送整改进展）；为空则必须逐件填写")
        String reportCycle() default "";

        @AttributeDefinition(name = "企业自查自报的重大事故隐患挂牌督办", description = "是：自查自报的重大事故隐患也挂牌督办（如方山县："
                + "对企业自查以及执法检查发现的重大事故隐患，要挂牌督办）；否：不挂牌，由日常监管部门督促整改（晋安办发〔2025〕59号）")
        boolean listSelfReported() default false;

        @AttributeDefinition(name = "进展报告周期规则（默认）", required = false,
                description = "自挂牌（交办）之日起计算的报告日，RFC 5545 RRULE，如每星期四：FREQ=WEEKLY;BYDAY=TH；为空则不计算逾期")
        String reportRule() default "";

        @AttributeDefinition(name = "进展报告截止时刻", required = false, description = "报告日的截止时刻 HH:mm，如 12:00；为空为 23:59")
        String reportDueTime() default "";

        @AttributeDefinition(name = "摘牌销号前须签字确认的身份", required = false,
                description = "以逗号分隔；可用 @county、@city 等注明签字人所在层级（须为该级单位的账号），如方山县：县相关分管领导@county；为空则不需要")
        String delistSignOffs() default "";
    }
}

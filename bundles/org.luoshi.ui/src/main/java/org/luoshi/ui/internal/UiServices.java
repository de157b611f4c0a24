package org.luoshi.ui.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.luoshi.api.LuoshiException;
import org.luoshi.api.dispatch.MeetingService;
import org.luoshi.api.dispatch.ReportingService;
import org.luoshi.api.export.ExportService;
import org.luoshi.api.file.FileService;
import org.luoshi.api.form.FormService;
import org.luoshi.api.hazard.HazardService;
import org.luoshi.api.inspection.InspectionService;
import org.luoshi.api.jurisdiction.JurisdictionRegistry;
import org.luoshi.api.letter.LetterService;
import org.luoshi.api.listing.ListingService;
import org.luoshi.api.publicity.PublicityService;
import org.luoshi.api.security.Authenticator;
import org.luoshi.api.summary.SummaryService;
import org.luoshi.api.task.TaskService;
import org.luoshi.api.tipoff.TipOffService;
import org.luoshi.api.transfer.TransferService;

import com.vaadin.flow.server.VaadinService;

/**
 * The platform services the views use, looked up live. {@link UiServer} puts one instance into the servlet context
 * (attribute named after this class); views, which Vaadin instantiates itself, fetch it with {@link #current()}.
 * <p>
 * Jurisdictions and authentication are always there. Every mechanism service (hazards, tasks, ..., files, export) may
 * come and go while the UI runs: its typed accessor ({@link #hazards()}, ...) returns the service present right now or
 * throws {@link LuoshiException#unavailable(String)} ("行刑衔接模块未启用"); ask {@link #has(Class)} or
 * {@link #service(Class)} to look without a refusal. Ask each time a service is needed, never keep the service itself.
 */
public final class UiServices {
    /** The mechanism services the UI knows, in menu order, with the Chinese name of the module that brings each. */
    private static final Map<Class<?>, String> MODULES = modules();

    private final JurisdictionRegistry jurisdictions;
    private final Authenticator authenticator;
    private final Map<Class<?>, Object> present = new ConcurrentHashMap<>();

    public UiServices(JurisdictionRegistry jurisdictions, Authenticator authenticator) {
        this.jurisdictions = Objects.requireNonNull(jurisdictions);
        this.authenticator = Objects.requireNonNull(authenticator);
    }

    private static Map<Class<?>, String> modules() {
        Map<Class<?>, String> m = new LinkedHashMap<>();
        m.put(TaskService.class, "重点工作任务清单");
        m.put(HazardService.class, "问题隐患整改清单");
        m.put(ListingService.class, "重大事故隐患挂牌督办");
        m.put(SummaryService.class, "汇总统计");
        m.put(ReportingService.class, "报送管理");
        m.put(FormService.class, "调度表");
        m.put(MeetingService.class, "调度会议");
        m.put(LetterService.class, "提醒提示督办函");
        m.put(InspectionService.class, "巡查检查");
        m.put(TipOffService.class, "问题线索");
        m.put(PublicityService.class, "宣传曝光");
        m.put(TransferService.class, "行刑衔接");
        m.put(FileService.class, "附件");
        m.put(ExportService.class, "Excel 导出");
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The optional mechanism services the UI knows, in menu order. */
    public static Set<Class<?>> mechanisms() {
        return MODULES.keySet();
    }

    /** The Chinese name of the module that brings {@code service}, e.g. {@code 行刑衔接} for the transfer service. */
    public static String moduleName(Class<?> service) {
        return MODULES.getOrDefault(service, service.getSimpleName());
    }

    // ---- the mandatory services ---------------------------------------------------------------------------------

    public JurisdictionRegistry jurisdictions() {
        return jurisdictions;
    }

    public Authenticator authenticator() {
        return authenticator;
    }

    // ---- the mechanisms, present or not --------------------------------------------------------------------------

    public HazardService hazards() {
        return require(HazardService.class);
    }

    public TaskService tasks() {
        return require(TaskService.class);
    }

    public ListingService listings() {
        return require(ListingService.class);
    }

    public SummaryService summary() {
        return require(SummaryService.class);
    }

    public ReportingService reporting() {
        return require(ReportingService.class);
    }

    public FormService forms() {
        return require(FormService.class);
    }

    public LetterService letters() {
        return require(LetterService.class);
    }

    public MeetingService meetings() {
        return require(MeetingService.class);
    }

    public InspectionService inspections() {
        return require(InspectionService.class);
    }

    public TipOffService tipOffs() {
        return require(TipOffService.class);
    }

    public PublicityService publicity() {
        return require(PublicityService.class);
    }

    public TransferService transfers() {
        return require(TransferService.class);
    }

    public FileService files() {
        return require(FileService.class);
    }

    /** The spreadsheet export, if such a service is installed right now. */
    public Optional<ExportService> export() {
        return service(ExportService.class);
    }

    /** The service of that type present right now, if any. */
    public <T> Optional<T> service(Class<T> type) {
        return Optional.ofNullable(type.cast(present.get(type)));
    }

    /** Whether a service of that type is present right now. */
    public boolean has(Class<?> type) {
        return present.containsKey(type);
    }

    /** The services of {@code types} not present right now, in the order given. */
    public List<Class<?>> missing(Collection<Class<?>> types) {
        return types.stream().filter(t -> !has(t)).toList();
    }

    /** The service of that type, or a refusal of kind UNAVAILABLE naming its module ("行刑衔接模块未启用"). */
    public <T> T require(Class<T> type) {
        Object service = present.get(type);
        if (service == null) {
            throw LuoshiException.unavailable(moduleName(type) + "模块未启用");
        }
        return type.cast(service);
    }

    /** Makes {@code service} the one of its type (a later one replaces an earlier one: DS binds greedily). */
    public <T> void put(Class<T> type, T service) {
        present.put(type, type.cast(Objects.requireNonNull(service)));
    }

    /** Removes {@code service} unless another one of its type has replaced it already; true if it was removed. */
    public <T> boolean remove(Class<T> type, T service) {
        return present.remove(type, service);
    }

    /** Removes the service of that type, whichever it is (for tests); the removed one or null. */
    public Object remove(Class<?> type) {
        return present.remove(type);
    }

    /** The services of the Vaadin application handling the current request. */
    public static UiServices current() {
        VaadinService service = VaadinService.getCurrent();
        if (service == null) {
            throw new IllegalStateException("No Vaadin request in progress");
        }
        UiServices services = service.getContext().getAttribute(UiServices.class);
        if (services == null) {
            throw new IllegalStateException("UiServices missing from the servlet context");
        }
        return services;
    }
}

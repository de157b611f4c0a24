package org.luoshi.ui.internal;

import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.luoshi.api.Face;
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
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.di.LookupInitializer;
import com.vaadin.flow.server.InitParameters;
import com.vaadin.flow.server.startup.LookupServletContainerInitializer;

/**
 * The web UI: an embedded Jetty 12 with the Vaadin servlet on its own port (default 8282), started when the mandatory
 * services (jurisdictions, authentication) are there and stopped when one of them goes away or the configuration
 * {@code org.luoshi.ui} changes.
 * <p>
 * Every mechanism service (hazards, tasks, listings, summary, reporting, report forms, letters, meetings, inspections,
 * tip-offs, publicity, transfers, files, the spreadsheet export) is optional, dynamic and greedy: it is put into
 * {@link UiServices} when it comes and taken out when it goes, while Jetty and every session keep running. The menu
 * shows a module's entry only while its service is there, and a view whose module is gone shows a notice instead.
 * <p>
 * Vaadin, Jetty and jakarta.servlet live only inside this bundle (Bundle-ClassPath), so the thread context class loader
 * is set to this bundle's loader while Jetty starts and on every request: Vaadin finds its Lookup services and its
 * {@code META-INF/VAADIN} resources through it.
 */
@Component(service = {}, configurationPid = UiServer.PID, immediate = true)
@Designate(ocd = UiServer.Config.class)
public class UiServer {
    public static final String PID = "org.luoshi.ui";

    private static final Logger LOG = LoggerFactory.getLogger(UiServer.class);
    private static final int SESSION_TIMEOUT_SECONDS = 30 * 60;

    @ObjectClassDefinition(name = "Luoshi UI", description = "落实平台 Web 界面（Vaadin）")
    public @interface Config {
        @AttributeDefinition(name = "端口", description = "Web 界面监听的 TCP 端口（0 表示随机空闲端口）")
        int port() default 8282;

        @AttributeDefinition(name = "监听地址", description = "Web 界面监听的地址，0.0.0.0 表示所有网卡")
        String host() default "0.0.0.0";
    }

    private final UiServices services;
    private final Server server;
    private final ServerConnector connector;
    private final ServiceRegistration<Face> face;

    @Activate
    public UiServer(@Reference JurisdictionRegistry jurisdictions, @Reference Authenticator authenticator,
            Config config, BundleContext bundleContext) {
        services = new UiServices(jurisdictions, authenticator);
        ClassLoader loader = UiServer.class.getClassLoader();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            QueuedThreadPool pool = new QueuedThreadPool(64, 2);
            pool.setName("luoshi-ui");
            server = new Server(pool);
            server.setStopAtShutdown(false);

            HttpConfiguration http = new HttpConfiguration();
            http.setSendServerVersion(false);
            http.setSendXPoweredBy(false);
            connector = new ServerConnector(server, new HttpConnectionFactory(http));
            String host = config.host();
            connector.setHost(host == null || host.isBlank() ? null : host.strip());
            connector.setPort(config.port());
            server.addConnector(connector);

            ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
            context.setContextPath("/");
            context.setClassLoader(loader);
            context.getServletContext().setAttribute(UiServices.class.getName(), services);
            // Jetty keeps sessions forever unless told otherwise
            context.getSessionHandler().setMaxInactiveInterval(SESSION_TIMEOUT_SECONDS);
            context.getSessionHandler().setHttpOnly(true);
            context.getSessionHandler().setSameSite(HttpCookie.SameSite.LAX);
            org.eclipse.jetty.ee10.servlet.ErrorHandler errors = new org.eclipse.jetty.ee10.servlet.ErrorHandler();
            errors.setShowStacks(false);
            errors.setShowServlet(false);
            context.setErrorHandler(errors);

            ServletHolder vaadin = new ServletHolder("vaadin", new LuoshiServlet());
            vaadin.setInitParameter(InitParameters.SERVLET_PARAMETER_PRODUCTION_MODE, "true");
            vaadin.setInitOrder(1);
            vaadin.setAsyncSupported(true);
            context.addServlet(vaadin, "/*");
            // Servlet-container initializers are not discovered in OSGi: Vaadin's Lookup is set up by hand, and it
            // needs LookupInitializer in its class set, or every request fails ("staticFileHandler is null").
            context.addServletContainerInitializer(new LookupServletContainerInitializer(), LookupInitializer.class);

            server.setHandler(context);
            server.start();
        } catch (Exception e) {
            stopQuietly();
            throw new IllegalStateException("无法启动 Web 界面（" + config.host() + ":" + config.port() + "）: " + e, e);
        } finally {
            thread.setContextClassLoader(previous);
        }
        // tell the health check the UI serves (no context when run outside OSGi, in the component tests)
        face = bundleContext == null ? null : bundleContext.registerService(Face.class, () -> "ui", null);
        LOG.info("Luoshi UI listening on http://{}:{}/", config.host(), port());
    }

    // ---- the mechanisms: optional, dynamic, greedy; Jetty keeps running while they come and go ----------------

    @Reference(name = "hazards", cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "unbindHazards")
    public void bindHazards(HazardService service) {
        bind(HazardService.class, service);
    }

    public void unbindHazards(HazardService service) {
        unbind(HazardService.class, service);
    }

    @Reference(name = "tasks", cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "unbindTasks")
    public void bindTasks(TaskService service) {
        bind(TaskService.class, service);
    }

    public void unbindTasks(TaskService service) {
        unbind(TaskService.class, service);
    }

    @Reference(name = "listings", cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "unbindListings")
    public void bindListings(ListingService service) {
        bind(ListingService.class, service);
    }

    public void unbindListings(ListingService service) {
        unbind(ListingService.class, service);
    }

    @Reference(name = "summary", cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "unbindSummary")
    public void bindSummary(SummaryService service) {
        bind(SummaryService.class, service);
    }

    public void unbindSummary(SummaryService service) {
        unbind(SummaryService.class, service);
    }

    @Reference(name = "reporting", cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "unbindReporting")
    public void bindReporting(ReportingService service) {
        bind(ReportingService.class, service);
    }

    public void unbindReporting(ReportingService service) {
        unbind(ReportingService.class, service);
    }

    @Reference(name = "forms", cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "unbindForms")
    public void bindForms(FormService service) {
        bind(FormService.class, service);
    }

    public void unbindForms(FormService service) {
        unbind(FormService.class, service);
    }

    @Reference(name = "letters", cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "unbindLetters")
    public void bindLetters(LetterService service) {
        bind(LetterService.class, service);
    }

    public void unbindLetters(LetterService service) {
        unbind(LetterService.class, service);
    }

    @Reference(name = "meetings", cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "unbindMeetings")
    public void bindMeetings(MeetingService service) {
        bind(MeetingService.class, service);
    }

    public void unbindMeetings(MeetingService service) {
        unbind(MeetingService.class, service);
    }

    @Reference(name = "inspections", cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "unbindInspections")
    public void bindInspections(InspectionService service) {
        bind(InspectionService.class, service);
    }

    public void unbindInspections(InspectionService service) {
        unbind(InspectionService.class, service);
    }

    @Reference(name = "tipOffs", cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "unbindTipOffs")
    public void bindTipOffs(TipOffService service) {
        bind(TipOffService.class, service);
    }

    public void unbindTipOffs(TipOffService service) {
        unbind(TipOffService.class, service);
    }

    @Reference(name = "publicity", cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "unbindPublicity")
    public void bindPublicity(PublicityService service) {
        bind(PublicityService.class, service);
    }

    public void unbindPublicity(PublicityService service) {
        unbind(PublicityService.class, service);
    }

    @Reference(name = "transfers", cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "unbindTransfers")
    public void bindTransfers(TransferService service) {
        bind(TransferService.class, service);
    }

    public void unbindTransfers(TransferService service) {
        unbind(TransferService.class, service);
    }

    @Reference(name = "files", cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "unbindFiles")
    public void bindFiles(FileService service) {
        bind(FileService.class, service);
    }

    public void unbindFiles(FileService service) {
        unbind(FileService.class, service);
    }

    @Reference(name = "export", cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "unbindExport")
    public void bindExport(ExportService service) {
        bind(ExportService.class, service);
    }

    public void unbindExport(ExportService service) {
        unbind(ExportService.class, service);
    }

    private <T> void bind(Class<T> type, T service) {
        services.put(type, service);
        LOG.info("UI: module {} ({}) bound", UiServices.moduleName(type), type.getSimpleName());
    }

    private <T> void unbind(Class<T> type, T service) {
        // a greedy rebind binds the replacement first: only the service still in place is taken out
        if (services.remove(type, service)) {
            LOG.info("UI: module {} ({}) unbound", UiServices.moduleName(type), type.getSimpleName());
        }
    }

    /** The live services of this UI (the component tests add and remove mechanisms through it). */
    UiServices services() {
        return services;
    }

    /** The port actually bound (useful when the configuration asked for port 0). */
    public int port() {
        return connector.getLocalPort();
    }

    @Deactivate
    public void stop() {
        if (face != null) {
            face.unregister();
        }
        stopQuietly();
        LOG.info("Luoshi UI stopped");
    }

    private void stopQuietly() {
        if (server == null) {
            return;
        }
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(UiServer.class.getClassLoader());
        try {
            server.stop();
        } catch (Exception e) {
            LOG.warn("Error while stopping the UI server", e);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }
}

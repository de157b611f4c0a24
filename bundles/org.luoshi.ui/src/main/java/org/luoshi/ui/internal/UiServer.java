package org.luoshi.ui.internal;

import java.util.List;
import java.util.Map;

import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.luoshi.api.Face;
import org.luoshi.api.jurisdiction.JurisdictionRegistry;
import org.luoshi.api.security.Authenticator;
import org.luoshi.ui.kit.Services;
import org.luoshi.ui.kit.UiView;
import org.luoshi.ui.kit.ViewContribution;
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
 * The views come from {@link ViewContribution} services (multiple, dynamic, greedy): their routes and menu entries are
 * added when a contribution comes and removed when it goes, while Jetty and every session keep running. The services
 * the views use are looked up live by class ({@link UiServices}, one service tracker per class): the shell names no
 * mechanism. The menu shows a view's entry only while the services it needs are there (and, for a contribution that
 * names its module with the property {@code luoshi.module}, while 模块配置 has the module enabled for the user's
 * jurisdiction), and a view whose module is gone shows a notice instead.
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

        @AttributeDefinition(name = "HTTPS 密钥库", description = "含服务器证书和私钥的密钥库文件；填写后该端口只用 HTTPS（留空为 HTTP）")
        String keystore() default "";

        @AttributeDefinition(name = "密钥库口令", type = org.osgi.service.metatype.annotations.AttributeType.PASSWORD)
        String keystorePassword() default "";

        @AttributeDefinition(name = "密钥库类型", description = "PKCS12 或 JKS")
        String keystoreType() default "PKCS12";

        @AttributeDefinition(name = "HSTS 有效期（秒）", description = "启用 HTTPS 时发送 Strict-Transport-Security；0 为不发送")
        long hstsSeconds() default 31536000;
    }

    private final UiServices services;
    private final LuoshiServlet servlet;
    private final Server server;
    private final ServerConnector connector;
    private final String scheme;
    /** The UI face, registered once Jetty serves (the health check waits for it). */
    private volatile ServiceRegistration<Face> face;
    /** In OSGi Jetty and Vaadin start off the activating thread (~0.5 s), so the other bundles go on starting. */
    private final Thread starter;

    @Activate
    public UiServer(@Reference JurisdictionRegistry jurisdictions, @Reference Authenticator authenticator,
            Config config, BundleContext bundleContext) {
        services = new UiServices(jurisdictions, authenticator, bundleContext);
        servlet = new LuoshiServlet(services);
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
            String keystore = config.keystore() == null ? "" : config.keystore().strip();
            if (keystore.isEmpty()) {
                connector = new ServerConnector(server, new HttpConnectionFactory(http));
            } else {
                // HTTPS only on this port; the session cookie is then Secure (Jetty marks it so on secure requests),
                // and Strict-Transport-Security tells browsers never to come back over plain HTTP
                org.eclipse.jetty.util.ssl.SslContextFactory.Server tls = new org.eclipse.jetty.util.ssl.SslContextFactory.Server();
                tls.setKeyStorePath(keystore);
                tls.setKeyStorePassword(config.keystorePassword());
                tls.setKeyStoreType(config.keystoreType() == null || config.keystoreType().isBlank() ? "PKCS12"
                        : config.keystoreType().strip());
                org.eclipse.jetty.server.SecureRequestCustomizer secure = new org.eclipse.jetty.server.SecureRequestCustomizer();
                secure.setSniHostCheck(false);
                if (config.hstsSeconds() > 0) {
                    secure.setStsMaxAge(config.hstsSeconds());
                }
                http.addCustomizer(secure);
                connector = new ServerConnector(server, new org.eclipse.jetty.server.SslConnectionFactory(tls, "http/1.1"),
                        new HttpConnectionFactory(http));
            }
            this.scheme = keystore.isEmpty() ? "http" : "https";
            String host = config.host();
            connector.setHost(host == null || host.isBlank() ? null : host.strip());
            connector.setPort(config.port());
            server.addConnector(connector);

            ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
            context.setContextPath("/");
            context.setClassLoader(loader);
            context.getServletContext().setAttribute(Services.class.getName(), services);
            // Jetty keeps sessions forever unless told otherwise
            context.getSessionHandler().setMaxInactiveInterval(SESSION_TIMEOUT_SECONDS);
            context.getSessionHandler().setHttpOnly(true);
            context.getSessionHandler().setSameSite(HttpCookie.SameSite.LAX);
            org.eclipse.jetty.ee10.servlet.ErrorHandler errors = new org.eclipse.jetty.ee10.servlet.ErrorHandler();
            errors.setShowStacks(false);
            errors.setShowServlet(false);
            context.setErrorHandler(errors);

            ServletHolder vaadin = new ServletHolder("vaadin", servlet);
            vaadin.setInitParameter(InitParameters.SERVLET_PARAMETER_PRODUCTION_MODE, "true");
            vaadin.setInitOrder(1);
            vaadin.setAsyncSupported(true);
            context.addServlet(vaadin, "/*");
            context.addServlet(new ServletHolder("static", new StaticScripts()), StaticScripts.PATH + "*");
            // Servlet-container initializers are not discovered in OSGi: Vaadin's Lookup is set up by hand, and it
            // needs LookupInitializer in its class set, or every request fails ("staticFileHandler is null").
            context.addServletContainerInitializer(new LookupServletContainerInitializer(), LookupInitializer.class);

            server.setHandler(new SecurityHeaders(context));
        } finally {
            thread.setContextClassLoader(previous);
        }
        if (bundleContext == null) {
            // outside OSGi (the component tests): started when the constructor returns
            starter = null;
            start(config);
        } else {
            starter = new Thread(() -> {
                try {
                    start(config);
                    // tell the health check the UI serves
                    face = bundleContext.registerService(Face.class, () -> "ui", null);
                } catch (IllegalStateException e) {
                    LOG.error("{}", e.getMessage(), e);
                }
            }, "luoshi-ui-start");
            starter.setDaemon(true);
            starter.start();
        }
    }

    private void start(Config config) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(UiServer.class.getClassLoader());
        try {
            server.start();
        } catch (Exception e) {
            stopQuietly();
            throw new IllegalStateException("无法启动 Web 界面（" + config.host() + ":" + config.port() + "）: " + e, e);
        } finally {
            thread.setContextClassLoader(previous);
        }
        LOG.info("Luoshi UI listening on {}://{}:{}/", scheme, config.host(), port());
    }

    // ---- the contributed views: multiple, dynamic, greedy; Jetty keeps running while they come and go ------------

    /** DS binds a contribution with its service properties (the module it belongs to, {@code luoshi.module}). */
    @Reference(name = "views", service = ViewContribution.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY, unbind = "unbindViews")
    public void bindViews(ViewContribution contribution, Map<String, Object> properties) {
        addViews(contribution, properties);
    }

    public void unbindViews(ViewContribution contribution) {
        removeViews(contribution);
    }

    /** Adds a contribution that names no module (the component tests). */
    public void addViews(ViewContribution contribution) {
        addViews(contribution, Map.of());
    }

    /** Adds a contribution with its service properties (the component tests give them as DS would). */
    public void addViews(ViewContribution contribution, Map<String, ?> properties) {
        List<UiView> views = services.add(contribution, properties);
        servlet.added(views);
        LOG.info("UI: views {} contributed by {}", views.stream().map(UiView::route).toList(),
                contribution.getClass().getName());
    }

    public void removeViews(ViewContribution contribution) {
        List<UiView> views = services.remove(contribution);
        servlet.removed(views);
        LOG.info("UI: views {} of {} removed", views.stream().map(UiView::route).toList(),
                contribution.getClass().getName());
    }

    /** The live services of this UI (the component tests add and remove mechanisms through it). */
    public UiServices services() {
        return services;
    }

    /** The port actually bound (useful when the configuration asked for port 0). */
    public int port() {
        return connector.getLocalPort();
    }

    @Deactivate
    public void stop() {
        if (starter != null) {
            try {
                starter.join(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        ServiceRegistration<Face> f = face;
        if (f != null) {
            f.unregister();
            face = null;
        }
        stopQuietly();
        services.close();
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

    /**
     * Headers on every answer of the UI: not to be framed by another site (clickjacking), content types as declared,
     * no referrer outside the site, and a content security policy limiting where pages load from (Vaadin itself needs
     * inline styles and scripts and evaluates the JavaScript it sends; everything comes from this server).
     */
    static final class SecurityHeaders extends org.eclipse.jetty.server.Handler.Wrapper {
        static final String CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
                + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
                + "connect-src 'self' ws: wss:; frame-ancestors 'none'; object-src 'none'; base-uri 'self'; "
                + "form-action 'self'";

        SecurityHeaders(org.eclipse.jetty.server.Handler handler) {
            super(handler);
        }

        @Override
        public boolean handle(org.eclipse.jetty.server.Request request, org.eclipse.jetty.server.Response response,
                org.eclipse.jetty.util.Callback callback) throws Exception {
            org.eclipse.jetty.http.HttpFields.Mutable h = response.getHeaders();
            h.put("X-Frame-Options", "DENY");
            h.put("X-Content-Type-Options", "nosniff");
            h.put("Referrer-Policy", "same-origin");
            h.put("Content-Security-Policy", CSP);
            return super.handle(request, response, callback);
        }
    }
}

package org.luoshi.rest.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javax.servlet.Servlet;
import javax.servlet.ServletConfig;
import javax.servlet.ServletContext;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.apache.cxf.jaxrs.lifecycle.SingletonResourceProvider;
import org.apache.cxf.transport.DestinationFactoryManager;
import org.apache.cxf.transport.http.DestinationRegistry;
import org.apache.cxf.transport.http.DestinationRegistryImpl;
import org.apache.cxf.transport.http.HTTPTransportFactory;
import org.apache.cxf.transport.servlet.CXFNonSpringServlet;
import org.luoshi.api.security.Authenticator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;

/**
 * The REST shell: one servlet at {@code /api/*} (HTTP whiteboard) in front of a CXF JAX-RS server built from the
 * resource services present now (property {@code osgi.jaxrs.resource=true}, the OSGi JAX-RS whiteboard's contract)
 * plus the shell's own cross-cutting providers (HTTP Basic, JSON, problem+json error mapping). When a contribution
 * comes or goes the shell builds a new generation (own Bus, destination registry and CXF servlet) off the request
 * path and swaps it in atomically; requests in flight finish on the old one, which is destroyed a few seconds later.
 * So a module that stops takes away only its own paths.
 */
@Component(immediate = true, configurationPid = "org.luoshi.rest", service = ApiModel.class)
@Designate(ocd = RestShell.Config.class)
public class RestShell implements ApiModel {
    private static final Logger LOG = LoggerFactory.getLogger(RestShell.class);
    static final String RESOURCE = "osgi.jaxrs.resource";
    static final String EXTENSION = "osgi.jaxrs.extension";
    static final String SELECT = "osgi.jaxrs.application.select";

    /** Configuration, PID {@code org.luoshi.rest}. */
    @ObjectClassDefinition(name = "Luoshi REST", description = "落实平台 REST 接口（/api）")
    public @interface Config {
        @AttributeDefinition(name = "路径", description = "REST 接口的路径前缀（HTTP 端口 8181 上）")
        String address() default "/api";

        @AttributeDefinition(name = "重建延迟（毫秒）", description = "模块接口变化后等待多久再重建（合并同时到达的变化）")
        long debounceMillis() default 100;

        @AttributeDefinition(name = "健康检查所需界面", description = "健康检查报告 UP 之前必须就绪的界面（soap、ui）")
        String[] requiredFaces() default {"soap", "ui"};

        @AttributeDefinition(name = "启动完成标志服务", description = "其出现表示容器启动特性已全部安装的服务类名（留空则不检查）")
        String bootService() default Boot.KARAF_BOOT_FINISHED;

        @AttributeDefinition(name = "结构化请求内容上限（字节）", description = "JSON、XML 与表单请求内容的最大长度（文件上传由各接口限制）")
        long maxBodyBytes() default 1024 * 1024;

        @AttributeDefinition(name = "公众提交限额", description = "每个客户端地址十分钟内可提交的公众举报（含照片）数量（问题线索模块读取）")
        int publicSubmissionsPerTenMinutes() default 20;
    }

    private final BundleContext context;
    private final Authenticator authenticator;
    /** Integrators' API tokens, while the integration module runs. */
    @Reference(cardinality = org.osgi.service.component.annotations.ReferenceCardinality.OPTIONAL,
            policy = org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC,
            policyOption = org.osgi.service.component.annotations.ReferencePolicyOption.GREEDY)
    private volatile org.luoshi.api.security.TokenAuthenticator tokens;
    private final long debounceMillis;
    private final long maxBodyBytes;
    private final ObjectMapper mapper = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .setSerializationInclusion(JsonInclude.Include.ALWAYS);
    private final Map<ServiceReference<Object>, Contribution> resources = new ConcurrentHashMap<>();
    private final Map<ServiceReference<Object>, Object> extensions = new ConcurrentHashMap<>();
    private final AtomicReference<Generation> current = new AtomicReference<>();
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "luoshi-rest-shell");
        t.setDaemon(true);
        return t;
    });
    private final ServiceTracker<Object, Object> tracker;
    private final ServiceRegistration<Servlet> servlet;
    private final Front front = new Front();

    private final Boot boot;
    private ScheduledFuture<?> pending;
    private static final long MAX_WAIT_NANOS = TimeUnit.SECONDS.toNanos(15);
    /** When the current wait for the container's modules began (0: not waiting). */
    private long waitingFrom;

    private long waitingSince() {
        long now = System.nanoTime();
        if (waitingFrom == 0) {
            waitingFrom = now;
        }
        return now - waitingFrom;
    }
    /** Set once the tracker has seen every contribution registered before it opened. */
    private volatile boolean trackerOpen;

    @Activate
    public RestShell(@Reference Authenticator authenticator, BundleContext context, Config config)
            throws InvalidSyntaxException {
        this.context = context;
        this.authenticator = authenticator;
        this.debounceMillis = Math.max(0, config.debounceMillis());
        this.maxBodyBytes = config.maxBodyBytes() > 0 ? config.maxBodyBytes() : 1024 * 1024;
        this.boot = new Boot(context, config.bootService());
        Filter filter = context.createFilter("(|(" + RESOURCE + "=true)(" + EXTENSION + "=true))");
        tracker = new ServiceTracker<>(context, filter, null) {
            @Override
            public Object addingService(ServiceReference<Object> ref) {
                if (!selectsLuoshi(ref)) {
                    return null;
                }
                Object service = context.getService(ref);
                if (service == null) {
                    return null;
                }
                if (isTrue(ref.getProperty(RESOURCE))) {
                    resources.put(ref, new Contribution(service, ref.getBundle().getSymbolicName()));
                } else {
                    extensions.put(ref, service);
                }
                LOG.debug("REST contribution added: {} from {}", service.getClass().getName(),
                        ref.getBundle().getSymbolicName());
                rebuildSoon();
                return service;
            }

            @Override
            public void removedService(ServiceReference<Object> ref, Object service) {
                resources.remove(ref);
                extensions.remove(ref);
                LOG.debug("REST contribution removed: {}", service.getClass().getName());
                rebuildSoon();
                context.ungetService(ref);
            }
        };
        String alias = config.address() == null || config.address().isBlank() ? "/api" : config.address().strip();
        Dictionary<String, Object> props = new Hashtable<>();
        props.put("osgi.http.whiteboard.servlet.pattern", alias + "/*");
        props.put("osgi.http.whiteboard.servlet.name", "luoshi-rest");
        servlet = context.registerService(Servlet.class, front, props);
        // off the activation thread: the shell's own resources reference this component (ApiModel)
        worker.execute(() -> {
            tracker.open();
            trackerOpen = true;
        });
        rebuildSoon();
        LOG.info("REST shell serving {}", alias);
    }

    @Override
    public List<Contribution> resources() {
        Generation g = current.get();
        return g == null ? List.of() : g.contributions;
    }

    private final List<Runnable> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    @Override
    public synchronized boolean settled() {
        Generation g = current.get();
        return trackerOpen && g != null && (pending == null || pending.isDone())
                && g.contributions.size() == resources.size();
    }

    private static boolean isTrue(Object value) {
        return value != null && "true".equalsIgnoreCase(value.toString());
    }

    /** Whether the service selects the Luoshi application (or names none). */
    private static boolean selectsLuoshi(ServiceReference<?> ref) {
        Object select = ref.getProperty(SELECT);
        if (select == null) {
            return true;
        }
        try {
            return FrameworkUtil.createFilter(select.toString()).matches(Map.of("osgi.jaxrs.name", "luoshi"));
        } catch (InvalidSyntaxException e) {
            LOG.warn("Ignoring a REST contribution with an invalid {} filter", SELECT);
            return false;
        }
    }

    private synchronized void rebuildSoon() {
        if (worker.isShutdown()) {
            return;
        }
        if (pending != null) {
            pending.cancel(false);
        }
        pending = worker.schedule(this::rebuild, debounceMillis, TimeUnit.MILLISECONDS);
    }

    private void rebuild() {
        if (current.get() != null && (boot.starting() || (!boot.done() && waitingSince() < MAX_WAIT_NANOS))) {
            // the container is still starting modules, or their schemas are being migrated: build once when they are
            // all here, not once per module (but not longer than MAX_WAIT: a module whose migration failed stays away)
            synchronized (this) {
                if (!worker.isShutdown()) {
                    pending = worker.schedule(this::rebuild, Math.max(debounceMillis, 200), TimeUnit.MILLISECONDS);
                }
            }
            return;
        }
        waitingFrom = 0;
        long started = System.nanoTime();
        List<Contribution> res = new ArrayList<>(resources.values());
        res.sort(Comparator.comparing(c -> c.resource().getClass().getName()));
        List<Object> ext = new ArrayList<>(extensions.values());
        Generation next;
        try {
            next = Generation.build(res, ext, this::providers);
        } catch (RuntimeException e) {
            LOG.error("REST shell could not build its server; keeping the previous one", e);
            return;
        }
        Generation old = current.getAndSet(next);
        for (Runnable l : listeners) {
            try {
                l.run();
            } catch (RuntimeException e) {
                LOG.warn("A REST change listener failed", e);
            }
        }
        LOG.debug("REST shell rebuilt with {} resources in {} ms", res.size(), (System.nanoTime() - started) / 1_000_000);
        if (old != null) {
            worker.schedule(old::destroy, 5, TimeUnit.SECONDS);
        }
    }

    private List<Object> providers() {
        return List.of(new JacksonJsonProvider(mapper), new BodyLimitFilter(maxBodyBytes), new BasicAuthFilter(authenticator, () -> tokens),
                new TransportHeadersFilter(),
                new ExceptionMappers.Refusal(), new ExceptionMappers.BadJson(), new ExceptionMappers.Web(),
                new ExceptionMappers.Unexpected());
    }

    @Deactivate
    void deactivate() {
        tracker.close();
        boot.close();
        servlet.unregister();
        synchronized (this) {
            worker.shutdownNow();
        }
        Generation g = current.getAndSet(null);
        if (g != null) {
            g.destroy();
        }
    }

    /** A bus of our own, without JMX (a generation's bus lives only until the next change). */
    static Bus newBus() {
        BusFactory factory = BusFactory.newInstance();
        if (factory instanceof org.apache.cxf.bus.CXFBusFactory cxf) {
            return cxf.createBus(new java.util.HashMap<>(), new java.util.HashMap<>(Map.of("bus.jmx.enabled", "false")));
        }
        return factory.createBus();
    }

    /** One CXF JAX-RS server with its own bus, destination registry and servlet. */
    static final class Generation {
        final Bus bus;
        final Server server;
        final CXFNonSpringServlet servlet;
        final List<Contribution> contributions;
        private volatile boolean initialised;

        private Generation(Bus bus, Server server, CXFNonSpringServlet servlet, List<Contribution> contributions) {
            this.bus = bus;
            this.server = server;
            this.servlet = servlet;
            this.contributions = contributions;
        }

        static Generation build(List<Contribution> resources, List<Object> extensions,
                java.util.function.Supplier<List<Object>> providers) {
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(RestShell.class.getClassLoader());
            Bus defaultBus = BusFactory.getDefaultBus(false);
            Bus threadBus = BusFactory.getThreadDefaultBus(false);
            try {
                Bus bus = newBus();
                DestinationRegistry registry = new DestinationRegistryImpl();
                HTTPTransportFactory transport = new HTTPTransportFactory(registry);
                DestinationFactoryManager dfm = bus.getExtension(DestinationFactoryManager.class);
                for (String ns : HTTPTransportFactory.DEFAULT_NAMESPACES) {
                    dfm.registerDestinationFactory(ns, transport);
                }
                bus.setExtension(transport, HTTPTransportFactory.class);
                List<Contribution> contributions = new ArrayList<>();
                Server server = null;
                if (!resources.isEmpty()) {
                    JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
                    factory.setBus(bus);
                    factory.setAddress("/");
                    factory.setTransportId(HTTPTransportFactory.DEFAULT_NAMESPACES.get(0));
                    List<org.apache.cxf.jaxrs.lifecycle.ResourceProvider> resourceProviders = new ArrayList<>();
                    for (Contribution c : resources) {
                        resourceProviders.add(new SingletonResourceProvider(c.resource()));
                        contributions.add(c);
                    }
                    factory.setResourceProviders(resourceProviders);
                    List<Object> all = new ArrayList<>(providers.get());
                    all.addAll(extensions);
                    factory.setProviders(all);
                    server = factory.create();
                }
                CXFNonSpringServlet servlet = new CXFNonSpringServlet(registry, false);
                servlet.setBus(bus);
                return new Generation(bus, server, servlet, List.copyOf(contributions));
            } finally {
                BusFactory.setDefaultBus(defaultBus);
                BusFactory.setThreadDefaultBus(threadBus);
                thread.setContextClassLoader(previous);
            }
        }

        void service(ServletConfig config, HttpServletRequest request, HttpServletResponse response)
                throws ServletException, IOException {
            if (!initialised) {
                synchronized (this) {
                    if (!initialised) {
                        servlet.init(new InitConfig(config, Map.of("hide-service-list-page", "true")));
                        initialised = true;
                    }
                }
            }
            servlet.service(request, response);
        }

        void destroy() {
            try {
                if (server != null) {
                    server.destroy();
                }
                if (initialised) {
                    servlet.destroy();
                }
                bus.shutdown(false);
            } catch (RuntimeException e) {
                LOG.warn("Error while destroying an old REST generation", e);
            }
        }
    }

    /** The servlet the HTTP whiteboard knows: hands each request to the current generation. */
    private final class Front extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response)
                throws ServletException, IOException {
            Generation g = current.get();
            if (g == null || g.server == null) {
                response.setStatus(503);
                response.setContentType("application/problem+json;charset=UTF-8");
                response.getWriter().write("{\"type\":\"about:blank\",\"status\":503,\"title\":\"服务暂不可用\","
                        + "\"detail\":\"REST 接口正在启动，请稍后重试\"}");
                return;
            }
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(RestShell.class.getClassLoader());
            try {
                g.service(getServletConfig(), request, response);
            } finally {
                thread.setContextClassLoader(previous);
            }
        }
    }

    /** A servlet configuration with extra init parameters. */
    record InitConfig(ServletConfig outer, Map<String, String> params) implements ServletConfig {
        @Override
        public String getServletName() {
            return outer.getServletName();
        }

        @Override
        public ServletContext getServletContext() {
            return outer.getServletContext();
        }

        @Override
        public String getInitParameter(String name) {
            String v = params.get(name);
            return v != null ? v : outer.getInitParameter(name);
        }

        @Override
        public Enumeration<String> getInitParameterNames() {
            java.util.Set<String> names = new java.util.LinkedHashSet<>(params.keySet());
            Enumeration<String> e = outer.getInitParameterNames();
            while (e != null && e.hasMoreElements()) {
                names.add(e.nextElement());
            }
            return java.util.Collections.enumeration(names);
        }
    }
}

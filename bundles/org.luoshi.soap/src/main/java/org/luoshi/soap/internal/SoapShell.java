package org.luoshi.soap.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import javax.jws.WebService;
import javax.servlet.Servlet;
import javax.xml.namespace.QName;

import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.jaxws.JAXWSMethodInvoker;
import org.apache.cxf.jaxws.JaxWsServerFactoryBean;
import org.apache.cxf.message.Exchange;
import org.apache.cxf.transport.DestinationFactoryManager;
import org.apache.cxf.transport.http.DestinationRegistry;
import org.apache.cxf.transport.http.DestinationRegistryImpl;
import org.apache.cxf.transport.http.HTTPTransportFactory;
import org.apache.cxf.transport.servlet.CXFNonSpringServlet;
import org.luoshi.api.Face;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.security.Authenticator;
import org.luoshi.api.soap.SoapSupport;
import org.osgi.framework.BundleContext;
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

/**
 * The SOAP shell: its own CXF bus and servlet at {@code /soap/*} (HTTP whiteboard), publishing every service that
 * carries {@code luoshi.soap.address} (see {@code SoapSupport}) at that address and unpublishing it when the service
 * goes. Each call is authenticated (HTTP Basic) before it reaches the endpoint; a {@link LuoshiException} thrown by
 * the endpoint becomes a Client Fault ({@code [KIND] message}, field errors in the detail), UNAVAILABLE a Server
 * Fault. {@code /soap/services} lists what is published now, each with its WSDL. An endpoint's service model is
 * built by its first request or a few seconds after endpoints stop coming (see {@link #warmUp}), not while the
 * container is starting.
 */
@Component(immediate = true, configurationPid = "org.luoshi.soap", service = {})
@Designate(ocd = SoapShell.Config.class)
public class SoapShell {
    static final QName CLIENT = new QName("http://schemas.xmlsoap.org/soap/envelope/", "Client");
    static final QName SERVER = new QName("http://schemas.xmlsoap.org/soap/envelope/", "Server");
    private static final Logger LOG = LoggerFactory.getLogger(SoapShell.class);

    /** Configuration, PID {@code org.luoshi.soap}. */
    @ObjectClassDefinition(name = "Luoshi SOAP", description = "落实平台 SOAP 接口（/soap）")
    public @interface Config {
        @AttributeDefinition(name = "路径", description = "SOAP 接口的路径前缀（HTTP 端口 8181 上）")
        String prefix() default "/soap";

        @AttributeDefinition(name = "请求大小上限（字节）",
                description = "超过的 SOAP 请求在读取前即被拒绝（413 与客户端错误 Fault）")
        long maxBodyBytes() default 1024 * 1024;
    }

    private final Bus bus;
    private final BasicAuthInterceptor auth;
    /** Integrators' API tokens, while the integration module runs. */
    @Reference(cardinality = org.osgi.service.component.annotations.ReferenceCardinality.OPTIONAL,
            policy = org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC,
            policyOption = org.osgi.service.component.annotations.ReferencePolicyOption.GREEDY)
    private volatile org.luoshi.api.security.TokenAuthenticator tokens;
    /** Every endpoint service tracked now, by address: published on its first request or by the warm-up. */
    private final Map<String, Endpoint> endpoints = new ConcurrentHashMap<>();
    private final ServiceTracker<Object, Endpoint> tracker;
    private final ServiceRegistration<Servlet> servlet;
    private final ServiceRegistration<Face> face;
    /**
     * Publishing builds a service model (reflection, JAXB: 50–150 ms an endpoint). At start-up a dozen endpoints arrive
     * while the container is busiest, so an endpoint is published by its first request (which waits for it) or, when
     * no endpoint has come or gone for {@link #WARM_UP_DELAY_S} s, by this thread ahead of any request.
     */
    private final ScheduledExecutorService warmUp = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "luoshi-soap-shell");
        t.setDaemon(true);
        return t;
    });
    static final long WARM_UP_DELAY_S = 3;
    private ScheduledFuture<?> scheduled;

    /** One endpoint service; its CXF server once published. */
    private final class Endpoint {
        final String address;
        final Object bean;
        private Server server;
        private boolean gone;

        Endpoint(String address, Object bean) {
            this.address = address;
            this.bean = bean;
        }

        synchronized void publish() {
            if (server == null && !gone) {
                server = SoapShell.this.publish(address, bean);
            }
        }

        synchronized void remove() {
            gone = true;
            if (server != null) {
                server.destroy();
                server = null;
            }
        }
    }

    @Activate
    public SoapShell(@Reference Authenticator authenticator, BundleContext context, Config config)
            throws InvalidSyntaxException {
        this.auth = new BasicAuthInterceptor(authenticator, () -> tokens);
        DestinationRegistry registry = new DestinationRegistryImpl();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(SoapShell.class.getClassLoader());
        Bus defaultBus = BusFactory.getDefaultBus(false);
        Bus threadBus = BusFactory.getThreadDefaultBus(false);
        try {
            bus = BusFactory.newInstance().createBus();
            HTTPTransportFactory transport = new HTTPTransportFactory(registry);
            DestinationFactoryManager dfm = bus.getExtension(DestinationFactoryManager.class);
            for (String ns : HTTPTransportFactory.DEFAULT_NAMESPACES) {
                dfm.registerDestinationFactory(ns, transport);
            }
            bus.setExtension(transport, HTTPTransportFactory.class);
        } finally {
            BusFactory.setDefaultBus(defaultBus);
            BusFactory.setThreadDefaultBus(threadBus);
            thread.setContextClassLoader(previous);
        }
        CXFNonSpringServlet cxf = new CXFNonSpringServlet(registry, false);
        cxf.setBus(bus);
        String prefix = config.prefix() == null || config.prefix().isBlank() ? "/soap" : config.prefix().strip();
        Dictionary<String, Object> props = new Hashtable<>();
        props.put("osgi.http.whiteboard.servlet.pattern", prefix + "/*");
        props.put("osgi.http.whiteboard.servlet.name", "luoshi-soap");
        props.put("servlet.init.service-list-path", "/services");
        props.put("servlet.init.service-list-title", "落实 Luoshi SOAP 服务");
        servlet = context.registerService(Servlet.class, new ClassLoaderServlet(cxf, this,
                config.maxBodyBytes() > 0 ? config.maxBodyBytes() : 1024 * 1024), props);
        tracker = new ServiceTracker<>(context, context.createFilter("(" + SoapSupport.ADDRESS + "=*)"), null) {
            @Override
            public Endpoint addingService(ServiceReference<Object> ref) {
                String address = String.valueOf(ref.getProperty(SoapSupport.ADDRESS)).strip();
                Object service = context.getService(ref);
                if (service == null) {
                    return null;
                }
                if (!address.startsWith("/") || contract(service.getClass()) == null) {
                    LOG.warn("Not publishing {}: needs a @WebService interface and an address starting with /",
                            service.getClass().getName());
                    context.ungetService(ref);
                    return null;
                }
                Endpoint e = new Endpoint(address, service);
                Endpoint before = endpoints.put(address, e);
                if (before != null) {
                    LOG.warn("SOAP address {} taken over by {}", address, service.getClass().getName());
                    before.remove();
                }
                scheduleWarmUp();
                return e;
            }

            @Override
            public void removedService(ServiceReference<Object> ref, Endpoint e) {
                endpoints.remove(e.address, e);
                e.remove();
                LOG.debug("SOAP endpoint removed: {}", e.address);
                context.ungetService(ref);
                scheduleWarmUp();
            }
        };
        tracker.open();
        // every tracked endpoint answers from now on (published by its first request if the warm-up has not yet)
        face = context.registerService(Face.class, () -> "soap", null);
        LOG.info("SOAP shell serving {}", prefix);
    }

    private synchronized void scheduleWarmUp() {
        if (warmUp.isShutdown()) {
            return;
        }
        if (scheduled != null) {
            scheduled.cancel(false);
        }
        scheduled = warmUp.schedule(() -> endpoints.values().forEach(Endpoint::publish), WARM_UP_DELAY_S,
                TimeUnit.SECONDS);
    }

    /**
     * Before a request reaches CXF: the endpoint it is for is published (a path under no endpoint, such as the
     * service list, publishes them all so that the list is complete).
     */
    void beforeRequest(String pathInfo) {
        String path = pathInfo == null ? "/" : pathInfo;
        for (Endpoint e : endpoints.values()) {
            if (path.equals(e.address) || path.startsWith(e.address + "/")) {
                e.publish();
                return;
            }
        }
        endpoints.values().forEach(Endpoint::publish);
    }

    /** Builds and starts the CXF server for one endpoint; null (logged) when it cannot be. */
    private Server publish(String address, Object bean) {
        Class<?> contract = contract(bean.getClass());
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(SoapShell.class.getClassLoader());
        try {
            JaxWsServerFactoryBean factory = new JaxWsServerFactoryBean();
            factory.setBus(bus);
            factory.setAddress(address);
            factory.setServiceClass(contract);
            factory.setServiceBean(bean);
            factory.setInvoker(new RefusalMappingInvoker(bean));
            factory.getInInterceptors().add(auth);
            Server server = factory.create();
            LOG.debug("SOAP endpoint published at {} ({})", address, contract.getName());
            return server;
        } catch (RuntimeException e) {
            LOG.error("Could not publish the SOAP endpoint {} at {}", bean.getClass().getName(), address, e);
            return null;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** The @WebService interface the bean implements (its own class's interfaces first). */
    static Class<?> contract(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Class<?> i : c.getInterfaces()) {
                if (i.isAnnotationPresent(WebService.class)) {
                    return i;
                }
            }
        }
        return null;
    }

    @Deactivate
    void deactivate() {
        warmUp.shutdownNow();
        face.unregister();
        tracker.close();
        servlet.unregister();
        endpoints.values().forEach(Endpoint::remove);
        endpoints.clear();
        bus.shutdown(false);
    }

    /** Turns a refusal thrown by an endpoint into a SOAP Fault a client can act on; never leaks a stack trace. */
    static final class RefusalMappingInvoker extends JAXWSMethodInvoker {
        RefusalMappingInvoker(Object bean) {
            super(bean);
        }

        @Override
        protected Object performInvocation(Exchange exchange, Object serviceObject, Method m, Object[] paramArray)
                throws Exception {
            try {
                return super.performInvocation(exchange, serviceObject, m, paramArray);
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                if (cause instanceof LuoshiException refusal) {
                    throw fault(refusal);
                }
                if (cause instanceof Fault f) {
                    throw f;
                }
                LOG.error("SOAP call failed", cause);
                throw new SoapFault("系统内部错误，请稍后重试", SERVER);
            }
        }

        static SoapFault fault(LuoshiException e) {
            LOG.warn("SOAP call refused ({}): {}", e.kind(), e.getMessage());
            SoapFault fault = new SoapFault("[" + e.kind() + "] " + e.getMessage(),
                    e.kind() == LuoshiException.Kind.UNAVAILABLE ? SERVER : CLIENT);
            if (!e.fieldErrors().isEmpty()) {
                fault.setDetail(detail(e.fieldErrors()));
            }
            return fault;
        }

        /** {@code <detail><fieldError field="…">message</fieldError>…</detail>}: which field is wrong and why. */
        static org.w3c.dom.Element detail(Map<String, String> errors) {
            try {
                javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
                f.setNamespaceAware(true);
                org.w3c.dom.Document doc = f.newDocumentBuilder().newDocument();
                org.w3c.dom.Element detail = doc.createElement("detail");
                errors.forEach((field, message) -> {
                    org.w3c.dom.Element e = doc.createElementNS(SoapSupport.NS, "fieldError");
                    e.setAttribute("field", field);
                    e.setTextContent(message);
                    detail.appendChild(e);
                });
                return detail;
            } catch (javax.xml.parsers.ParserConfigurationException ex) {
                throw new IllegalStateException(ex);
            }
        }
    }

    /** Runs every request with this bundle's class loader as context loader (CXF looks things up through it). */
    private static final class ClassLoaderServlet extends javax.servlet.http.HttpServlet {
        private static final long serialVersionUID = 1L;
        private final CXFNonSpringServlet cxf;
        private final transient SoapShell shell;
        private final long maxBytes;

        ClassLoaderServlet(CXFNonSpringServlet cxf, SoapShell shell, long maxBytes) {
            this.cxf = cxf;
            this.shell = shell;
            this.maxBytes = maxBytes;
        }

        @Override
        public void init(javax.servlet.ServletConfig config) throws javax.servlet.ServletException {
            super.init(config);
            cxf.init(config);
        }

        /**
         * Pax Web destroys and re-initialises its servlets whenever it reconfigures (a new connector, HTTPS turned
         * on): CXF's own destroy would shut down the shell's bus and every endpoint with it ("No service was found"
         * afterwards). The bus belongs to the shell and ends with it ({@link SoapShell#deactivate}).
         */
        @Override
        public void destroy() {
            super.destroy();
        }

        @Override
        protected void service(javax.servlet.http.HttpServletRequest request,
                javax.servlet.http.HttpServletResponse response) throws javax.servlet.ServletException, java.io.IOException {
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(SoapShell.class.getClassLoader());
            try {
                javax.servlet.http.HttpServletRequest bounded = bounded(request, response);
                if (bounded == null) {
                    return;
                }
                shell.beforeRequest(request.getPathInfo());
                cxf.service(bounded, response);
            } finally {
                thread.setContextClassLoader(previous);
            }
        }

        /**
         * A request no larger than {@code maxBytes}: refused from its Content-Length before anything is read, or, sent
         * without one, read up to the limit (and refused past it). Null when refused (the answer is written).
         */
        private javax.servlet.http.HttpServletRequest bounded(javax.servlet.http.HttpServletRequest request,
                javax.servlet.http.HttpServletResponse response) throws java.io.IOException {
            if (!"POST".equals(request.getMethod()) && !"PUT".equals(request.getMethod())) {
                return request;
            }
            long length = request.getContentLengthLong();
            if (length > maxBytes) {
                tooLarge(response);
                return null;
            }
            if (length >= 0) {
                return request;
            }
            byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (body.length > maxBytes) {
                tooLarge(response);
                return null;
            }
            java.io.ByteArrayInputStream in = new java.io.ByteArrayInputStream(body);
            return new javax.servlet.http.HttpServletRequestWrapper(request) {
                @Override
                public javax.servlet.ServletInputStream getInputStream() {
                    return new javax.servlet.ServletInputStream() {
                        @Override
                        public int read() {
                            return in.read();
                        }

                        @Override
                        public int read(byte[] b, int off, int len) {
                            return in.read(b, off, len);
                        }

                        @Override
                        public boolean isFinished() {
                            return in.available() == 0;
                        }

                        @Override
                        public boolean isReady() {
                            return true;
                        }

                        @Override
                        public void setReadListener(javax.servlet.ReadListener listener) {
                            throw new IllegalStateException("not asynchronous");
                        }
                    };
                }

                @Override
                public int getContentLength() {
                    return body.length;
                }

                @Override
                public long getContentLengthLong() {
                    return body.length;
                }
            };
        }

        /** 413 with a SOAP client Fault; the connection closes so that the rest of the body is never read. */
        private void tooLarge(javax.servlet.http.HttpServletResponse response) throws java.io.IOException {
            response.setStatus(413);
            response.setHeader("Connection", "close");
            response.setContentType("text/xml; charset=UTF-8");
            response.getWriter().write("<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
                    + "<soap:Fault><faultcode>soap:Client</faultcode><faultstring>请求内容过大（不能超过 " + maxBytes / 1024
                    + " KB）</faultstring></soap:Fault></soap:Body></soap:Envelope>");
        }
    }
}

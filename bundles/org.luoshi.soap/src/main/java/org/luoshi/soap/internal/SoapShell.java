package org.luoshi.soap.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

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
 * Fault. {@code /soap/services} lists what is published now, each with its WSDL.
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
    }

    private final Bus bus;
    private final BasicAuthInterceptor auth;
    private final Map<ServiceReference<Object>, Server> published = new ConcurrentHashMap<>();
    private final ServiceTracker<Object, Object> tracker;
    private final ServiceRegistration<Servlet> servlet;
    private final BundleContext context;
    /**
     * Publishing builds a service model and WSDL (tens of ms each): done off the thread that registered the endpoint,
     * two at a time (the modules' endpoints arrive together at start-up).
     */
    private final ExecutorService publisher = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "luoshi-soap-shell");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger pending = new AtomicInteger();
    /** The endpoint services tracked now (an endpoint removed while queued is not published). */
    private final java.util.Set<ServiceReference<Object>> live = ConcurrentHashMap.newKeySet();
    /** The SOAP face, registered while no publication is pending (the health check waits for it). */
    private ServiceRegistration<Face> face;

    @Activate
    public SoapShell(@Reference Authenticator authenticator, BundleContext context, Config config)
            throws InvalidSyntaxException {
        this.auth = new BasicAuthInterceptor(authenticator);
        this.context = context;
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
        servlet = context.registerService(Servlet.class, new ClassLoaderServlet(cxf), props);
        tracker = new ServiceTracker<>(context, context.createFilter("(" + SoapSupport.ADDRESS + "=*)"), null) {
            @Override
            public Object addingService(ServiceReference<Object> ref) {
                Object service = context.getService(ref);
                if (service != null) {
                    live.add(ref);
                    pending.incrementAndGet();
                    updateFace();
                    publisher.execute(() -> {
                        try {
                            if (tracking(ref)) {
                                publish(ref, service);
                            }
                        } finally {
                            pending.decrementAndGet();
                            updateFace();
                        }
                    });
                }
                return service;
            }

            @Override
            public void removedService(ServiceReference<Object> ref, Object service) {
                Server server;
                synchronized (published) {
                    live.remove(ref);
                    server = published.remove(ref);
                }
                if (server != null) {
                    server.destroy();
                    LOG.debug("SOAP endpoint removed: {}", ref.getProperty(SoapSupport.ADDRESS));
                }
                context.ungetService(ref);
            }
        };
        tracker.open();
        updateFace();
        LOG.info("SOAP shell serving {}", prefix);
    }

    private boolean tracking(ServiceReference<Object> ref) {
        return live.contains(ref);
    }

    /** The face is up while every endpoint registered so far is published. */
    private synchronized void updateFace() {
        boolean idle = pending.get() == 0 && !publisher.isShutdown();
        if (idle && face == null) {
            face = context.registerService(Face.class, () -> "soap", null);
        } else if (!idle && face != null) {
            face.unregister();
            face = null;
        }
    }

    private void publish(ServiceReference<Object> ref, Object bean) {
        String address = String.valueOf(ref.getProperty(SoapSupport.ADDRESS)).strip();
        Class<?> contract = contract(bean.getClass());
        if (contract == null || !address.startsWith("/")) {
            LOG.warn("Not publishing {}: needs a @WebService interface and an address starting with /",
                    bean.getClass().getName());
            return;
        }
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
            synchronized (published) {
                if (tracking(ref)) {
                    published.put(ref, server);
                } else {
                    server.destroy(); // the endpoint went while it was being published
                }
            }
            LOG.debug("SOAP endpoint published at {} ({})", address, contract.getName());
        } catch (RuntimeException e) {
            LOG.error("Could not publish the SOAP endpoint {} at {}", bean.getClass().getName(), address, e);
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
        publisher.shutdownNow();
        synchronized (this) {
            if (face != null) {
                face.unregister();
                face = null;
            }
        }
        tracker.close();
        servlet.unregister();
        published.values().forEach(Server::destroy);
        published.clear();
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

        ClassLoaderServlet(CXFNonSpringServlet cxf) {
            this.cxf = cxf;
        }

        @Override
        public void init(javax.servlet.ServletConfig config) throws javax.servlet.ServletException {
            super.init(config);
            cxf.init(config);
        }

        @Override
        public void destroy() {
            cxf.destroy();
        }

        @Override
        protected void service(javax.servlet.http.HttpServletRequest request,
                javax.servlet.http.HttpServletResponse response) throws javax.servlet.ServletException, java.io.IOException {
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(SoapShell.class.getClassLoader());
            try {
                cxf.service(request, response);
            } finally {
                thread.setContextClassLoader(previous);
            }
        }
    }
}

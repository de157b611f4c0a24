package org.luoshi.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.luoshi.api.Actor;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.jurisdiction.JurisdictionRegistry;
import org.luoshi.api.security.Authenticator;
import org.luoshi.api.settings.ModuleDeclaration;
import org.luoshi.api.settings.ModuleSettings;
import org.luoshi.ui.kit.Services;
import org.luoshi.ui.kit.UiView;
import org.luoshi.ui.kit.ViewContribution;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform services as the views see them ({@link Services}), and the views contributed right now. {@link UiServer}
 * puts one instance into the servlet context (attribute named after {@link Services}); views, which Vaadin
 * instantiates itself, fetch it with {@link Services#current()}.
 * <p>
 * Jurisdictions and authentication are always there. Every other service is looked up live by its class: in OSGi
 * through one {@link ServiceTracker} per class asked for (opened at the first question, or when a contribution
 * arrives whose views need it), so the shell keeps no list of mechanisms; outside OSGi (the component tests) from the
 * services {@link #put(Class, Object) put} in. A module's name, for the notices and refusals, is the menu label of the
 * first contributed view that needs its service.
 * <p>
 * A contribution registered with the service property {@value ModuleDeclaration#MODULE} belongs to that module of 模块配置
 * ({@link ModuleSettings}): while the module is disabled for a user's units, its views have no menu entry for that user.
 */
public final class UiServices implements Services {
    /** The module name of a service no contributed view declares. */
    static final String GENERIC_MODULE = "相关";

    private static final Logger LOG = LoggerFactory.getLogger(UiServices.class);

    private final JurisdictionRegistry jurisdictions;
    private final Authenticator authenticator;
    private final BundleContext context;
    /** Services put in by hand (the component tests), ahead of the trackers. */
    private final Map<Class<?>, Object> present = new ConcurrentHashMap<>();
    private final Map<Class<?>, ServiceTracker<Object, Object>> trackers = new ConcurrentHashMap<>();
    /** The contributions present, in arrival order, each with its views as it declared them on arrival. */
    private final List<Contribution> contributions = new CopyOnWriteArrayList<>();
    private volatile boolean closed;

    /** A contribution with its views as declared on arrival, and its module (null: none named). */
    private record Contribution(ViewContribution service, List<UiView> views, String module) {
    }

    /** Outside OSGi: the mechanism services are {@link #put(Class, Object) put} in. */
    public UiServices(JurisdictionRegistry jurisdictions, Authenticator authenticator) {
        this(jurisdictions, authenticator, null);
    }

    /** In OSGi: the mechanism services are tracked in {@code context} (null: outside OSGi). */
    public UiServices(JurisdictionRegistry jurisdictions, Authenticator authenticator, BundleContext context) {
        this.jurisdictions = Objects.requireNonNull(jurisdictions);
        this.authenticator = Objects.requireNonNull(authenticator);
        this.context = context;
    }

    // ---- the mandatory services ---------------------------------------------------------------------------------

    @Override
    public JurisdictionRegistry jurisdictions() {
        return jurisdictions;
    }

    /** The authentication of the login view (the shell's own; not part of the kit). */
    public Authenticator authenticator() {
        return authenticator;
    }

    // ---- the services, present or not ---------------------------------------------------------------------------

    @Override
    public <T> T get(Class<T> service) {
        return find(service).orElseThrow(() -> LuoshiException.unavailable(moduleName(service) + "模块未启用"));
    }

    @Override
    public <T> Optional<T> find(Class<T> service) {
        if (service == JurisdictionRegistry.class) {
            return Optional.of(service.cast(jurisdictions));
        }
        Object found = present.get(service);
        if (found == null && context != null && !closed) {
            found = tracker(service).getService();
        }
        return Optional.ofNullable(service.cast(found));
    }

    @Override
    public String moduleName(Class<?> service) {
        return menu().stream().filter(v -> needs(v).contains(service)).map(UiView::label).findFirst()
                .orElse(GENERIC_MODULE);
    }

    /** Makes {@code service} the one of its type (a later one replaces an earlier one). */
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

    private ServiceTracker<Object, Object> tracker(Class<?> type) {
        return trackers.computeIfAbsent(type, t -> {
            ServiceTracker<Object, Object> tracker = new ServiceTracker<>(context, t.getName(), new Logging(t));
            tracker.open();
            return tracker;
        });
    }

    /** Logs a service of a tracked class coming and going. */
    private final class Logging implements ServiceTrackerCustomizer<Object, Object> {
        private final Class<?> type;

        Logging(Class<?> type) {
            this.type = type;
        }

        @Override
        public Object addingService(ServiceReference<Object> reference) {
            Object service = context.getService(reference);
            if (service != null) {
                LOG.info("UI: module {} ({}) bound", moduleName(type), type.getSimpleName());
            }
            return service;
        }

        @Override
        public void modifiedService(ServiceReference<Object> reference, Object service) {
            // the tracker keeps the highest ranked service; nothing to do
        }

        @Override
        public void removedService(ServiceReference<Object> reference, Object service) {
            LOG.info("UI: module {} ({}) unbound", moduleName(type), type.getSimpleName());
            context.ungetService(reference);
        }
    }

    /** Closes the trackers (the UI stops). */
    void close() {
        closed = true;
        trackers.values().forEach(ServiceTracker::close);
        trackers.clear();
    }

    // ---- the contributed views ------------------------------------------------------------------------------------

    /** Adds a contribution without service properties (no module); answers its views. */
    List<UiView> add(ViewContribution contribution) {
        return add(contribution, Map.of());
    }

    /**
     * Adds a contribution with its views as they are now and its service properties (the module it belongs to, {@value
     * ModuleDeclaration#MODULE}); answers those views.
     */
    List<UiView> add(ViewContribution contribution, Map<String, ?> properties) {
        List<UiView> views = List.copyOf(Objects.requireNonNullElse(contribution.views(), List.of()));
        contributions.add(new Contribution(contribution, views, module(properties)));
        if (context != null && !closed) {
            // track what the views need from now on: the log tells when their modules come and go
            views.forEach(v -> needs(v).forEach(this::tracker));
        }
        return views;
    }

    /** The module a contribution's properties name (a text, or the first of several), or null. */
    private static String module(Map<String, ?> properties) {
        Object value = properties == null ? null : properties.get(ModuleDeclaration.MODULE);
        if (value instanceof String[] many) {
            value = many.length == 0 ? null : many[0];
        } else if (value instanceof java.util.Collection<?> many) {
            value = many.isEmpty() ? null : many.iterator().next();
        }
        return value instanceof String s && !s.isBlank() ? s.strip() : null;
    }

    /** Removes a contribution; answers the views it had brought (empty when it was not there). */
    List<UiView> remove(ViewContribution contribution) {
        for (Contribution c : contributions) {
            if (c.service() == contribution && contributions.remove(c)) {
                return c.views();
            }
        }
        return List.of();
    }

    /** Every contributed view right now, in arrival order. */
    public List<UiView> views() {
        List<UiView> all = new ArrayList<>();
        contributions.forEach(c -> all.addAll(c.views()));
        return all;
    }

    /** The contributed views with a menu entry, by their order (then their element id). */
    public List<UiView> menu() {
        return views().stream().filter(v -> v.label() != null && v.navId() != null)
                .sorted(Comparator.comparingInt(UiView::order).thenComparing(UiView::navId)).toList();
    }

    /**
     * The modules whose contributions' views are hidden from the actor's menu: those 模块配置 says are disabled at every
     * unit of the actor. Empty while 模块配置 is not installed, for an actor without units, and when it cannot answer (the
     * module's services refuse what is not allowed themselves).
     */
    public Set<String> disabledModules(Actor actor) {
        Set<String> modules = new LinkedHashSet<>();
        contributions.forEach(c -> {
            if (c.module() != null) {
                modules.add(c.module());
            }
        });
        if (modules.isEmpty() || actor == null || actor.units().isEmpty()) {
            return Set.of();
        }
        ModuleSettings settings = find(ModuleSettings.class).orElse(null);
        if (settings == null) {
            return Set.of();
        }
        Set<String> disabled = new LinkedHashSet<>();
        for (String module : modules) {
            try {
                if (actor.units().stream().noneMatch(unit -> settings.enabled(module, unit))) {
                    disabled.add(module);
                }
            } catch (RuntimeException e) {
                LOG.warn("UI: 模块配置 cannot tell whether module {} is enabled for {}: {}", module, actor.name(),
                        e.toString());
            }
        }
        return disabled;
    }

    /** The module a contributed view belongs to (its contribution's {@value ModuleDeclaration#MODULE}), or null. */
    public String module(UiView view) {
        for (Contribution c : contributions) {
            if (c.views().contains(view)) {
                return c.module();
            }
        }
        return null;
    }

    /** The services a contributed view needs, as its contribution declares them. */
    public List<Class<?>> needs(UiView view) {
        return view.needs();
    }

    @Override
    public List<Class<?>> needs(Class<?> view) {
        Set<Class<?>> needs = new LinkedHashSet<>();
        views().stream().filter(v -> v.type() == view).forEach(v -> needs.addAll(v.needs()));
        return List.copyOf(needs);
    }

    /** Whether the view class is contributed as a public view (no login). */
    public boolean isPublic(Class<?> view) {
        return views().stream().anyMatch(v -> v.type() == view && v.publicView());
    }

    /** The services of the Vaadin application handling the current request. */
    public static UiServices current() {
        return (UiServices) Services.current();
    }
}

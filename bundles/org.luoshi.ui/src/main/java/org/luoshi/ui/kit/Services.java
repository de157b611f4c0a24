package org.luoshi.ui.kit;

import java.util.List;
import java.util.Optional;

import org.luoshi.api.LuoshiException;
import org.luoshi.api.jurisdiction.JurisdictionRegistry;
import org.osgi.annotation.versioning.ProviderType;

import com.vaadin.flow.server.VaadinService;

/**
 * The platform's services as a view sees them, looked up live: modules come and go while the UI runs, so ask each time
 * a service is needed and never keep the service itself. Jurisdictions are always there.
 */
@ProviderType
public interface Services {
    /** The installed jurisdictions, their units, catalogs and cycles. */
    JurisdictionRegistry jurisdictions();

    /**
     * The service present right now; {@link LuoshiException#unavailable(String)} naming the module (e.g.
     * "问题隐患整改清单模块未启用") when it is not.
     */
    <T> T get(Class<T> service);

    /** The service present right now, or empty. */
    <T> Optional<T> find(Class<T> service);

    /** Whether the service is present right now. */
    default boolean has(Class<?> service) {
        return find(service).isPresent();
    }

    /** Those of the services that are missing right now, in the order given. */
    default List<Class<?>> missing(List<Class<?>> services) {
        return services.stream().filter(s -> !has(s)).toList();
    }

    /** The services a view class cannot work without, as its contribution declares them ({@link UiView#needs()}). */
    List<Class<?>> needs(Class<?> view);

    /** The Chinese name of the module bringing the service, as its views' menu label says (or a generic name). */
    String moduleName(Class<?> service);

    /** The services of the UI handling the current request. */
    static Services current() {
        VaadinService service = VaadinService.getCurrent();
        if (service == null) {
            throw new IllegalStateException("No Vaadin request in progress");
        }
        Services services = service.getContext().getAttribute(Services.class);
        if (services == null) {
            throw new IllegalStateException("Services missing from the servlet context");
        }
        return services;
    }
}

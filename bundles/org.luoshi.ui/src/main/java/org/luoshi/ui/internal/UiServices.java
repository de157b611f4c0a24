package org.luoshi.ui.internal;

import org.luoshi.api.hazard.HazardService;
import org.luoshi.api.jurisdiction.JurisdictionRegistry;
import org.luoshi.api.security.Authenticator;

import com.vaadin.flow.server.VaadinService;

/**
 * The platform services the views use. {@link UiServer} puts one instance into the servlet context (attribute named
 * after this class); views, which Vaadin instantiates itself, fetch it with {@link #current()}.
 */
public record UiServices(JurisdictionRegistry jurisdictions, HazardService hazards, Authenticator authenticator) {

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

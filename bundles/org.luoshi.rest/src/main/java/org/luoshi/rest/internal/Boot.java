package org.luoshi.rest.internal;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.startlevel.FrameworkStartLevel;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Whether the container has finished booting: its start level reached, its boot features installed (a service whose
 * presence says so, by class name, e.g. Karaf's {@code org.apache.karaf.features.BootFinished}), no bundle still
 * starting, and every active bundle with a persistence unit has it up.
 */
final class Boot {
    static final String KARAF_BOOT_FINISHED = "org.apache.karaf.features.BootFinished";

    private final BundleContext context;
    private final ServiceTracker<Object, Object> finished;

    Boot(BundleContext context, String bootService) {
        this.context = context;
        String name = bootService == null ? "" : bootService.strip();
        ServiceTracker<Object, Object> t = null;
        if (!name.isEmpty()) {
            try {
                // by name: no import of Karaf's features API
                t = new ServiceTracker<>(context, context.createFilter("(objectClass=" + name + ")"), null);
                t.open(true);
            } catch (InvalidSyntaxException e) {
                throw new IllegalArgumentException("bootService: " + name, e);
            }
        }
        this.finished = t;
    }

    /**
     * The container has reached its start level, installed its boot features, no bundle is still starting (the
     * modules' services are registered while their bundles start), and every active bundle with a persistence unit
     * has it up (its services wait for it).
     */
    boolean done() {
        if (starting()) {
            return false;
        }
        for (Bundle b : context.getBundles()) {
            if (b.getState() == Bundle.ACTIVE && b.getHeaders("").get("Meta-Persistence") != null && !persistent(b)) {
                return false; // its persistence unit waits for the data source (created asynchronously by pax-jdbc)
            }
        }
        return true;
    }

    /** The start level is not reached yet, the boot features are not installed yet, or a bundle is starting. */
    boolean starting() {
        if (finished != null && finished.isEmpty()) {
            return true;
        }
        FrameworkStartLevel level = context.getBundle(0).adapt(FrameworkStartLevel.class);
        String beginning = context.getProperty("org.osgi.framework.startlevel.beginning");
        try {
            if (level != null && beginning != null && level.getStartLevel() < Integer.parseInt(beginning.strip())) {
                return true;
            }
        } catch (NumberFormatException e) {
            // no usable beginning start level: skip this check
        }
        for (Bundle b : context.getBundles()) {
            if (b.getState() == Bundle.STARTING && b.getHeaders("").get(Constants.BUNDLE_ACTIVATIONPOLICY) == null) {
                return true;
            }
        }
        return false;
    }

    /** Whether the bundle's persistence unit is up: Aries JPA registers an EntityManagerFactory in its name. */
    private static boolean persistent(Bundle b) {
        ServiceReference<?>[] registered = b.getRegisteredServices();
        if (registered != null) {
            for (ServiceReference<?> r : registered) {
                if (r.getProperty(Constants.OBJECTCLASS) instanceof String[] names
                        && java.util.Arrays.asList(names).contains("javax.persistence.EntityManagerFactory")) {
                    return true;
                }
            }
        }
        return false;
    }

    void close() {
        if (finished != null) {
            finished.close();
        }
    }
}

package org.luoshi.jurisdiction.internal;

import java.io.IOException;
import java.net.URL;
import java.util.Dictionary;
import java.util.Hashtable;

import org.luoshi.api.jurisdiction.Jurisdiction;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.util.tracker.BundleTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The extender: a bundle whose manifest names a data folder in {@value #HEADER} becomes a {@link Jurisdiction} service
 * while it is active; stopping or removing the bundle withdraws it.
 */
@Component(immediate = true, service = JurisdictionExtender.class)
public class JurisdictionExtender {
    static final String HEADER = "Luoshi-Jurisdiction";
    private static final Logger LOG = LoggerFactory.getLogger(JurisdictionExtender.class);

    private final BundleTracker<ServiceRegistration<Jurisdiction>> tracker;
    /** Why a plugin's data was not taken, by bundle id (kept while the bundle is there). */
    private final java.util.Map<Long, String> errors = new java.util.concurrent.ConcurrentHashMap<>();

    @Activate
    public JurisdictionExtender(BundleContext context) {
        tracker = new BundleTracker<>(context, Bundle.ACTIVE, null) {
            @Override
            public ServiceRegistration<Jurisdiction> addingBundle(Bundle bundle, BundleEvent event) {
                String folder = bundle.getHeaders().get(HEADER);
                return folder == null ? null : register(context, bundle, folder.strip());
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, ServiceRegistration<Jurisdiction> reg) {
                errors.remove(bundle.getBundleId());
                try {
                    reg.unregister();
                    LOG.info("Jurisdiction of bundle {} withdrawn", bundle.getSymbolicName());
                } catch (IllegalStateException alreadyGone) {
                    LOG.debug("Registration of {} already gone", bundle.getSymbolicName());
                }
            }
        };
        tracker.open();
    }

    private ServiceRegistration<Jurisdiction> register(BundleContext context, Bundle bundle, String folder) {
        String base = folder.endsWith("/") ? folder : folder + "/";
        try {
            JurisdictionData data = JurisdictionData.read(new JurisdictionData.Source() {
                @Override
                public java.io.InputStream open(String name) throws IOException {
                    URL url = bundle.getEntry(base + name);
                    return url == null ? null : url.openStream();
                }

                @Override
                public java.util.List<String> list(String folder) {
                    java.util.List<String> names = new java.util.ArrayList<>();
                    java.util.Enumeration<String> paths = bundle.getEntryPaths(base + folder);
                    while (paths != null && paths.hasMoreElements()) {
                        String path = paths.nextElement();
                        if (!path.endsWith("/")) {
                            names.add(path.substring(path.lastIndexOf('/') + 1));
                        }
                    }
                    java.util.Collections.sort(names);
                    return names;
                }
            }, bundle.getVersion().toString());
            Dictionary<String, Object> props = new Hashtable<>();
            props.put("luoshi.jurisdiction", data.descriptor().id);
            props.put("luoshi.bundle", bundle.getSymbolicName());
            ServiceRegistration<Jurisdiction> reg = context.registerService(Jurisdiction.class, data, props);
            LOG.info("Jurisdiction {} ({}) registered from bundle {}: {} units, {} catalog tasks", data.descriptor().id,
                    data.descriptor().name, bundle.getSymbolicName(), data.units().size(), data.catalog().size());
            return reg;
        } catch (IOException | RuntimeException e) {
            LOG.error("Bundle {} declares {}: {} but its data is not valid: {}", bundle.getSymbolicName(), HEADER, folder,
                    e.getMessage());
            errors.put(bundle.getBundleId(), String.valueOf(e.getMessage()));
            return null;
        }
    }

    /** Why the data of a plugin bundle was not taken, or null. */
    String error(long bundleId) {
        return errors.get(bundleId);
    }

    @Deactivate
    void deactivate() {
        tracker.close();
    }
}

package org.luoshi.rest.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.SynchronousBundleListener;

/**
 * Counts how often each bundle was stopped since this face started, so an administrator (and the hot-deploy test) can
 * see that installing or removing a region plugin stopped or refreshed nothing else.
 */
final class BundleWatch implements SynchronousBundleListener {
    private final BundleContext context;
    private final Map<Long, AtomicInteger> stops = new ConcurrentHashMap<>();

    BundleWatch(BundleContext context) {
        this.context = context;
        context.addBundleListener(this);
    }

    @Override
    public void bundleChanged(BundleEvent event) {
        if (event.getType() == BundleEvent.STOPPING) {
            stops.computeIfAbsent(event.getBundle().getBundleId(), id -> new AtomicInteger()).incrementAndGet();
        }
    }

    List<Map<String, Object>> snapshot() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Bundle b : context.getBundles()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", b.getBundleId());
            row.put("symbolicName", b.getSymbolicName());
            row.put("version", b.getVersion().toString());
            row.put("state", state(b.getState()));
            row.put("lastModified", b.getLastModified());
            AtomicInteger n = stops.get(b.getBundleId());
            row.put("stopsSinceStart", n == null ? 0 : n.get());
            out.add(row);
        }
        return out;
    }

    private static String state(int s) {
        return switch (s) {
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            default -> "UNINSTALLED";
        };
    }

    void close() {
        context.removeBundleListener(this);
    }
}

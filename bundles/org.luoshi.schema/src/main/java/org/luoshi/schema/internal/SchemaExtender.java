package org.luoshi.schema.internal;

import java.io.InputStream;
import java.net.URL;
import java.sql.Connection;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.sql.DataSource;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.tracker.BundleTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Schema migrations, module by module. A bundle that names its Liquibase changelog in the header
 * {@code Luoshi-Changelog} (e.g. {@code db/changelog.xml}) has it applied to the platform database when it starts, and
 * then the platform DataSource is registered once more for it, with the property {@code luoshi.schema=<its symbolic
 * name>}. Its persistence unit names that property in its data source filter, so the unit (and every service using it)
 * comes up only on a migrated schema; a failed migration keeps the module down with the reason in the log. Migrations
 * run one at a time (Liquibase locks the database for each) on a thread of their own, so the container goes on
 * starting other bundles meanwhile. When the platform DataSource changes (e.g. switched to PostgreSQL), this component
 * restarts and migrates every module there. A change log already applied in full (its digest recorded by
 * {@link Migrations}) costs one query instead of a Liquibase run.
 */
@Component(immediate = true)
public class SchemaExtender {
    static final String HEADER = "Luoshi-Changelog";
    static final String PROPERTY = "luoshi.schema";
    private static final Logger LOG = LoggerFactory.getLogger(SchemaExtender.class);

    private final DataSource dataSource;
    private final BundleContext context;
    /** Migrations run one at a time (Liquibase locks the database for each), off the thread starting bundles. */
    private final ExecutorService migrations = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "luoshi-schema");
        t.setDaemon(true);
        return t;
    });
    private final BundleTracker<Module> tracker;

    /** A module bundle: its migration, then the DataSource registered for it (unless it went meanwhile). */
    private final class Module {
        private final Bundle bundle;
        private final String changelog;
        private ServiceRegistration<DataSource> registration;
        private boolean gone;

        Module(Bundle bundle, String changelog) {
            this.bundle = bundle;
            this.changelog = changelog;
        }

        void migrateAndRegister() {
            synchronized (this) {
                if (gone) {
                    return;
                }
            }
            String name = bundle.getSymbolicName();
            try {
                migrate(bundle, changelog);
            } catch (Exception e) {
                LOG.error("The schema of {} could not be migrated ({}); its persistence unit stays down", name,
                        changelog, e);
                return;
            }
            Dictionary<String, Object> props = new Hashtable<>();
            props.put(PROPERTY, name);
            props.put("service.description", "平台数据库（" + name + " 的表结构已迁移）");
            synchronized (this) {
                if (!gone) {
                    registration = context.registerService(DataSource.class, dataSource, props);
                }
            }
        }

        synchronized void remove() {
            gone = true;
            if (registration != null) {
                try {
                    registration.unregister();
                } catch (IllegalStateException e) {
                    // already unregistered with the extender's context
                }
                registration = null;
            }
        }
    }

    @Activate
    public SchemaExtender(@Reference(target = "(osgi.jndi.service.name=luoshi)") DataSource dataSource,
            BundleContext context) {
        this.dataSource = dataSource;
        this.context = context;
        this.tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, null) {
            @Override
            public Module addingBundle(Bundle bundle, BundleEvent event) {
                String changelog = bundle.getHeaders("").get(HEADER);
                if (changelog == null || changelog.isBlank()) {
                    return null;
                }
                Module m = new Module(bundle, changelog.strip());
                migrations.execute(m::migrateAndRegister);
                return m;
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, Module module) {
                module.remove();
            }
        };
        tracker.open();
    }

    @Deactivate
    void deactivate() {
        tracker.close();
        migrations.shutdownNow();
    }

    private void migrate(Bundle bundle, String changelog) throws Exception {
        long started = System.nanoTime();
        String name = bundle.getSymbolicName();
        URL entry = bundle.getEntry(changelog);
        if (entry == null) {
            throw new IllegalStateException("no " + changelog + " in the bundle");
        }
        byte[] content;
        try (InputStream in = entry.openStream()) {
            content = in.readAllBytes();
        }
        String checksum = Migrations.checksum(content);
        try (Connection connection = dataSource.getConnection()) {
            if (Migrations.upToDate(connection, name, checksum)) {
                LOG.info("Schema of {} is up to date (change log {} recorded; {} ms)", name, checksum.substring(0, 12),
                        (System.nanoTime() - started) / 1_000_000);
                return;
            }
            LiquibaseRun.update(connection, changelog, bundle.adapt(BundleWiring.class).getClassLoader());
            Migrations.record(connection, name, checksum);
        }
        LOG.info("Schema of {} migrated ({} ms)", name, (System.nanoTime() - started) / 1_000_000);
    }
}

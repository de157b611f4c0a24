package org.luoshi.jurisdiction.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

import org.luoshi.api.Actor;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.cycle.CycleDTO;
import org.luoshi.api.jurisdiction.Jurisdiction;
import org.luoshi.api.jurisdiction.JurisdictionDTO;
import org.luoshi.api.jurisdiction.PluginDTO;
import org.luoshi.api.jurisdiction.Plugins;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The plugins as the administrator sees them: every bundle with the {@code Luoshi-Jurisdiction} header, its state, its
 * jar's SHA-256 (read from where it was installed), and what its data supplies — or why its data was not taken.
 */
@Component(service = Plugins.class)
public class PluginsImpl implements Plugins {
    private final BundleContext context;
    private final JurisdictionExtender extender;

    @Activate
    public PluginsImpl(BundleContext context, @Reference JurisdictionExtender extender) {
        this.context = context;
        this.extender = extender;
    }

    @Override
    public List<PluginDTO> list(Actor actor) {
        if (!actor.roles().contains(Actor.ROLE_ADMIN)) {
            throw LuoshiException.forbidden("只有管理员可以管理插件");
        }
        List<PluginDTO> out = new ArrayList<>();
        for (Bundle b : context.getBundles()) {
            if (b.getHeaders().get(JurisdictionExtender.HEADER) == null) {
                continue;
            }
            PluginDTO p = new PluginDTO();
            p.bundle = b.getSymbolicName();
            p.version = b.getVersion().toString();
            p.state = state(b.getState());
            p.location = b.getLocation();
            p.installedAt = Instant.ofEpochMilli(b.getLastModified()).toString();
            p.digest = digest(b.getLocation());
            p.error = extender.error(b.getBundleId());
            Jurisdiction j = jurisdiction(b);
            if (j != null) {
                JurisdictionDTO d = j.descriptor();
                p.jurisdiction = d.id;
                p.name = d.name;
                p.level = d.level;
                p.parent = d.parent;
                p.units = j.units().size();
                p.tasks = j.catalog().size();
                p.cycles = j.cycles().size();
                p.forms = (int) j.cycles().stream().map((CycleDTO c) -> c.form).filter(f -> f != null).count();
                if (j instanceof JurisdictionData data) {
                    p.modules.addAll(data.modules());
                }
            }
            out.add(p);
        }
        out.sort(Comparator.comparing((PluginDTO p) -> p.bundle));
        return out;
    }

    /** The jurisdiction the extender registered for the bundle, if any. */
    private Jurisdiction jurisdiction(Bundle b) {
        try {
            for (ServiceReference<Jurisdiction> ref : context.getServiceReferences(Jurisdiction.class,
                    "(luoshi.bundle=" + b.getSymbolicName() + ")")) {
                Jurisdiction j = context.getService(ref);
                if (j != null) {
                    context.ungetService(ref);
                    return j;
                }
            }
        } catch (InvalidSyntaxException e) {
            return null;
        }
        return null;
    }

    /** SHA-256 of the jar a bundle was installed from (a file: location, as from deploy/), or null. */
    static String digest(String location) {
        if (location == null || !location.startsWith("file:")) {
            return null;
        }
        try (InputStream in = new DigestInputStream(URI.create(location.replace(" ", "%20")).toURL().openStream(),
                MessageDigest.getInstance("SHA-256"))) {
            DigestInputStream d = (DigestInputStream) in;
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(d.getMessageDigest().digest());
        } catch (IOException | IllegalArgumentException | NoSuchAlgorithmException e) {
            return null;
        }
    }

    private static String state(int state) {
        return switch (state) {
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            default -> "UNINSTALLED";
        };
    }
}

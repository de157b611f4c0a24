package org.luoshi.jurisdiction.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The jars of the plugins managed through 插件管理 and what is current, on disk below {@code data/luoshi/plugins}: per
 * bundle a folder with its jars by SHA-256 and {@code state.properties} (current and previous jar, their versions, who
 * changed it last and when, whether it was removed). Kept apart from the OSGi cache so a plugin installed here is
 * reinstalled when the platform starts on an empty cache.
 */
final class PluginStore {
    /** The managed state of one plugin bundle. */
    static final class State {
        String bundle;
        String current;
        String currentVersion;
        String previous;
        String previousVersion;
        String changedBy;
        String changedAt;
        boolean removed;
    }

    private final Path root;

    PluginStore(Path root) {
        this.root = root;
    }

    void saveJar(String bundle, String digest, byte[] bytes) {
        Path file = folder(bundle).resolve(digest + ".jar");
        if (Files.isRegularFile(file)) {
            return;
        }
        write(file, out -> out.write(bytes));
    }

    byte[] jar(String bundle, String digest) {
        try {
            return Files.readAllBytes(folder(bundle).resolve(digest + ".jar"));
        } catch (IOException e) {
            throw new UncheckedIOException("插件存档中缺少版本 " + digest.substring(0, 12), e);
        }
    }

    Optional<State> state(String bundle) {
        Path file = folder(bundle).resolve("state.properties");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        State s = new State();
        s.bundle = bundle;
        s.current = p.getProperty("current");
        s.currentVersion = p.getProperty("currentVersion");
        s.previous = p.getProperty("previous");
        s.previousVersion = p.getProperty("previousVersion");
        s.changedBy = p.getProperty("changedBy");
        s.changedAt = p.getProperty("changedAt");
        s.removed = Boolean.parseBoolean(p.getProperty("removed"));
        return Optional.of(s);
    }

    void save(State s) {
        Properties p = new Properties();
        put(p, "current", s.current);
        put(p, "currentVersion", s.currentVersion);
        put(p, "previous", s.previous);
        put(p, "previousVersion", s.previousVersion);
        put(p, "changedBy", s.changedBy);
        put(p, "changedAt", s.changedAt);
        p.setProperty("removed", String.valueOf(s.removed));
        write(folder(s.bundle).resolve("state.properties"), out -> p.store(out, "Luoshi plugin state (插件管理)"));
    }

    /** Every bundle with a state here. */
    List<State> all() {
        List<State> out = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return out;
        }
        try (Stream<Path> dirs = Files.list(root)) {
            dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted()
                    .forEach(b -> state(b).ifPresent(out::add));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private Path folder(String bundle) {
        if (!PluginJar.SYMBOLIC_NAME.matcher(bundle).matches()) {
            throw new IllegalArgumentException("bundle name");
        }
        return root.resolve(bundle);
    }

    private interface Writer {
        void write(OutputStream out) throws IOException;
    }

    /** Writes through a temporary file and a move, so a crash leaves the old file or the new one, never half of one. */
    private static void write(Path file, Writer writer) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), ".", ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                writer.write(out);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(Properties p, String key, String value) {
        if (value != null) {
            p.setProperty(key, value);
        }
    }
}

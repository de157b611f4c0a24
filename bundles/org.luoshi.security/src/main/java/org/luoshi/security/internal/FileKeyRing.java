package org.luoshi.security.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.Dictionary;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.luoshi.api.security.KeyRing;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keys as files {@code <purpose>-<n>.key} (Base64 of 32 random bytes) in {@code etc/luoshi-keys/}: the folder 700 and
 * each file 600 where the file system has POSIX permissions, created under those permissions (never readable by others,
 * not even for a moment), written to a temporary name and moved into place so a crash never leaves half a key.
 */
@Component(service = KeyRing.class)
public class FileKeyRing implements KeyRing {
    private static final Logger LOG = LoggerFactory.getLogger(FileKeyRing.class);
    private static final Pattern PURPOSE = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final Pattern FILE = Pattern.compile("([a-z][a-z0-9-]{0,39})-([0-9]{1,6})\\.key");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path dir;
    private final ConcurrentHashMap<String, TreeMap<Integer, byte[]>> cache = new ConcurrentHashMap<>();

    /**
     * The platform's key ring. Keys an earlier installation kept in ConfigAdmin (PIDs {@code org.luoshi.<module>.key},
     * property {@code <purpose>Key}: {@code identityKey}, {@code checkpointKey}; stored under {@code data/}, which
     * {@code bin/karaf clean} deletes) move into it on first start, and their configurations are deleted.
     */
    @Activate
    public FileKeyRing(@Reference ConfigurationAdmin configAdmin) {
        this(defaultFolder());
        adoptFromConfigAdmin(configAdmin);
    }

    private void adoptFromConfigAdmin(ConfigurationAdmin configAdmin) {
        try {
            Configuration[] legacy = configAdmin.listConfigurations("(service.pid=org.luoshi.*.key)");
            for (Configuration c : legacy == null ? new Configuration[0] : legacy) {
                Dictionary<String, Object> props = c.getProperties();
                boolean kept = true;
                for (String name : props == null ? List.<String>of() : Collections.list(props.keys())) {
                    if (!name.endsWith("Key") || name.length() == 3) {
                        continue;
                    }
                    String purpose = name.substring(0, name.length() - 3).toLowerCase(java.util.Locale.ROOT);
                    byte[] bytes = Base64.getDecoder().decode(props.get(name).toString().strip());
                    kept &= adopt(purpose, bytes) || Arrays.equals(bytes, key(purpose, 1).map(Key::bytes).orElse(null));
                }
                if (kept) {
                    c.delete();
                } else {
                    LOG.warn("ConfigAdmin PID {} holds a key that differs from the key ring's; left in place", c.getPid());
                }
            }
        } catch (IOException | InvalidSyntaxException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot move the earlier installation's keys into " + dir, e);
        }
    }

    FileKeyRing(Path dir) {
        this.dir = dir;
    }

    static Path defaultFolder() {
        String etc = System.getProperty("karaf.etc");
        return (etc != null ? Paths.get(etc) : Paths.get(System.getProperty("karaf.base", "."), "etc")).resolve("luoshi-keys");
    }

    @Override
    public synchronized Key current(String purpose) {
        TreeMap<Integer, byte[]> keys = load(purpose);
        if (keys.isEmpty()) {
            byte[] fresh = random();
            write(purpose, 1, fresh);
            LOG.info("Generated key '{}' 1 in {} (mode 600); back it up with the database", purpose, dir);
            return new Key(1, fresh);
        }
        var last = keys.lastEntry();
        return new Key(last.getKey(), last.getValue());
    }

    @Override
    public synchronized Optional<Key> key(String purpose, int id) {
        byte[] k = load(purpose).get(id);
        return k == null ? Optional.empty() : Optional.of(new Key(id, k));
    }

    @Override
    public synchronized Key rotate(String purpose) {
        TreeMap<Integer, byte[]> keys = load(purpose);
        int next = keys.isEmpty() ? 1 : keys.lastKey() + 1;
        byte[] fresh = random();
        write(purpose, next, fresh);
        LOG.info("Key '{}' rotated: key {} is now the newest", purpose, next);
        return new Key(next, fresh);
    }

    @Override
    public synchronized int retireBefore(String purpose, int keepFrom) {
        TreeMap<Integer, byte[]> keys = load(purpose);
        int gone = 0;
        for (Integer id : keys.headMap(keepFrom).keySet().toArray(Integer[]::new)) {
            try {
                Files.deleteIfExists(file(purpose, id));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete key " + purpose + "-" + id, e);
            }
            keys.remove(id);
            gone++;
        }
        if (gone > 0) {
            LOG.info("Retired {} older key(s) of '{}'", gone, purpose);
        }
        return gone;
    }

    @Override
    public synchronized int copyTo(Path folder) {
        try {
            if (Files.getFileStore(existingParent(folder)).supportsFileAttributeView("posix")) {
                Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIR));
            } else {
                Files.createDirectories(folder);
            }
            if (!Files.isDirectory(dir)) {
                return 0;
            }
            int n = 0;
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    if (FILE.matcher(f.getFileName().toString()).matches()) {
                        Files.copy(f, folder.resolve(f.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
                        n++;
                    }
                }
            }
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the keys to " + folder, e);
        }
    }

    /** Keeps {@code bytes} as key 1 of a purpose that has none yet; false (nothing changed) when it has keys. */
    synchronized boolean adopt(String purpose, byte[] bytes) {
        if (bytes == null || bytes.length != 32) {
            throw new IllegalArgumentException("a key has 32 bytes");
        }
        if (!load(purpose).isEmpty()) {
            return false;
        }
        write(purpose, 1, bytes.clone());
        LOG.info("Key '{}' adopted from the earlier installation into {} (mode 600)", purpose, dir);
        return true;
    }

    private TreeMap<Integer, byte[]> load(String purpose) {
        if (purpose == null || !PURPOSE.matcher(purpose).matches()) {
            throw new IllegalArgumentException("key purpose: lower-case letters, digits and '-'");
        }
        return cache.computeIfAbsent(purpose, p -> {
            TreeMap<Integer, byte[]> keys = new TreeMap<>();
            if (!Files.isDirectory(dir)) {
                return keys;
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    Matcher m = FILE.matcher(f.getFileName().toString());
                    if (m.matches() && m.group(1).equals(p)) {
                        byte[] k = Base64.getDecoder().decode(Files.readString(f, StandardCharsets.US_ASCII).strip());
                        if (k.length != 32) {
                            throw new IllegalStateException("key file " + f.getFileName() + " does not hold 32 bytes");
                        }
                        keys.put(Integer.parseInt(m.group(2)), k);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the keys in " + dir, e);
            }
            return keys;
        });
    }

    private void write(String purpose, int id, byte[] key) {
        Path target = file(purpose, id);
        try {
            boolean posix = Files.getFileStore(Files.isDirectory(dir) ? dir : existingParent(dir))
                    .supportsFileAttributeView("posix");
            if (!Files.isDirectory(dir)) {
                if (posix) {
                    Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIR));
                } else {
                    Files.createDirectories(dir);
                }
            }
            if (Files.exists(target)) {
                throw new FileAlreadyExistsException(target.toString());
            }
            Path tmp = dir.resolve("." + target.getFileName() + ".tmp");
            Files.deleteIfExists(tmp);
            if (posix) {
                Files.createFile(tmp, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
            } else {
                Files.createFile(tmp);
            }
            Files.writeString(tmp, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write key " + target.getFileName() + " in " + dir, e);
        }
        load(purpose).put(id, key);
    }

    private static Path existingParent(Path p) {
        Path a = p.toAbsolutePath();
        while (a != null && !Files.exists(a)) {
            a = a.getParent();
        }
        return a;
    }

    private Path file(String purpose, int id) {
        return dir.resolve(purpose + "-" + id + ".key");
    }

    private static byte[] random() {
        byte[] k = new byte[32];
        RANDOM.nextBytes(k);
        return k;
    }
}

package org.luoshi.schema.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Build step of the distribution (not used at run time): gives a fresh installation a database whose schema is
 * already migrated, so its first start runs no migration. Applies the change log of every module bundle in the
 * distribution's {@code system/} repository (those with a {@code Luoshi-Changelog} header) to a new Derby database at
 * {@code var/derby/luoshi}, exactly as {@link SchemaExtender} does at start-up, and records each as
 * {@link Migrations} does; the platform then finds every module up to date. Usage:
 * {@code java -cp <this bundle, liquibase-core and its needs, derby> org.luoshi.schema.internal.Prebuild <distribution>}
 */
public final class Prebuild {
    private Prebuild() {
    }

    record Module(String name, String changelog, byte[] content, Path jar) {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        root.setLevel(java.util.logging.Level.WARNING); // Liquibase logs through java.util.logging: only what goes wrong
        for (var handler : root.getHandlers()) {
            handler.setLevel(java.util.logging.Level.WARNING);
        }
        List<Module> modules = modules(home.resolve("system/org/luoshi"));
        Path db = home.resolve("var/derby/luoshi");
        deleteTree(db);
        Files.createDirectories(db.getParent());
        String url = "jdbc:derby:" + db.toAbsolutePath();
        try (Connection c = DriverManager.getConnection(url + ";create=true")) {
            for (Module m : modules) {
                long started = System.nanoTime();
                try (URLClassLoader resources = new URLClassLoader(new URL[] { m.jar.toUri().toURL() }, null)) {
                    LiquibaseRun.update(c, m.changelog, resources);
                }
                Migrations.record(c, m.name, Migrations.checksum(m.content));
                System.out.printf("Schema of %s migrated into %s (%d ms)%n", m.name, home.relativize(db),
                        (System.nanoTime() - started) / 1_000_000);
            }
        }
        try {
            DriverManager.getConnection(url + ";shutdown=true").close();
        } catch (SQLException expected) {
            // Derby reports a clean shut-down as 08006
        }
        if (modules.isEmpty()) {
            throw new IllegalStateException("no module with a change log under " + home.resolve("system/org/luoshi"));
        }
    }

    /** Every bundle in the repository whose manifest names a change log, by symbolic name. */
    static List<Module> modules(Path repository) throws IOException {
        List<Module> found = new ArrayList<>();
        try (Stream<Path> jars = Files.walk(repository)) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).toList()) {
                try (JarFile file = new JarFile(jar.toFile())) {
                    var attributes = file.getManifest() == null ? null : file.getManifest().getMainAttributes();
                    String changelog = attributes == null ? null : attributes.getValue(SchemaExtender.HEADER);
                    if (changelog == null || changelog.isBlank()) {
                        continue;
                    }
                    String name = attributes.getValue("Bundle-SymbolicName").split(";")[0].strip();
                    try (InputStream in = file.getInputStream(file.getEntry(changelog.strip()))) {
                        found.add(new Module(name, changelog.strip(), in.readAllBytes(), jar));
                    }
                }
            }
        }
        found.sort(Comparator.comparing(Module::name));
        return found;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}

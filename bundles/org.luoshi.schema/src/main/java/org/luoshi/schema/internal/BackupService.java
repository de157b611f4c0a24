package org.luoshi.schema.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.luoshi.api.Actor;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.audit.AuditTrail;
import org.luoshi.api.security.KeyRing;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A backup of everything the platform's data needs, in one folder: the platform's files outside the database first
 * ({@code var/luoshi/}, e.g. the audit chain's checkpoint, which must not be ahead of the database copy), the keys the
 * data is sealed or anchored with (the key ring's files from {@code etc/luoshi-keys/}, as {@code keys/}), then an
 * online copy of the Derby database ({@code SYSCS_UTIL.SYSCS_BACKUP_DATABASE}; writes go on meanwhile). Restored with
 * {@code bin/luoshi-restore <folder>} while the platform is stopped. For administrators only; audited. On PostgreSQL the
 * files and keys are written the same way and the database is then backed up with pg_dump (README, BACKUP.txt).
 */
@Component(service = BackupService.class, configurationPid = "org.luoshi.backup")
@Designate(ocd = BackupService.Config.class)
public class BackupService {
    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** Configuration, PID {@code org.luoshi.backup}. */
    @ObjectClassDefinition(name = "Luoshi backup", description = "落实平台备份")
    public @interface Config {
        @AttributeDefinition(name = "备份目录", description = "备份写入的目录（留空：平台目录下的 backups/）")
        String directory() default "";
    }

    private final DataSource dataSource;
    private final KeyRing keyRing;
    private final AuditTrail audit;
    private final Path root;

    @Activate
    public BackupService(@Reference(target = "(osgi.jndi.service.name=luoshi)") DataSource dataSource,
            @Reference KeyRing keyRing, @Reference AuditTrail audit, Config config) {
        this.dataSource = dataSource;
        this.keyRing = keyRing;
        this.audit = audit;
        String dir = config.directory() == null ? "" : config.directory().strip();
        this.root = dir.isEmpty() ? Paths.get(System.getProperty("karaf.home", "."), "backups") : Paths.get(dir);
    }

    /** Makes a backup and answers where it is, its size and what it holds. */
    public Map<String, Object> backup(Actor actor) {
        if (!actor.roles().contains(Actor.ROLE_ADMIN)) {
            throw LuoshiException.forbidden("只有管理员可以备份平台数据");
        }
        String at = LocalDateTime.now(ZONE).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"));
        Path dir = root.resolve("luoshi-" + at).toAbsolutePath().normalize();
        long started = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName();
            boolean derby = product.toLowerCase().contains("derby");
            Files.createDirectories(dir);
            int files = copyTree(Paths.get(System.getProperty("karaf.base", "."), "var", "luoshi"), dir.resolve("files"));
            int keys = keyRing.copyTo(dir.resolve("keys"));
            if (derby) {
                try (CallableStatement call = c.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                    call.setString(1, dir.resolve("derby").toString());
                    call.execute();
                }
                if (!c.getAutoCommit()) {
                    c.commit();
                }
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("directory", dir.toString());
            out.put("bytes", size(dir));
            out.put("keys", keys);
            out.put("files", files);
            out.put("database", derby ? "derby/" : product + "：不在此备份中，请随即用 pg_dump 备份（见 BACKUP.txt）");
            out.put("millis", (System.nanoTime() - started) / 1_000_000);
            try (Writer w = Files.newBufferedWriter(dir.resolve("BACKUP.txt"), StandardCharsets.UTF_8)) {
                w.write("落实平台备份 " + at + "（" + actor.name() + "）\n"
                        + (derby ? "derby/  数据库联机备份；" : "")
                        + "keys/  密钥（与数据库同等保密）；files/  库外文件（审计检查点）\n");
                w.write(derby ? "恢复：停止平台后执行 bin/luoshi-restore " + dir + "，再启动平台。\n"
                        : "数据库（" + product + "）：现在用数据库自身的工具备份，例如\n"
                                + "  pg_dump -Fc -f " + dir.resolve("luoshi.dump") + " <数据库名>\n"
                                + "恢复：停止平台，pg_restore --clean -d <数据库名> luoshi.dump，"
                                + "再执行 bin/luoshi-restore " + dir + "（放回密钥与检查点），然后启动平台。\n");
            }
            audit.append(actor, "platform.backup", "backup", dir.getFileName().toString(), null,
                    "{\"bytes\":" + out.get("bytes") + ",\"keys\":" + keys + "}");
            LOG.info("Backup written to {} ({} bytes, {} keys) in {} ms", dir, out.get("bytes"), keys, out.get("millis"));
            return out;
        } catch (SQLException | IOException e) {
            LOG.error("Backup to {} failed", dir, e);
            throw new IllegalStateException("备份失败：" + e.getMessage(), e);
        }
    }

    private static int copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        if (!Files.isDirectory(from)) {
            return 0;
        }
        int n = 0;
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().endsWith(".tmp")) {
                    Files.copy(p, target);
                    n++;
                }
            }
        }
        return n;
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}

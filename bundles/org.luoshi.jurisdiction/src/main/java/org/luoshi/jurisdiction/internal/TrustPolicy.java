package org.luoshi.jurisdiction.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether a plugin jar is trusted: its SHA-256 is on the allow-list, or every file in it is signed (jarsigner) by one of
 * the trusted certificates and the signatures verify (the JDK's own jar verification).
 */
final class TrustPolicy {
    private static final Logger LOG = LoggerFactory.getLogger(TrustPolicy.class);

    final Set<String> digests;
    final List<X509Certificate> certificates;
    final long maxBytes;
    final List<Path> repositories;

    record Verdict(boolean trusted, String reason) {
    }

    TrustPolicy(Set<String> digests, List<X509Certificate> certificates, long maxBytes, List<Path> repositories) {
        this.digests = Set.copyOf(digests);
        this.certificates = List.copyOf(certificates);
        this.maxBytes = maxBytes;
        this.repositories = List.copyOf(repositories);
    }

    static TrustPolicy of(PluginPolicy config, Path etc, List<Path> defaultRepositories) {
        Set<String> digests = new LinkedHashSet<>();
        for (String value : config.trustedDigests()) {
            for (String d : value.split("[,\\s]+")) {
                if (d.matches("(?i)[0-9a-f]{64}")) {
                    digests.add(d.toLowerCase(Locale.ROOT));
                } else if (!d.isBlank()) {
                    LOG.warn("org.luoshi.plugins: a trusted digest is not a SHA-256 in hex; ignored");
                }
            }
        }
        List<X509Certificate> certs = new ArrayList<>();
        for (String value : config.trustedCertificates()) {
            if (value == null || value.isBlank()) {
                continue;
            }
            try {
                String pem = value.contains("-----BEGIN") ? value
                        : Files.readString(etc.resolve(value.strip()), StandardCharsets.US_ASCII);
                for (Certificate c : CertificateFactory.getInstance("X.509")
                        .generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)))) {
                    certs.add((X509Certificate) c);
                }
            } catch (IOException | CertificateException | RuntimeException e) {
                LOG.warn("org.luoshi.plugins: a trusted certificate cannot be read ({}); ignored", e.getClass().getSimpleName());
            }
        }
        List<Path> repos = new ArrayList<>();
        for (String r : config.repositories()) {
            if (r != null && !r.isBlank()) {
                repos.add(Path.of(r.strip()));
            }
        }
        return new TrustPolicy(digests, certs, config.maxBytes(), repos.isEmpty() ? defaultRepositories : repos);
    }

    Verdict verdict(PluginJar jar) {
        if (digests.contains(jar.digest)) {
            return new Verdict(true, "SHA-256 在允许列表中");
        }
        List<X509Certificate> signers;
        try {
            signers = signers(jar.bytes);
        } catch (SecurityException e) {
            return new Verdict(false, "签名校验失败：jar 在签名之后被改动过");
        } catch (IOException e) {
            return new Verdict(false, "签名无法读取");
        }
        if (signers == null) {
            return new Verdict(false, "未签名，且 SHA-256 不在允许列表中（信任策略 PID org.luoshi.plugins）");
        }
        if (signers.isEmpty()) {
            return new Verdict(false, "只有部分文件带签名，不予接受");
        }
        for (X509Certificate s : signers) {
            for (X509Certificate t : certificates) {
                if (Arrays.equals(encoded(s), encoded(t))) {
                    try {
                        s.checkValidity();
                    } catch (CertificateException e) {
                        return new Verdict(false, "签名证书已过期或尚未生效");
                    }
                    return new Verdict(true, "由受信任的证书签名：" + s.getSubjectX500Principal().getName());
                }
            }
        }
        return new Verdict(false, "签名证书不在信任策略中（PID org.luoshi.plugins）");
    }

    /**
     * The certificates that signed every file of the jar: null when no file is signed, empty when some are not or the
     * files do not share a signer. Reading each entry through a verifying {@link JarInputStream} checks its digest
     * against the signed manifest; a mismatch throws SecurityException.
     */
    static List<X509Certificate> signers(byte[] bytes) throws IOException {
        List<X509Certificate> common = null;
        boolean anySigned = false;
        boolean anyUnsigned = false;
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(bytes), true)) {
            if (in.getManifest() == null) {
                return null;
            }
            JarEntry e;
            byte[] buf = new byte[8192];
            while ((e = in.getNextJarEntry()) != null) {
                while (in.read(buf) > 0) {
                    // reading every entry to its end feeds the verifier: signature files first, then each file's digest
                }
                if (e.isDirectory() || signatureFile(e.getName())) {
                    continue;
                }
                CodeSigner[] cs = e.getCodeSigners();
                if (cs == null || cs.length == 0) {
                    anyUnsigned = true;
                    continue;
                }
                anySigned = true;
                List<X509Certificate> these = new ArrayList<>();
                for (CodeSigner s : cs) {
                    these.add((X509Certificate) s.getSignerCertPath().getCertificates().get(0));
                }
                if (common == null) {
                    common = these;
                } else {
                    common.removeIf(c -> these.stream().noneMatch(t -> Arrays.equals(encoded(c), encoded(t))));
                }
            }
        }
        if (!anySigned) {
            return null;
        }
        return anyUnsigned || common == null ? List.of() : common;
    }

    private static boolean signatureFile(String name) {
        String n = name.toUpperCase(Locale.ROOT);
        return n.startsWith("META-INF/") && n.indexOf('/', 9) < 0 && (n.endsWith(".SF") || n.endsWith(".RSA")
                || n.endsWith(".DSA") || n.endsWith(".EC") || n.startsWith("META-INF/SIG-"));
    }

    private static byte[] encoded(X509Certificate c) {
        try {
            return c.getEncoded();
        } catch (CertificateException e) {
            return new byte[0];
        }
    }

    /** Reads a plugin jar from a local repository: a {@code mvn:} coordinate or a {@code file:} URL inside one. */
    byte[] fromRepository(String url) {
        if (url == null || url.isBlank() || url.length() > 500) {
            throw org.luoshi.api.LuoshiException.invalid("请填写本地仓库中的插件地址（mvn:组/构件/版本）");
        }
        Path file = null;
        String u = url.strip();
        if (u.startsWith("mvn:")) {
            String[] c = u.substring(4).split("/");
            if (c.length < 3 || c.length > 5 || Arrays.stream(c).anyMatch(s -> !s.matches("[A-Za-z0-9_.-]+") || s.equals("..")
                    || s.equals("."))) {
                throw org.luoshi.api.LuoshiException.invalid("地址格式应为 mvn:组/构件/版本[/jar[/分类]]");
            }
            if (c.length >= 4 && !c[3].equals("jar")) {
                throw org.luoshi.api.LuoshiException.invalid("插件必须是 jar");
            }
            String name = c[1] + "-" + c[2] + (c.length == 5 ? "-" + c[4] : "") + ".jar";
            for (Path repo : repositories) {
                Path p = repo.resolve(c[0].replace('.', '/')).resolve(c[1]).resolve(c[2]).resolve(name);
                if (Files.isRegularFile(p)) {
                    file = p;
                    break;
                }
            }
        } else if (u.startsWith("file:")) {
            Path p;
            try {
                p = Path.of(java.net.URI.create(u)).toRealPath();
            } catch (IOException | RuntimeException e) {
                throw org.luoshi.api.LuoshiException.notFound("本地仓库中没有这个插件");
            }
            for (Path repo : repositories) {
                try {
                    if (p.startsWith(repo.toRealPath()) && Files.isRegularFile(p)) {
                        file = p;
                    }
                } catch (IOException e) {
                    // a configured repository that does not exist holds nothing
                }
            }
            if (file == null) {
                throw org.luoshi.api.LuoshiException.invalid("只能读取本地 Maven 仓库中的插件");
            }
        } else {
            throw org.luoshi.api.LuoshiException.invalid("只能读取本地 Maven 仓库中的插件（mvn: 或 file: 地址）");
        }
        if (file == null) {
            throw org.luoshi.api.LuoshiException.notFound("本地仓库中没有这个插件");
        }
        try {
            if (Files.size(file) > maxBytes) {
                throw org.luoshi.api.LuoshiException.invalid("插件文件过大：上限 " + PluginJar.kb(maxBytes));
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw org.luoshi.api.LuoshiException.notFound("本地仓库中的插件无法读取");
        }
    }
}

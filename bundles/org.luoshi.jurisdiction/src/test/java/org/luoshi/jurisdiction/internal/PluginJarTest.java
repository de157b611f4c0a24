package org.luoshi.jurisdiction.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.api.jurisdiction.PluginChangeDTO;

/** The checks a plugin jar passes before anything changes, the trust policy (allow-list, jarsigner) and the diff. */
class PluginJarTest {
    static final String MANIFEST = "Manifest-Version: 1.0\r\nBundle-ManifestVersion: 2\r\n"
            + "Bundle-SymbolicName: org.example.plugin\r\nBundle-Version: 1.0.0\r\nLuoshi-Jurisdiction: LUOSHI-INF\r\n\r\n";

    @TempDir
    Path tmp;

    static Map<String, String> data(String measure) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("META-INF/MANIFEST.MF", MANIFEST);
        f.put("LUOSHI-INF/jurisdiction.properties", "id=ceshi\nname=测试县\nlevel=county\nunit=ceshi\n");
        f.put("LUOSHI-INF/units.tsv", "id\tname\tkind\tparent\nceshi\t测试县\tcounty\t\nceshi.ajj\t县应急管理局\tdept\tceshi\n");
        f.put("LUOSHI-INF/catalog.tsv", "number\tgroup\tmeasure\tresponsibleUnits\tdeadline\n"
                + "1\t一、责任\t" + measure + "\t县应急管理局\t长期坚持\n2\t一、责任\t建立制度\t县安委办\t6月底前\n");
        return f;
    }

    static byte[] zip(Map<String, String> files) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> e : files.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static PluginJar read(Map<String, String> files) throws IOException {
        return PluginJar.read(zip(files), 1024 * 1024);
    }

    @Test
    void aDataPluginPassesAndParses() throws IOException {
        PluginJar jar = read(data("召开会议"));
        assertEquals(List.of(), jar.problems);
        assertEquals("org.example.plugin", jar.bundle);
        assertEquals("1.0.0", jar.version);
        assertEquals("ceshi", jar.data.descriptor().id);
        assertEquals(2, jar.data.catalog().size());
        assertEquals(64, jar.digest.length());
    }

    @Test
    void classesCodeHeadersAndFilesOutsideTheDataFolderAreRefused() throws IOException {
        Map<String, String> f = data("召开会议");
        f.put("org/example/Evil.class", "cafebabe");
        f.put("LUOSHI-INF/run.sh", "rm -rf /");
        f.put("META-INF/MANIFEST.MF", MANIFEST.replace("\r\n\r\n", "\r\nBundle-Activator: org.example.Evil\r\n\r\n"));
        PluginJar jar = read(f);
        assertTrue(jar.problems.contains("数据插件不能含类文件：org/example/Evil.class"), jar.problems::toString);
        assertTrue(jar.problems.stream().anyMatch(p -> p.startsWith("不是数据文件") && p.endsWith("LUOSHI-INF/run.sh")));
        assertTrue(jar.problems.contains("数据插件不能声明 Bundle-Activator（插件只能含数据，不能含代码）"));
        assertEquals(null, jar.data, "nothing is parsed from a refused jar");
    }

    @Test
    void aBrokenCatalogLineIsNamedByFileAndLine() throws IOException {
        Map<String, String> f = data("召开会议");
        f.put("LUOSHI-INF/catalog.tsv", f.get("LUOSHI-INF/catalog.tsv") + "x\t一、责任\t措施\t县安委办\t年底前\n");
        PluginJar jar = read(f);
        assertEquals(1, jar.problems.size(), jar.problems::toString);
        assertTrue(jar.problems.get(0).startsWith("数据文件无效：catalog.tsv line 4: task number"), jar.problems::toString);
    }

    @Test
    void zipSlipDuplicatesAndSizeAreRefused() throws IOException {
        Map<String, String> f = data("召开会议");
        f.put("../../etc/users.properties", "admin=admin,_g_:admingroup");
        PluginJar slip = read(f);
        assertTrue(slip.problems.contains("条目路径不安全（越出插件目录，zip-slip）：../../etc/users.properties"),
                slip.problems::toString);

        byte[] good = zip(data("召开会议"));
        // a second entry of the same name, written by hand after the first (ZipOutputStream refuses to write one)
        byte[] twice = duplicate(good, "LUOSHI-INF/units.tsv");
        PluginJar dup = PluginJar.read(twice, 1024 * 1024);
        assertTrue(dup.problems.contains("重复的条目：LUOSHI-INF/units.tsv"), dup.problems::toString);

        PluginJar big = PluginJar.read(good, 100);
        assertEquals(1, big.problems.size());
        assertTrue(big.problems.get(0).startsWith("插件文件过大"));

        assertEquals(List.of("不是有效的 jar 文件（没有任何条目）"), PluginJar.read("not a zip".getBytes(), 1024).problems);
    }

    /** The jar with a second entry named {@code name}: written as a same-length twin, then renamed in place. */
    private static byte[] duplicate(byte[] jar, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String twin = name.substring(0, name.length() - 1) + "~";
        Path f = Files.createTempFile("plugin", ".jar");
        Files.write(f, jar);
        try (ZipOutputStream z = new ZipOutputStream(out); ZipFile in = new ZipFile(f.toFile())) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                byte[] content = in.getInputStream(e).readAllBytes();
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(content);
                z.closeEntry();
                if (e.getName().equals(name)) {
                    z.putNextEntry(new ZipEntry(twin));
                    z.write(content);
                    z.closeEntry();
                }
            }
        }
        Files.delete(f);
        String s = new String(out.toByteArray(), StandardCharsets.ISO_8859_1).replace(twin, name);
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void trustIsTheAllowListOrATrustedSignature() throws Exception {
        byte[] jar = zip(data("召开会议"));
        PluginJar plugin = PluginJar.read(jar, 1024 * 1024);
        TrustPolicy none = new TrustPolicy(Set.of(), List.of(), 1024 * 1024, List.of());
        assertFalse(none.verdict(plugin).trusted());
        assertTrue(none.verdict(plugin).reason().startsWith("未签名"));
        TrustPolicy listed = new TrustPolicy(Set.of(plugin.digest), List.of(), 1024 * 1024, List.of());
        assertTrue(listed.verdict(plugin).trusted());

        Path ks = tmp.resolve("signer.p12");
        Path ks2 = tmp.resolve("other.p12");
        keytool(ks, "CN=Luoshi Test Signer");
        keytool(ks2, "CN=Someone Else");
        X509Certificate cert = certificate(ks);
        byte[] signed = sign(jar, ks);
        PluginJar signedPlugin = PluginJar.read(signed, 1024 * 1024);
        assertEquals(List.of(), signedPlugin.problems);
        TrustPolicy byCert = new TrustPolicy(Set.of(), List.of(cert), 1024 * 1024, List.of());
        TrustPolicy.Verdict v = byCert.verdict(signedPlugin);
        assertTrue(v.trusted(), v::reason);
        assertTrue(v.reason().contains("CN=Luoshi Test Signer"));
        assertFalse(byCert.verdict(plugin).trusted(), "the unsigned jar is not trusted by the certificate");
        assertFalse(byCert.verdict(PluginJar.read(sign(jar, ks2), 1024 * 1024)).trusted());
        assertTrue(byCert.verdict(PluginJar.read(sign(jar, ks2), 1024 * 1024)).reason().startsWith("签名证书不在信任策略中"));

        // change a signed file's content, keeping the signature files: the signature no longer verifies
        byte[] tampered = withCatalog(signed, "召开会议", "召开大会");
        TrustPolicy.Verdict t = byCert.verdict(PluginJar.read(tampered, 1024 * 1024));
        assertFalse(t.trusted(), t::reason);
        assertTrue(t.reason().startsWith("签名校验失败"), t::reason);
    }

    /** The signed jar again, every entry kept as it is except the catalog, whose text is changed. */
    private static byte[] withCatalog(byte[] signed, String from, String to) throws IOException {
        Path f = Files.createTempFile("signed", ".jar");
        Files.write(f, signed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipFile in = new ZipFile(f.toFile()); ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                byte[] content = in.getInputStream(e).readAllBytes();
                if (e.getName().endsWith("catalog.tsv")) {
                    content = new String(content, StandardCharsets.UTF_8).replace(from, to).getBytes(StandardCharsets.UTF_8);
                }
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(content);
                z.closeEntry();
            }
        }
        Files.delete(f);
        return out.toByteArray();
    }

    private static void keytool(Path ks, String dname) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-keystore", ks.toString(), "-storetype", "PKCS12", "-storepass", "changeit", "-alias",
                "signer", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", dname, "-validity", "30")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), out);
    }

    private static X509Certificate certificate(Path ks) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(ks)) {
            store.load(in, "changeit".toCharArray());
        }
        return (X509Certificate) store.getCertificate("signer");
    }

    /** The jar signed by the JDK's jarsigner with the key in {@code ks}. */
    static byte[] sign(byte[] jar, Path ks) throws Exception {
        Path f = Files.createTempFile(ks.getParent(), "plugin", ".jar");
        Files.write(f, jar);
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jarsigner").toString(),
                "-keystore", ks.toString(), "-storepass", "changeit", f.toString(), "signer").redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), out);
        byte[] signed = Files.readAllBytes(f);
        Files.delete(f);
        return signed;
    }

    @Test
    void theDiffNamesWhatChangesById() throws IOException {
        PluginJar v1 = read(data("召开会议"));
        Map<String, String> f = data("召开全体会议");
        f.put("LUOSHI-INF/units.tsv", "id\tname\tkind\tparent\nceshi\t测试县\tcounty\t\nceshi.yjj\t县应急局\tdept\tceshi\n");
        PluginJar v2 = read(f);
        List<PluginChangeDTO> changes = PluginDiff.between(v1.data, v2.data);
        assertNotNull(changes);
        assertEquals(List.of("unit ceshi.ajj REMOVED", "unit ceshi.yjj ADDED", "task 1 CHANGED"),
                changes.stream().map(c -> c.kind + " " + c.id + " " + c.change).toList());
        assertEquals("召开会议", changes.get(2).before);
        assertEquals("召开全体会议", changes.get(2).after);
        assertEquals(List.of(), PluginDiff.between(v1.data, v1.data));
    }
}

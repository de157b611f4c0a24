package org.luoshi.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A region plugin jar made by the test, as a plugin author would package one: a manifest naming its data folder and the
 * data files (测试县, with a county office, an emergency bureau and a two-task catalog in version 1).
 */
final class TestPlugin {
    static final String BUNDLE = "org.luoshi.itests.ceshi";
    static final String JURISDICTION = "ceshi";

    final Map<String, String> files = new LinkedHashMap<>();

    private TestPlugin(String version) {
        files.put("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\r\nBundle-ManifestVersion: 2\r\nBundle-SymbolicName: "
                + BUNDLE + "\r\nBundle-Version: " + version + "\r\nBundle-Name: Test plugin 测试县\r\n"
                + "Luoshi-Jurisdiction: LUOSHI-INF\r\n\r\n");
        files.put("LUOSHI-INF/jurisdiction.properties", "id=ceshi\nname=测试县\nlevel=county\nparent=shanxi\nunit=shanxi.ceshi\n");
    }

    private TestPlugin(String bundle, String jurisdiction, String name, String level, String unit) {
        files.put("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\r\nBundle-ManifestVersion: 2\r\nBundle-SymbolicName: "
                + bundle + "\r\nBundle-Version: 1.0.0\r\nBundle-Name: Test plugin " + name + "\r\n"
                + "Luoshi-Jurisdiction: LUOSHI-INF\r\n\r\n");
        files.put("LUOSHI-INF/jurisdiction.properties", "id=" + jurisdiction + "\nname=" + name + "\nlevel=" + level
                + "\nparent=shanxi\nunit=" + unit + "\n");
    }

    /** Another test's region below Shanxi: its manifest and jurisdiction; units and data added {@link #with}. */
    static TestPlugin region(String bundle, String jurisdiction, String name, String level, String unit) {
        return new TestPlugin(bundle, jurisdiction, name, level, unit);
    }

    /** Version 1: a county below Shanxi (units shanxi.ceshi, its 安委办 and 应急管理局); tasks 1 and 2. */
    static TestPlugin v1() {
        TestPlugin p = new TestPlugin("1.0.0");
        p.files.put("LUOSHI-INF/units.tsv", "id\tname\tkind\tparent\nshanxi.ceshi\t测试县\tcounty\tshanxi\n"
                + "shanxi.ceshi.anweiban\t测试县安委办\toffice\tshanxi.ceshi\nshanxi.ceshi.ajj\t测试县应急管理局\tdept\tshanxi.ceshi\n");
        p.files.put("LUOSHI-INF/catalog.tsv", "number\tgroup\tmeasure\tresponsibleUnits\tdeadline\n"
                + "1\t一、压实责任\t每季度召开一次安委会全体会议\t县安委办\t长期坚持\n"
                + "2\t一、压实责任\t建立安全生产工作清单制度\t县应急管理局\t6月底前\n");
        return p;
    }

    /** Version 2: task 1's measure changed, task 3 added, the emergency bureau gone, a transport bureau added. */
    static TestPlugin v2() {
        TestPlugin p = new TestPlugin("1.1.0");
        p.files.put("LUOSHI-INF/units.tsv", "id\tname\tkind\tparent\nshanxi.ceshi\t测试县\tcounty\tshanxi\n"
                + "shanxi.ceshi.anweiban\t测试县安委办\toffice\tshanxi.ceshi\nshanxi.ceshi.jtj\t测试县交通运输局\tdept\tshanxi.ceshi\n");
        p.files.put("LUOSHI-INF/catalog.tsv", "number\tgroup\tmeasure\tresponsibleUnits\tdeadline\n"
                + "1\t一、压实责任\t每月召开一次安委会全体会议\t县安委办\t长期坚持\n"
                + "2\t一、压实责任\t建立安全生产工作清单制度\t县应急管理局\t6月底前\n"
                + "3\t二、专项整治\t开展道路运输安全专项整治\t县交通运输局\t年底前\n");
        return p;
    }

    TestPlugin with(String name, String content) {
        files.put(name, content);
        return this;
    }

    byte[] jar() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> e : files.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toByteArray();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    /** Runs a JDK tool ({@code keytool}, {@code jarsigner}) and fails the test when it fails. */
    static void jdkTool(String tool, String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 1];
        command[0] = Path.of(System.getProperty("java.home"), "bin", tool).toString();
        System.arraycopy(args, 0, command, 1, args.length);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), tool + ": " + out);
    }

    /** The jar signed with the key {@code signer} of the PKCS12 store {@code keystore} (password changeit). */
    static byte[] sign(byte[] jar, Path keystore) throws IOException, InterruptedException {
        Path f = Files.createTempFile("plugin", ".jar");
        Files.write(f, jar);
        jdkTool("jarsigner", "-keystore", keystore.toString(), "-storepass", "changeit", f.toString(), "signer");
        byte[] signed = Files.readAllBytes(f);
        Files.delete(f);
        return signed;
    }
}

package org.luoshi.jurisdiction.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.osgi.framework.Version;

/**
 * A region plugin jar as uploaded, read in memory and checked before anything changes: a zip with a manifest naming
 * the bundle and its data folder ({@code Luoshi-Jurisdiction}), only data under that folder (and {@code META-INF/}), no
 * classes, no code headers, no unsafe or repeated entry names, within the size limits; and data that parses. The
 * problems say what is wrong by file (and line, from the parser); names from the jar are shown only when they are
 * plain paths.
 */
final class PluginJar {
    /** Manifest headers that mean code or wiring: a data plugin declares none of them. */
    static final List<String> CODE_HEADERS = List.of("Bundle-Activator", "Service-Component", "Bundle-NativeCode",
            "Fragment-Host", "Export-Package", "Import-Package", "DynamicImport-Package", "Require-Bundle",
            "Bundle-ClassPath", "Provide-Capability", "Karaf-Commands");
    /** File types a data folder may hold. */
    static final Set<String> DATA_TYPES = Set.of(".properties", ".tsv", ".txt", ".md", ".csv");
    static final Pattern SYMBOLIC_NAME = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*");
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./ -]{1,200}");
    private static final int MAX_ENTRIES = 2000;

    final byte[] bytes;
    final String digest;
    final List<String> problems = new ArrayList<>();
    /** File entries by name, in jar order. */
    final Map<String, byte[]> entries = new LinkedHashMap<>();
    String bundle;
    String version;
    String folder;
    /** The data, when everything else was in order and it parsed. */
    JurisdictionData data;

    private PluginJar(byte[] bytes) {
        this.bytes = bytes;
        this.digest = sha256(bytes);
    }

    static PluginJar read(byte[] bytes, long maxBytes) {
        PluginJar jar = new PluginJar(bytes);
        if (bytes.length > maxBytes) {
            jar.problems.add("插件文件过大：" + kb(bytes.length) + "，上限 " + kb(maxBytes));
            return jar;
        }
        if (bytes.length == 0) {
            jar.problems.add("上传的文件是空的");
            return jar;
        }
        jar.unzip(maxBytes * 8);
        if (jar.problems.isEmpty()) {
            jar.manifest();
        }
        if (jar.problems.isEmpty()) {
            jar.parse();
        }
        return jar;
    }

    private void unzip(long maxInflated) {
        Set<String> seen = new TreeSet<>();
        long inflated = 0;
        int count = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (++count > MAX_ENTRIES) {
                    problems.add("条目过多（超过 " + MAX_ENTRIES + " 个）");
                    return;
                }
                String name = e.getName();
                if (unsafe(name)) {
                    problems.add("条目路径不安全（越出插件目录，zip-slip）：" + shown(name));
                    continue;
                }
                if (!seen.add(name)) {
                    problems.add("重复的条目：" + shown(name));
                    continue;
                }
                if (e.isDirectory()) {
                    continue;
                }
                byte[] content = readCapped(zip, maxInflated - inflated);
                if (content == null) {
                    problems.add("解压后超过上限 " + kb(maxInflated) + "（可能是压缩炸弹）");
                    return;
                }
                inflated += content.length;
                entries.put(name, content);
            }
        } catch (ZipException e) {
            problems.add("不是有效的 jar 文件（zip 格式错误）");
            return;
        } catch (IOException e) {
            problems.add("jar 文件无法读取");
            return;
        }
        if (count == 0) {
            problems.add("不是有效的 jar 文件（没有任何条目）");
        }
    }

    private void manifest() {
        byte[] mf = entries.get("META-INF/MANIFEST.MF");
        if (mf == null) {
            problems.add("缺少 META-INF/MANIFEST.MF");
            return;
        }
        Attributes main;
        try {
            main = new Manifest(new ByteArrayInputStream(mf)).getMainAttributes();
        } catch (IOException | RuntimeException e) {
            problems.add("META-INF/MANIFEST.MF 格式错误");
            return;
        }
        String sbn = main.getValue("Bundle-SymbolicName");
        if (sbn != null) {
            sbn = sbn.split(";", 2)[0].strip();
        }
        if (sbn == null || !SYMBOLIC_NAME.matcher(sbn).matches() || sbn.length() > 120) {
            problems.add("META-INF/MANIFEST.MF：Bundle-SymbolicName 缺失或格式错误");
        } else {
            bundle = sbn;
        }
        if (!"2".equals(strip(main.getValue("Bundle-ManifestVersion")))) {
            problems.add("META-INF/MANIFEST.MF：Bundle-ManifestVersion 必须为 2");
        }
        try {
            version = Version.parseVersion(strip(main.getValue("Bundle-Version"))).toString();
        } catch (IllegalArgumentException e) {
            problems.add("META-INF/MANIFEST.MF：Bundle-Version 不是有效的版本号");
        }
        String f = strip(main.getValue(JurisdictionExtender.HEADER));
        if (f == null || f.isEmpty()) {
            problems.add("不是辖区插件：META-INF/MANIFEST.MF 缺少 " + JurisdictionExtender.HEADER);
            return;
        }
        f = f.endsWith("/") ? f.substring(0, f.length() - 1) : f;
        if (unsafe(f) || f.startsWith("META-INF") || !PLAIN.matcher(f).matches()) {
            problems.add("META-INF/MANIFEST.MF：" + JurisdictionExtender.HEADER + " 必须是插件内的数据目录");
            return;
        }
        folder = f;
        for (String h : CODE_HEADERS) {
            if (main.getValue(h) != null) {
                problems.add("数据插件不能声明 " + h + "（插件只能含数据，不能含代码）");
            }
        }
        for (String name : entries.keySet()) {
            if (name.endsWith(".class")) {
                problems.add("数据插件不能含类文件：" + shown(name));
            } else if (name.startsWith("META-INF/")) {
                continue;
            } else if (!name.startsWith(folder + "/")) {
                problems.add("数据插件只能在 " + folder + "/ 下放数据：" + shown(name));
            } else if (DATA_TYPES.stream().noneMatch(name::endsWith)) {
                problems.add("不是数据文件（只收 " + String.join(" ", new TreeSet<>(DATA_TYPES)) + "）：" + shown(name));
            }
        }
    }

    private void parse() {
        String base = folder + "/";
        try {
            data = JurisdictionData.read(new JurisdictionData.Source() {
                @Override
                public InputStream open(String name) {
                    byte[] b = entries.get(base + name);
                    return b == null ? null : new ByteArrayInputStream(b);
                }

                @Override
                public List<String> list(String sub) {
                    List<String> names = new ArrayList<>();
                    String prefix = base + sub;
                    for (String n : entries.keySet()) {
                        if (n.startsWith(prefix) && n.indexOf('/', prefix.length()) < 0) {
                            names.add(n.substring(prefix.length()));
                        }
                    }
                    names.sort(null);
                    return names;
                }
            }, version);
        } catch (IOException | RuntimeException e) {
            problems.add("数据文件无效：" + clean(e.getMessage()));
        }
    }

    /** An entry name that could leave the folder it is unpacked into, or is not a plain relative path. */
    static boolean unsafe(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.indexOf('\\') >= 0 || name.indexOf(':') >= 0
                || name.indexOf('\0') >= 0) {
            return true;
        }
        for (String part : name.split("/")) {
            if (part.equals("..")) {
                return true;
            }
        }
        return false;
    }

    /** A name from the jar as the problems may show it: itself when it is a plain path, else a placeholder. */
    static String shown(String name) {
        return PLAIN.matcher(name).matches() ? name : "（名称含特殊字符，不予显示）";
    }

    /** A parser message as shown: control characters and markup removed, at most 300 characters. */
    static String clean(String message) {
        if (message == null) {
            return "无法解析";
        }
        String s = message.replaceAll("[\\p{Cntrl}<>]", " ");
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    private static byte[] readCapped(InputStream in, long max) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        long total = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            total += n;
            if (total > max) {
                return null;
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    static String kb(long bytes) {
        return bytes >= 1024 * 1024 ? String.format("%.1f MB", bytes / 1048576.0) : (bytes + 1023) / 1024 + " KB";
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

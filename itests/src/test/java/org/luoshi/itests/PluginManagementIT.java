package org.luoshi.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import org.luoshi.itests.Platform.Answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * Plugin management (issue 14): the administrator lists the region plugins installed — each with its state, the
 * SHA-256 of the jar in {@code deploy/} (compared here with the file's own) and what it supplies; checks, installs,
 * upgrades (with the diff), rolls back and removes a plugin jar the test makes, through REST, SOAP and the console,
 * under the trust policy of {@code etc/org.luoshi.plugins.cfg}; refused jars change nothing; nobody else may.
 */
@ExtendWith(Platform.class)
@TestMethodOrder(MethodOrderer.MethodName.class)
class PluginManagementIT {
    static final String PLUGINS = Platform.API + "/admin/plugins";
    static final String JAR = "application/java-archive";

    /** The shipped plugins (those the tests here installed and removed are listed too, as 已删除). */
    static ArrayNode filterShipped(JsonNode list) {
        ArrayNode out = Platform.JSON.createArrayNode();
        for (JsonNode p : list) {
            if (!p.get("bundle").asText().startsWith("org.luoshi.itests.")) { // the test plugins of this and other tests
                out.add(p);
            }
        }
        return out;
    }

    /** Writes the trust policy (PID org.luoshi.plugins) as an administrator would, and waits until it is in force. */
    static void trust(byte[] probe, String... lines) throws Exception {
        Files.writeString(Platform.home().resolve("etc/org.luoshi.plugins.cfg"), String.join("\n", lines) + "\n");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!check(probe).get("trusted").asBoolean()) {
            assertTrue(System.nanoTime() < deadline, "the trust policy did not take effect within 20 s");
            Thread.sleep(200);
        }
    }

    static JsonNode check(byte[] jar) {
        Answer a = Platform.sendBytes("admin", "POST", PLUGINS + "/check", JAR, jar);
        assertEquals(200, a.status(), a.body());
        return a.json();
    }

    static JsonNode plugin(String user) {
        for (JsonNode p : Platform.get(user, PLUGINS).json()) {
            if (p.get("bundle").asText().equals(TestPlugin.BUNDLE)) {
                return p;
            }
        }
        return null;
    }

    /** The test plugin's tasks by catalog number and unit, as the task service answers them one by one. */
    static JsonNode task(long id) {
        Answer a = Platform.get("admin", Platform.API + "/tasks/" + id);
        assertEquals(200, a.status(), a.body());
        return a.json();
    }

    @Test
    void aRefusedJarChangesNothingAndSaysWhy() throws Exception {
        String before = filterShipped(Platform.get("admin", PLUGINS).json()).toString();
        byte[] unlisted = TestPlugin.v1().with("LUOSHI-INF/readme.txt", "未在允许列表中").jar();
        Answer a = Platform.sendBytes("admin", "POST", PLUGINS, JAR, unlisted);
        assertEquals(400, a.status(), a.body());
        assertTrue(a.json().get("detail").asText().startsWith("插件不受信任：未签名，且 SHA-256 不在允许列表中"), a.body());

        byte[] withClass = TestPlugin.v1().with("org/example/Evil.class", "\u00ca\u00fe").jar();
        byte[] brokenLine = TestPlugin.v1().with("LUOSHI-INF/catalog.tsv",
                "number\tgroup\tmeasure\tresponsibleUnits\tdeadline\n1\t一\t措施\t县安委办\n").jar();
        byte[] slip = TestPlugin.v1().with("../../etc/users.properties", "evil = evil,admin").jar();
        Map<byte[], String> expected = new LinkedHashMap<>();
        expected.put(withClass, "数据插件不能含类文件：org/example/Evil.class");
        expected.put(brokenLine, "数据文件无效：catalog.tsv line 2: 4 cells, expected 5");
        expected.put(slip, "条目路径不安全（越出插件目录，zip-slip）：../../etc/users.properties");
        for (Map.Entry<byte[], String> e : expected.entrySet()) {
            JsonNode c = check(e.getKey());
            assertTrue(c.get("problems").toString().contains(e.getValue()), c.toString());
            assertFalse(c.get("acceptable").asBoolean(false), c.toString());
            Answer refused = Platform.sendBytes("admin", "POST", PLUGINS, JAR, e.getKey());
            assertEquals(400, refused.status(), refused.body());
            assertTrue(refused.json().get("detail").asText().contains(e.getValue()), refused.body());
            assertTrue(refused.json().get("detail").asText().startsWith("插件未通过校验："), refused.body());
        }
        assertEquals(before, filterShipped(Platform.get("admin", PLUGINS).json()).toString(), "nothing changed");
        assertEquals(404, Platform.get("admin", Platform.API + "/jurisdictions/ceshi/units").status());
        assertEquals(403, Platform.sendBytes("shuozhou", "POST", PLUGINS, JAR, unlisted).status());
        assertEquals(403, Platform.sendBytes("shuozhou", "POST", PLUGINS + "/check", JAR, unlisted).status());
        assertEquals(400, Platform.sendBytes("admin", "POST", PLUGINS, JAR, new byte[0]).status(), "no body");

        // offline sites name a jar of the local Maven repository; nothing outside it is read
        Answer fromRepo = Platform.sendBytes("admin", "POST", PLUGINS + "/check?url=mvn:org.luoshi/"
                + "org.luoshi.jurisdiction.lvliang/0.1.0-SNAPSHOT", JAR, new byte[0]);
        assertEquals(200, fromRepo.status(), fromRepo.body());
        assertEquals("org.luoshi.jurisdiction.lvliang", fromRepo.json().get("bundle").asText());
        assertTrue(List.of("SAME", "UPGRADE").contains(fromRepo.json().get("action").asText()), fromRepo.body());
        Answer outside = Platform.sendBytes("admin", "POST", PLUGINS + "/check?url=file:/etc/passwd", JAR, new byte[0]);
        assertEquals(400, outside.status(), outside.body());
        assertTrue(outside.json().get("detail").asText().contains("只能读取本地 Maven 仓库中的插件"), outside.body());
        assertEquals(400, Platform.sendBytes("admin", "POST", PLUGINS + "/check?url=http://example.org/x.jar", JAR,
                new byte[0]).status());
        assertEquals(400, Platform.sendBytes("admin", "POST", PLUGINS + "/check?url=mvn:org.luoshi/../../etc/1", JAR,
                new byte[0]).status());
        Answer notZip = Platform.sendBytes("admin", "POST", PLUGINS, JAR, "<html>".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, notZip.status(), notZip.body());
        assertFalse(notZip.body().contains("<html>"), "the input is not echoed");
    }

    @Test
    void anUploadedPluginIsInstalledUpgradedWithItsDiffRolledBackAndRemovedHot() throws Exception {
        byte[] v1 = TestPlugin.v1().jar();
        Path keys = Files.createTempDirectory("plugin-keys");
        Path keystore = keys.resolve("signer.p12");
        TestPlugin.jdkTool("keytool", "-genkeypair", "-keystore", keystore.toString(), "-storetype", "PKCS12",
                "-storepass", "changeit", "-alias", "signer", "-keyalg", "EC", "-groupname", "secp256r1", "-dname",
                "CN=测试县插件签名, O=Luoshi Test", "-validity", "30");
        Path pem = Platform.home().resolve("etc/luoshi-plugin-signer.pem");
        TestPlugin.jdkTool("keytool", "-exportcert", "-rfc", "-keystore", keystore.toString(), "-storepass", "changeit",
                "-alias", "signer", "-file", pem.toString());
        trust(v1, "trustedDigests = " + TestPlugin.sha256(v1));

        JsonNode checked = check(v1);
        assertEquals("INSTALL", checked.get("action").asText(), checked.toString());
        assertEquals("测试县", checked.get("name").asText());
        assertEquals(3, checked.get("units").asInt());
        assertEquals(2, checked.get("tasks").asInt());
        assertEquals("SHA-256 在允许列表中", checked.get("trust").asText());
        assertEquals(0, checked.get("problems").size());

        Map<String, JsonNode> bundlesBefore = bundles();
        long start = System.nanoTime();
        Answer installed = Platform.sendBytes("admin", "POST", PLUGINS, JAR, v1);
        assertEquals(201, installed.status(), installed.body());
        Answer units;
        do {
            units = Platform.get("admin", Platform.API + "/jurisdictions/ceshi/units");
        } while (units.status() != 200 && System.nanoTime() - start < TimeUnit.SECONDS.toNanos(2));
        assertEquals(200, units.status(), "serving within 2 s of the upload");
        System.out.printf("[PluginManagementIT] upload → installed → its units served: %d ms%n",
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        assertEquals(3, units.json().size());
        JsonNode p = plugin("admin");
        assertEquals("1.0.0", p.get("version").asText());
        assertEquals("ACTIVE", p.get("state").asText());
        assertTrue(p.get("managed").asBoolean());
        assertEquals("admin", p.get("changedBy").asText());
        assertEquals(TestPlugin.sha256(v1), p.get("digest").asText());
        assertEquals(409, Platform.sendBytes("admin", "POST", PLUGINS, JAR, v1).status(), "installed already");
        assertEquals("SAME", check(v1).get("action").asText());

        // an office of the new county makes tasks from its catalog (one for the bureau that version 2 drops)
        int year = 2020; // a year no other test's lists use: the tasks stay after the test county is removed
        Answer imported = Platform.postJson("admin", Platform.API + "/tasks/import",
                Map.of("jurisdiction", "ceshi", "unit", "shanxi.ceshi.anweiban", "year", year, "numbers", List.of(1, 2)));
        assertEquals(201, imported.status(), imported.body());
        Answer bureau = Platform.postJson("admin", Platform.API + "/tasks/import",
                Map.of("jurisdiction", "ceshi", "unit", "shanxi.ceshi.ajj", "year", year, "numbers", List.of(2)));
        assertEquals(201, bureau.status(), bureau.body());
        long task1 = 0;
        long task2 = 0;
        for (JsonNode t : imported.json()) {
            if (t.get("catalogNumber").asInt() == 1) {
                task1 = t.get("id").asLong();
            } else {
                task2 = t.get("id").asLong();
            }
        }
        long bureauTask = bureau.json().get(0).get("id").asLong();

        // version 2, unsigned: refused; signed with the trusted certificate: its diff first, then the upgrade
        byte[] unsigned = TestPlugin.v2().jar();
        Answer refused = Platform.sendBytes("admin", "PUT", PLUGINS + "/" + TestPlugin.BUNDLE, JAR, unsigned);
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.body().contains("插件不受信任"), refused.body());
        byte[] v2 = TestPlugin.sign(unsigned, keystore);
        trust(v2, "trustedDigests = " + TestPlugin.sha256(v1), "trustedCertificates = luoshi-plugin-signer.pem");
        JsonNode diff = check(v2);
        assertEquals("UPGRADE", diff.get("action").asText(), diff.toString());
        assertEquals("1.0.0", diff.get("installedVersion").asText());
        assertTrue(diff.get("trust").asText().startsWith("由受信任的证书签名："), diff.toString());
        assertEquals(List.of("unit shanxi.ceshi.ajj REMOVED", "unit shanxi.ceshi.jtj ADDED", "task 1 CHANGED", "task 3 ADDED"),
                changes(diff.get("changes")));
        Answer upgraded = Platform.sendBytes("admin", "PUT", PLUGINS + "/" + TestPlugin.BUNDLE, JAR, v2);
        assertEquals(200, upgraded.status(), upgraded.body());
        assertEquals("1.1.0", upgraded.json().get("version").asText());
        assertEquals("1.0.0", upgraded.json().get("previousVersion").asText());
        assertEquals(changes(diff.get("changes")), changes(upgraded.json().get("changes")));
        assertEquals(3, Platform.get("admin", Platform.API + "/jurisdictions/ceshi/catalog").json().size());

        // the tasks keep their text; the one whose catalog entry changed is marked; the dropped bureau's task is readable
        JsonNode t1 = task(task1);
        assertEquals("每季度召开一次安委会全体会议", t1.get("measure").asText());
        assertTrue(t1.get("catalogChanged").asBoolean(), t1.toString());
        assertFalse(task(task2).get("catalogChanged").asBoolean());
        assertEquals("建立安全生产工作清单制度", task(bureauTask).get("measure").asText());
        assertOnlyThePluginChanged(bundlesBefore, bundles());

        // rollback: version 1 again in one step
        Answer back = Platform.post("admin", PLUGINS + "/" + TestPlugin.BUNDLE + "/rollback", "application/json", "");
        assertEquals(200, back.status(), back.body());
        assertEquals("1.0.0", back.json().get("version").asText());
        assertEquals("1.1.0", back.json().get("previousVersion").asText());
        assertEquals(2, Platform.get("admin", Platform.API + "/jurisdictions/ceshi/catalog").json().size());
        assertFalse(task(task1).get("catalogChanged").asBoolean(), "the entry it was made from is back");
        assertEquals(TestPlugin.sha256(v1), plugin("admin").get("digest").asText());

        // the same through SOAP
        String soap = Platform.SOAP + "/plugins";
        String b64 = Base64.getEncoder().encodeToString(v2);
        Answer up = HazardSoapIT.call("admin", soap, "<l:upgradePlugin><bundle>" + TestPlugin.BUNDLE + "</bundle><jar>" + b64
                + "</jar></l:upgradePlugin>");
        assertEquals(200, up.status(), up.body());
        assertEquals("1.1.0", HazardSoapIT.first(up.body(), "version"));
        assertTrue(up.body().contains("<id>shanxi.ceshi.jtj</id>"), up.body());
        Answer soapBack = HazardSoapIT.call("admin", soap, "<l:rollbackPlugin><bundle>" + TestPlugin.BUNDLE
                + "</bundle></l:rollbackPlugin>");
        assertEquals("1.0.0", HazardSoapIT.first(soapBack.body(), "version"), soapBack.body());
        Answer soapRefused = HazardSoapIT.call("shuozhou", soap, "<l:listPlugins/>");
        assertEquals(500, soapRefused.status(), soapRefused.body());
        assertTrue(soapRefused.body().contains("只有管理员可以管理插件"), soapRefused.body());

        // and on the console: upgrade from a file on the server, roll back, remove, restore
        Path file = Platform.home().resolve("data/tmp/ceshi-1.1.0.jar");
        Files.createDirectories(file.getParent());
        Files.write(file, v2);
        String out = LifecycleIT.console("luoshi:plugin-upgrade " + TestPlugin.BUNDLE + " " + file);
        assertTrue(out.contains("已升级：" + TestPlugin.BUNDLE + " 1.1.0"), out);
        assertTrue(out.contains("删除 unit shanxi.ceshi.ajj"), out);
        out = LifecycleIT.console("luoshi:plugin-rollback " + TestPlugin.BUNDLE);
        assertTrue(out.contains("已回退：" + TestPlugin.BUNDLE + " 1.0.0"), out);
        out = LifecycleIT.console("luoshi:plugin-remove " + TestPlugin.BUNDLE);
        assertTrue(out.contains("已删除"), out);
        assertEquals(404, Platform.get("admin", Platform.API + "/jurisdictions/ceshi/units").status());
        assertEquals("REMOVED", plugin("admin").get("state").asText());
        assertEquals("每季度召开一次安委会全体会议", task(task1).get("measure").asText(), "records stay readable");
        out = LifecycleIT.console("luoshi:plugin-rollback " + TestPlugin.BUNDLE);
        assertTrue(out.contains("已回退：" + TestPlugin.BUNDLE + " 1.0.0"), out);
        assertEquals(200, Platform.get("admin", Platform.API + "/jurisdictions/ceshi/units").status());
        out = LifecycleIT.console("luoshi:plugin-install " + file);
        assertTrue(out.contains("未执行：插件 " + TestPlugin.BUNDLE + " 已安装"), out);

        // every change is in the audit trail, under who made it
        List<String> audited = new ArrayList<>();
        for (JsonNode e : Platform.get("admin", Platform.API + "/audit?entityType=plugin&entityId=" + TestPlugin.BUNDLE)
                .json()) {
            audited.add(e.get("actor").asText() + " " + e.get("action").asText());
        }
        assertEquals(List.of("admin plugin.install", "admin plugin.upgrade", "admin plugin.rollback", "admin plugin.upgrade",
                "admin plugin.rollback", "console plugin.upgrade", "console plugin.rollback", "console plugin.remove",
                "console plugin.rollback"), audited);

        // leave the platform as the other tests expect it: the test county removed
        assertEquals(200, Platform.send("admin", "DELETE", PLUGINS + "/" + TestPlugin.BUNDLE, "").status());
        assertEquals(403, Platform.post("shuozhou", PLUGINS + "/" + TestPlugin.BUNDLE + "/rollback", "application/json", "")
                .status());
    }

    static List<String> changes(JsonNode changes) {
        List<String> out = new ArrayList<>();
        changes.forEach(c -> out.add(c.get("kind").asText() + " " + c.get("id").asText() + " " + c.get("change").asText()));
        return out;
    }

    private static Map<String, JsonNode> bundles() {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (JsonNode b : Platform.get("admin", Platform.API + "/admin/bundles").json()) {
            out.put(b.get("symbolicName").asText(), b);
        }
        return out;
    }

    /** No bundle but the test plugin's stopped, changed state or was refreshed since {@code before}. */
    private static void assertOnlyThePluginChanged(Map<String, JsonNode> before, Map<String, JsonNode> now) {
        for (Map.Entry<String, JsonNode> e : before.entrySet()) {
            if (e.getKey().equals(TestPlugin.BUNDLE)) {
                continue;
            }
            JsonNode n = now.get(e.getKey());
            assertTrue(n != null, e.getKey() + " is still there");
            assertEquals(e.getValue().get("state").asText(), n.get("state").asText(), e.getKey());
            assertEquals(e.getValue().get("stopsSinceStart").asInt(), n.get("stopsSinceStart").asInt(),
                    e.getKey() + " did not stop");
            assertEquals(e.getValue().get("id").asLong(), n.get("id").asLong(), e.getKey());
        }
    }

    @Test
    void theAdministratorListsThePluginsWithTheirDigestsAndWhatTheySupply() throws Exception {
        JsonNode list = Platform.get("admin", Platform.API + "/admin/plugins").json();
        Map<String, JsonNode> byJurisdiction = new LinkedHashMap<>();
        list = filterShipped(list);
        for (JsonNode p : list) {
            byJurisdiction.put(p.get("jurisdiction").asText(), p);
        }
        assertEquals(List.of("fangshan", "lvliang", "shanxi", "shuozhou"),
                byJurisdiction.keySet().stream().sorted().toList(), list.toString());
        for (JsonNode p : list) {
            assertEquals("ACTIVE", p.get("state").asText(), p.toString());
            assertTrue(p.get("error").isNull(), p.toString());
            byte[] jar = Files.readAllBytes(Platform.home().resolve("deploy/" + p.get("bundle").asText() + ".jar"));
            assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(jar)),
                    p.get("digest").asText(), "the digest of " + p.get("bundle").asText());
        }
        JsonNode lvliang = byJurisdiction.get("lvliang");
        assertEquals("org.luoshi.jurisdiction.lvliang", lvliang.get("bundle").asText());
        assertEquals("吕梁市", lvliang.get("name").asText());
        assertEquals(29, lvliang.get("tasks").asInt(), "21 tasks and 8 sector rows");
        assertEquals(Platform.get("admin", Platform.API + "/jurisdictions/lvliang/units").json().size(),
                lvliang.get("units").asInt());
        assertEquals(2, lvliang.get("cycles").asInt());
        assertEquals("[\"accidents\",\"letters\"]", lvliang.get("modules").toString(),
                "its accident rules, and its letter settings in jurisdiction.properties");
        assertEquals(1, byJurisdiction.get("fangshan").get("forms").asInt(), "Fangshan's 调度表");
        for (String user : List.of("shuozhou", "youyu", "lvliang")) {
            assertEquals(403, Platform.get(user, Platform.API + "/admin/plugins").status(), user);
        }
        // the same list on the administrator's console
        String console = LifecycleIT.console("luoshi:plugin-list");
        for (JsonNode p : list) {
            assertTrue(console.contains(p.get("bundle").asText()) && console.contains(p.get("digest").asText().substring(0, 16)),
                    console);
        }
        assertTrue(console.contains("lvliang 吕梁市"), console);
    }
}

package org.luoshi.tipoffs.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.luoshi.api.Actor;
import org.luoshi.api.publicity.PublicationDTO;
import org.luoshi.api.tipoff.TipOffDTO;
import org.luoshi.lists.ui.internal.InMemoryHazards;
import org.luoshi.lists.ui.internal.InMemorySummary;
import org.luoshi.lists.ui.internal.InMemoryTasks;
import org.luoshi.lists.ui.internal.ListsViews;
import org.luoshi.publicity.ui.internal.InMemoryPublicity;
import org.luoshi.publicity.ui.internal.PublicityViews;
import org.luoshi.ui.internal.Browser;
import org.luoshi.ui.internal.InMemoryFiles;
import org.luoshi.ui.internal.InMemoryServices;
import org.luoshi.ui.internal.UiServer;
import org.luoshi.ui.kit.ViewContribution;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * UI component test of the public 曝光台 with in-memory services, in headless Chromium and without any login: the page
 * is reached from the login view and is not sent to the login; a 随手拍 refused without content and without a named
 * reporter's contact, sent anonymously with its receipt code shown; the code shown works in the status query (受理中,
 * material added, 请补充材料 with what is asked, 已办结 with the reply); an unknown code is refused; only approved
 * publications are listed, 10 a page, filtered by kind, and a withdrawn one disappears; nothing internal (unit ids,
 * staff names, internal notes) is on the page; the staff pages still need a login.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UiPublicInMemoryTest {
    /** The view contributions of the modules this test crosses, as DS would bind them. */
    private static final List<ViewContribution> VIEWS = List.of(new ListsViews(), new TipOffViews(), new PublicityViews());
    private static final String CONTENT = "随手拍：某小区地下车库电动自行车违规充电";

    private final InMemoryServices.Registry registry = new InMemoryServices.Registry();
    private final InMemoryHazards hazards = new InMemoryHazards();
    private final InMemoryTipOffs tipOffs = new InMemoryTipOffs(registry, hazards);
    private final InMemoryPublicity publicity = new InMemoryPublicity(registry, hazards);
    private final Actor city = new InMemoryServices.Users().authenticate("shuozhou", "shuozhou").orElseThrow();
    private final Actor admin = new InMemoryServices.Users().authenticate("admin", "admin").orElseThrow();
    private UiServer server;
    private Browser browser;
    private String code;

    @BeforeAll
    void start() {
        InMemoryTasks tasks = new InMemoryTasks(registry);
        server = InMemoryServices.start(InMemoryServices.config(0, "127.0.0.1"), registry,
                new InMemoryServices.Users(), VIEWS, hazards, tasks, new InMemorySummary(registry, hazards, tasks), tipOffs, publicity, new InMemoryFiles(registry));
        browser = new Browser("http://127.0.0.1:" + server.port() + "/");
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.stop();
        }
    }

    private TipOffDTO submitted() {
        return tipOffs.record(1);
    }

    private void nothingInternal() {
        String html = browser.pageHtml();
        for (String internal : List.of("shanxi.shuozhou", "shuozhou\"", "admin", "createdBy", "registeredBy")) {
            assertFalse(html.contains(internal), "“" + internal + "” on the public page");
        }
    }

    @Test
    @Order(1)
    void thePublicPageNeedsNoLoginAndIsLinkedFromTheLogin() {
        browser.open("login");
        browser.click("public-link");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("public-page")));
        assertTrue(browser.driver.getCurrentUrl().endsWith("/public"), browser.driver.getCurrentUrl());
        assertFalse(browser.present("username"));
        assertFalse(browser.present("logout"), "not the staff's layout");
        // the staff's pages still need a login
        browser.open("tipoffs");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        browser.open("public");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("public-page")));
        assertTrue(browser.present("public-login-link"));
    }

    @Test
    @Order(2)
    void aSnapshotIsSentAnonymouslyAndItsReceiptCodeShown() {
        assertTrue(browser.checked("public-anonymous"), "anonymous unless the reporter chooses otherwise");
        assertFalse(browser.shown("public-name"));
        browser.click("public-submit");
        browser.notification("请选择举报到哪个地区");
        browser.pick("#public-jurisdiction input", "朔州市");
        browser.click("public-submit");
        browser.notification("举报内容不能为空");
        browser.wait.until(d -> browser.attribute("public-content", "invalid"));

        // a named reporter leaves a contact
        browser.toggle("public-anonymous");
        browser.wait.until(d -> browser.shown("public-name"));
        browser.type("#public-content textarea", CONTENT);
        browser.type("#public-name input", "李某");
        browser.clearNotifications();
        browser.click("public-submit");
        browser.notification("联系方式不能为空");
        browser.wait.until(d -> browser.attribute("public-contact", "invalid"));
        assertTrue(tipOffs.records.isEmpty());

        browser.toggle("public-anonymous");
        browser.wait.until(d -> !browser.shown("public-name"));
        browser.type("#public-place input", "朔城区某小区");
        browser.click("public-submit");
        browser.notification("举报已提交");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("public-receipt-code")));
        code = browser.text("public-receipt-code");
        browser.shot("public-1-receipt");
        assertTrue(code.matches("[A-Z2-9]{4}(-[A-Z2-9]{4}){3}"), code);
        assertEquals(1, tipOffs.records.size());
        TipOffDTO t = submitted();
        assertEquals("SNAPSHOT", t.channel);
        assertEquals("shanxi.shuozhou", t.unit);
        assertTrue(t.anonymous);
        assertEquals("ONLINE", t.replyChannel);
        assertEquals(CONTENT, t.content);
        assertEquals("朔城区某小区", t.place);
        assertEquals("", browser.value("#public-content textarea"), "the form is emptied");
        nothingInternal();

        // photos of it: an image is added, anything else refused by its content
        assertEquals("尚未添加照片", browser.text("public-photos-sent"));
        browser.clearNotifications();
        browser.upload("public-photo-upload", "车库.png", "image/png", png());
        browser.notification("照片已添加");
        browser.wait.until(d -> "已添加照片 1 张".equals(browser.text("public-photos-sent")));
        assertEquals(1, tipOffs.publicStatus(code).photosAdded);
        assertEquals(1, tipOffs.get(city, submitted().id).photos.size());
        browser.clearNotifications();
        browser.upload("public-photo-upload", "车库.jpg", "image/jpeg", "不是图片".getBytes(StandardCharsets.UTF_8));
        browser.notification("照片只接受 JPEG 或 PNG 图片");
        browser.wait.until(d -> String.valueOf(browser.text("public-photo-refusal")).contains("车库.jpg"));
        assertEquals(1, tipOffs.publicStatus(code).photosAdded, "the disguised file is not kept");
        assertEquals("已添加照片 1 张", browser.text("public-photos-sent"));
    }

    /** A small real PNG. */
    static byte[] png() {
        try {
            BufferedImage image = new BufferedImage(8, 6, BufferedImage.TYPE_INT_RGB);
            image.setRGB(1, 1, 0xCC3300);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    @Order(3)
    void theReceiptCodeShownWorksInTheStatusQuery() {
        browser.type("#public-code input", "AAAA-BBBB-CCCC-DDDD");
        browser.click("public-query");
        browser.notification("查询码不存在");
        assertFalse(browser.shown("public-status-result"));

        browser.type("#public-code input", code.toLowerCase());
        browser.click("public-query");
        browser.wait.until(d -> "受理中".equals(browser.text("public-status")));
        assertEquals("已添加照片 1 张", browser.text("public-photos-added"));
        browser.type("#public-material textarea", "充电时间多在夜间 22 点以后");
        browser.click("public-add-material");
        browser.notification("补充材料已提交");
        browser.wait.until(d -> "已补充材料 1 次".equals(browser.text("public-materials-added")));
        assertEquals(1, submitted().materials.size());

        // the office asks for more
        tipOffs.requestMaterial(city, submitted().id, "请提供车库具体位置");
        browser.click("public-query");
        browser.wait.until(d -> "请补充材料".equals(browser.text("public-status")));
        assertEquals("请提供车库具体位置", browser.text("public-decision-note"));
        browser.type("#public-material textarea", "3 号楼地下车库 B 区");
        browser.click("public-add-material");
        browser.wait.until(d -> "受理中".equals(browser.text("public-status")));
        assertEquals("RECEIVED", submitted().status);

        // accepted, verified and closed: the reporter reads the reply
        tipOffs.accept(city, submitted().id, null);
        tipOffs.verify(city, submitted().id, "VIOLATION", "责令物业立即整改", null);
        tipOffs.close(city, submitted().id, "经核查属实，已责令物业公司拆除违规充电线路。", "核查处理报告");
        browser.click("public-query");
        browser.wait.until(d -> "已办结".equals(browser.text("public-status")));
        assertEquals("经核查属实，已责令物业公司拆除违规充电线路。", browser.text("public-reply"));
        browser.shot("public-2-status");
        assertFalse(browser.shown("public-material"), "no material after closing");
        assertFalse(browser.pageText().contains("核查处理报告"), "the internal report stays internal");
        nothingInternal();
    }

    private PublicationDTO publish(String kind, String title, String month) {
        PublicationDTO in = new PublicationDTO();
        in.jurisdiction = "shuozhou";
        in.kind = kind;
        in.unit = "shanxi.shuozhou.shuocheng";
        in.title = title;
        in.body = title + "。正文。";
        in.month = month;
        PublicationDTO p = publicity.draft(city, in);
        publicity.submit(city, p.id);
        return publicity.approve(admin, p.id, "人名、车牌号");
    }

    @Test
    @Order(4)
    void onlyApprovedPublicationsAreListedTenAPage() {
        List<PublicationDTO> published = new ArrayList<>();
        for (int n = 1; n <= 10; n++) {
            published.add(publish("TYPICAL_CASE", "典型案例第" + n + "号", null));
        }
        PublicationDTO disclosure = publish("DISCLOSURE", "朔城区重大事故隐患月度公开", "2026-05");
        PublicationDTO pendingIn = new PublicationDTO();
        pendingIn.jurisdiction = "shuozhou";
        pendingIn.kind = "TYPICAL_CASE";
        pendingIn.unit = "shanxi.shuozhou";
        pendingIn.title = "尚未审核的稿件";
        pendingIn.body = "尚未审核";
        publicity.submit(city, publicity.draft(city, pendingIn).id);

        browser.open("public");
        browser.wait.until(d -> "朔州市".equals(browser.value("#public-items-jurisdiction input")));
        browser.wait.until(d -> browser.driver.findElements(By.cssSelector("#public-items .public-item")).size() == 10);
        assertTrue(browser.present("public-item-" + disclosure.id), "newest first");
        assertFalse(browser.pageText().contains("尚未审核的稿件"));
        assertFalse(browser.attribute("public-items-next-page", "disabled"));
        browser.click("public-items-next-page");
        browser.wait.until(d -> browser.driver.findElements(By.cssSelector("#public-items .public-item")).size() == 1);
        assertTrue(browser.present("public-item-" + published.get(0).id));
        assertEquals("典型案例第1号", browser.text("public-item-" + published.get(0).id + "-title"));
        assertTrue(browser.pageText().contains("朔城区"), "the publisher by name");
        browser.shot("public-3-items");

        browser.pick("#public-items-kind input", "重大事故隐患月度公开");
        browser.wait.until(d -> browser.driver.findElements(By.cssSelector("#public-items .public-item")).size() == 1);
        assertTrue(browser.present("public-item-" + disclosure.id));
        assertTrue(browser.pageText().contains("2026-05"));
        nothingInternal();

        publicity.withdraw(admin, disclosure.id, "数据有误，更正后重新公开");
        browser.open("public");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("public-items")));
        browser.pick("#public-items-kind input", "重大事故隐患月度公开");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("public-items-empty")));
        assertFalse(browser.present("public-item-" + disclosure.id));
        assertFalse(browser.pageText().contains("数据有误"), "the withdrawal note stays internal");
    }

    @Test
    @Order(9)
    void theHandlersSeeThePhotoAsAThumbnail() {
        browser.login("shuozhou");
        browser.open("tipoffs");
        browser.clickCell("#tipoff-grid", CONTENT);
        long fileId = submitted().photos.isEmpty() ? tipOffs.get(city, submitted().id).photos.get(0)
                : submitted().photos.get(0);
        browser.wait.until(d -> browser.present("tipoff-photo-" + fileId));
        // the image really loads (its bytes come through the service)
        browser.wait.until(d -> Boolean.TRUE.equals(browser.js("const i = document.getElementById(arguments[0]); "
                + "return i && i.complete && i.naturalWidth === 8", "tipoff-photo-" + fileId)));
    }
}

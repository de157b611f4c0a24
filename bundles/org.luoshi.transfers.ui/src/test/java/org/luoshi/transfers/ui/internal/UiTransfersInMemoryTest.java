package org.luoshi.transfers.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.luoshi.api.Actor;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.file.FileDTO;
import org.luoshi.api.hazard.HazardDTO;
import org.luoshi.api.transfer.TransferDTO;
import org.luoshi.dispatch.ui.internal.DispatchViews;
import org.luoshi.dispatch.ui.internal.InMemoryForms;
import org.luoshi.dispatch.ui.internal.InMemoryMeetings;
import org.luoshi.dispatch.ui.internal.InMemoryReporting;
import org.luoshi.inspections.ui.internal.InMemoryInspections;
import org.luoshi.inspections.ui.internal.InspectionViews;
import org.luoshi.letters.ui.internal.InMemoryLetters;
import org.luoshi.letters.ui.internal.LetterViews;
import org.luoshi.listing.ui.internal.InMemoryListings;
import org.luoshi.listing.ui.internal.ListingViews;
import org.luoshi.lists.ui.internal.InMemoryHazards;
import org.luoshi.lists.ui.internal.InMemorySummary;
import org.luoshi.lists.ui.internal.InMemoryTasks;
import org.luoshi.lists.ui.internal.ListsViews;
import org.luoshi.publicity.ui.internal.InMemoryPublicity;
import org.luoshi.publicity.ui.internal.PublicityViews;
import org.luoshi.tipoffs.ui.internal.InMemoryTipOffs;
import org.luoshi.tipoffs.ui.internal.TipOffViews;
import org.luoshi.ui.internal.Browser;
import org.luoshi.ui.internal.InMemoryFiles;
import org.luoshi.ui.internal.InMemoryServices;
import org.luoshi.ui.internal.UiServer;
import org.luoshi.ui.kit.ViewContribution;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * UI component test of 行刑衔接 with in-memory services, in headless Chromium: a transfer without facts and sources is
 * refused with the errors beside the fields and nothing stored; sent from 市应急局 to 市公安局 citing a hazard; a PDF
 * uploaded as evidence is stored (readable by the police) and shown with its hash and a working download link; a
 * renamed executable is refused by content; the sender has no 受理 and the service refuses the sender; the police
 * accept, are refused a conclusion without outcome and note, conclude (立案) and record information shared with the
 * procuratorate.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UiTransfersInMemoryTest {
    /** The view contributions of the modules this test crosses, as DS would bind them. */
    private static final List<ViewContribution> VIEWS = List.of(new ListsViews(), new ListingViews(), new DispatchViews(), new LetterViews(), new InspectionViews(), new TipOffViews(), new PublicityViews(), new TransferViews());
    private static final String POLICE = "shanxi.shuozhou.gongan";
    private static final String DEPT = "shanxi.shuozhou.yingji";
    private static final String FACTS = "某煤矿被责令停产整顿后仍组织井下采掘作业";
    private static final String ORDER_REFUSED = "因存在重大事故隐患被依法责令停产停业、停止施工、停止使用有关设备、设施、场所或者"
            + "立即采取排除危险的整改措施，而拒不执行";
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    /** The start of a Windows executable (MZ header with NULs), named like a PDF. */
    private static final byte[] EXE = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0 };

    private final InMemoryServices.Registry registry = new InMemoryServices.Registry(
            List.of(InMemoryServices.Registry.unit(POLICE, "市公安局", "police", "shanxi.shuozhou")));
    private final InMemoryHazards hazards = new InMemoryHazards();
    private final InMemoryFiles files = new InMemoryFiles(registry);
    private final InMemoryInspections inspections = new InMemoryInspections(registry, hazards);
    private final InMemoryTipOffs tipOffs = new InMemoryTipOffs(registry, hazards);
    private final InMemoryListings listings = new InMemoryListings(hazards, registry);
    private final InMemoryTransfers transfers = new InMemoryTransfers(registry, hazards, inspections, tipOffs, listings,
            files);
    private final Actor city = Actor.fromRoles("shuozhou", Set.of(Actor.UNIT_ROLE_PREFIX + "shanxi.shuozhou"));
    private UiServer server;
    private Browser browser;
    private long hazardId;

    @BeforeAll
    void start() {
        HazardDTO h = new HazardDTO();
        h.jurisdiction = "shuozhou";
        h.unit = DEPT;
        h.description = "某煤矿拒不执行停产整顿决定";
        h.major = true;
        hazardId = hazards.create(city, h).id;
        InMemoryTasks tasks = new InMemoryTasks(registry);
        InMemoryReporting reporting = new InMemoryReporting(registry);
        server = InMemoryServices.start(InMemoryServices.config(0, "127.0.0.1"), registry,
                new InMemoryServices.Users(), VIEWS, hazards, tasks, listings,
                new InMemorySummary(registry, hazards, tasks), reporting, new InMemoryForms(registry, reporting, hazards),
                new InMemoryLetters(registry, tasks, hazards), new InMemoryMeetings(registry, tasks), inspections, tipOffs,
                new InMemoryPublicity(registry, hazards), transfers, files);
        browser = new Browser("http://127.0.0.1:" + server.port() + "/");
        browser.login("shuozhou");
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

    @Test
    @Order(1)
    void aTransferWithoutFactsAndSourcesIsRefusedAndNothingStored() {
        browser.click("nav-transfers");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("transfer-grid")));
        browser.wait.until(d -> "朔州市".equals(browser.value("#transfers-jurisdiction input")));
        browser.click("new-transfer");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("send-transfer")));
        browser.choose("transfer-situation", ORDER_REFUSED);
        browser.pick("#transfer-from-unit input", "市应急局");
        // the public security beside the department is proposed
        browser.wait.until(d -> String.valueOf(browser.value("#transfer-to-unit input")).startsWith("市公安局"));
        browser.click("send-transfer");
        browser.notification("涉嫌犯罪事实不能为空");
        browser.wait.until(d -> browser.attribute("transfer-facts", "invalid"));
        assertTrue(browser.attribute("transfer-source-id", "invalid"), "the missing source is marked");
        assertTrue(transfers.records.isEmpty());
        assertFalse(browser.pageText().contains("Exception"));
    }

    @Test
    @Order(2)
    void aTransferCitingAHazardIsSent() {
        browser.clearNotifications();
        browser.type("#transfer-facts textarea", FACTS);
        browser.type("#transfer-source-id input", String.valueOf(hazardId));
        browser.click("add-transfer-source");
        browser.waitForCell("#transfer-sources", "#" + hazardId);
        browser.click("send-transfer");
        browser.notification("已移送");
        browser.wait.until(d -> "已移送".equals(browser.text("transfer-status")));
        assertEquals(1, transfers.records.size());
        TransferDTO t = transfers.record(1);
        assertEquals("ORDER_REFUSED", t.situation);
        assertEquals(DEPT, t.fromUnit);
        assertEquals(POLICE, t.toUnit);
        assertEquals(FACTS, t.facts);
        assertEquals(1, t.sources.size());
        assertEquals("hazard", t.sources.get(0).type);
        assertEquals(hazardId, t.sources.get(0).id);
        assertEquals("shuozhou", t.sentBy);
        assertTrue(browser.present("transfer-source-hazard-" + hazardId));
        assertEquals("市公安局", browser.value("#transfer-detail-to input"));
    }

    @Test
    @Order(3)
    void evidenceIsUploadedWithItsHashAndARenamedExecutableIsRefused() {
        browser.clearNotifications();
        browser.upload("evidence-upload", "停产整顿指令书.pdf", "application/pdf", PDF);
        browser.notification("已上传证据材料");
        List<FileDTO> stored = files.of("transfer", 1);
        assertEquals(1, stored.size());
        FileDTO f = stored.get(0);
        assertEquals("application/pdf", f.mediaType);
        assertEquals(DEPT, f.unit);
        assertEquals(List.of(POLICE), f.readers);
        assertEquals(InMemoryFiles.sha256(PDF), f.sha256);
        browser.wait.until(d -> browser.present("evidence-hash-" + f.id));
        assertEquals(f.sha256.substring(0, 12) + "…", browser.text("evidence-hash-" + f.id));
        assertTrue(browser.pageText().contains("停产整顿指令书.pdf"));
        assertTrue(browser.download("evidence-download-" + f.id).startsWith("%PDF-1.4"), "the download gives the file");

        browser.clearNotifications();
        browser.upload("evidence-upload", "现场照片.pdf", "application/pdf", EXE);
        browser.notification("只接受 PDF、JPEG、PNG");
        browser.wait.until(d -> String.valueOf(browser.text("evidence-refusal")).contains("现场照片.pdf"));
        assertEquals(1, files.of("transfer", 1).size(), "the executable is not stored");
    }

    @Test
    @Order(4)
    void theSenderCannotAccept() {
        assertFalse(browser.present("accept-transfer"));
        assertFalse(browser.present("conclude-transfer"));
        LuoshiException refused = assertThrows(LuoshiException.class, () -> transfers.accept(city, 1));
        assertEquals(LuoshiException.Kind.FORBIDDEN, refused.kind());
        assertEquals("SENT", transfers.record(1).status);
        browser.click("close-transfer-dialog");
        browser.waitForCell("#transfer-grid", FACTS);
        browser.waitForCell("#transfer-grid", "已移送");
    }

    @Test
    @Order(5)
    void thePoliceAcceptAndConclude() {
        browser.login("gongan");
        browser.open("transfers");
        browser.wait.until(d -> "朔州市".equals(browser.value("#transfers-jurisdiction input")));
        browser.clickCell("#transfer-grid", FACTS);
        browser.wait.until(d -> "已移送".equals(browser.text("transfer-status")));
        // the receiving police read the evidence
        assertTrue(browser.present("evidence-hash-1"));
        assertFalse(browser.present("evidence-upload"), "the receiver does not upload the sender's evidence");
        browser.click("accept-transfer");
        browser.notification("已受理");
        browser.wait.until(d -> "已受理".equals(browser.text("transfer-status")));
        assertEquals("ACCEPTED", transfers.record(1).status);
        assertEquals("done", browser.step("transfer-steps-2"));
        assertEquals("current", browser.step("transfer-steps-3"));
        assertEquals("gongan", transfers.record(1).acceptedBy);
        assertTrue(browser.value("#transfer-detail-accepted input").startsWith("gongan"));

        browser.clearNotifications();
        browser.click("conclude-transfer");
        browser.notification("处理结果不能为空");
        browser.wait.until(d -> browser.attribute("conclude-outcome", "invalid"));
        assertTrue(browser.attribute("conclude-note", "invalid"));
        assertEquals("ACCEPTED", transfers.record(1).status);
        browser.pick("#conclude-outcome input", "立案");
        browser.type("#conclude-note textarea", "已立案侦查（朔公立字〔2025〕12号）");
        browser.click("conclude-transfer");
        browser.notification("已记录处理结果");
        browser.wait.until(d -> "已办结".equals(browser.text("transfer-status")));
        assertEquals("CONCLUDED", transfers.record(1).status);
        assertEquals("done", browser.step("transfer-steps-3"));
        assertEquals("FILED", transfers.record(1).outcome);
        assertEquals("处理结果：立案", browser.text("transfer-outcome"));

        browser.clearNotifications();
        browser.pick("#share-party input", "检察院");
        browser.type("#share-content textarea", "立案情况通报检察院");
        browser.click("share-transfer");
        browser.notification("已登记信息共享");
        browser.waitForCell("#transfer-shares", "立案情况通报检察院");
        assertEquals(1, transfers.record(1).shares.size());
        assertEquals("PROCURATORATE", transfers.record(1).shares.get(0).party);
        assertEquals("gongan", transfers.record(1).shares.get(0).recordedBy);
        assertFalse(browser.pageText().contains("Exception"));
    }
}

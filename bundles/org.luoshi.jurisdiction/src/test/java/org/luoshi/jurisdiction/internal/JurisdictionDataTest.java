package org.luoshi.jurisdiction.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class JurisdictionDataTest {
    private final Map<String, String> files = new HashMap<>();

    private JurisdictionData read() throws IOException {
        return JurisdictionData.read(name -> files.containsKey(name)
                ? new ByteArrayInputStream(files.get(name).getBytes(StandardCharsets.UTF_8)) : null, "1.2.3");
    }

    private void valid() {
        files.put("jurisdiction.properties", "id=demo\nname=示例市\nlevel=city\nparent=shanxi\nunit=shanxi.demo\n");
        files.put("units.tsv", "id\tname\tkind\tparent\nshanxi.demo\t示例市\tcity\tshanxi\nshanxi.demo.a\t甲县\tcounty\tshanxi.demo\n");
        files.put("catalog.tsv", "number\tgroup\tmeasure\tresponsibleUnits\tdeadline\n"
                + "1\t一、责任。\t召开会议\\n每月一次\t各级政府\t长期坚持\n2\t一、责任。\t建立制度\t各级安委办\t6月底前\n");
    }

    @Test
    void readsDescriptorUnitsAndCatalogInUtf8() throws IOException {
        valid();
        JurisdictionData d = read();
        assertEquals("示例市", d.descriptor().name);
        assertEquals("1.2.3", d.descriptor().version);
        assertEquals("shanxi", d.descriptor().parent);
        assertEquals(2, d.units().size());
        assertEquals("demo", d.units().get(1).jurisdiction);
        assertEquals("shanxi.demo", d.units().get(1).parent);
        assertEquals("召开会议\n每月一次", d.catalog().get(0).measure);
        assertEquals("6月底前", d.catalog().get(1).deadline);
    }

    @Test
    void refusesUnitOutsideItsParent() {
        valid();
        files.put("units.tsv", "id\tname\tkind\tparent\nshanxi.demo\t示例市\tcity\tshanxi\nother.a\t甲县\tcounty\tshanxi.demo\n");
        IOException e = assertThrows(IOException.class, this::read);
        assertTrue(e.getMessage().contains("other.a"), e.getMessage());
    }

    @Test
    void refusesShortCatalogLineWithItsLineNumber() {
        valid();
        files.put("catalog.tsv", "number\tgroup\tmeasure\tresponsibleUnits\tdeadline\n1\t一、\t措施\t单位\n");
        IOException e = assertThrows(IOException.class, this::read);
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void refusesRepeatedTaskNumberAndBadLevel() {
        valid();
        files.put("catalog.tsv", "number\tgroup\tmeasure\tresponsibleUnits\tdeadline\n1\ta\tb\tc\td\n1\ta\tb\tc\td\n");
        assertThrows(IOException.class, this::read);
        valid();
        files.put("jurisdiction.properties", "id=demo\nname=x\nlevel=planet\n");
        assertThrows(IOException.class, this::read);
    }

    @Test
    void unitsMayCarryALetterPrefixColumn() throws IOException {
        valid();
        files.put("units.tsv", "id\tname\tkind\tparent\tletterPrefix\nshanxi.demo\t示例市\tcity\tshanxi\t示安办函\n"
                + "shanxi.demo.a\t甲县\tcounty\tshanxi.demo\t\n");
        JurisdictionData d = read();
        assertEquals("示安办函", d.units().get(0).letterPrefix);
        assertEquals(null, d.units().get(1).letterPrefix);
        files.put("units.tsv", "id\tname\tkind\tparent\tcolour\nshanxi.demo\t示例市\tcity\tshanxi\tred\n");
        IOException e = assertThrows(IOException.class, this::read);
        assertTrue(e.getMessage().contains("letterPrefix"), e.getMessage());
    }

    @Test
    void cyclesResolveChildrenAsReportersAndRefuseUnknownUnits() throws IOException {
        valid();
        files.put("cycles.properties", "m.name=月报\nm.rrule=FREQ=MONTHLY;BYMONTHDAY=2\nm.start=2026-01-01\n"
                + "m.periodKind=MONTH\nm.periodOffset=-1\nm.reporters=children\n");
        JurisdictionData d = read();
        assertEquals(1, d.cycles().size());
        assertEquals("shanxi.demo", d.cycles().get(0).receiver);
        assertEquals(java.util.List.of("shanxi.demo.a"), d.cycles().get(0).reporters);
        assertEquals(-1, d.cycles().get(0).periodOffset);
        files.put("cycles.properties", "m.name=月报\nm.rrule=FREQ=MONTHLY\nm.start=2026-01-01\nm.reporters=shanxi.nowhere\n");
        assertThrows(IOException.class, this::read);
        files.put("cycles.properties", "m.name=无规则\nm.start=2026-01-01\n");
        assertThrows(IOException.class, this::read);
    }
}

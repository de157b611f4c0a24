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

    private static final String PARTS = "number\tgroup\tmeasure\tresponsibleUnits\tdeadline\tpart\tlead\ttarget"
            + "\ttargetWhat\tnote\n";

    @Test
    void catalogRowsMayCarryPartsLeadsTargetsAndNotes() throws IOException {
        valid();
        files.put("catalog.tsv", PARTS + "# a comment line\n"
                + "11\t四、整治\t深度破解重大问题。\t\t年底前\t\t\t1\t项突出问题\t正文另有一句\n"
                + "11\t四、整治\t煤矿方面，……\t煤矿办牵头负责\t年底前\t煤矿\tshanxi.demo.a\t\t\t\n");
        JurisdictionData d = read();
        assertEquals(2, d.catalog().size());
        assertEquals(Integer.valueOf(1), d.catalog().get(0).target);
        assertEquals("项突出问题", d.catalog().get(0).targetWhat);
        assertEquals("正文另有一句", d.catalog().get(0).note);
        assertEquals(null, d.catalog().get(0).part);
        assertEquals("煤矿", d.catalog().get(1).part);
        assertEquals("shanxi.demo.a", d.catalog().get(1).lead);
        assertEquals(null, d.catalog().get(1).target);

        files.put("catalog.tsv", PARTS + "11\t四\t甲\t\t年底前\t\t\t\t\t\n11\t四\t乙\t\t年底前\t煤矿\tshanxi.nowhere\t\t\t\n");
        assertTrue(assertThrows(IOException.class, this::read).getMessage().contains("shanxi.nowhere"));
        files.put("catalog.tsv", PARTS + "11\t四\t乙\t\t年底前\t煤矿\t\t\t\t\n");
        assertTrue(assertThrows(IOException.class, this::read).getMessage().contains("comes before the task"));
        files.put("catalog.tsv", PARTS + "3\t一\t甲\t\t年底前\t\t\t一次\t次培训\t\n");
        assertTrue(assertThrows(IOException.class, this::read).getMessage().contains("whole number"));
        files.put("catalog.tsv", PARTS + "3\t一\t甲\t\t年底前\t\t\t2\t\t\n");
        assertTrue(assertThrows(IOException.class, this::read).getMessage().contains("targetWhat"));
        files.put("catalog.tsv", PARTS + "3\t一\t甲\t\t年底前\t煤矿\t\t\t\t\n3\t一\t甲\t\t年底前\t\t\t\t\t\n");
        assertThrows(IOException.class, this::read);
    }

    @Test
    void modulesSettingsAreKeptAsWritten() throws IOException {
        valid();
        files.put("modules/accidents.properties", "rule.frequent.trigger.1 = LARGER 1 0\nsectors=煤矿,其他\n");
        JurisdictionData d = JurisdictionData.read(new JurisdictionData.Source() {
            @Override
            public java.io.InputStream open(String name) {
                return files.containsKey(name) ? new ByteArrayInputStream(files.get(name).getBytes(StandardCharsets.UTF_8))
                        : null;
            }

            @Override
            public java.util.List<String> list(String folder) {
                return files.keySet().stream().filter(f -> f.startsWith(folder)).map(f -> f.substring(folder.length()))
                        .sorted().toList();
            }
        }, "1.0.0");
        assertEquals("LARGER 1 0", d.settings("accidents").get("rule.frequent.trigger.1"));
        assertEquals("煤矿,其他", d.settings("accidents").get("sectors"));
        assertTrue(d.settings("letters").isEmpty());
        assertTrue(read().settings("accidents").isEmpty(), "a source that lists nothing has no settings");
    }

    @Test
    void refusesUnitOutsideItsParent() {
        valid();
        files.put("units.tsv", "id\tname\tkind\tparent\nshanxi.demo\t示例市\tcity\tshanxi\nother.a\t甲县\tcounty\tshanxi.demo\n");
        IOException e = assertThrows(IOException.class, this::read);
        assertTrue(e.getMessage().contains("other.a"), e.getMessage());
    }

    @Test
    void aCountedDutyMayRecurEveryPeriod() throws IOException {
        valid();
        String head = PARTS.replace("\tnote\n", "\tnote\tevery\n");
        files.put("catalog.tsv", head + "4\t一\t每月至少检查1次\t企业\t年底前\t\t\t1\t次检查\t\tMONTH:2023-05-17\n"
                + "5\t一\t每季度听取汇报\t局党组\t年底前\t\t\t1\t次汇报\t\tQUARTER\n");
        JurisdictionData d = read();
        assertEquals("MONTH:2023-05-17", d.catalog().get(0).every);
        assertEquals("QUARTER", d.catalog().get(1).every);
        files.put("catalog.tsv", head + "4\t一\t甲\t企业\t年底前\t\t\t\t\t\tMONTH\n");
        assertTrue(assertThrows(IOException.class, this::read).getMessage().contains("needs a target"));
        files.put("catalog.tsv", head + "4\t一\t甲\t企业\t年底前\t\t\t1\t次\t\tFORTNIGHT\n");
        assertTrue(assertThrows(IOException.class, this::read).getMessage().contains("MONTH, QUARTER, HALF_YEAR or YEAR"));
        files.put("catalog.tsv", head + "4\t一\t甲\t企业\t年底前\t\t\t1\t次\t\tMONTH:2023-02-30\n");
        assertTrue(assertThrows(IOException.class, this::read).getMessage().contains("not a date"));
    }

    @Test
    void rolesAreReadByTitleAtUnitsOfThePlugin() throws IOException {
        valid();
        files.put("roles.tsv", "unit\tgroup\trole\ttitle\nshanxi.demo\t示例领导小组\t组长\t市长\n"
                + "shanxi.demo.a\t示例领导小组\t成员\t各县县长\n");
        JurisdictionData d = read();
        assertEquals(2, d.roles().size());
        assertEquals("市长", d.roles().get(0).title);
        assertEquals("shanxi.demo.a", d.roles().get(1).unit);
        files.put("roles.tsv", "unit\tgroup\trole\ttitle\nshanxi.nowhere\t示例领导小组\t组长\t市长\n");
        assertTrue(assertThrows(IOException.class, this::read).getMessage().contains("roles.tsv line 2"));
        files.put("roles.tsv", "unit\tgroup\trole\ttitle\nshanxi.demo\t示例领导小组\t组长\t \n");
        assertTrue(assertThrows(IOException.class, this::read).getMessage().contains("must all be given"));
        files.remove("roles.tsv");
        assertEquals(0, read().roles().size(), "roles.tsv is optional");
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

    @Test
    void aCycleCarriesItsFormAndBadFormsAreRefused() throws IOException {
        valid();
        files.put("cycles.properties", "d.name=调度\nd.rrule=FREQ=MONTHLY;BYMONTHDAY=28\nd.start=2026-01-01\n"
                + "d.reporters=children\nd.form=disp\n");
        files.put("forms/disp.properties", "title=调度表\ntables=own,sector\ntable.own.name=本股室\n"
                + "table.own.scope.shanxi.demo.a=shanxi.demo\ntable.sector.name=所属行业领域\nnote.1=1. 每月28日前报送。\n");
        files.put("forms/disp.tsv", "key\tblock\tno\tlabel\tpart\tmeasure\ttype\tfigure\n"
                + "A1\t总体情况\t1\t隐患(个)\t\t个\tCOUNT\thazards?major=true\n"
                + "D1.county\t组织领导\t1\t学习(次)\t县\t次\tCOUNT\t\n"
                + "D6\t组织领导\t6\t是否播放\t\t\tYESNO\t\n");
        org.luoshi.api.form.FormDTO f = read().cycles().get(0).form;
        assertEquals("调度表", f.title);
        assertEquals(2, f.tables.size());
        assertEquals("shanxi.demo", f.tables.get(0).scopes.get("shanxi.demo.a"));
        assertTrue(f.tables.get(1).scopes.isEmpty());
        assertEquals(3, f.fields.size());
        assertTrue(f.fields.get(0).computed());
        assertEquals("县", f.fields.get(1).part);
        assertEquals(java.util.List.of("1. 每月28日前报送。"), f.notes);
        files.put("forms/disp.tsv", "key\tblock\tno\tlabel\tpart\tmeasure\ttype\tfigure\n"
                + "A1\t总体情况\t1\t隐患(个)\t\t个\tYESNO\thazards?major=true\n");
        assertThrows(IOException.class, this::read, "a figure on a yes/no field");
        files.put("forms/disp.tsv", "key\tblock\tno\tlabel\tpart\tmeasure\ttype\tfigure\n"
                + "A1\t总体情况\t1\t隐患\t\t个\tCOUNT\t\nA1\t总体情况\t2\t隐患\t\t个\tCOUNT\t\n");
        assertThrows(IOException.class, this::read, "a repeated key");
        files.put("forms/disp.tsv", "key\tblock\tno\tlabel\tpart\tmeasure\ttype\tfigure\n"
                + "A1\t总体情况\t1\t隐患\t\t个\tCOUNT\t\n");
        files.put("forms/disp.properties", "title=调度表\ntable.main.scope.shanxi.demo.a=shanxi.nowhere\n");
        assertThrows(IOException.class, this::read, "a scope outside units.tsv");
        files.remove("forms/disp.properties");
        assertThrows(IOException.class, this::read, "a missing form");
    }
}

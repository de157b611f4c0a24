package org.luoshi.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.luoshi.itests.Platform.Answer;

/** The SOAP face over real HTTP with hand-written envelopes, as an integrator's system would call it. */
@ExtendWith(Platform.class)
class HazardSoapIT {
    static final String HAZARDS = Platform.SOAP + "/hazards";

    static String envelope(String body) {
        return "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:l=\"http://luoshi.org/soap/1\">"
                + "<soapenv:Body>" + body + "</soapenv:Body></soapenv:Envelope>";
    }

    static Answer call(String user, String url, String body) {
        return Platform.post(user, url, "text/xml; charset=UTF-8", envelope(body));
    }

    static String hazardXml(String unit, String description) {
        return "<hazard><jurisdiction>shuozhou</jurisdiction><unit>" + unit + "</unit><source>TIP_OFF</source>"
                + "<inspectionUnit>县应急局</inspectionUnit><inspector>核查组组长</inspector>"
                + "<inspectionDate>" + HazardRestIT.today().minusDays(1) + "</inspectionDate><inspectionMethod>核查举报</inspectionMethod>"
                + "<description>" + description + "</description><major>true</major><listed>false</listed>"
                + "<deadline>" + HazardRestIT.today().plusDays(15) + "</deadline></hazard>";
    }

    static String first(String xml, String element) {
        Matcher m = Pattern.compile("<" + element + ">([^<]*)</" + element + ">").matcher(xml);
        assertTrue(m.find(), element + " not in " + xml);
        return m.group(1);
    }

    @Test
    void hazardCycleOverSoap() {
        String text = "举报核实-瓦斯超限作业-" + UUID.randomUUID();
        Answer created = call("shuozhou", HAZARDS, "<l:createHazard>" + hazardXml("shanxi.shuozhou.shanyin", text) + "</l:createHazard>");
        assertEquals(200, created.status(), created.body());
        String id = first(created.body(), "id");
        assertEquals("REGISTERED", first(created.body(), "status"));
        assertEquals("false", first(created.body(), "listed"));
        Answer listedAtOnce = call("shuozhou", HAZARDS, "<l:createHazard>" + hazardXml("shanxi.shuozhou.shanyin", text + "-挂牌")
                .replace("<listed>false</listed>", "<listed>true</listed>") + "</l:createHazard>");
        assertTrue(listedAtOnce.body().contains("Client") && listedAtOnce.body().contains("挂牌督办通知书"),
                "listed only through a listing (issue 11, finding 5): " + listedAtOnce.body());

        Answer got = call("shuozhou", HAZARDS, "<l:getHazard><id>" + id + "</id></l:getHazard>");
        assertEquals(200, got.status(), got.body());
        assertEquals(text, first(got.body(), "description"));

        Answer updated = call("shuozhou", HAZARDS, "<l:updateProgress><id>" + id + "</id><update><status>REPORTED</status>"
                + "<progress>已整改完毕</progress><completedOn>" + HazardRestIT.today() + "</completedOn></update></l:updateProgress>");
        assertEquals(200, updated.status(), updated.body());
        assertEquals("REPORTED", first(updated.body(), "status"));

        Answer listed = call("shuozhou", HAZARDS, "<l:listHazards><query><unit>shanxi.shuozhou.shanyin</unit><source>TIP_OFF</source>"
                + "<text>" + text + "</text><offset>0</offset><limit>10</limit></query></l:listHazards>");
        assertEquals(200, listed.status(), listed.body());
        assertEquals("1", first(listed.body(), "total"));

        Answer reviewed = call("shuozhou", HAZARDS, "<l:reviewHazard><id>" + id + "</id><review><passed>true</passed>"
                + "<review>复查合格</review><reviewUnit>市应急局</reviewUnit><reviewer>执法支队队长</reviewer></review></l:reviewHazard>");
        assertEquals(200, reviewed.status(), reviewed.body());
        assertEquals("ACCEPTED", first(reviewed.body(), "status"));
        Answer again = call("shuozhou", HAZARDS, "<l:reviewHazard><id>" + id + "</id><review><passed>true</passed>"
                + "<review>再验</review><reviewUnit>市应急局</reviewUnit><reviewer>队长</reviewer></review></l:reviewHazard>");
        assertTrue(again.body().contains("faultstring") && again.body().contains("CONFLICT"), again.body());

        // the REST face sees the same record
        assertEquals(text, Platform.get("shuozhou", Platform.API + "/hazards/" + id).json().get("description").asText());
    }

    @Test
    void refusalsAreFaultsWithAReadableReasonAndStoreNothing() {
        long before = HazardRestIT.total("admin", "");
        Answer missing = call("admin", HAZARDS, "<l:createHazard><hazard><jurisdiction>shuozhou</jurisdiction></hazard></l:createHazard>");
        assertEquals(500, missing.status());
        assertTrue(missing.body().contains("Fault"), missing.body());
        assertTrue(missing.body().contains("问题隐患描述不能为空"), missing.body());

        Answer unknown = call("admin", HAZARDS, "<l:createHazard>" + hazardXml("shanxi.shuozhou.shanyin", "x")
                .replace("<jurisdiction>shuozhou</jurisdiction>", "<jurisdiction>atlantis</jurisdiction>") + "</l:createHazard>");
        assertTrue(unknown.body().contains("atlantis") && unknown.body().contains("faultstring"), unknown.body());

        Answer foreign = call("shuocheng", HAZARDS, "<l:createHazard>" + hazardXml("shanxi.shuozhou.pinglu", "越权") + "</l:createHazard>");
        assertTrue(foreign.body().contains("FORBIDDEN"), foreign.body());

        Answer anonymous = call(null, HAZARDS, "<l:getHazard><id>1</id></l:getHazard>");
        assertTrue(anonymous.body().contains("认证失败"), anonymous.body());

        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + envelope("<l:createHazard>" + hazardXml("shanxi.shuozhou.shanyin", "&xxe;") + "</l:createHazard>");
        Answer entity = Platform.post("admin", HAZARDS, "text/xml; charset=UTF-8", xxe);
        assertTrue(entity.body().contains("Fault"), entity.body());
        assertFalse(entity.body().contains("root:"), "the external entity must not be resolved");

        Answer garbage = Platform.post("admin", HAZARDS, "text/xml; charset=UTF-8", "<not-soap");
        assertTrue(garbage.status() >= 400 && garbage.status() < 600 && garbage.body().contains("Fault"), garbage.body());
        assertEquals(before, HazardRestIT.total("admin", ""), "nothing stored");
    }

    @Test
    void wsdlsAreServedAndListed() {
        Answer wsdl = Platform.get(null, HAZARDS + "?wsdl");
        assertEquals(200, wsdl.status());
        assertTrue(wsdl.body().contains("createHazard") && wsdl.body().contains("updateProgress"), wsdl.body());
        Answer jwsdl = Platform.get(null, Platform.SOAP + "/jurisdictions?wsdl");
        assertTrue(jwsdl.body().contains("getCatalog"));
        Answer list = Platform.get(null, Platform.SOAP + "/services");
        assertEquals(200, list.status());
        assertTrue(list.body().contains("/soap/hazards?wsdl") && list.body().contains("/soap/jurisdictions?wsdl"), list.body());
    }

    @Test
    void catalogOverSoap() {
        Answer catalog = call("admin", Platform.SOAP + "/jurisdictions", "<l:getCatalog><jurisdiction>shuozhou</jurisdiction></l:getCatalog>");
        assertEquals(200, catalog.status(), catalog.body());
        assertEquals(58, catalog.body().split("<task>").length - 1);
        assertTrue(catalog.body().contains("<deadline>2023年1月底前</deadline>"));
    }
}

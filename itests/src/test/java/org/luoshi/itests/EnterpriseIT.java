package org.luoshi.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.luoshi.itests.Platform.Answer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 15, the enterprise register (企业名录): credit codes checked by their check character, duplicates refused, an
 * xlsx import that is all or nothing with every bad row reported, visibility by supervising unit, and an enterprise's
 * history holding the hazards linked to it (at registration or later) and what came of them.
 */
@ExtendWith(Platform.class)
class EnterpriseIT {
    static final String E = Platform.API + "/enterprises";
    static final String YOUYU = "shanxi.shuozhou.youyu";
    static final String YOUYU_YINGJI = "shanxi.shuozhou.youyu.yingji";
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final Random RANDOM = new Random();

    /** A fresh, valid code: the test's own reading of GB 32100-2015 (weights 3^i mod 31, check 31 − Σ mod 31). */
    static String code() {
        StringBuilder b = new StringBuilder("91140623");
        for (int i = 0; i < 9; i++) {
            b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(b.charAt(i)) * weight;
            weight = weight * 3 % 31;
        }
        int check = 31 - sum % 31;
        return b.append(ALPHABET.charAt(check == 31 ? 0 : check)).toString();
    }

    /** The same code with a wrong check character. */
    static String wrongCheck(String code) {
        char right = code.charAt(17);
        char wrong = ALPHABET.charAt((ALPHABET.indexOf(right) + 1) % ALPHABET.length());
        return code.substring(0, 17) + wrong;
    }

    static Map<String, Object> enterprise(String code, String name, String unit) {
        Map<String, Object> e = new HashMap<>();
        e.put("creditCode", code);
        e.put("name", name);
        e.put("sector", "煤矿");
        e.put("supervisingUnit", unit);
        e.put("address", "右玉县某镇");
        e.put("scale", "MEDIUM");
        e.put("highRisk", List.of("重大危险源", "有限空间作业"));
        return e;
    }

    static long register(String user, String code, String name, String unit) {
        Answer a = Platform.postJson(user, E, enterprise(code, name, unit));
        assertEquals(201, a.status(), a.body());
        return a.json().get("id").asLong();
    }

    @Test
    void creditCodesAreCheckedAndRegisteredOnce() {
        String code = code();
        String name = "右玉县测试煤业有限公司-" + code.substring(8, 13);
        Answer bad = Platform.postJson("youyu", E, enterprise(wrongCheck(code), name, YOUYU_YINGJI));
        assertEquals(400, bad.status(), bad.body());
        assertTrue(bad.json().get("errors").get("creditCode").asText().contains("校验位"), bad.body());
        Answer lower = Platform.postJson("youyu", E, enterprise(code.substring(0, 17) + "I", name, YOUYU_YINGJI));
        assertEquals(400, lower.status(), "I is not in the alphabet");

        long id = register("youyu", code, name, YOUYU_YINGJI);
        JsonNode made = Platform.get("youyu", E + "/" + id).json();
        assertEquals(code, made.get("creditCode").asText());
        assertEquals("shuozhou", made.get("jurisdiction").asText());
        assertEquals("右玉县应急局", made.get("supervisingUnitName").asText());
        assertEquals("OPERATING", made.get("status").asText());
        Answer twice = Platform.postJson("shuozhou", E, enterprise(code, name + "（重复）", YOUYU));
        assertEquals(409, twice.status(), twice.body());
        assertTrue(twice.body().contains("已登记"), twice.body());

        // the supervising unit and those above see it; a neighbouring county does not, nor may it register there
        assertEquals(200, Platform.get("shuozhou", E + "/" + id).status());
        assertEquals(404, Platform.get("pinglu", E + "/" + id).status());
        assertFalse(Platform.get("pinglu", E + "?q=" + code).body().contains(code));
        assertEquals(1, Platform.get("shuozhou", E + "?q=" + code).json().get("total").asInt());
        Answer outside = Platform.postJson("pinglu", E, enterprise(code(), "越权登记", YOUYU_YINGJI));
        assertEquals(400, outside.status(), outside.body());
        assertTrue(outside.json().get("errors").has("supervisingUnit"), outside.body());
        Answer sector = Platform.postJson("youyu", E, Map.of("creditCode", code(), "name", "无行业", "sector", "不存在的行业",
                "supervisingUnit", YOUYU));
        assertEquals(400, sector.status());
        assertTrue(sector.json().get("errors").get("sector").asText().contains("煤矿"), sector.body());

        // over SOAP, by its code
        Answer soap = HazardSoapIT.call("youyu", Platform.SOAP + "/enterprises",
                "<l:findByCreditCode><creditCode>" + code + "</creditCode></l:findByCreditCode>");
        assertEquals(200, soap.status(), soap.body());
        assertTrue(soap.body().contains(name), soap.body());
        assertTrue(HazardSoapIT.call("pinglu", Platform.SOAP + "/enterprises",
                "<l:findByCreditCode><creditCode>" + code + "</creditCode></l:findByCreditCode>").body().contains("Client"));
    }

    /** A workbook of the template's columns with the given rows under a title line. */
    static byte[] workbook(List<List<String>> rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("企业");
            s.createRow(0).createCell(0).setCellValue("右玉县企业名录");
            List<String> header = List.of("统一社会信用代码", "单位名称", "行业领域", "监管单位", "地址", "规模", "状态", "高危标识", "负责人");
            Row h = s.createRow(1);
            for (int i = 0; i < header.size(); i++) {
                h.createCell(i).setCellValue(header.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row x = s.createRow(r + 2);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    x.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void anImportWithTwoBadRowsReportsBothAndImportsNone() throws Exception {
        List<String> codes = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            String c = code();
            codes.add(c);
            rows.add(new ArrayList<>(List.of(c, "导入测试企业" + i + "-" + c.substring(8, 13), "非煤矿山", "右玉县应急局", "右玉县",
                    "小型", "在产", i == 1 ? "重大危险源" : "", "法定代表人")));
        }
        rows.get(1).set(0, wrongCheck(codes.get(1))); // sheet row 4: check character wrong
        rows.get(3).set(3, "不存在的单位");            // sheet row 6: unknown supervising unit
        String url = E + "/import?jurisdiction=shuozhou";
        Answer refused = Platform.sendBytes("youyu", "POST", url, "application/vnd.openxmlformats-officedocument"
                + ".spreadsheetml.sheet", workbook(rows));
        assertEquals(400, refused.status(), refused.body());
        JsonNode report = refused.json();
        assertEquals(5, report.get("rows").asInt());
        assertEquals(0, report.get("imported").asInt());
        Map<Integer, String> errors = new LinkedHashMap<>();
        report.get("errors").forEach(e -> errors.put(e.get("row").asInt(), e.get("column").asText() + "：" + e.get("message").asText()));
        assertEquals(List.of(4, 6), List.copyOf(errors.keySet()), report.toString());
        assertTrue(errors.get(4).startsWith("统一社会信用代码") && errors.get(4).contains("校验位"), errors.get(4));
        assertTrue(errors.get(6).startsWith("监管单位"), errors.get(6));
        for (String c : codes) {
            assertEquals(0, Platform.get("admin", E + "?q=" + c).json().get("total").asInt(), "nothing imported: " + c);
        }

        rows.get(1).set(0, codes.get(1));
        rows.get(3).set(3, "右玉县应急局");
        rows.add(new ArrayList<>(rows.get(0))); // the first row again: a duplicate in the file (sheet row 8)
        Answer duplicate = Platform.sendBytes("youyu", "POST", url, "application/octet-stream", workbook(rows));
        assertEquals(400, duplicate.status(), duplicate.body());
        assertEquals(8, duplicate.json().get("errors").get(0).get("row").asInt(), duplicate.body());
        assertTrue(duplicate.json().get("errors").get(0).get("message").asText().contains("第 3 行"), duplicate.body());
        rows.remove(5);
        Answer imported = Platform.sendBytes("youyu", "POST", url, "application/octet-stream", workbook(rows));
        assertEquals(200, imported.status(), imported.body());
        assertEquals(5, imported.json().get("imported").asInt());
        JsonNode first = Platform.get("youyu", E + "?q=" + codes.get(0)).json().get("items").get(0);
        assertEquals("SMALL", first.get("scale").asText());
        assertEquals("[\"重大危险源\"]", first.get("highRisk").toString());
        assertEquals(YOUYU_YINGJI, first.get("supervisingUnit").asText());
        Answer again = Platform.sendBytes("youyu", "POST", url, "application/octet-stream", workbook(rows));
        assertEquals(400, again.status(), "already registered: " + again.body());
        assertEquals(5, again.json().get("errors").size());

        assertEquals(400, Platform.sendBytes("youyu", "POST", url, "application/octet-stream",
                "not a workbook".getBytes(StandardCharsets.UTF_8)).status());
        byte[] template = Platform.download("youyu", E + "/template.xlsx", "application/vnd.openxmlformats");
        assertTrue(template.length > 1000);
        byte[] export = Platform.download("youyu", E + "/export.xlsx?q=" + URLEncoder.encode("导入测试企业1",
                StandardCharsets.UTF_8), "application/vnd.openxmlformats");
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(export))) {
            String text = wb.getSheetAt(0).getRow(2).getCell(0).getStringCellValue();
            assertTrue(codes.contains(text), text);
        }
    }

    @Test
    void anEnterprisesHistoryHoldsItsHazardsAndWhatCameOfThem() {
        String code = code();
        long id = register("youyu", code, "历史测试化工有限公司-" + code.substring(8, 13), YOUYU_YINGJI);
        Map<String, Object> h = HazardRestIT.hazard(YOUYU, "储罐区可燃气体报警器失效-" + code);
        h.put("enterpriseId", id);
        h.remove("rectificationUnit");
        Answer linked = Platform.postJson("youyu", Platform.API + "/hazards", h);
        assertEquals(201, linked.status(), linked.body());
        long hazard = linked.json().get("id").asLong();
        assertEquals(id, linked.json().get("enterpriseId").asLong());
        assertTrue(linked.json().get("rectificationUnit").asText().startsWith("历史测试化工"), "the enterprise rectifies");

        // recorded as free text first, linked later
        Answer free = Platform.postJson("youyu", Platform.API + "/hazards", HazardRestIT.hazard(YOUYU, "安全出口堵塞-" + code));
        long later = free.json().get("id").asLong();
        Answer link = Platform.postJson("youyu", Platform.API + "/hazards/" + later + "/enterprise", Map.of("enterpriseId", id));
        assertEquals(200, link.status(), link.body());
        assertEquals(id, link.json().get("enterpriseId").asLong());
        Answer foreign = Platform.postJson("pinglu", Platform.API + "/hazards", withEnterprise(
                HazardRestIT.hazard("shanxi.shuozhou.pinglu", "越权关联-" + code), id));
        assertEquals(400, foreign.status(), foreign.body());
        assertTrue(foreign.json().get("errors").has("enterpriseId"), foreign.body());

        // the major one is listed: the listing comes of the hazard and shows in the history too
        ListingIT.listThrough("admin", hazard, YOUYU_YINGJI);
        JsonNode history = Platform.get("youyu", E + "/" + id + "/history").json();
        assertEquals(2, history.get("counts").path("hazard").asInt(), history.toString());
        assertEquals(1, history.get("counts").path("listing").asInt(), history.toString());
        List<Long> hazards = new ArrayList<>();
        for (JsonNode r : history.get("records")) {
            if (r.get("record").get("type").asText().equals("hazard")) {
                hazards.add(r.get("record").get("id").asLong());
            } else if (r.get("record").get("type").asText().equals("listing")) {
                assertEquals(hazard, r.get("cameFrom").get("id").asLong());
            }
        }
        assertTrue(hazards.containsAll(List.of(hazard, later)), hazards.toString());
        assertEquals(2, Platform.get("youyu", Platform.API + "/hazards?enterpriseId=" + id).json().get("total").asInt());
        assertEquals(404, Platform.get("pinglu", E + "/" + id + "/history").status());

        // an accident names it too (its name fills 事故单位); another county cannot
        Map<String, Object> accident = AccidentRuleIT.accident(YOUYU, HazardRestIT.today().minusDays(1), 0, code);
        accident.put("jurisdiction", "shuozhou");
        accident.remove("enterprise");
        accident.put("enterpriseId", id);
        Answer recorded = Platform.postJson("youyu", Platform.API + "/accidents", accident);
        assertEquals(201, recorded.status(), recorded.body());
        assertEquals(id, recorded.json().get("enterpriseId").asLong());
        assertTrue(recorded.json().get("enterprise").asText().startsWith("历史测试化工"), recorded.body());
        Map<String, Object> elsewhere = AccidentRuleIT.accident("shanxi.shuozhou.pinglu", HazardRestIT.today(), 0, code);
        elsewhere.put("jurisdiction", "shuozhou");
        elsewhere.put("enterpriseId", id);
        Answer refused = Platform.postJson("pinglu", Platform.API + "/accidents", elsewhere);
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.json().get("errors").has("enterpriseId"), refused.body());
        assertEquals(1, Platform.get("youyu", Platform.API + "/accidents?enterpriseId=" + id).json().get("total").asInt());
        assertEquals(1, Platform.get("youyu", E + "/" + id + "/history").json().get("counts").path("accident").asInt());

        // a tip-off about it, linked by the county handling it; a neighbour cannot link it
        Answer registered = Platform.postJson("youyu", Platform.API + "/tipoffs", Map.of("unit", YOUYU, "channel", "PHONE",
                "receivedOn", HazardRestIT.today().toString(), "subject", "某化工厂夜间违规动火",
                "content", "储罐区夜间动火作业无审批-" + code, "reporterName", "举报人", "reporterContact", "13900001111",
                "replyChannel", "PHONE"));
        assertEquals(201, registered.status(), registered.body());
        long tip = registered.json().get("id").asLong();
        Answer linkedTip = Platform.postJson("youyu", Platform.API + "/tipoffs/" + tip + "/enterprise", Map.of("enterpriseId", id));
        assertEquals(200, linkedTip.status(), linkedTip.body());
        assertEquals(id, linkedTip.json().get("enterpriseId").asLong());
        assertEquals(404, Platform.postJson("pinglu", Platform.API + "/tipoffs/" + tip + "/enterprise",
                Map.of("enterpriseId", id)).status());
        JsonNode counts = Platform.get("youyu", E + "/" + id + "/history").json().get("counts");
        assertEquals(1, counts.path("tipoff").asInt(), counts.toString());
    }

    private static Map<String, Object> withEnterprise(Map<String, Object> hazard, long id) {
        hazard.put("enterpriseId", id);
        return hazard;
    }
}

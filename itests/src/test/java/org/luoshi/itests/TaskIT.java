package org.luoshi.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.luoshi.itests.Platform.Answer;

import com.fasterxml.jackson.databind.JsonNode;

/** The key work task list (附件1) over REST and SOAP: made from the Shuozhou catalog, deadlines read, reported, completed. */
@ExtendWith(Platform.class)
class TaskIT {

    static JsonNode importTasks(String user, String unit, int year, List<Integer> numbers, int expectedStatus) {
        Answer a = Platform.postJson(user, Platform.API + "/tasks/import",
                Map.of("jurisdiction", "shuozhou", "unit", unit, "year", year, "numbers", numbers));
        assertEquals(expectedStatus, a.status(), a.body());
        return a.json();
    }

    static Map<Integer, JsonNode> byNumber(JsonNode tasks) {
        Map<Integer, JsonNode> out = new HashMap<>();
        tasks.forEach(t -> out.put(t.get("catalogNumber").asInt(), t));
        return out;
    }

    static long total(String user, String query) {
        return Platform.get(user, Platform.API + "/tasks?limit=1" + query).json().get("total").asLong();
    }

    @Test
    void theWholeCatalogBecomesTheCityListWithDeadlinesReadForItsYear() {
        JsonNode created = importTasks("shuozhou", "shanxi.shuozhou", 2022, List.of(), 201);
        assertEquals(58, created.size());
        Map<Integer, JsonNode> tasks = byNumber(created);
        assertDeadline(tasks.get(1), "DATE", "5月底前", "2022-05-31");
        assertDeadline(tasks.get(4), "DATE", "6月底前", "2022-06-30");
        assertDeadline(tasks.get(12), "DATE", "2023年1月底前", "2023-01-31");
        assertDeadline(tasks.get(43), "DATE", "11月底前", "2022-11-30");
        assertDeadline(tasks.get(2), "ONGOING", "长期坚持", null);
        assertDeadline(tasks.get(25), "UNPARSED", "5月10月底前", null);
        assertEquals("二、严格落实地方政府安全生产责任。", tasks.get(12).get("mainTask").asText());
        assertTrue(tasks.get(12).get("mainTaskText").asText().startsWith("二、严格落实地方政府安全生产责任。各级政府要把安全发展理念"),
                "the whole 国家要求 as printed (issue 16, item 4)");
        assertEquals("各级安委办", tasks.get(12).get("responsibleUnits").asText());

        assertEquals(0, importTasks("shuozhou", "shanxi.shuozhou", 2022, List.of(), 201).size(), "no task twice");
        String list = "&unit=shanxi.shuozhou&year=2022";
        assertEquals(58, total("shuozhou", list));
        assertEquals(1, total("shuozhou", list + "&unparsedDeadline=true"), "the misprint is flagged for a person");
        long ongoing = created.findValuesAsText("kind").stream().filter("ONGOING"::equals).count();
        assertEquals(24, ongoing);
        assertEquals(58 - 24 - 1, total("shuozhou", list + "&overdue=true"), "every dated 2022 task is overdue now");
    }

    static void assertDeadline(JsonNode task, String kind, String text, String date) {
        JsonNode d = task.get("deadline");
        assertEquals(kind, d.get("kind").asText(), task.toString());
        assertEquals(text, d.get("text").asText());
        assertEquals(date, d.get("date").isNull() ? null : d.get("date").asText());
    }

    @Test
    void aTaskIsAssignedReportedSupervisedAndCompleted() {
        JsonNode task = importTasks("shuocheng", "shanxi.shuozhou.shuocheng", 2026, List.of(25), 201).get(0);
        long id = task.get("id").asLong();
        String url = Platform.API + "/tasks/" + id;

        Answer badDeadline = Platform.postJson("shuocheng", url + "/assignment",
                Map.of("responsibleUnits", "区应急局", "deadline", "尽快"));
        assertEquals(400, badDeadline.status(), badDeadline.body());
        Answer assigned = Platform.postJson("shuocheng", url + "/assignment", Map.of("responsibleUnits", "区应急局、区住建局",
                "responsiblePersons", "局党组书记", "deadline", "5月10日前", "version", task.get("version").asLong()));
        assertEquals(200, assigned.status(), assigned.body());
        assertDeadline(assigned.json(), "DATE", "5月10日前", "2026-05-10");
        assertTrue(assigned.json().get("overdue").asBoolean());

        Answer progress = Platform.postJson("shuocheng", url + "/entries", Map.of("kind", "PROGRESS",
                "date", HazardRestIT.today().minusDays(2).toString(), "person", "区应急局安全股股长", "text", "已制定方案并印发"));
        assertEquals(200, progress.status(), progress.body());
        Answer supervision = Platform.postJson("shuozhou", url + "/entries", Map.of("kind", "SUPERVISION",
                "date", HazardRestIT.today().toString(), "person", "市安委办督查科科长", "text", "电话督办，要求本月底前完成"));
        assertEquals(200, supervision.status(), supervision.body());
        assertEquals(1, supervision.json().get("progress").size());
        assertEquals("电话督办，要求本月底前完成", supervision.json().get("supervision").get(0).get("text").asText());

        assertEquals(400, Platform.postJson("shuocheng", url + "/entries", Map.of("kind", "GOSSIP",
                "date", HazardRestIT.today().toString(), "person", "某人", "text", "x")).status());
        assertEquals(400, Platform.postJson("shuocheng", url + "/entries", Map.of("kind", "PROGRESS",
                "date", HazardRestIT.today().plusDays(3).toString(), "person", "某人", "text", "未来")).status());

        Answer done = Platform.postJson("shuocheng", url + "/completion", Map.of("completedOn", HazardRestIT.today().toString()));
        assertEquals(200, done.status(), done.body());
        assertFalse(done.json().get("overdue").asBoolean());
        assertEquals(409, Platform.postJson("shuocheng", url + "/completion",
                Map.of("completedOn", HazardRestIT.today().toString())).status());

        JsonNode trail = Platform.get("admin", Platform.API + "/audit?entityType=task&entityId=" + id).json();
        assertEquals(List.of("task.create", "task.assign", "task.progress", "task.supervision", "task.complete"),
                trail.findValuesAsText("action"));
    }

    @Test
    void unitsOutsideTheCallersAreRefused() {
        JsonNode pinglu = importTasks("pinglu", "shanxi.shuozhou.pinglu", 2025, List.of(1), 201).get(0);
        assertEquals(404, Platform.get("shuocheng", Platform.API + "/tasks/" + pinglu.get("id").asLong()).status());
        importTasks("shuocheng", "shanxi.shuozhou.pinglu", 2025, List.of(2), 403);
        importTasks("shuocheng", "shanxi.shuozhou.shuocheng", 2025, List.of(99), 400);
        Answer unknown = Platform.postJson("admin", Platform.API + "/tasks/import",
                Map.of("jurisdiction", "atlantis", "unit", "shanxi", "year", 2025));
        assertEquals(400, unknown.status());
    }

    @Test
    void tasksOverSoap() {
        JsonNode t = importTasks("admin", "shanxi.shuozhou.youyu", 2024, List.of(12, 25), 201);
        Answer listed = HazardSoapIT.call("admin", Platform.SOAP + "/tasks", "<l:listTasks><query><unit>shanxi.shuozhou.youyu</unit>"
                + "<year>2024</year><unparsedDeadline>true</unparsedDeadline><offset>0</offset><limit>10</limit></query></l:listTasks>");
        assertEquals(200, listed.status(), listed.body());
        assertEquals("1", HazardSoapIT.first(listed.body(), "total"));
        assertTrue(listed.body().contains("<text>5月10月底前</text>"), listed.body());
        long id = byNumber(t).get(12).get("id").asLong();
        Answer completed = HazardSoapIT.call("admin", Platform.SOAP + "/tasks",
                "<l:completeTask><id>" + id + "</id><completedOn>" + HazardRestIT.today() + "</completedOn></l:completeTask>");
        assertEquals(HazardRestIT.today().toString(), HazardSoapIT.first(completed.body(), "completedOn"));
        Answer future = HazardSoapIT.call("admin", Platform.SOAP + "/tasks",
                "<l:completeTask><id>" + id + "</id><completedOn>2999-01-01</completedOn></l:completeTask>");
        assertTrue(future.body().contains("faultstring") && future.body().contains("完成时间"), future.body());
    }
}

package org.luoshi.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.luoshi.itests.Platform.Answer;

import com.fasterxml.jackson.databind.JsonNode;

/** Meeting dispatch: a liaison meeting's assignments become tasks of the organiser's task list, all or none. */
@ExtendWith(Platform.class)
class MeetingIT {
    static final String OFFICE = "shanxi.shuozhou.anweiban";

    static Map<String, Object> meeting(List<Map<String, String>> assignments) {
        Map<String, Object> m = new HashMap<>();
        m.put("jurisdiction", "shuozhou");
        m.put("unit", OFFICE);
        m.put("kind", "LIAISON");
        m.put("date", HazardRestIT.today().toString());
        m.put("title", "安委会联络员会议");
        m.put("attendingUnits", List.of("shanxi.shuozhou.shuocheng", "shanxi.shuozhou.pinglu", "shanxi.shuozhou.yingji"));
        m.put("progress", "各县区汇报大检查进展");
        m.put("laggards", List.of("shanxi.shuozhou.pinglu"));
        m.put("assignments", assignments);
        return m;
    }

    @Test
    void assignmentsBecomeTasksOfTheOfficesList() {
        String year = Integer.toString(HazardRestIT.today().getYear());
        long before = TaskIT.total("shuozhou", "&unit=" + OFFICE + "&year=" + year);
        Answer a = Platform.postJson("shuozhou", Platform.API + "/meetings", meeting(List.of(
                Map.of("measure", "平鲁区针对后进问题制定整改方案", "responsibleUnits", "平鲁区安委办", "responsiblePersons", "区安委办主任",
                        "deadline", "年底前"),
                Map.of("measure", "各县区每周报送隐患整改进展", "responsibleUnits", "各县（市、区）安委办", "deadline", "长期坚持"))));
        assertEquals(201, a.status(), a.body());
        JsonNode m = a.json();
        assertEquals(List.of("shanxi.shuozhou.pinglu"), List.of(m.get("laggards").get(0).asText()));
        long taskId = m.get("assignments").get(0).get("taskId").asLong();
        JsonNode task = Platform.get("shuozhou", Platform.API + "/tasks/" + taskId).json();
        assertEquals("平鲁区针对后进问题制定整改方案", task.get("measure").asText());
        assertTrue(task.get("mainTask").asText().contains("联络员会议"), task.toString());
        assertEquals(HazardRestIT.today().getYear() + "-12-31", task.get("deadline").get("date").asText());
        assertEquals("ONGOING", Platform.get("shuozhou", Platform.API + "/tasks/" + m.get("assignments").get(1).get("taskId").asLong())
                .json().get("deadline").get("kind").asText());
        assertEquals(before + 2, TaskIT.total("shuozhou", "&unit=" + OFFICE + "&year=" + year));
        assertEquals(m.get("id").asLong(), Platform.get("shuozhou", Platform.API + "/meetings/" + m.get("id").asLong()).json()
                .get("id").asLong());
        assertTrue(Platform.get("shuozhou", Platform.API + "/meetings?jurisdiction=shuozhou").json().get("total").asInt() >= 1);
        assertEquals(404, Platform.get("shuocheng", Platform.API + "/meetings/" + m.get("id").asLong()).status());
    }

    @Test
    void aBadAssignmentStoresNeitherTheMeetingNorAnyTask() {
        String year = Integer.toString(HazardRestIT.today().getYear());
        long tasks = TaskIT.total("shuozhou", "&unit=" + OFFICE + "&year=" + year);
        int meetings = Platform.get("shuozhou", Platform.API + "/meetings?jurisdiction=shuozhou").json().get("total").asInt();
        Answer a = Platform.postJson("shuozhou", Platform.API + "/meetings", meeting(List.of(
                Map.of("measure", "第一项", "responsibleUnits", "市应急局", "deadline", "6月底前"),
                Map.of("measure", "第二项", "responsibleUnits", "市住建局", "deadline", "尽快"))));
        assertEquals(400, a.status(), a.body());
        assertTrue(a.json().get("detail").asText().contains("第 2 项任务"), a.body());
        Map<String, Object> badKind = meeting(List.of());
        badKind.put("kind", "PARTY");
        assertEquals(400, Platform.postJson("shuozhou", Platform.API + "/meetings", badKind).status());
        assertEquals(403, Platform.postJson("shuocheng", Platform.API + "/meetings", meeting(List.of())).status());
        assertEquals(tasks, TaskIT.total("shuozhou", "&unit=" + OFFICE + "&year=" + year));
        assertEquals(meetings, Platform.get("shuozhou", Platform.API + "/meetings?jurisdiction=shuozhou").json().get("total")
                .asInt());
    }

    @Test
    void meetingsOverSoap() {
        String ws = Platform.SOAP + "/meetings";
        Answer a = HazardSoapIT.call("shuozhou", ws, "<l:recordMeeting><meeting><jurisdiction>shuozhou</jurisdiction>"
                + "<unit>" + OFFICE + "</unit><kind>VIDEO</kind><date>" + HazardRestIT.today() + "</date><title>全市安全生产视频调度会</title>"
                + "<attendingUnits>shanxi.shuozhou.shuocheng</attendingUnits><attendingUnits>shanxi.shuozhou.huairen</attendingUnits>"
                + "<progress>各县区汇报</progress><assignments><measure>开展燃气安全排查</measure><responsibleUnits>市住建局</responsibleUnits>"
                + "<deadline>年底前</deadline></assignments><laggards>shanxi.shuozhou.huairen</laggards></meeting></l:recordMeeting>");
        assertEquals(200, a.status(), a.body());
        String taskId = HazardSoapIT.first(a.body(), "taskId");
        assertEquals("开展燃气安全排查", Platform.get("shuozhou", Platform.API + "/tasks/" + taskId).json().get("measure").asText());
        Answer bad = HazardSoapIT.call("shuozhou", ws, "<l:recordMeeting><meeting><jurisdiction>shuozhou</jurisdiction>"
                + "<unit>" + OFFICE + "</unit><kind>VIDEO</kind><title>缺日期</title></meeting></l:recordMeeting>");
        assertTrue(bad.body().contains("faultstring") && bad.body().contains("会议日期"), bad.body());
    }
}

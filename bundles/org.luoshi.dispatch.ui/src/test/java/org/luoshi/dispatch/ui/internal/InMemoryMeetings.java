package org.luoshi.dispatch.ui.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.luoshi.api.Actor;
import org.luoshi.api.FieldCheck;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.dispatch.AssignmentDTO;
import org.luoshi.api.dispatch.MeetingDTO;
import org.luoshi.api.dispatch.MeetingService;
import org.luoshi.api.jurisdiction.JurisdictionRegistry;
import org.luoshi.api.task.DeadlineDTO;
import org.luoshi.api.task.TaskDTO;
import org.luoshi.lists.ui.internal.InMemoryTasks;
import org.luoshi.ui.internal.InMemoryServices;

/**
 * Dispatch meetings with the rules of the real service: kind, date (not in the future), name, organiser required; the
 * units named must exist; the organiser must be the caller's; the assignments become tasks of the organiser's list for
 * the meeting's year through {@link InMemoryTasks#create} (all or none), then the meeting is stored.
 */
public final class InMemoryMeetings implements MeetingService {
    public static final Map<String, String> KINDS = Map.of("COMMITTEE", "安委会会议", "LIAISON", "联络员会议", "VIDEO", "视频调度会");

    private final JurisdictionRegistry registry;
    private final InMemoryTasks tasks;
    public final List<MeetingDTO> records = new ArrayList<>();
    private long ids;

    public InMemoryMeetings(JurisdictionRegistry registry, InMemoryTasks tasks) {
        this.registry = registry;
        this.tasks = tasks;
    }

    @Override
    public synchronized MeetingDTO record(Actor actor, MeetingDTO in) {
        if (in == null) {
            throw LuoshiException.invalid("请求内容为空");
        }
        FieldCheck v = new FieldCheck();
        String jurisdiction = v.text("jurisdiction", "辖区", in.jurisdiction, 40, true);
        String unit = v.text("unit", "主办单位", in.unit, 200, true);
        String kind = v.text("kind", "会议类型", in.kind, 12, true);
        LocalDate date = v.date("date", "会议日期", in.date, true);
        String title = v.text("title", "会议名称", in.title, 200, true);
        v.text("progress", "进展汇报", in.progress, 4000, false);
        v.text("experience", "经验交流", in.experience, 4000, false);
        if (kind != null && !KINDS.containsKey(kind)) {
            v.fail("kind", "会议类型应为 COMMITTEE（安委会会议）、LIAISON（联络员会议）或 VIDEO（视频调度会）");
        }
        if (date != null && date.isAfter(LocalDate.now(InMemoryServices.ZONE))) {
            v.fail("date", "会议日期不能晚于今天");
        }
        v.throwIfInvalid();
        if (registry.jurisdiction(jurisdiction).isEmpty()) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, "辖区 “" + jurisdiction + "” 未安装",
                    Map.of("jurisdiction", "未知辖区"));
        }
        if (!actor.canSee(unit)) {
            throw LuoshiException.forbidden("无权以 “" + unit + "” 的名义登记会议");
        }
        List<String> named = new ArrayList<>(in.attendingUnits == null ? List.of() : in.attendingUnits);
        named.addAll(in.laggards == null ? List.of() : in.laggards);
        for (String u : named) {
            if (registry.unit(u).isEmpty()) {
                throw new LuoshiException(LuoshiException.Kind.INVALID, "单位 “" + u + "” 不存在",
                        Map.of("attendingUnits", "未知单位"));
            }
        }
        List<AssignmentDTO> assignments = in.assignments == null ? List.of() : in.assignments;
        List<TaskDTO> toCreate = new ArrayList<>();
        for (AssignmentDTO a : assignments) {
            TaskDTO t = new TaskDTO();
            t.jurisdiction = jurisdiction;
            t.unit = unit;
            t.year = date.getYear();
            t.mainTask = KINDS.get(kind) + "：" + title + "（" + date + "）";
            t.measure = a.measure;
            t.responsibleUnits = a.responsibleUnits;
            t.responsiblePersons = a.responsiblePersons;
            t.deadline = new DeadlineDTO();
            t.deadline.text = a.deadline;
            toCreate.add(t);
        }
        List<TaskDTO> created = toCreate.isEmpty() ? List.of() : tasks.create(actor, toCreate);
        MeetingDTO m = new MeetingDTO();
        m.id = ++ids;
        m.jurisdiction = jurisdiction;
        m.unit = unit;
        m.kind = kind;
        m.date = date.toString();
        m.title = title;
        m.attendingUnits = new ArrayList<>(in.attendingUnits == null ? List.of() : in.attendingUnits);
        m.progress = in.progress;
        m.experience = in.experience;
        m.laggards = new ArrayList<>(in.laggards == null ? List.of() : in.laggards);
        for (int i = 0; i < assignments.size(); i++) {
            AssignmentDTO a = new AssignmentDTO();
            a.measure = assignments.get(i).measure;
            a.responsibleUnits = assignments.get(i).responsibleUnits;
            a.responsiblePersons = assignments.get(i).responsiblePersons;
            a.deadline = assignments.get(i).deadline;
            a.taskId = created.get(i).id;
            m.assignments.add(a);
        }
        m.createdBy = actor.name();
        records.add(m);
        return m;
    }

    @Override
    public synchronized MeetingDTO get(Actor actor, long id) {
        return records.stream().filter(m -> m.id == id && actor.canSee(m.unit)).findFirst()
                .orElseThrow(() -> LuoshiException.notFound("会议 " + id + " 不存在或无权查看"));
    }

    @Override
    public synchronized List<MeetingDTO> list(Actor actor, String jurisdiction) {
        return records.stream().filter(m -> m.jurisdiction.equals(jurisdiction) && actor.canSee(m.unit))
                .sorted(Comparator.comparing((MeetingDTO m) -> m.date).thenComparing(m -> m.id).reversed()).toList();
    }
}

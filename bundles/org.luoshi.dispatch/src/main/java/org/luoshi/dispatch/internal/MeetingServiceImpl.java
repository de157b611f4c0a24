package org.luoshi.dispatch.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.luoshi.api.Actor;
import org.luoshi.api.FieldCheck;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.audit.AuditTrail;
import org.luoshi.api.dispatch.AssignmentDTO;
import org.luoshi.api.dispatch.MeetingDTO;
import org.luoshi.api.dispatch.MeetingService;
import org.luoshi.api.jurisdiction.JurisdictionRegistry;
import org.luoshi.api.settings.ModuleSettings;
import org.luoshi.api.task.DeadlineDTO;
import org.luoshi.api.task.TaskDTO;
import org.luoshi.api.task.TaskService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Meeting dispatch on JPA: the meeting is checked whole, its assignments become tasks (all or none), then it is stored.
 * <p>
 * The task list (mechanism 1) is optional: reading meetings and recording a meeting without assignments work without
 * it; a meeting with assignments needs it (they become tasks) and is refused as UNAVAILABLE (503) while it is not
 * running.
 */
@Component(service = MeetingService.class)
public class MeetingServiceImpl implements MeetingService {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Map<String, String> KINDS = Map.of("COMMITTEE", "安委会会议", "LIAISON", "联络员会议",
            "VIDEO", "视频调度会");

    private final JpaTemplate jpa;
    private final JurisdictionRegistry jurisdictions;
    private final AuditTrail audit;
    private final ObjectMapper json = new ObjectMapper();
    /** The task list (mechanism 1), when it runs. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile TaskService tasks;

    /** 模块配置: whether dispatch is enabled at a unit (writes refused where not); without it, everything is. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ModuleSettings settings;

    @Activate
    public MeetingServiceImpl(@Reference(target = "(osgi.unit.name=luoshi-dispatch)") JpaTemplate jpa,
            @Reference JurisdictionRegistry jurisdictions, @Reference AuditTrail audit) {
        this.jpa = jpa;
        this.jurisdictions = jurisdictions;
        this.audit = audit;
    }

    @Override
    public MeetingDTO record(Actor actor, MeetingDTO in) {
        if (in == null) {
            throw LuoshiException.invalid("请求内容为空");
        }
        FieldCheck v = new FieldCheck();
        String jurisdiction = v.text("jurisdiction", "辖区", in.jurisdiction, 40, true);
        String unit = v.text("unit", "主办单位", in.unit, 200, true);
        String kind = v.text("kind", "会议类型", in.kind, 12, true);
        LocalDate date = v.date("date", "会议日期", in.date, true);
        String title = v.text("title", "会议名称", in.title, 200, true);
        String progress = v.text("progress", "进展汇报", in.progress, 4000, false);
        String experience = v.text("experience", "经验交流", in.experience, 4000, false);
        if (kind != null && !KINDS.containsKey(kind)) {
            v.fail("kind", "会议类型应为 COMMITTEE（安委会会议）、LIAISON（联络员会议）或 VIDEO（视频调度会）");
        }
        if (date != null && date.isAfter(LocalDate.now(ZONE))) {
            v.fail("date", "会议日期不能晚于今天");
        }
        List<AssignmentDTO> assignments = in.assignments == null ? List.of() : in.assignments;
        v.throwIfInvalid();
        if (jurisdictions.jurisdiction(jurisdiction).isEmpty()) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, "辖区 “" + jurisdiction + "” 未安装", Map.of("jurisdiction", "未知辖区"));
        }
        if (!actor.canSee(unit)) {
            throw LuoshiException.forbidden("无权以 “" + unit + "” 的名义登记会议");
        }
        for (String u : concat(in.attendingUnits, in.laggards)) {
            if (jurisdictions.unit(u).isEmpty()) {
                throw new LuoshiException(LuoshiException.Kind.INVALID, "单位 “" + u + "” 不存在", Map.of("attendingUnits", "未知单位"));
            }
        }
        ModuleSettings.requireEnabled(settings, DispatchSettingsDeclaration.MODULE, DispatchSettingsDeclaration.LABEL,
                unit);
        List<TaskDTO> toCreate = new ArrayList<>();
        for (AssignmentDTO a : assignments) {
            TaskDTO t = new TaskDTO();
            t.jurisdiction = jurisdiction;
            t.unit = unit;
            t.year = date.getYear();
            t.mainTask = KINDS.get(kind) + "：" + title + "（" + date + "）";
            t.measure = a == null ? null : a.measure;
            t.responsibleUnits = a == null ? null : a.responsibleUnits;
            t.responsiblePersons = a == null ? null : a.responsiblePersons;
            t.deadline = new DeadlineDTO();
            t.deadline.text = a == null ? null : a.deadline;
            toCreate.add(t);
        }
        // one transaction: the tasks (written by the lists module, joining it) and the meeting commit together
        return jpa.txExpr(TransactionType.Required, em -> {
            List<TaskDTO> created = toCreate.isEmpty() ? List.of() : tasks().create(actor, toCreate);
            for (int i = 0; i < created.size(); i++) {
                assignments.get(i).taskId = created.get(i).id;
            }
            MeetingEntity e = new MeetingEntity();
            e.jurisdiction = jurisdiction;
            e.unit = unit;
            e.kind = kind;
            e.date = date;
            e.title = title;
            e.attendingUnits = String.join(",", in.attendingUnits == null ? List.of() : in.attendingUnits);
            e.progress = progress;
            e.experience = experience;
            e.assignmentsJson = write(assignments);
            e.laggards = String.join(",", in.laggards == null ? List.of() : in.laggards);
            e.createdBy = actor.name();
            e.createdAt = LocalDateTime.now(ZONE);
            em.persist(e);
            em.flush();
            MeetingDTO out = toDto(e);
            audit.append(actor, "meeting.record", "meeting", e.id.toString(), null, write(out));
            return out;
        });
    }

    @Override
    public MeetingDTO get(Actor actor, long id) {
        MeetingEntity e = jpa.txExpr(TransactionType.Required, em -> em.find(MeetingEntity.class, id));
        if (e == null || !actor.canSee(e.unit)) {
            throw LuoshiException.notFound("会议 " + id + " 不存在或无权查看");
        }
        return toDto(e);
    }

    @Override
    public List<MeetingDTO> list(Actor actor, String jurisdiction) {
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "SELECT m FROM MeetingEntity m WHERE m.jurisdiction = ?1 ORDER BY m.date DESC, m.id DESC", MeetingEntity.class)
                .setParameter(1, jurisdiction).getResultList().stream().filter(m -> actor.canSee(m.unit)).map(this::toDto)
                .toList());
    }

    /** The task list, or UNAVAILABLE while mechanism 1 is not running. */
    private TaskService tasks() {
        TaskService t = tasks;
        if (t == null) {
            throw LuoshiException.unavailable("重点工作任务清单模块未启用");
        }
        return t;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a == null ? List.of() : a);
        out.addAll(b == null ? List.of() : b);
        return out;
    }

    private MeetingDTO toDto(MeetingEntity e) {
        MeetingDTO d = new MeetingDTO();
        d.id = e.id;
        d.jurisdiction = e.jurisdiction;
        d.unit = e.unit;
        d.kind = e.kind;
        d.date = e.date.toString();
        d.title = e.title;
        d.attendingUnits = split(e.attendingUnits);
        d.progress = e.progress;
        d.experience = e.experience;
        d.laggards = split(e.laggards);
        try {
            d.assignments = e.assignmentsJson == null ? new ArrayList<>()
                    : json.readValue(e.assignmentsJson, new TypeReference<List<AssignmentDTO>>() { });
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
        d.createdBy = e.createdBy;
        return d;
    }

    private static List<String> split(String s) {
        return s == null || s.isBlank() ? new ArrayList<>() : new ArrayList<>(Arrays.asList(s.split(",")));
    }

    private String write(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}

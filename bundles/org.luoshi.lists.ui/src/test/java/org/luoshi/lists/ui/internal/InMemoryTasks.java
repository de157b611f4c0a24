package org.luoshi.lists.ui.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.luoshi.api.Actor;
import org.luoshi.api.FieldCheck;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.jurisdiction.CatalogTaskDTO;
import org.luoshi.api.jurisdiction.JurisdictionRegistry;
import org.luoshi.api.jurisdiction.UnitDTO;
import org.luoshi.api.task.DeadlineCorrectionDTO;
import org.luoshi.api.task.DeadlineDTO;
import org.luoshi.api.task.TaskAssignmentDTO;
import org.luoshi.api.task.TaskDTO;
import org.luoshi.api.task.TaskEntryDTO;
import org.luoshi.api.task.TaskImportDTO;
import org.luoshi.api.task.TaskPage;
import org.luoshi.api.task.TaskQuery;
import org.luoshi.api.task.TaskService;
import org.luoshi.ui.internal.InMemoryServices;

/**
 * A list-backed key work task list with the rules of the real one: tasks made from a catalog once per office and year,
 * deadlines read ("6月底前", "长期坚持"; anything else kept as UNPARSED), assignment refusing an unreadable deadline,
 * entries and completion not in the future, completion only once, optimistic locking on assignment, 目录已更新 when the
 * registry's catalog entry no longer holds the task's text (主要任务, 具体举措, the fields this fake copies).
 */
public final class InMemoryTasks implements TaskService {
    private static final Pattern MONTH_END = Pattern.compile("(?:(\\d{4})年)?(\\d{1,2})月(?:底|末)(?:前|之前)?");
    private static final Pattern DAY = Pattern.compile("(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})日(?:前|之前)?");

    public final List<TaskDTO> records = new ArrayList<>();
    private final JurisdictionRegistry registry;
    private final AtomicLong ids = new AtomicLong();

    public InMemoryTasks(JurisdictionRegistry registry) {
        this.registry = registry;
    }

    @Override
    public synchronized List<TaskDTO> create(Actor actor, List<TaskDTO> tasks) {
        // tasks assigned at a meeting: all checked first, then all made (all or none), like the real service
        for (TaskDTO in : tasks) {
            FieldCheck v = new FieldCheck();
            v.text("measure", "具体举措", in.measure, 4000, true);
            v.text("mainTask", "主要任务", in.mainTask, 1000, true);
            v.throwIfInvalid("交办事项填写有误");
            if (!actor.canSee(in.unit)) {
                throw LuoshiException.forbidden("无权为单位 “" + in.unit + "” 建立任务");
            }
        }
        List<TaskDTO> created = new ArrayList<>();
        for (TaskDTO in : tasks) {
            TaskDTO t = new TaskDTO();
            t.id = ids.incrementAndGet();
            t.jurisdiction = in.jurisdiction;
            t.unit = in.unit;
            t.year = in.year;
            t.mainTask = in.mainTask;
            t.measure = in.measure;
            t.responsibleUnits = in.responsibleUnits;
            t.responsiblePersons = in.responsiblePersons;
            t.deadline = parse(in.deadline == null ? null : in.deadline.text, in.year);
            t.createdBy = actor.name();
            t.version = 1L;
            records.add(t);
            created.add(view(t));
        }
        return created;
    }

    @Override
    public synchronized List<TaskDTO> importCatalog(Actor actor, TaskImportDTO in) {
        FieldCheck v = new FieldCheck();
        String jurisdiction = v.text("jurisdiction", "辖区", in.jurisdiction, 40, true);
        String unitId = v.text("unit", "填报单位", in.unit, 200, true);
        if (in.year < 2000 || in.year > 2100) {
            v.fail("year", "年度应在 2000 到 2100 之间");
        }
        v.throwIfInvalid();
        List<CatalogTaskDTO> catalog = registry.catalog(jurisdiction).orElseThrow(() -> new LuoshiException(
                LuoshiException.Kind.INVALID, "辖区 “" + jurisdiction + "” 未安装", Map.of("jurisdiction", "未知辖区")));
        UnitDTO unit = registry.unit(unitId).orElseThrow(() -> new LuoshiException(LuoshiException.Kind.INVALID,
                "单位 “" + unitId + "” 不存在", Map.of("unit", "未知单位")));
        if (!actor.canSee(unit.id)) {
            throw LuoshiException.forbidden("无权为单位 “" + unit.name + "” 建立任务清单");
        }
        Set<Integer> wanted = in.numbers == null ? Set.of() : new HashSet<>(in.numbers);
        Set<Integer> existing = new HashSet<>();
        records.stream().filter(t -> t.unit.equals(unit.id) && t.year == in.year && t.jurisdiction.equals(jurisdiction))
                .forEach(t -> existing.add(t.catalogNumber));
        List<TaskDTO> created = new ArrayList<>();
        for (CatalogTaskDTO c : catalog) {
            if ((!wanted.isEmpty() && !wanted.contains(c.number)) || existing.contains(c.number)) {
                continue;
            }
            TaskDTO t = new TaskDTO();
            t.id = ids.incrementAndGet();
            t.jurisdiction = jurisdiction;
            t.unit = unit.id;
            t.year = in.year;
            t.catalogNumber = c.number;
            t.mainTask = c.group;
            t.measure = c.measure;
            t.responsibleUnits = c.responsibleUnits;
            t.deadline = parse(c.deadline, in.year);
            t.createdBy = actor.name();
            t.version = 1L;
            records.add(t);
            created.add(view(t));
        }
        return created;
    }

    @Override
    public synchronized TaskDTO get(Actor actor, long id) {
        return view(find(actor, id));
    }

    @Override
    public synchronized TaskDTO assign(Actor actor, long id, TaskAssignmentDTO in) {
        FieldCheck v = new FieldCheck();
        String units = v.text("responsibleUnits", "责任单位", in.responsibleUnits, 1000, true);
        String persons = v.text("responsiblePersons", "责任人", in.responsiblePersons, 500, false);
        String deadline = v.text("deadline", "完成时限", in.deadline, 200, false);
        v.throwIfInvalid();
        TaskDTO t = find(actor, id);
        if (in.version != null && !in.version.equals(t.version)) {
            throw new LuoshiException(LuoshiException.Kind.CONFLICT, "该任务已被他人修改，请刷新后重试");
        }
        DeadlineDTO d = deadline == null ? null : parse(deadline, t.year);
        if (d != null && DeadlineDTO.UNPARSED.equals(d.kind)) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, "无法识别完成时限 “" + deadline
                    + "”：请填写日期（如 2026-06-30）、“6月底前”、“年底前”或“长期坚持”", Map.of("deadline", "无法识别的完成时限"));
        }
        t.responsibleUnits = units;
        t.responsiblePersons = persons;
        if (d != null) {
            t.deadline = d;
        }
        t.version++;
        return view(t);
    }

    @Override
    public synchronized TaskDTO correctDeadline(Actor actor, long id, DeadlineCorrectionDTO in) {
        FieldCheck v = new FieldCheck();
        LocalDate date = v.date("date", "更正后的完成时限", in.date, true);
        String reason = v.text("reason", "更正理由", in.reason, 500, true);
        v.throwIfInvalid();
        TaskDTO t = find(actor, id);
        if (in.version != null && !in.version.equals(t.version)) {
            throw new LuoshiException(LuoshiException.Kind.CONFLICT, "该任务已被他人修改，请刷新后重试");
        }
        DeadlineDTO d = new DeadlineDTO();
        d.kind = DeadlineDTO.DATE;
        d.text = t.deadline == null ? "" : t.deadline.text;
        d.date = date.toString();
        d.correctedBy = actor.name();
        d.correctionReason = reason;
        d.reading = "经更正为 " + d.date + "（" + reason + "）";
        t.deadline = d;
        t.version++;
        return view(t);
    }

    @Override
    public synchronized TaskDTO addEntry(Actor actor, long id, TaskEntryDTO in) {
        FieldCheck v = new FieldCheck();
        String kind = v.text("kind", "类型", in.kind, 12, true);
        LocalDate date = v.date("date", "日期", in.date, true);
        String person = v.text("person", "填写人", in.person, 100, true);
        String text = v.text("text", "内容", in.text, 4000, true);
        if (kind != null && !TaskEntryDTO.PROGRESS.equals(kind) && !TaskEntryDTO.SUPERVISION.equals(kind)) {
            v.fail("kind", "类型应为 PROGRESS（推进落实情况）或 SUPERVISION（跟踪督办情况）");
        }
        if (date != null && date.isAfter(today())) {
            v.fail("date", "日期不能晚于今天");
        }
        v.throwIfInvalid();
        TaskDTO t = find(actor, id);
        TaskEntryDTO e = new TaskEntryDTO();
        e.kind = kind;
        e.date = date.toString();
        e.person = person;
        e.text = text;
        e.recordedBy = actor.name();
        e.recordedAt = OffsetDateTime.now(InMemoryServices.ZONE).toString();
        (TaskEntryDTO.PROGRESS.equals(kind) ? t.progress : t.supervision).add(e);
        t.version++;
        return view(t);
    }

    @Override
    public synchronized TaskDTO complete(Actor actor, long id, String completedOn) {
        FieldCheck v = new FieldCheck();
        LocalDate date = v.date("completedOn", "完成时间", completedOn, true);
        if (date != null && date.isAfter(today())) {
            v.fail("completedOn", "完成时间不能晚于今天");
        }
        v.throwIfInvalid();
        TaskDTO t = find(actor, id);
        if (t.completedOn != null) {
            throw new LuoshiException(LuoshiException.Kind.CONFLICT, "该任务已于 " + t.completedOn + " 完成");
        }
        t.completedOn = date.toString();
        t.version++;
        return view(t);
    }

    @Override
    public synchronized TaskPage list(Actor actor, TaskQuery q) {
        List<TaskDTO> matching = records.stream().filter(t -> actor.canSee(t.unit))
                .filter(t -> q.jurisdiction == null || q.jurisdiction.equals(t.jurisdiction))
                .filter(t -> q.unit == null || t.unit.equals(q.unit) || t.unit.startsWith(q.unit + "."))
                .filter(t -> q.year == null || q.year == t.year)
                .filter(t -> q.completed == null || q.completed == (t.completedOn != null))
                .filter(t -> !Boolean.TRUE.equals(q.unparsedDeadline) || DeadlineDTO.UNPARSED.equals(t.deadline.kind))
                .filter(t -> q.text == null || contains(t.measure, q.text) || contains(t.mainTask, q.text))
                .map(this::view)
                .filter(t -> q.overdue == null || q.overdue == t.overdue)
                .sorted(Comparator.comparing((TaskDTO t) -> -t.year).thenComparing(t -> t.unit)
                        .thenComparing(t -> t.catalogNumber))
                .toList();
        TaskPage page = new TaskPage();
        page.total = matching.size();
        page.offset = q.offset;
        page.limit = Math.min(q.limit, 200);
        page.items = new ArrayList<>(matching.stream().skip(q.offset).limit(page.limit).toList());
        return page;
    }

    private TaskDTO find(Actor actor, long id) {
        return records.stream().filter(t -> t.id == id && actor.canSee(t.unit)).findFirst()
                .orElseThrow(() -> LuoshiException.notFound("任务 " + id + " 不存在或无权查看"));
    }

    private static LocalDate today() {
        return LocalDate.now(InMemoryServices.ZONE);
    }

    /** A copy as the service hands it out, with the overdue flag computed. */
    private TaskDTO view(TaskDTO in) {
        TaskDTO t = new TaskDTO();
        t.id = in.id;
        t.jurisdiction = in.jurisdiction;
        t.unit = in.unit;
        t.year = in.year;
        t.catalogNumber = in.catalogNumber;
        t.mainTask = in.mainTask;
        t.measure = in.measure;
        t.responsibleUnits = in.responsibleUnits;
        t.responsiblePersons = in.responsiblePersons;
        t.deadline = new DeadlineDTO();
        t.deadline.kind = in.deadline.kind;
        t.deadline.text = in.deadline.text;
        t.deadline.date = in.deadline.date;
        t.completedOn = in.completedOn;
        t.progress = new ArrayList<>(in.progress);
        t.supervision = new ArrayList<>(in.supervision);
        t.createdBy = in.createdBy;
        t.version = in.version;
        t.overdue = t.completedOn == null && t.deadline.date != null && LocalDate.parse(t.deadline.date).isBefore(today());
        t.catalogChanged = catalogChanged(in);
        return t;
    }

    /**
     * As the real service: a task made from the catalog whose entry (number and part) is gone or no longer holds the
     * text the office cannot edit; never one made by hand, nor one of a jurisdiction not installed.
     */
    private boolean catalogChanged(TaskDTO t) {
        if (t.catalogNumber == null) {
            return false;
        }
        return registry.catalog(t.jurisdiction).map(catalog -> catalog.stream().noneMatch(c -> c.number == t.catalogNumber
                && Objects.equals(c.part, t.part) && Objects.equals(c.group, t.mainTask)
                && Objects.equals(c.measure, t.measure))).orElse(false);
    }

    public static DeadlineDTO parse(String text, int year) {
        DeadlineDTO d = new DeadlineDTO();
        d.text = text == null ? "" : text.strip();
        String t = d.text.replace(" ", "");
        Matcher m;
        LocalDate date = null;
        if (t.matches("长期坚持|长期|持续推进|常态化")) {
            d.kind = DeadlineDTO.ONGOING;
            return d;
        }
        if ((m = MONTH_END.matcher(t)).matches()) {
            date = YearMonth.of(m.group(1) == null ? year : Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))
                    .atEndOfMonth();
        } else if ((m = DAY.matcher(t)).matches()) {
            date = LocalDate.of(m.group(1) == null ? year : Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
        } else if (t.matches("年底前|年底")) {
            date = LocalDate.of(year, 12, 31);
        } else if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
            date = LocalDate.parse(t);
        }
        d.kind = date == null ? DeadlineDTO.UNPARSED : DeadlineDTO.DATE;
        d.date = date == null ? null : date.toString();
        return d;
    }

    private static boolean contains(String haystack, String needle) {
        return haystack != null && haystack.contains(needle);
    }
}

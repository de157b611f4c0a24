package org.luoshi.lists.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.luoshi.api.Actor;
import org.luoshi.api.FieldCheck;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.audit.AuditTrail;
import org.luoshi.api.jurisdiction.CatalogTaskDTO;
import org.luoshi.api.jurisdiction.JurisdictionRegistry;
import org.luoshi.api.jurisdiction.UnitDTO;
import org.luoshi.api.settings.ModuleSettings;
import org.luoshi.api.task.DeadlineCorrectionDTO;
import org.luoshi.api.task.DeadlineDTO;
import org.luoshi.api.task.TaskPeriodDTO;
import org.luoshi.api.task.TaskAssignmentDTO;
import org.luoshi.api.task.TaskDTO;
import org.luoshi.api.task.TaskEntryDTO;
import org.luoshi.api.task.TaskImportDTO;
import org.luoshi.api.task.TaskPage;
import org.luoshi.api.task.TaskQuery;
import org.luoshi.api.task.TaskService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** The key work task list on JPA: made from catalogs, assigned, reported on, completed; every write audited. */
@Component(service = TaskService.class)
public class TaskServiceImpl implements TaskService {
    private static final int MAX_PAGE = 200;

    private final JpaTemplate jpa;
    private final JurisdictionRegistry jurisdictions;
    private final AuditTrail audit;

    /** 模块配置: whether the lists are enabled at a unit (writes refused where not); without it, everything is. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ModuleSettings settings;

    @Activate
    public TaskServiceImpl(@Reference(target = "(osgi.unit.name=luoshi-lists)") JpaTemplate jpa,
            @Reference JurisdictionRegistry jurisdictions, @Reference AuditTrail audit) {
        this.jpa = jpa;
        this.jurisdictions = jurisdictions;
        this.audit = audit;
    }

    @Override
    public List<TaskDTO> importCatalog(Actor actor, TaskImportDTO in) {
        if (in == null) {
            throw LuoshiException.invalid("请求内容为空");
        }
        FieldCheck v = new FieldCheck();
        String jurisdiction = v.text("jurisdiction", "辖区", in.jurisdiction, 40, true);
        String unitId = v.text("unit", "填报单位", in.unit, 200, true);
        if (in.year < 2000 || in.year > 2100) {
            v.fail("year", "年度应在 2000 到 2100 之间");
        }
        v.throwIfInvalid();
        List<CatalogTaskDTO> catalog = jurisdictions.catalog(jurisdiction).orElseThrow(() -> new LuoshiException(
                LuoshiException.Kind.INVALID, "辖区 “" + jurisdiction + "” 未安装", Map.of("jurisdiction", "未知辖区")));
        UnitDTO unit = jurisdictions.unit(unitId).orElseThrow(() -> new LuoshiException(LuoshiException.Kind.INVALID,
                "单位 “" + unitId + "” 不存在", Map.of("unit", "未知单位")));
        if (!actor.canSee(unit.id)) {
            throw LuoshiException.forbidden("无权为单位 “" + unit.name + "” 建立任务清单");
        }
        // a task number brings its parts along (Lüliang's task 11 and its eight sectors)
        Set<Integer> wanted = in.numbers == null ? Set.of() : new HashSet<>(in.numbers);
        List<CatalogTaskDTO> chosen = catalog.stream().filter(t -> wanted.isEmpty() || wanted.contains(t.number)).toList();
        Set<Integer> known = new HashSet<>();
        chosen.forEach(t -> known.add(t.number));
        List<Integer> missing = wanted.stream().filter(n -> !known.contains(n)).sorted().toList();
        if (!missing.isEmpty()) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, "任务目录中没有序号 " + missing,
                    Map.of("numbers", "任务目录中没有序号 " + missing));
        }
        ModuleSettings.requireEnabled(settings, ListsSettingsDeclaration.MODULE, ListsSettingsDeclaration.LABEL,
                unit.id);
        LocalDate today = LocalDate.now(HazardServiceImpl.ZONE);
        Catalogs catalogs = new Catalogs();
        catalogs.known(jurisdiction, catalog);
        return jpa.txExpr(TransactionType.Required, em -> {
            Set<String> existing = new HashSet<>();
            for (Object[] row : em.createQuery("SELECT t.catalogNumber, t.part FROM TaskEntity t WHERE t.unit = ?1 "
                    + "AND t.year = ?2 AND t.jurisdiction = ?3 AND t.catalogNumber IS NOT NULL", Object[].class)
                    .setParameter(1, unit.id).setParameter(2, in.year).setParameter(3, jurisdiction).getResultList()) {
                existing.add(catalogKey((Integer) row[0], (String) row[1]));
            }
            List<TaskDTO> created = new ArrayList<>();
            LocalDateTime now = LocalDateTime.now(HazardServiceImpl.ZONE);
            for (CatalogTaskDTO c : chosen) {
                if (existing.contains(catalogKey(c.number, c.part))) {
                    continue;
                }
                TaskEntity e = new TaskEntity();
                e.jurisdiction = jurisdiction;
                e.unit = unit.id;
                e.year = in.year;
                e.catalogNumber = c.number;
                e.mainTask = c.group;
                e.measure = c.measure;
                e.responsibleUnits = c.responsibleUnits;
                e.part = c.part;
                e.lead = c.lead;
                e.target = c.target;
                e.targetWhat = c.targetWhat;
                e.note = c.note;
                e.every = c.every;
                setDeadline(e, Deadlines.parse(c.deadline, in.year));
                e.createdBy = actor.name();
                e.createdAt = now;
                e.updatedAt = now;
                em.persist(e);
                em.flush();
                TaskDTO out = toDto(e, List.of(), today, catalogs);
                audit.append(actor, "task.create", "task", e.id.toString(), null, Json.of(out));
                created.add(out);
            }
            return created;
        });
    }

    /** A catalog row's key on an office's list: its number and part. */
    private static String catalogKey(Integer number, String part) {
        return number + (part == null ? "" : "/" + part);
    }

    /**
     * The current catalogs of the jurisdictions of one call's tasks, each asked of the registry once (a list page of
     * hundreds of tasks reads its jurisdiction's catalog once, not once per task), indexed by {@link #catalogKey}.
     */
    private final class Catalogs {
        /** By jurisdiction: its entries by key, or null when the jurisdiction is not installed right now. */
        private final Map<String, Map<String, List<CatalogTaskDTO>>> read = new HashMap<>();

        /** A catalog already at hand (the import's). */
        void known(String jurisdiction, List<CatalogTaskDTO> catalog) {
            read.put(jurisdiction, index(catalog));
        }

        /**
         * 目录已更新: the task was made from a catalog entry (it has a catalog number) and the jurisdiction's current
         * catalog has no entry of that number and part, or none whose text the office cannot edit equals the task's
         * (see {@link TaskServiceImpl#sameCatalogText}). A task made by hand is never marked; nor is one of a
         * jurisdiction that is not installed right now (its catalog is unknown, not empty).
         */
        boolean changed(TaskEntity e) {
            if (e.catalogNumber == null) {
                return false;
            }
            if (!read.containsKey(e.jurisdiction)) { // not computeIfAbsent: it would not keep an absent catalog
                read.put(e.jurisdiction, jurisdictions.catalog(e.jurisdiction).map(TaskServiceImpl::index).orElse(null));
            }
            Map<String, List<CatalogTaskDTO>> catalog = read.get(e.jurisdiction);
            if (catalog == null) {
                return false;
            }
            return catalog.getOrDefault(catalogKey(e.catalogNumber, e.part), List.of()).stream()
                    .noneMatch(c -> sameCatalogText(e, c));
        }

        /** The full printed text of the task's group (主要任务) from its catalog entry, when the catalog gives one. */
        String groupText(TaskEntity e) {
            if (e.catalogNumber == null || e.mainTask == null) {
                return null;
            }
            if (!read.containsKey(e.jurisdiction)) {
                read.put(e.jurisdiction, jurisdictions.catalog(e.jurisdiction).map(TaskServiceImpl::index).orElse(null));
            }
            Map<String, List<CatalogTaskDTO>> catalog = read.get(e.jurisdiction);
            return catalog == null ? null : catalog.getOrDefault(catalogKey(e.catalogNumber, e.part), List.of()).stream()
                    .filter(c -> e.mainTask.equals(c.group) && c.groupText != null).map(c -> c.groupText).findFirst()
                    .orElse(null);
        }
    }

    private static Map<String, List<CatalogTaskDTO>> index(List<CatalogTaskDTO> catalog) {
        Map<String, List<CatalogTaskDTO>> out = new HashMap<>();
        for (CatalogTaskDTO c : catalog) {
            out.computeIfAbsent(catalogKey(c.number, c.part), k -> new ArrayList<>()).add(c);
        }
        return out;
    }

    /**
     * Whether a task still holds a catalog entry's text: every field {@link #importCatalog} copies that the office
     * cannot change afterwards (主要任务 from the group, 具体举措, 牵头单位, the target and what it counts, the note;
     * number and part are the key). 责任单位 and 完成时限 are copied too but are the office's to change
     * ({@link #assign}): they are left out, so an office's own assignment never marks a task.
     */
    static boolean sameCatalogText(TaskEntity e, CatalogTaskDTO c) {
        return Objects.equals(e.mainTask, c.group) && Objects.equals(e.measure, c.measure)
                && Objects.equals(e.lead, c.lead) && Objects.equals(e.target, c.target)
                && Objects.equals(e.targetWhat, c.targetWhat) && Objects.equals(e.note, c.note)
                && Objects.equals(e.every, c.every);
    }

    @Override
    public List<TaskDTO> create(Actor actor, List<TaskDTO> tasks) {
        if (tasks == null || tasks.isEmpty()) {
            throw LuoshiException.invalid("没有要创建的任务");
        }
        List<TaskEntity> entities = new ArrayList<>();
        LocalDateTime now = LocalDateTime.now(HazardServiceImpl.ZONE);
        for (int i = 0; i < tasks.size(); i++) {
            TaskDTO t = tasks.get(i);
            FieldCheck v = new FieldCheck();
            String prefix = "第 " + (i + 1) + " 项任务：";
            if (t == null) {
                throw LuoshiException.invalid(prefix + "内容为空");
            }
            TaskEntity e = new TaskEntity();
            e.jurisdiction = v.text("jurisdiction", prefix + "辖区", t.jurisdiction, 40, true);
            e.unit = v.text("unit", prefix + "单位", t.unit, 200, true);
            e.measure = v.text("measure", prefix + "具体举措", t.measure, 4000, true);
            e.mainTask = v.text("mainTask", prefix + "主要任务", t.mainTask, 4000, false);
            e.responsibleUnits = v.text("responsibleUnits", prefix + "责任单位", t.responsibleUnits, 1000, true);
            e.responsiblePersons = v.text("responsiblePersons", prefix + "责任人", t.responsiblePersons, 500, false);
            String deadline = v.text("deadline", prefix + "完成时限", t.deadline == null ? null : t.deadline.text, 200, true);
            if (t.year < 2000 || t.year > 2100) {
                v.fail("year", prefix + "年度应在 2000 到 2100 之间");
            }
            v.throwIfInvalid();
            if (jurisdictions.jurisdiction(e.jurisdiction).isEmpty()) {
                throw new LuoshiException(LuoshiException.Kind.INVALID, "辖区 “" + e.jurisdiction + "” 未安装",
                        Map.of("jurisdiction", "未知辖区"));
            }
            if (!actor.canSee(e.unit)) {
                throw LuoshiException.forbidden("无权为单位 “" + e.unit + "” 建立任务");
            }
            DeadlineDTO d = Deadlines.parse(deadline, t.year);
            if (DeadlineDTO.UNPARSED.equals(d.kind)) {
                throw new LuoshiException(LuoshiException.Kind.INVALID, prefix + "无法识别完成时限 “" + deadline
                        + "”：请填写日期（如 2026-06-30）、“6月底前”、“年底前”或“长期坚持”", Map.of("deadline", "无法识别的完成时限"));
            }
            ModuleSettings.requireEnabled(settings, ListsSettingsDeclaration.MODULE, ListsSettingsDeclaration.LABEL,
                    e.unit);
            e.year = t.year;
            setDeadline(e, d);
            e.createdBy = actor.name();
            e.createdAt = now;
            e.updatedAt = now;
            entities.add(e);
        }
        LocalDate today = LocalDate.now(HazardServiceImpl.ZONE);
        Catalogs catalogs = new Catalogs();
        return jpa.txExpr(TransactionType.Required, em -> {
            List<TaskDTO> out = new ArrayList<>();
            for (TaskEntity e : entities) {
                em.persist(e);
                em.flush();
                TaskDTO dto = toDto(e, List.of(), today, catalogs);
                audit.append(actor, "task.create", "task", e.id.toString(), null, Json.of(dto));
                out.add(dto);
            }
            return out;
        });
    }

    @Override
    public TaskDTO get(Actor actor, long id) {
        LocalDate today = LocalDate.now(HazardServiceImpl.ZONE);
        return jpa.txExpr(TransactionType.Required, em -> {
            TaskEntity e = find(em, actor, id);
            return toDto(e, entries(em, id), today, new Catalogs());
        });
    }

    @Override
    public TaskDTO assign(Actor actor, long id, TaskAssignmentDTO in) {
        if (in == null) {
            throw LuoshiException.invalid("请求内容为空");
        }
        FieldCheck v = new FieldCheck();
        String units = v.text("responsibleUnits", "责任单位", in.responsibleUnits, 1000, true);
        String persons = v.text("responsiblePersons", "责任人", in.responsiblePersons, 500, false);
        String deadline = v.text("deadline", "完成时限", in.deadline, 200, false);
        v.throwIfInvalid();
        return update(actor, id, in.version, "task.assign", (em, e) -> {
            e.responsibleUnits = units;
            e.responsiblePersons = persons;
            if (deadline != null) {
                DeadlineDTO d = Deadlines.parse(deadline, e.year);
                if (DeadlineDTO.UNPARSED.equals(d.kind)) {
                    throw new LuoshiException(LuoshiException.Kind.INVALID, "无法识别完成时限 “" + deadline
                            + "”：请填写日期（如 2026-06-30）、“6月底前”、“年底前”或“长期坚持”",
                            Map.of("deadline", "无法识别的完成时限"));
                }
                setDeadline(e, d);
            }
        });
    }

    @Override
    public TaskDTO correctDeadline(Actor actor, long id, DeadlineCorrectionDTO in) {
        if (in == null) {
            throw LuoshiException.invalid("请求内容为空");
        }
        FieldCheck v = new FieldCheck();
        LocalDate date = v.date("date", "更正后的完成时限", in.date, true);
        String reason = v.text("reason", "更正理由", in.reason, 500, true);
        if (date != null && (date.getYear() < 2000 || date.getYear() > 2100)) {
            v.fail("date", "更正后的完成时限应在 2000 到 2100 年之间");
        }
        v.throwIfInvalid();
        return update(actor, id, in.version, "task.deadline-correction", (em, e) -> {
            e.deadlineKind = DeadlineDTO.DATE;
            e.deadlineDate = date;
            e.deadlineCorrectedBy = actor.name();
            e.deadlineCorrection = reason;
        });
    }

    @Override
    public TaskDTO addEntry(Actor actor, long id, TaskEntryDTO in) {
        if (in == null) {
            throw LuoshiException.invalid("请求内容为空");
        }
        FieldCheck v = new FieldCheck();
        String kind = v.text("kind", "类型", in.kind, 12, true);
        LocalDate date = v.date("date", "日期", in.date, true);
        String person = v.text("person", "填写人", in.person, 100, true);
        String text = v.text("text", "内容", in.text, 4000, true);
        if (kind != null && !TaskEntryDTO.PROGRESS.equals(kind) && !TaskEntryDTO.SUPERVISION.equals(kind)) {
            v.fail("kind", "类型应为 PROGRESS（推进落实情况）或 SUPERVISION（跟踪督办情况）");
        }
        if (date != null && date.isAfter(LocalDate.now(HazardServiceImpl.ZONE))) {
            v.fail("date", "日期不能晚于今天");
        }
        if (in.count != null && (in.count < 0 || in.count > 100_000)) {
            v.fail("count", "完成数量应为 0 到 100000 之间的整数");
        } else if (in.count != null && TaskEntryDTO.SUPERVISION.equals(kind)) {
            v.fail("count", "只有推进落实情况可以填写完成数量");
        }
        v.throwIfInvalid();
        return update(actor, id, null, TaskEntryDTO.PROGRESS.equals(kind) ? "task.progress" : "task.supervision",
                (em, e) -> {
                    if (in.count != null && e.target == null) {
                        throw new LuoshiException(LuoshiException.Kind.INVALID, "该任务没有计数目标，不能填写完成数量",
                                Map.of("count", "该任务没有计数目标"));
                    }
                    TaskEntryEntity entry = new TaskEntryEntity();
                    entry.taskId = e.id;
                    entry.kind = kind;
                    entry.entryDate = date;
                    entry.person = person;
                    entry.text = text;
                    entry.count = in.count;
                    entry.recordedBy = actor.name();
                    entry.recordedAt = LocalDateTime.now(HazardServiceImpl.ZONE);
                    em.persist(entry);
                });
    }

    @Override
    public TaskDTO complete(Actor actor, long id, String completedOn) {
        FieldCheck v = new FieldCheck();
        LocalDate date = v.date("completedOn", "完成时间", completedOn, true);
        if (date != null && date.isAfter(LocalDate.now(HazardServiceImpl.ZONE))) {
            v.fail("completedOn", "完成时间不能晚于今天");
        }
        v.throwIfInvalid();
        return update(actor, id, null, "task.complete", (em, e) -> {
            if (e.completedOn != null) {
                throw new LuoshiException(LuoshiException.Kind.CONFLICT, "该任务已于 " + e.completedOn + " 完成");
            }
            e.completedOn = date;
        });
    }

    private interface Change {
        void apply(EntityManager em, TaskEntity e);
    }

    private TaskDTO update(Actor actor, long id, Long version, String action, Change change) {
        LocalDate today = LocalDate.now(HazardServiceImpl.ZONE);
        return jpa.txExpr(TransactionType.Required, em -> {
            TaskEntity e = find(em, actor, id);
            if (version != null && !version.equals(e.version)) {
                throw new LuoshiException(LuoshiException.Kind.CONFLICT, "该任务已被他人修改，请刷新后重试");
            }
            ModuleSettings.requireEnabled(settings, ListsSettingsDeclaration.MODULE, ListsSettingsDeclaration.LABEL,
                    e.unit);
            Catalogs catalogs = new Catalogs();
            String before = Json.of(toDto(e, entries(em, id), today, catalogs));
            change.apply(em, e);
            e.updatedAt = LocalDateTime.now(HazardServiceImpl.ZONE);
            em.flush();
            TaskDTO out = toDto(e, entries(em, id), today, catalogs);
            audit.append(actor, action, "task", e.id.toString(), before, Json.of(out));
            return out;
        });
    }

    /** The query's record filters (all but jurisdiction, unit and paging), shared with the form figures. */
    static void filters(Where where, TaskQuery query, LocalDate today) {
        if (query.year != null) {
            where.and("t.year = ?", query.year);
        }
        LocalDate asOf = query.asOf == null || query.asOf.isBlank() ? null : day(query.asOf);
        if (query.completed != null) {
            if (asOf == null) {
                where.and(query.completed ? "t.completedOn IS NOT NULL" : "t.completedOn IS NULL");
            } else {
                where.and(query.completed ? "t.completedOn <= ?" : "(t.completedOn IS NULL OR t.completedOn > ?)", asOf);
            }
        }
        if (query.overdue != null) {
            // overdue at the end of a day: a dated deadline before it, not completed by it
            String o = asOf == null ? "t.completedOn IS NULL AND t.deadlineKind = ? AND t.deadlineDate < ?"
                    : "(t.completedOn IS NULL OR t.completedOn > ?) AND t.deadlineKind = ? AND t.deadlineDate < ?";
            Object[] values = asOf == null ? new Object[] {DeadlineDTO.DATE, today}
                    : new Object[] {asOf, DeadlineDTO.DATE, asOf};
            where.and(query.overdue ? o : "NOT (" + o + ")", values);
        }
        if (Boolean.TRUE.equals(query.unparsedDeadline)) {
            where.and("t.deadlineKind = ?", DeadlineDTO.UNPARSED);
        }
        if (query.text != null && !query.text.isBlank()) {
            where.contains("t.measure", query.text.strip());
        }
    }

    private static LocalDate day(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new org.luoshi.api.LuoshiException(org.luoshi.api.LuoshiException.Kind.INVALID, "asOf 须为日期 yyyy-MM-dd",
                    Map.of("asOf", "日期格式应为 yyyy-MM-dd"));
        }
    }

    @Override
    public TaskPage list(Actor actor, TaskQuery q) {
        TaskQuery query = q == null ? new TaskQuery() : q;
        int limit = query.limit <= 0 ? 20 : Math.min(query.limit, MAX_PAGE);
        int offset = Math.max(0, query.offset);
        LocalDate today = LocalDate.now(HazardServiceImpl.ZONE);
        Where where = new Where().within("t.unit", actor.units());
        if (query.jurisdiction != null && !query.jurisdiction.isBlank()) {
            where.and("t.jurisdiction = ?", query.jurisdiction.strip());
        }
        if (query.unit != null && !query.unit.isBlank()) {
            where.within("t.unit", List.of(query.unit.strip()));
        }
        filters(where, query, today);
        String order = org.luoshi.api.Sorting.orderBy(query.sort, "t", Map.of("id", "id", "deadline", "deadlineDate"),
                " ORDER BY t.year DESC, t.unit, t.catalogNumber, t.id");
        return jpa.txExpr(TransactionType.Required, em -> {
            TaskPage page = new TaskPage();
            page.total = where.bind(em.createQuery("SELECT COUNT(t) FROM TaskEntity t" + where.sql(), Long.class))
                    .getSingleResult();
            List<TaskEntity> rows = where.bind(em.createQuery("SELECT t FROM TaskEntity t" + where.sql() + order,
                    TaskEntity.class))
                    .setFirstResult(offset).setMaxResults(limit).getResultList();
            // the page's entries in one query, not one per task
            Map<Long, List<TaskEntryEntity>> entries = new java.util.HashMap<>();
            if (!rows.isEmpty()) {
                for (TaskEntryEntity x : em.createQuery("SELECT x FROM TaskEntryEntity x WHERE x.taskId IN ?1 "
                        + "ORDER BY x.entryDate, x.id", TaskEntryEntity.class)
                        .setParameter(1, rows.stream().map(e -> e.id).toList()).getResultList()) {
                    entries.computeIfAbsent(x.taskId, k -> new ArrayList<>()).add(x);
                }
            }
            Catalogs catalogs = new Catalogs();
            for (TaskEntity e : rows) {
                page.items.add(toDto(e, entries.getOrDefault(e.id, List.of()), today, catalogs));
            }
            page.offset = offset;
            page.limit = limit;
            return page;
        });
    }

    private static TaskEntity find(EntityManager em, Actor actor, long id) {
        TaskEntity e = em.find(TaskEntity.class, id);
        if (e == null || !actor.canSee(e.unit)) {
            throw LuoshiException.notFound("任务 " + id + " 不存在或无权查看");
        }
        return e;
    }

    private static List<TaskEntryEntity> entries(EntityManager em, long taskId) {
        return em.createQuery("SELECT x FROM TaskEntryEntity x WHERE x.taskId = ?1 ORDER BY x.entryDate, x.id",
                TaskEntryEntity.class).setParameter(1, taskId).getResultList();
    }

    private static void setDeadline(TaskEntity e, DeadlineDTO d) {
        e.deadlineText = d.text;
        e.deadlineKind = d.kind;
        e.deadlineDate = Deadlines.date(d);
        e.deadlineCorrectedBy = null;
        e.deadlineCorrection = null;
    }

    private static TaskDTO toDto(TaskEntity e, List<TaskEntryEntity> entries, LocalDate today, Catalogs catalogs) {
        TaskDTO d = new TaskDTO();
        d.id = e.id;
        d.jurisdiction = e.jurisdiction;
        d.unit = e.unit;
        d.year = e.year;
        d.catalogNumber = e.catalogNumber;
        d.part = e.part;
        d.lead = e.lead;
        d.target = e.target;
        d.targetWhat = e.targetWhat;
        d.note = e.note;
        d.mainTask = e.mainTask;
        d.measure = e.measure;
        d.responsibleUnits = e.responsibleUnits;
        d.responsiblePersons = e.responsiblePersons;
        d.deadline = new DeadlineDTO();
        d.deadline.kind = e.deadlineKind;
        d.deadline.text = e.deadlineText;
        d.deadline.date = e.deadlineDate == null ? null : e.deadlineDate.toString();
        if (e.deadlineCorrectedBy != null) {
            d.deadline.correctedBy = e.deadlineCorrectedBy;
            d.deadline.correctionReason = e.deadlineCorrection;
            d.deadline.reading = "经更正为 " + d.deadline.date + "（" + e.deadlineCorrection + "）";
        } else if (DeadlineDTO.DATE.equals(e.deadlineKind)) {
            d.deadline.reading = Deadlines.parse(e.deadlineText, e.year).reading;
        }
        d.completedOn = e.completedOn == null ? null : e.completedOn.toString();
        d.overdue = e.completedOn == null && e.deadlineDate != null && e.deadlineDate.isBefore(today);
        for (TaskEntryEntity x : entries) {
            TaskEntryDTO t = new TaskEntryDTO();
            t.kind = x.kind;
            t.date = x.entryDate.toString();
            t.person = x.person;
            t.text = x.text;
            t.count = x.count;
            if (x.count != null && TaskEntryDTO.PROGRESS.equals(x.kind)) {
                d.done += x.count;
            }
            t.recordedBy = x.recordedBy;
            t.recordedAt = x.recordedAt.atZone(HazardServiceImpl.ZONE).toOffsetDateTime().toString();
            (TaskEntryDTO.PROGRESS.equals(x.kind) ? d.progress : d.supervision).add(t);
        }
        d.every = e.every;
        if (e.target != null && e.every != null) {
            d.periods = TaskPeriods.of(e.every, e.year, e.deadlineDate, e.target, entries, today);
            LocalDate completed = e.completedOn;
            d.behind = d.periods.stream().anyMatch(p -> TaskPeriodDTO.SHORT.equals(p.state)
                    && (completed == null || !LocalDate.parse(p.from).isAfter(completed)));
        }
        d.catalogChanged = catalogs.changed(e);
        d.mainTaskText = catalogs.groupText(e);
        d.createdBy = e.createdBy;
        d.version = e.version;
        return d;
    }
}

package org.luoshi.lists.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;
import javax.persistence.Persistence;

import org.apache.aries.jpa.template.EmConsumer;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.api.Actor;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.audit.AuditTrail;
import org.luoshi.api.jurisdiction.CatalogTaskDTO;
import org.luoshi.api.jurisdiction.JurisdictionDTO;
import org.luoshi.api.jurisdiction.JurisdictionRegistry;
import org.luoshi.api.jurisdiction.UnitDTO;
import org.luoshi.api.settings.ModuleSettings;
import org.luoshi.api.task.DeadlineDTO;
import org.luoshi.api.task.TaskAssignmentDTO;
import org.luoshi.api.task.TaskDTO;
import org.luoshi.api.task.TaskEntryDTO;
import org.luoshi.api.task.TaskImportDTO;
import org.luoshi.api.task.TaskPage;
import org.luoshi.api.task.TaskQuery;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * 目录已更新 (TaskDTO.catalogChanged) on the real TaskServiceImpl, outside OSGi: an in-memory Derby whose schema is
 * this module's change log, EclipseLink on the module's persistence unit (resource-local here), a registry fake whose
 * catalog a plugin upgrade replaces. Imported tasks keep their text; those whose catalog entry changed or went are
 * marked, no others. With 模块配置 saying the lists are disabled at the unit, every write is refused and reads answer.
 */
class TaskCatalogChangedTest {
    private static final String JURISDICTION = "lvliang";
    private static final String UNIT = "shanxi.lvliang";
    private static final Actor ACTOR = new Actor("office", List.of(UNIT), Set.of());
    private static final AtomicLong DATABASES = new AtomicLong();
    /** Liquibase logs through java.util.logging: only what goes wrong (held here, JUL keeps loggers weakly). */
    private static final java.util.logging.Logger LIQUIBASE = java.util.logging.Logger.getLogger("liquibase");

    /** The registry's state: the installed catalog (a plugin upgrade replaces it; null: not installed). */
    private List<CatalogTaskDTO> catalog;
    private final AtomicInteger catalogReads = new AtomicInteger();
    private String url;
    private EntityManagerFactory emf;
    private TaskServiceImpl service;

    @BeforeEach
    void start() throws Exception {
        System.setProperty("derby.stream.error.file", "target/derby-test.log");
        System.setProperty("liquibase.command.showSummary", "OFF");
        LIQUIBASE.setLevel(java.util.logging.Level.WARNING);
        url = "jdbc:derby:memory:lists-" + DATABASES.incrementAndGet();
        try (Connection c = DriverManager.getConnection(url + ";create=true")) {
            // the schema as the platform makes it: this module's change log (what SchemaExtender applies in Karaf)
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
            Liquibase liquibase = new Liquibase("db/changelog.xml", new ClassLoaderResourceAccessor(), database);
            Scope.child(Scope.Attr.ui.name(), new LoggerUIService(),
                    () -> liquibase.update(new Contexts(), new LabelExpression()));
        }
        Map<String, Object> props = new HashMap<>();
        props.put("javax.persistence.transactionType", "RESOURCE_LOCAL");
        props.put("javax.persistence.jtaDataSource", "");
        props.put("javax.persistence.jdbc.driver", "org.apache.derby.jdbc.EmbeddedDriver");
        props.put("javax.persistence.jdbc.url", url);
        emf = Persistence.createEntityManagerFactory("luoshi-lists", props);
        catalog = List.of(
                entry(1, null, "（一）责任体系", "制定安全生产责任制实施细则", "市委组织部、市应急局", "5月底前"),
                entry(2, null, "（一）责任体系", "建立安全生产巡查制度", "市安委办", "长期坚持"),
                entry(3, null, "（二）隐患排查", "开展重大事故隐患专项排查整治", "市安委会各成员单位", "年底前"),
                counted(entry(11, "煤矿", "（三）行业领域", "煤矿安全专项整治", "市能源局", "年底前"), "市煤矿安全专业委员会办公室"),
                counted(entry(11, "非煤矿山", "（三）行业领域", "非煤矿山安全专项整治", "市应急局", "年底前"),
                        "市非煤矿山安全专业委员会办公室"));
        service = new TaskServiceImpl(jpa(), registry(), audit());
    }

    @AfterEach
    void stop() {
        if (emf != null) {
            emf.close();
        }
        try {
            DriverManager.getConnection(url + ";drop=true").close();
        } catch (SQLException expected) {
            // Derby answers a dropped in-memory database with 08006
        }
    }

    @Test
    void tasksWhoseCatalogEntryChangedOrWentAreMarkedAndKeepTheirText() {
        Map<String, TaskDTO> imported = byKey(service.importCatalog(ACTOR, importRequest()));
        assertEquals(5, imported.size());
        assertTrue(imported.values().stream().noneMatch(t -> t.catalogChanged), "just imported: nothing marked");
        TaskDTO byHand = service.create(ACTOR, List.of(handMade())).get(0);
        assertFalse(byHand.catalogChanged);

        // the plugin is upgraded: task 1's measure reworded, 11（非煤矿山） dropped, the rest as before (new objects)
        List<CatalogTaskDTO> upgraded = new ArrayList<>();
        for (CatalogTaskDTO c : catalog) {
            if ("非煤矿山".equals(c.part)) {
                continue;
            }
            CatalogTaskDTO copy = copy(c);
            if (c.number == 1) {
                copy.measure = "制定并印发党政领导干部安全生产责任制实施细则";
            }
            upgraded.add(copy);
        }
        catalog = List.copyOf(upgraded);

        Map<String, TaskDTO> listed = byKey(list().items);
        assertEquals(Set.of("1", "11/非煤矿山"), marked(listed), "exactly the changed and the removed entry");
        assertFalse(listed.get("2").catalogChanged, "untouched");
        assertFalse(listed.get("11/煤矿").catalogChanged, "the other part of the same number is untouched");
        TaskDTO handListed = list().items.stream().filter(t -> t.catalogNumber == null).findFirst().orElseThrow();
        assertFalse(handListed.catalogChanged, "a task made by hand has no catalog entry to compare with");
        // the single reads agree with the page
        assertTrue(service.get(ACTOR, imported.get("1").id).catalogChanged);
        assertTrue(service.get(ACTOR, imported.get("11/非煤矿山").id).catalogChanged);
        assertFalse(service.get(ACTOR, imported.get("3").id).catalogChanged);
        assertFalse(service.get(ACTOR, byHand.id).catalogChanged);

        // the tasks keep the text they were made with
        assertEquals("制定安全生产责任制实施细则", listed.get("1").measure);
        TaskDTO gone = listed.get("11/非煤矿山");
        assertEquals("非煤矿山安全专项整治", gone.measure);
        assertEquals("（三）行业领域", gone.mainTask);
        assertEquals("市非煤矿山安全专业委员会办公室", gone.lead);
        assertEquals(Integer.valueOf(4), gone.target);
        assertEquals("次专项检查", gone.targetWhat);
        assertEquals("正文为“每季度一次”", gone.note);
        assertEquals("年底前", gone.deadline.text);
        assertEquals("市应急局", gone.responsibleUnits);
        assertEquals(2, list().items.stream().filter(t -> t.catalogChanged).count());
    }

    @Test
    void everyTextTheImportCopiedAndTheOfficeCannotEditCounts() {
        Map<String, TaskDTO> imported = byKey(service.importCatalog(ACTOR, importRequest()));
        // the lead of one part, the target of another; a task's group
        List<CatalogTaskDTO> upgraded = catalog.stream().map(TaskCatalogChangedTest::copy).toList();
        upgraded.stream().filter(c -> "煤矿".equals(c.part)).forEach(c -> c.lead = "市能源局");
        upgraded.stream().filter(c -> "非煤矿山".equals(c.part)).forEach(c -> c.target = 6);
        upgraded.stream().filter(c -> c.number == 2).forEach(c -> c.group = "（一）安全生产责任体系");
        catalog = upgraded;
        assertEquals(Set.of("11/煤矿", "11/非煤矿山", "2"), marked(byKey(list().items)));

        // note and targetWhat too
        upgraded = catalog.stream().map(TaskCatalogChangedTest::copy).toList();
        upgraded.stream().filter(c -> "煤矿".equals(c.part)).forEach(c -> c.lead = "市煤矿安全专业委员会办公室");
        upgraded.stream().filter(c -> "非煤矿山".equals(c.part)).forEach(c -> {
            c.target = 4;
            c.targetWhat = "次检查";
        });
        upgraded.stream().filter(c -> c.number == 2).forEach(c -> c.group = "（一）责任体系");
        upgraded.stream().filter(c -> c.number == 3).forEach(c -> c.note = "新增说明");
        catalog = upgraded;
        assertEquals(Set.of("11/非煤矿山", "3"), marked(byKey(list().items)));
        assertEquals("开展重大事故隐患专项排查整治", service.get(ACTOR, imported.get("3").id).measure);
    }

    @Test
    void theOfficesOwnAssignmentDoesNotMarkATask() {
        Map<String, TaskDTO> imported = byKey(service.importCatalog(ACTOR, importRequest()));
        TaskDTO task = imported.get("3");
        TaskAssignmentDTO a = new TaskAssignmentDTO();
        a.responsibleUnits = "区应急局";
        a.responsiblePersons = "局长";
        a.deadline = "9月底前";
        a.version = task.version;
        TaskDTO assigned = service.assign(ACTOR, task.id, a);
        assertEquals("区应急局", assigned.responsibleUnits);
        assertEquals("9月底前", assigned.deadline.text);
        assertFalse(assigned.catalogChanged, "责任单位 and 完成时限 are the office's to change after the import");
        assertTrue(marked(byKey(list().items)).isEmpty());
    }

    @Test
    void aJurisdictionNotInstalledRightNowMarksNothing() {
        service.importCatalog(ACTOR, importRequest());
        catalog = null; // the plugin is stopped or being replaced: its catalog is unknown, not empty
        TaskPage page = list();
        assertEquals(5, page.items.size());
        assertTrue(page.items.stream().noneMatch(t -> t.catalogChanged));
    }

    @Test
    void aPageReadsEachCatalogOnce() {
        service.importCatalog(ACTOR, importRequest());
        service.create(ACTOR, List.of(handMade(), handMade()));
        catalogReads.set(0);
        TaskPage page = list();
        assertEquals(7, page.items.size());
        assertEquals(1, catalogReads.get(), "one read of the jurisdiction's catalog for the whole page");
        catalog = null;
        catalogReads.set(0);
        list();
        assertEquals(1, catalogReads.get(), "an absent catalog is asked for once too");
    }

    @Test
    void whereModuleSettingsDisableTheListsEveryWriteIsRefusedAndReadsAnswer() throws Exception {
        TaskDTO task = service.importCatalog(ACTOR, importRequest()).get(0);
        Set<String> asked = ConcurrentHashMap.newKeySet();
        ModuleSettings disabled = proxy(ModuleSettings.class, (p, m, a) -> {
            if (m.getName().equals("enabled")) {
                asked.add(a[0] + "@" + a[1]);
                return false;
            }
            throw new UnsupportedOperationException(m.getName());
        });
        java.lang.reflect.Field field = TaskServiceImpl.class.getDeclaredField("settings");
        field.setAccessible(true);
        field.set(service, disabled); // what DS does when the settings service comes

        TaskAssignmentDTO assignment = new TaskAssignmentDTO();
        assignment.responsibleUnits = "区应急局";
        TaskEntryDTO entry = new TaskEntryDTO();
        entry.kind = TaskEntryDTO.PROGRESS;
        entry.date = java.time.LocalDate.now(HazardServiceImpl.ZONE).toString();
        entry.person = "张三";
        entry.text = "已部署";
        String today = entry.date;
        List<org.junit.jupiter.api.function.Executable> writes = List.of(
                () -> service.importCatalog(ACTOR, importRequest()),
                () -> service.create(ACTOR, List.of(handMade())),
                () -> service.assign(ACTOR, task.id, assignment),
                () -> service.addEntry(ACTOR, task.id, entry),
                () -> service.complete(ACTOR, task.id, today));
        for (org.junit.jupiter.api.function.Executable write : writes) {
            LuoshiException refused = assertThrows(LuoshiException.class, write);
            assertEquals(LuoshiException.Kind.FORBIDDEN, refused.kind());
            assertEquals("本辖区未启用清单管理模块，不能办理；已有记录仍可查阅", refused.getMessage());
        }
        assertEquals(Set.of("lists@" + UNIT), asked, "asked for the module at the task's unit");

        // nothing was written, and what is there reads as before
        assertEquals(5, list().items.size());
        TaskDTO read = service.get(ACTOR, task.id);
        assertNull(read.completedOn);
        assertTrue(read.progress.isEmpty());
        assertEquals(task.responsibleUnits, read.responsibleUnits);
    }

    // ---- the data -----------------------------------------------------------------------------------------------

    private static CatalogTaskDTO entry(int number, String part, String group, String measure, String units,
            String deadline) {
        CatalogTaskDTO c = new CatalogTaskDTO();
        c.number = number;
        c.part = part;
        c.group = group;
        c.measure = measure;
        c.responsibleUnits = units;
        c.deadline = deadline;
        return c;
    }

    private static CatalogTaskDTO counted(CatalogTaskDTO c, String lead) {
        c.lead = lead;
        c.target = 4;
        c.targetWhat = "次专项检查";
        c.note = "正文为“每季度一次”";
        return c;
    }

    private static CatalogTaskDTO copy(CatalogTaskDTO c) {
        CatalogTaskDTO d = entry(c.number, c.part, c.group, c.measure, c.responsibleUnits, c.deadline);
        d.lead = c.lead;
        d.target = c.target;
        d.targetWhat = c.targetWhat;
        d.note = c.note;
        return d;
    }

    private static TaskImportDTO importRequest() {
        TaskImportDTO in = new TaskImportDTO();
        in.jurisdiction = JURISDICTION;
        in.unit = UNIT;
        in.year = 2025;
        return in;
    }

    private static TaskDTO handMade() {
        TaskDTO t = new TaskDTO();
        t.jurisdiction = JURISDICTION;
        t.unit = UNIT;
        t.year = 2025;
        t.measure = "落实调度会交办事项";
        t.responsibleUnits = "市应急局";
        t.deadline = new DeadlineDTO();
        t.deadline.text = "6月底前";
        return t;
    }

    private TaskPage list() {
        TaskQuery q = new TaskQuery();
        q.limit = 200;
        return service.list(ACTOR, q);
    }

    /** Imported tasks by catalog key (number, number/part). */
    private static Map<String, TaskDTO> byKey(List<TaskDTO> tasks) {
        return tasks.stream().filter(t -> t.catalogNumber != null).collect(Collectors.toMap(
                t -> t.catalogNumber + (t.part == null ? "" : "/" + t.part), Function.identity()));
    }

    private static Set<String> marked(Map<String, TaskDTO> tasks) {
        return tasks.entrySet().stream().filter(e -> e.getValue().catalogChanged).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    // ---- the services the implementation is given -----------------------------------------------------------

    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    /** One installed jurisdiction with one unit; its catalog is whatever {@link #catalog} holds right now. */
    private JurisdictionRegistry registry() {
        JurisdictionDTO j = new JurisdictionDTO();
        j.id = JURISDICTION;
        j.name = "吕梁市";
        j.level = "city";
        j.unit = UNIT;
        UnitDTO u = new UnitDTO();
        u.id = UNIT;
        u.name = "吕梁市安委办";
        u.kind = "city";
        u.jurisdiction = JURISDICTION;
        return proxy(JurisdictionRegistry.class, (p, m, a) -> switch (m.getName()) {
            case "catalog" -> {
                catalogReads.incrementAndGet();
                yield JURISDICTION.equals(a[0]) ? Optional.ofNullable(catalog) : Optional.empty();
            }
            case "jurisdiction" -> JURISDICTION.equals(a[0]) ? Optional.of(j) : Optional.empty();
            case "unit" -> UNIT.equals(a[0]) ? Optional.of(u) : Optional.empty();
            default -> throw new UnsupportedOperationException(m.getName());
        });
    }

    private static AuditTrail audit() {
        return proxy(AuditTrail.class, (p, m, a) -> {
            if (m.getName().equals("append")) {
                return null;
            }
            throw new UnsupportedOperationException(m.getName());
        });
    }

    /** Aries' template on one resource-local transaction per call (what JTA does for the service in Karaf). */
    private JpaTemplate jpa() {
        return new JpaTemplate() {
            @Override
            public <R> R txExpr(TransactionType type, EmFunction<R> code) {
                EntityManager em = emf.createEntityManager();
                EntityTransaction tx = em.getTransaction();
                tx.begin();
                try {
                    R result = code.apply(em);
                    tx.commit();
                    return result;
                } finally {
                    if (tx.isActive()) {
                        tx.rollback();
                    }
                    em.close();
                }
            }

            @Override
            public void tx(TransactionType type, EmConsumer code) {
                txExpr(type, em -> {
                    code.accept(em);
                    return null;
                });
            }

            @Override
            public <R> R txExpr(EmFunction<R> code) {
                return txExpr(TransactionType.Required, code);
            }

            @Override
            public void tx(EmConsumer code) {
                tx(TransactionType.Required, code);
            }
        };
    }
}

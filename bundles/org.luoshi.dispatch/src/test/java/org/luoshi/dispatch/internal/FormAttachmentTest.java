package org.luoshi.dispatch.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.aries.jpa.template.JpaTemplate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.api.Actor;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.audit.AuditTrail;
import org.luoshi.api.cycle.CycleDTO;
import org.luoshi.api.cycle.CycleEngine;
import org.luoshi.api.file.FileDTO;
import org.luoshi.api.file.FileService;
import org.luoshi.api.form.FormDTO;
import org.luoshi.api.form.FormFieldDTO;
import org.luoshi.api.form.FormService;
import org.luoshi.api.form.FormTableDTO;
import org.luoshi.api.form.FormValues;
import org.luoshi.api.jurisdiction.JurisdictionRegistry;
import org.luoshi.api.jurisdiction.UnitDTO;

/**
 * Attachments of report forms (FILE fields): the rule of a FILE value, the upload (the reporting checks of a submission,
 * the field a FILE one, stored with the file service as the unit's file read by the receiving office; refused while
 * the file service is absent), and the check that a value names an attachment of the reporting unit.
 */
class FormAttachmentTest {
    private static final String CITY_OFFICE = "shanxi.shuozhou.anweiban";
    private static final String PINGLU = "shanxi.shuozhou.pinglu";
    private static final String YOUYU = "shanxi.shuozhou.youyu";

    private final Actor pinglu = new Actor("pinglu", List.of(PINGLU), Set.of());
    private final Actor youyu = new Actor("youyu", List.of(YOUYU), Set.of());
    private FormServiceImpl service;
    private FakeFiles files;

    @BeforeEach
    void setUp() throws Exception {
        CycleDTO c = new CycleDTO();
        c.id = "monthly";
        c.name = "一小结、一报表、两清单";
        c.start = "2022-06-01";
        c.receiver = CITY_OFFICE;
        c.reporters = List.of(PINGLU, YOUYU);
        c.form = form();
        JurisdictionRegistry registry = fake(JurisdictionRegistry.class, (name, args) -> switch (name) {
            case "cycles" -> "shuozhou".equals(args[0]) ? Optional.of(List.of(c)) : Optional.empty();
            case "unit" -> Optional.ofNullable(unit((String) args[0]));
            default -> throw new UnsupportedOperationException(name);
        });
        service = new FormServiceImpl(fake(JpaTemplate.class, null), registry, fake(CycleEngine.class, null),
                fake(AuditTrail.class, null));
        files = new FakeFiles();
        set("files", files);
    }

    static FormDTO form() {
        FormDTO f = new FormDTO();
        f.id = "monthly";
        f.title = "一小结、一报表、两清单";
        FormTableDTO t = new FormTableDTO();
        t.id = "main";
        t.name = f.title;
        f.tables.add(t);
        f.fields.add(field("S1", "小结", "大检查大整治大提升和专项整治三年行动小结", FormFieldDTO.TEXT));
        f.fields.add(field("R1", "报表", "大检查大整治大提升行动情况报表", FormFieldDTO.FILE));
        return f;
    }

    private static FormFieldDTO field(String key, String block, String label, String type) {
        FormFieldDTO f = new FormFieldDTO();
        f.key = key;
        f.block = block;
        f.no = 1;
        f.label = label;
        f.type = type;
        return f;
    }

    private static UnitDTO unit(String id) {
        if (!List.of(CITY_OFFICE, PINGLU, YOUYU).contains(id)) {
            return null;
        }
        UnitDTO u = new UnitDTO();
        u.id = id;
        u.name = id.equals(PINGLU) ? "平鲁区" : id.equals(YOUYU) ? "右玉县" : "市安委办";
        return u;
    }

    @Test
    void aFileValueIsThePositiveIdOfAnUploadedFile() {
        FormFieldDTO f = field("R1", "报表", "报表", FormFieldDTO.FILE);
        assertEquals("请上传附件", FormValues.problem(f, null));
        assertEquals("请上传附件", FormValues.problem(f, "  "));
        assertEquals("附件编号无效", FormValues.problem(f, "0"));
        assertEquals("附件编号无效", FormValues.problem(f, "-3"));
        assertEquals("附件编号无效", FormValues.problem(f, "1.5"));
        assertEquals("附件编号无效", FormValues.problem(f, "报表.pdf"));
        assertEquals("附件编号无效", FormValues.problem(f, "99999999999999999999"));
        assertNull(FormValues.problem(f, "１２"));
        assertEquals("12", FormValues.canonical(f, "１２"));
        assertEquals("7", FormValues.canonical(f, " 007 "));
    }

    @Test
    void anUploadIsStoredAsTheReportingUnitsFileReadByTheReceivingOffice() {
        byte[] bytes = "9月情况报表".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        FileDTO stored = service.attach(pinglu, "shuozhou", "monthly", PINGLU, "R1", "情况报表.txt", bytes);
        assertEquals(1, files.stored.size());
        FakeFiles.Call call = files.stored.get(0);
        assertEquals(FormService.ATTACHMENT, call.ownerType());
        assertTrue(FormService.ATTACHMENT.matches("[a-z]{2,20}"), "an owner type the file service accepts");
        assertEquals(0L, call.ownerId());
        assertEquals(PINGLU, call.unit());
        assertEquals(List.of(CITY_OFFICE), call.readers());
        assertEquals("情况报表.txt", call.name());
        assertEquals(stored.id, files.files.keySet().iterator().next());
    }

    @Test
    void anUploadTakesTheChecksOfASubmission() {
        byte[] bytes = { 'x' };
        LuoshiException other = assertThrows(LuoshiException.class,
                () -> service.attach(pinglu, "shuozhou", "monthly", YOUYU, "R1", "a.txt", bytes));
        assertEquals(LuoshiException.Kind.FORBIDDEN, other.kind(), "another county's unit");
        LuoshiException office = assertThrows(LuoshiException.class,
                () -> service.attach(pinglu, "shuozhou", "monthly", CITY_OFFICE, "R1", "a.txt", bytes));
        assertEquals(LuoshiException.Kind.INVALID, office.kind());
        assertTrue(office.fieldErrors().containsKey("unit"), "not a reporter: " + office.fieldErrors());
        LuoshiException hostile = assertThrows(LuoshiException.class,
                () -> service.attach(pinglu, "shuozhou", "monthly", "<x>" + "y".repeat(300), "R1", "a.txt", bytes));
        assertTrue(!hostile.getMessage().contains("<x>"), "an unknown unit is not repeated: " + hostile.getMessage());
        LuoshiException text = assertThrows(LuoshiException.class,
                () -> service.attach(pinglu, "shuozhou", "monthly", PINGLU, "S1", "a.txt", bytes));
        assertEquals(Map.of("field", "此项不是附件"), text.fieldErrors());
        LuoshiException unknown = assertThrows(LuoshiException.class,
                () -> service.attach(pinglu, "shuozhou", "monthly", PINGLU, "X9", "a.txt", bytes));
        assertTrue(unknown.fieldErrors().containsKey("field"));
        assertEquals(LuoshiException.Kind.NOT_FOUND, assertThrows(LuoshiException.class,
                () -> service.attach(pinglu, "shuozhou", "nosuch", PINGLU, "R1", "a.txt", bytes)).kind());
        Actor readOnly = new Actor("token", List.of("shanxi.shuozhou"), Set.of(Actor.ROLE_READ_ONLY));
        assertEquals(LuoshiException.Kind.FORBIDDEN, assertThrows(LuoshiException.class,
                () -> service.attach(readOnly, "shuozhou", "monthly", PINGLU, "R1", "a.txt", bytes)).kind());
        assertTrue(files.stored.isEmpty(), "nothing stored");
    }

    @Test
    void withoutTheFileServiceUploadsAreUnavailable() throws Exception {
        set("files", null);
        LuoshiException e = assertThrows(LuoshiException.class,
                () -> service.attach(pinglu, "shuozhou", "monthly", PINGLU, "R1", "a.txt", new byte[] { 'x' }));
        assertEquals(LuoshiException.Kind.UNAVAILABLE, e.kind());
        assertEquals("文件服务未运行", e.getMessage());
        assertEquals(LuoshiException.Kind.UNAVAILABLE, assertThrows(LuoshiException.class,
                () -> service.attachmentProblem(pinglu, PINGLU, "1")).kind());
    }

    @Test
    void aValueMustNameAnAttachmentOfTheReportingUnit() {
        long own = service.attach(pinglu, "shuozhou", "monthly", PINGLU, "R1", "a.txt", new byte[] { 'a' }).id;
        long youyus = service.attach(youyu, "shuozhou", "monthly", YOUYU, "R1", "b.txt", new byte[] { 'b' }).id;
        long evidence = files.store(pinglu, "transfer", 5, PINGLU, List.of(), "c.txt", new byte[] { 'c' }).id;
        assertNull(service.attachmentProblem(pinglu, PINGLU, String.valueOf(own)));
        assertNull(service.attachmentProblem(pinglu, PINGLU, "００" + own), "as typed, normalised");
        assertEquals(FormServiceImpl.NOT_AN_ATTACHMENT, service.attachmentProblem(pinglu, PINGLU, String.valueOf(youyus)),
                "another county's: not readable");
        Actor city = new Actor("shuozhou", List.of("shanxi.shuozhou"), Set.of());
        assertEquals(FormServiceImpl.NOT_AN_ATTACHMENT, service.attachmentProblem(city, PINGLU, String.valueOf(youyus)),
                "readable from above, but another unit's");
        assertEquals(FormServiceImpl.NOT_AN_ATTACHMENT, service.attachmentProblem(pinglu, PINGLU, String.valueOf(evidence)),
                "a file of another record");
        assertEquals(FormServiceImpl.NOT_AN_ATTACHMENT, service.attachmentProblem(pinglu, PINGLU, "999"));
        assertEquals("附件编号无效", service.attachmentProblem(pinglu, PINGLU, "abc"));
    }

    @Test
    void aFormOfOneTableNamedAsItselfIsReportedByItsTitle() {
        FormDTO f = form();
        assertEquals("一小结、一报表、两清单", FormServiceImpl.note(f));
        f.tables.get(0).name = "本股室";
        FormTableDTO sector = new FormTableDTO();
        sector.id = "sector";
        sector.name = "所属行业领域";
        f.tables.add(sector);
        assertEquals("一小结、一报表、两清单（本股室、所属行业领域）", FormServiceImpl.note(f));
    }

    private void set(String field, Object value) throws Exception {
        Field f = FormServiceImpl.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(service, value);
    }

    interface Answer {
        Object call(String method, Object[] args);
    }

    @SuppressWarnings("unchecked")
    static <T> T fake(Class<T> type, Answer answer) {
        return (T) Proxy.newProxyInstance(FormAttachmentTest.class.getClassLoader(), new Class<?>[] { type },
                (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return switch (method.getName()) {
                            case "hashCode" -> System.identityHashCode(proxy);
                            case "equals" -> proxy == args[0];
                            default -> type.getSimpleName();
                        };
                    }
                    if (answer == null) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    return answer.call(method.getName(), args);
                });
    }

    /** A file store with the real one's rules of who reads what (the unit and above, and the reader units). */
    static final class FakeFiles implements FileService {
        record Call(String ownerType, long ownerId, String unit, List<String> readers, String name) {
        }

        final List<Call> stored = new ArrayList<>();
        final Map<Long, FileDTO> files = new LinkedHashMap<>();

        @Override
        public FileDTO store(Actor actor, String ownerType, long ownerId, String unit, List<String> readers,
                String name, byte[] content) {
            actor.requireWrite();
            if (!actor.canSee(unit)) {
                throw LuoshiException.forbidden("无权为该单位上传文件");
            }
            if (!ownerType.matches("[a-z]{2,20}")) {
                throw LuoshiException.invalid("文件所属记录类型有误");
            }
            stored.add(new Call(ownerType, ownerId, unit, readers, name));
            FileDTO f = new FileDTO();
            f.id = (long) files.size() + 1;
            f.ownerType = ownerType;
            f.ownerId = ownerId;
            f.unit = unit;
            f.readers = new ArrayList<>(readers);
            f.name = name;
            files.put(f.id, f);
            return f;
        }

        @Override
        public FileDTO get(Actor actor, long id) {
            FileDTO f = files.get(id);
            if (f == null || !actor.canSee(f.unit) && f.readers.stream().noneMatch(actor::canSee)) {
                throw LuoshiException.notFound("文件 " + id + " 不存在或无权查看");
            }
            return f;
        }

        @Override
        public byte[] content(Actor actor, long id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<FileDTO> list(Actor actor, String ownerType, long ownerId) {
            throw new UnsupportedOperationException();
        }
    }
}

package org.luoshi.tipoffs.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.luoshi.api.Actor;
import org.luoshi.api.FieldCheck;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.audit.AuditTrail;
import org.luoshi.api.file.FileDTO;
import org.luoshi.api.file.FileService;
import org.luoshi.api.hazard.HazardDTO;
import org.luoshi.api.hazard.HazardService;
import org.luoshi.api.hazard.HazardSource;
import org.luoshi.api.jurisdiction.JurisdictionRegistry;
import org.luoshi.api.jurisdiction.UnitDTO;
import org.luoshi.api.settings.ModuleSettings;
import org.luoshi.api.security.KeyRing;
import org.luoshi.api.tipoff.KeyRotationDTO;
import org.luoshi.api.tipoff.MaterialDTO;
import org.luoshi.api.tipoff.PublicStatusDTO;
import org.luoshi.api.tipoff.RouteDTO;
import org.luoshi.api.tipoff.TipOffDTO;
import org.luoshi.api.tipoff.TipOffService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Tip-offs on JPA. The reporter's identity is sealed before it reaches the entity, opened only for the case's
 * handlers in {@link #get}, and never written to audit entries or logs. The identity key is the key ring's
 * {@code identity} key ({@code etc/luoshi-keys/}; one an earlier installation kept in ConfigAdmin, PID
 * {@code org.luoshi.tipoffs.key}, is moved there by the key ring).
 */
@Component(service = TipOffService.class, configurationPid = "org.luoshi.rest")
public class TipOffServiceImpl implements TipOffService {
    /** The public side's limit, read from PID {@code org.luoshi.rest} (where it has always been configured). */
    public @interface Config {
        /** Public tip-offs and photos accepted per client address in ten minutes, every face counted together. */
        int publicSubmissionsPerTenMinutes() default 20;
    }

    static final String FILES_UNAVAILABLE = "文件存储模块未启用";
    private static final Logger LOG = LoggerFactory.getLogger(TipOffServiceImpl.class);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    static final Set<String> CHANNELS = Set.of("PHONE", "MAILBOX", "WEB", "LETTER", "VISIT", "SNAPSHOT");
    static final Set<String> REPLY_CHANNELS = Set.of("ONLINE", "PHONE", "SMS", "PAPER");
    static final Set<String> OUTCOMES = Set.of("MAJOR_HAZARD", "VIOLATION", "CONCEALED_ACCIDENT", "NOT_CONFIRMED");
    static final Map<String, String> LABELS = Map.of("RECEIVED", "受理中", "NEEDS_MATERIAL", "请补充材料", "ACCEPTED", "已受理",
            "REJECTED", "不予受理", "VERIFYING", "核查中", "VERIFIED", "已核查", "CLOSED", "已办结");

    private final JpaTemplate jpa;
    private final JurisdictionRegistry jurisdictions;
    private final AuditTrail audit;
    private final IdentityCipher cipher;
    private final KeyRing keyRing;
    private final ObjectMapper json = new ObjectMapper();
    private final RateLimit publicLimit;

    /** The hazard list (mechanism 1): needed only when a verified major hazard enters it. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile HazardService hazards;

    /** 模块配置: whether tip-offs are enabled at a unit, and the acceptance days; without it, the plugin's data. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ModuleSettings settings;

    /** The file store: the photos of 随手拍; without it a tip-off reads without photos. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile FileService files;

    /**
     * The enterprise register: a tip-off may be linked to one of its enterprises. Tracked and opened at first use, not a
     * DS reference (the register's history reads tip-offs; binding it at activation risks a cycle of service factories).
     */
    private final org.osgi.util.tracker.ServiceTracker<org.luoshi.api.enterprise.EnterpriseService,
            org.luoshi.api.enterprise.EnterpriseService> enterprises;
    private boolean enterprisesOpen;

    @Activate
    public TipOffServiceImpl(@Reference(target = "(osgi.unit.name=luoshi-tipoffs)") JpaTemplate jpa,
            @Reference JurisdictionRegistry jurisdictions, @Reference AuditTrail audit,
            @Reference KeyRing keyRing, Config config, org.osgi.framework.BundleContext context) {
        this.enterprises = new org.osgi.util.tracker.ServiceTracker<>(context,
                org.luoshi.api.enterprise.EnterpriseService.class, null);
        this.publicLimit = new RateLimit(Math.max(1, config.publicSubmissionsPerTenMinutes()), java.time.Duration.ofMinutes(10));
        this.jpa = jpa;
        this.jurisdictions = jurisdictions;
        this.audit = audit;
        this.keyRing = keyRing;
        this.cipher = new IdentityCipher(keyRing);
    }

    private synchronized org.luoshi.api.enterprise.EnterpriseService register() {
        if (!enterprisesOpen) {
            enterprises.open();
            enterprisesOpen = true;
        }
        return enterprises.getService();
    }

    @org.osgi.service.component.annotations.Deactivate
    synchronized void closeTracker() {
        if (enterprisesOpen) {
            enterprises.close();
        }
    }

    private HazardService hazards() {
        HazardService h = hazards;
        if (h == null) {
            throw LuoshiException.unavailable("问题隐患整改清单模块未启用");
        }
        return h;
    }

    private FileService files() {
        FileService f = files;
        if (f == null) {
            throw LuoshiException.unavailable(FILES_UNAVAILABLE);
        }
        return f;
    }

    /** The tip-off's photos as stored, or none while the file store is not running. */
    private List<FileDTO> photos(TipOffEntity e) {
        FileService f = files;
        return f == null ? List.of() : f.list(system(e), "tipoff", e.id);
    }


    // --- intake ----------------------------------------------------------------------------------------------

    @Override
    public TipOffDTO register(Actor actor, TipOffDTO in) {
        if (in == null) {
            throw LuoshiException.invalid("请求内容为空");
        }
        FieldCheck v = new FieldCheck();
        String unit = v.text("unit", "登记单位", in.unit, 200, true);
        String channel = v.text("channel", "举报渠道", in.channel, 12, true);
        LocalDate received = v.date("receivedOn", "收到日期", in.receivedOn, true);
        if (channel != null && !CHANNELS.contains(channel)) {
            v.fail("channel", "举报渠道应为 " + String.join("、", CHANNELS));
        }
        if (received != null && received.isAfter(LocalDate.now(ZONE))) {
            v.fail("receivedOn", "收到日期不能晚于今天");
        }
        checkContent(v, in);
        v.throwIfInvalid();
        UnitDTO u = unit(unit, "unit");
        if (!actor.canSee(unit)) {
            throw LuoshiException.forbidden("无权以 “" + u.name + "” 的名义登记举报");
        }
        ModuleSettings.requireEnabled(settings, TipOffSettingsDeclaration.MODULE, TipOffSettingsDeclaration.LABEL, u.id);
        String code = newCode();
        TipOffDTO out = jpa.txExpr(TransactionType.Required, em -> {
            TipOffEntity e = newEntity(in, u, channel, received, code, actor.name());
            e.handlersJson = write(List.of(actor.name()));
            persistSealed(em, e, in);
            audit.append(actor, "tipoff.register", "tipoff", e.id.toString(), null,
                    write(Map.of("channel", channel, "unit", unit, "anonymous", String.valueOf(e.anonymous))));
            return toDto(e, true);
        });
        out.receiptCode = code;
        return out;
    }

    @Override
    public String submitPublic(String jurisdiction, TipOffDTO in, String address) {
        publicLimit.check(address);
        return submitPublic(jurisdiction, in);
    }

    @Override
    public PublicStatusDTO addPhoto(String receiptCode, String name, byte[] content, String address) {
        publicLimit.check(address);
        return addPhoto(receiptCode, name, content);
    }

    @Override
    public String submitPublic(String jurisdiction, TipOffDTO in) {
        if (in == null) {
            throw LuoshiException.invalid("请求内容为空");
        }
        var j = jurisdictions.jurisdiction(jurisdiction).orElseThrow(() -> new LuoshiException(
                LuoshiException.Kind.INVALID, "辖区 “" + jurisdiction + "” 未安装", Map.of("jurisdiction", "未知辖区")));
        FieldCheck v = new FieldCheck();
        String channel = in.channel == null ? "WEB" : in.channel;
        if (!channel.equals("WEB") && !channel.equals("SNAPSHOT")) {
            v.fail("channel", "网上举报渠道为 WEB 或 SNAPSHOT（随手拍）");
        }
        checkContent(v, in);
        v.throwIfInvalid();
        UnitDTO office = unit(j.unit, "jurisdiction");
        ModuleSettings.requireEnabled(settings, TipOffSettingsDeclaration.MODULE, TipOffSettingsDeclaration.LABEL,
                office.id);
        String code = newCode();
        jpa.tx(TransactionType.Required, em -> {
            TipOffEntity e = newEntity(in, office, channel, LocalDate.now(ZONE), code, "public");
            e.handlersJson = write(List.of());
            persistSealed(em, e, in);
            audit.append("public", "tipoff.submit", "tipoff", e.id.toString(), null,
                    write(Map.of("channel", channel, "unit", office.id, "anonymous", String.valueOf(e.anonymous))));
        });
        return code;
    }

    private void checkContent(FieldCheck v, TipOffDTO in) {
        v.text("content", "举报内容", in.content, 8000, true);
        v.text("subject", "被举报单位或对象", in.subject, 500, false);
        v.text("place", "地点", in.place, 500, false);
        if (!in.anonymous) {
            v.text("reporterName", "举报人姓名", in.reporterName, 100, true);
            v.text("reporterContact", "联系方式", in.reporterContact, 200, true);
        } else if (blank(in.reporterName) != null || blank(in.reporterContact) != null) {
            v.fail("reporterName", "匿名举报不登记举报人身份");
        }
        String reply = in.replyChannel == null ? "ONLINE" : in.replyChannel;
        if (!REPLY_CHANNELS.contains(reply)) {
            v.fail("replyChannel", "告知方式应为 ONLINE（凭查询码网上查询）、PHONE、SMS 或 PAPER（纸质告知书）");
        } else if (in.anonymous && !reply.equals("ONLINE")) {
            v.fail("replyChannel", "匿名举报只能凭查询码网上查询结果");
        }
    }

    private final Object rotation = new Object();

    @Override
    public KeyRotationDTO rotateIdentityKey(Actor actor) {
        if (!actor.roles().contains(Actor.ROLE_ADMIN)) {
            throw LuoshiException.forbidden("只有管理员可以更换举报人身份密钥");
        }
        synchronized (rotation) {
            long started = System.nanoTime();
            KeyRing.Key fresh = keyRing.rotate(IdentityCipher.PURPOSE);
            Set<Long> unreadable = new java.util.TreeSet<>();
            int resealed = resealAll(fresh, unreadable);
            // a registration that took the old key just before the rotation commits within moments: look once more
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            resealed += resealAll(fresh, unreadable);
            KeyRotationDTO out = new KeyRotationDTO();
            out.keyId = fresh.id();
            out.resealed = resealed;
            out.unreadable = unreadable.size();
            if (!unreadable.isEmpty()) {
                LOG.error("Key rotation: the sealed identity of tip-offs {} does not open (key missing, or changed in the"
                        + " database); left as it was", unreadable);
            }
            out.retired = keyRing.retireBefore(IdentityCipher.PURPOSE, fresh.id());
            out.millis = (System.nanoTime() - started) / 1_000_000;
            audit.append(actor, "tipoff.identity-key.rotate", "key", IdentityCipher.PURPOSE + "-" + fresh.id(), null,
                    write(Map.of("resealed", resealed, "unreadable", out.unreadable, "retired", out.retired)));
            LOG.info("Reporter-identity key {} in use: {} tip-offs re-sealed, {} older key(s) deleted, {} ms", fresh.id(),
                    resealed, out.retired, out.millis);
            return out;
        }
    }

    /** Re-seals, 200 tip-offs per transaction, every identity not yet sealed with {@code fresh}. */
    private int resealAll(KeyRing.Key fresh, Set<Long> unreadable) {
        String current = "v2:" + fresh.id() + ":%";
        int resealed = 0;
        long after = 0;
        while (true) {
            long from = after;
            List<Long> ids = jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                    "SELECT t.id FROM TipOffEntity t WHERE t.id > ?1 AND ((t.reporterNameSealed IS NOT NULL AND"
                            + " t.reporterNameSealed NOT LIKE ?2) OR (t.reporterContactSealed IS NOT NULL AND"
                            + " t.reporterContactSealed NOT LIKE ?2)) ORDER BY t.id", Long.class)
                    .setParameter(1, from).setParameter(2, current).setMaxResults(200).getResultList());
            if (ids.isEmpty()) {
                return resealed;
            }
            resealed += jpa.txExpr(TransactionType.Required, em -> {
                int n = 0;
                for (Long id : ids) {
                    TipOffEntity e = em.find(TipOffEntity.class, id, javax.persistence.LockModeType.PESSIMISTIC_WRITE);
                    if (e == null || IdentityCipher.sealedWith(e.reporterNameSealed, fresh.id())
                            && IdentityCipher.sealedWith(e.reporterContactSealed, fresh.id())) {
                        continue;
                    }
                    String name;
                    String contact;
                    try {
                        name = cipher.open(id, "reporterName", e.reporterNameSealed);
                        contact = cipher.open(id, "reporterContact", e.reporterContactSealed);
                    } catch (IllegalStateException x) {
                        unreadable.add(id);
                        continue;
                    }
                    e.reporterNameSealed = IdentityCipher.seal(fresh, id, "reporterName", name);
                    e.reporterContactSealed = IdentityCipher.seal(fresh, id, "reporterContact", contact);
                    n++;
                }
                return n;
            });
            after = ids.get(ids.size() - 1);
        }
    }

    /** Text shown for a sealed value that does not open: its key is gone, or it was changed or moved in the database. */
    static final String UNREADABLE = "〔无法解密〕";

    private String openOrMark(TipOffEntity e, String field, String sealed) {
        try {
            return cipher.open(e.id, field, sealed);
        } catch (IllegalStateException x) {
            LOG.error("Tip-off {}: the sealed {} does not open ({}): its key is missing, or the value was changed or moved"
                    + " in the database", e.id, field, x.getMessage());
            return UNREADABLE;
        }
    }

    /** Persists a new tip-off and seals the reporter's identity with its id in the associated data. */
    private void persistSealed(EntityManager em, TipOffEntity e, TipOffDTO in) {
        em.persist(e);
        if (e.id == null) {
            em.flush();
        }
        if (!in.anonymous) {
            e.reporterNameSealed = cipher.seal(e.id, "reporterName", in.reporterName.strip());
            e.reporterContactSealed = cipher.seal(e.id, "reporterContact", in.reporterContact.strip());
        }
        em.flush();
    }

    private TipOffEntity newEntity(TipOffDTO in, UnitDTO unit, String channel, LocalDate received, String code, String by) {
        TipOffEntity e = new TipOffEntity();
        e.jurisdiction = unit.jurisdiction;
        e.channel = channel;
        e.receivedOn = received;
        e.unit = unit.id;
        e.registeringUnit = unit.id;
        e.subject = blank(in.subject);
        e.content = in.content.strip();
        e.place = blank(in.place);
        e.anonymous = in.anonymous;
        e.replyChannel = in.replyChannel == null ? "ONLINE" : in.replyChannel;
        e.status = "RECEIVED";
        e.acceptDeadline = received.plusDays(acceptDays(unit));
        e.materialsJson = write(List.of());
        e.routesJson = write(List.of());
        e.sightJson = write(List.of(unit.id));
        e.receiptHash = hash(code);
        e.registeredBy = by;
        e.registeredAt = LocalDateTime.now(ZONE);
        return e;
    }

    /** The days to accept or reject a tip-off at a unit (模块配置 tipoffs.acceptDays; 5 by default). */
    private int acceptDays(UnitDTO unit) {
        return ModuleSettings.number(settings, jurisdictions, TipOffSettingsDeclaration.MODULE, "acceptDays", unit, 5, 1,
                365);
    }

    static String newCode() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            b.append(i > 0 && i % 4 == 0 ? "-" : "").append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return b.toString();
    }

    static String hash(String code) {
        String normal = code == null ? "" : code.replace("-", "").replace(" ", "").toUpperCase();
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(("luoshi-receipt:" + normal).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- the reporter's side ---------------------------------------------------------------------------------

    private TipOffEntity byCode(EntityManager em, String code) {
        List<TipOffEntity> found = em.createQuery("SELECT t FROM TipOffEntity t WHERE t.receiptHash = ?1",
                TipOffEntity.class).setParameter(1, hash(code)).getResultList();
        if (found.isEmpty()) {
            throw LuoshiException.notFound("查询码不存在，请核对后重新输入");
        }
        return found.get(0);
    }

    @Override
    public PublicStatusDTO publicStatus(String receiptCode) {
        return jpa.txExpr(TransactionType.Required, em -> {
            TipOffEntity e = byCode(em, receiptCode);
            return withPhotos(publicDto(e), e);
        });
    }

    @Override
    public PublicStatusDTO addMaterial(String receiptCode, String text) {
        FieldCheck v = new FieldCheck();
        String t = v.text("text", "补充材料", text, 4000, true);
        v.throwIfInvalid();
        return jpa.txExpr(TransactionType.Required, em -> {
            TipOffEntity e = byCode(em, receiptCode);
            if ("CLOSED".equals(e.status) || "REJECTED".equals(e.status)) {
                throw new LuoshiException(LuoshiException.Kind.CONFLICT, "该举报已" + LABELS.get(e.status) + "，不能再补充材料");
            }
            List<MaterialDTO> materials = readList(e.materialsJson, MaterialDTO.class);
            if (materials.stream().filter(m -> m.fromReporter).count() >= 20) {
                throw new LuoshiException(LuoshiException.Kind.CONFLICT, "补充材料已达 20 次上限，请联系受理单位");
            }
            MaterialDTO m = new MaterialDTO();
            m.at = now();
            m.fromReporter = true;
            m.text = t;
            materials.add(m);
            e.materialsJson = within(write(materials), 32000, "补充材料总量已达上限，请联系受理单位");
            String before = e.status;
            if ("NEEDS_MATERIAL".equals(e.status)) {
                e.status = "RECEIVED";
            }
            em.flush();
            audit.append("reporter", "tipoff.material", "tipoff", e.id.toString(), before, e.status);
            return withPhotos(publicDto(e), e);
        });
    }

    @Override
    public PublicStatusDTO addPhoto(String receiptCode, String name, byte[] content) {
        TipOffEntity e = jpa.txExpr(TransactionType.Required, em -> byCode(em, receiptCode));
        if ("CLOSED".equals(e.status) || "REJECTED".equals(e.status)) {
            throw new LuoshiException(LuoshiException.Kind.CONFLICT, "该举报已" + LABELS.get(e.status) + "，不能再补充照片");
        }
        FileService store = files();
        Actor system = system(e);
        if (store.list(system, "tipoff", e.id).size() >= 9) {
            throw new LuoshiException(LuoshiException.Kind.CONFLICT, "每条举报最多 9 张照片");
        }
        String type = sniffImage(content);
        if (type == null) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, "照片只接受 JPEG 或 PNG 图片", Map.of("content", "不是图片"));
        }
        FileDTO f = store.store(system, "tipoff", e.id, e.registeringUnit, readList(e.sightJson, String.class), name, content);
        audit.append("reporter", "tipoff.photo", "tipoff", e.id.toString(), null, "file " + f.id + " sha256=" + f.sha256);
        return jpa.txExpr(TransactionType.Required, em -> {
            TipOffEntity x = em.find(TipOffEntity.class, e.id);
            return withPhotos(publicDto(x), x);
        });
    }

    private static String sniffImage(byte[] b) {
        if (b != null && b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        if (b != null && b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "image/png";
        }
        return null;
    }

    /** The platform acting for the case's own units when the reporter (who has no account) adds a photo. */
    private Actor system(TipOffEntity e) {
        List<String> units = new ArrayList<>(readList(e.sightJson, String.class));
        units.add(e.registeringUnit);
        return new Actor("reporter", units, Set.of());
    }

    @Override
    public byte[] photo(Actor actor, long id, long fileId) {
        TipOffEntity e = jpa.txExpr(TransactionType.Required, em -> em.find(TipOffEntity.class, id));
        if (e == null || !sighted(actor, e)) {
            throw LuoshiException.notFound("举报 " + id + " 不存在或无权查看");
        }
        FileService store = files();
        Actor system = system(e);
        FileDTO f = store.get(system, fileId);
        if (!"tipoff".equals(f.ownerType) || f.ownerId != id) {
            throw LuoshiException.notFound("照片 " + fileId + " 不属于举报 " + id);
        }
        return store.content(system, fileId);
    }

    private static PublicStatusDTO publicDto(TipOffEntity e) {
        PublicStatusDTO d = new PublicStatusDTO();
        d.receivedOn = e.receivedOn.toString();
        d.status = e.status;
        d.statusLabel = LABELS.get(e.status);
        d.decisionNote = "REJECTED".equals(e.status) || "NEEDS_MATERIAL".equals(e.status) ? e.decisionNote : null;
        d.reply = "CLOSED".equals(e.status) ? e.reply : null;
        d.materialsAdded = (int) countReporterMaterials(e);
        return d;
    }

    private PublicStatusDTO withPhotos(PublicStatusDTO d, TipOffEntity e) {
        d.photosAdded = photos(e).size();
        return d;
    }

    private static long countReporterMaterials(TipOffEntity e) {
        return e.materialsJson == null ? 0 : e.materialsJson.split("\"fromReporter\":true", -1).length - 1;
    }

    // --- the handling side -----------------------------------------------------------------------------------

    @Override
    public TipOffDTO accept(Actor actor, long id, String note) {
        return step(actor, id, "tipoff.accept", (em, e) -> {
            expect(e, "受理", "RECEIVED");
            e.status = "ACCEPTED";
            e.decisionNote = blank(note);
            e.decidedOn = LocalDate.now(ZONE);
            List<String> handlers = readList(e.handlersJson, String.class);
            if (!handlers.contains(actor.name())) {
                handlers.add(actor.name());
            }
            e.handlersJson = write(handlers);
        });
    }

    @Override
    public TipOffDTO reject(Actor actor, long id, String reason) {
        FieldCheck v = new FieldCheck();
        String r = v.text("reason", "不予受理理由", reason, 2000, true);
        v.throwIfInvalid();
        return step(actor, id, "tipoff.reject", (em, e) -> {
            expect(e, "不予受理", "RECEIVED", "NEEDS_MATERIAL");
            e.status = "REJECTED";
            e.decisionNote = r;
            e.decidedOn = LocalDate.now(ZONE);
        });
    }

    @Override
    public TipOffDTO requestMaterial(Actor actor, long id, String what) {
        FieldCheck v = new FieldCheck();
        String w = v.text("what", "需补充的材料", what, 2000, true);
        v.throwIfInvalid();
        return step(actor, id, "tipoff.request-material", (em, e) -> {
            expect(e, "要求补充材料", "RECEIVED");
            e.status = "NEEDS_MATERIAL";
            e.decisionNote = w;
        });
    }

    @Override
    public TipOffDTO route(Actor actor, long id, RouteDTO in) {
        if (in == null) {
            throw LuoshiException.invalid("请求内容为空");
        }
        FieldCheck v = new FieldCheck();
        String kind = v.text("kind", "交办转办方式", in.kind, 12, true);
        String to = v.text("to", "接收单位", in.to, 200, true);
        LocalDate deadline = v.date("deadline", "核查报告期限", in.deadline, true);
        if (kind != null && !Set.of("ASSIGN_DOWN", "TRANSFER", "PASS").contains(kind)) {
            v.fail("kind", "方式应为 ASSIGN_DOWN（交下级）、TRANSFER（转有关部门）或 PASS（安委办移交并抄送）");
        }
        if ("PASS".equals(kind) && blank(in.copyTo) == null) {
            v.fail("copyTo", "移交须抄送属地安委会或同级相关部门");
        }
        if (deadline != null && deadline.isBefore(LocalDate.now(ZONE))) {
            v.fail("deadline", "期限不能早于今天");
        }
        v.throwIfInvalid();
        UnitDTO target = unit(to, "to");
        if (blank(in.copyTo) != null) {
            unit(in.copyTo.strip(), "copyTo");
        }
        return step(actor, id, "tipoff.route", (em, e) -> {
            // only within the region of the unit holding it (down, or to a department of the same level): whoever
            // accepts it there becomes a handler too
            expect(e, "交办转办", "RECEIVED", "ACCEPTED");
            if (target.id.equals(e.unit)) {
                throw new LuoshiException(LuoshiException.Kind.INVALID, "接收单位就是当前办理单位", Map.of("to", "请选择其他单位"));
            }
            String region = region(e.unit);
            boolean below = target.id.startsWith(region + ".");
            if ("ASSIGN_DOWN".equals(kind) && (!below || region(target.id).equals(region))) {
                throw new LuoshiException(LuoshiException.Kind.INVALID, "交办只能交给本地区下级单位",
                        Map.of("to", "不是下级单位"));
            }
            if ("TRANSFER".equals(kind) && (!below || !region(target.id).equals(region))) {
                throw new LuoshiException(LuoshiException.Kind.INVALID, "转办只能转给本级有关部门",
                        Map.of("to", "不是“" + name(region) + "”的部门"));
            }
            if ("PASS".equals(kind) && !below) {
                throw new LuoshiException(LuoshiException.Kind.INVALID, "移交只能交给本地区的单位",
                        Map.of("to", "不在“" + name(region) + "”之内"));
            }
            if (blank(in.copyTo) != null && !in.copyTo.strip().startsWith(region + ".") && !in.copyTo.strip().equals(region)) {
                throw new LuoshiException(LuoshiException.Kind.INVALID, "抄送只能抄送本地区的单位",
                        Map.of("copyTo", "不在“" + name(region) + "”之内"));
            }
            RouteDTO r = new RouteDTO();
            r.kind = kind;
            r.from = e.unit;
            r.to = target.id;
            r.copyTo = blank(in.copyTo);
            r.deadline = deadline.toString();
            r.at = now();
            r.by = actor.name();
            List<RouteDTO> routes = readList(e.routesJson, RouteDTO.class);
            routes.add(r);
            e.routesJson = within(write(routes), 8000, "交办转办记录已达上限，请联系上级安委办");
            List<String> sight = readList(e.sightJson, String.class);
            for (String u : new String[] {target.id, r.copyTo}) {
                if (u != null && !sight.contains(u)) {
                    sight.add(u);
                }
            }
            e.sightJson = write(sight);
            e.unit = target.id;
            e.jurisdiction = target.jurisdiction;
            e.status = "RECEIVED";
            e.acceptDeadline = LocalDate.now(ZONE).plusDays(acceptDays(target));
        });
    }

    /** The region (province, city, county, town) of a unit: itself or the nearest such unit above it. */
    private String region(String unitId) {
        return org.luoshi.api.jurisdiction.Regions.of(jurisdictions, unitId);
    }

    @Override
    public TipOffDTO verify(Actor actor, long id, String outcome, String action, HazardDTO hazard) {
        FieldCheck v = new FieldCheck();
        String o = v.text("outcome", "核查结论", outcome, 24, true);
        String a = v.text("action", "处理措施", action, 2000, !"NOT_CONFIRMED".equals(outcome));
        if (o != null && !OUTCOMES.contains(o)) {
            v.fail("outcome", "核查结论应为 MAJOR_HAZARD、VIOLATION、CONCEALED_ACCIDENT 或 NOT_CONFIRMED");
        }
        if ("MAJOR_HAZARD".equals(o) && hazard == null) {
            v.fail("hazard", "重大事故隐患属实须列入问题隐患清单：请提供整改措施、整改单位、责任人和整改时限");
        }
        v.throwIfInvalid();
        // one transaction: the hazard (written by the lists module, joining it), the case's outcome and both audit
        // entries commit together or not at all; a second click waits for the claim's row lock, then finds it taken
        return jpa.txExpr(TransactionType.Required, em -> {
            TipOffEntity current = handling(em, actor, id);
            expect(current, "核查", "ACCEPTED");
            int claimed = em.createQuery("UPDATE TipOffEntity t SET t.status = 'VERIFYING' WHERE t.id = ?1 AND "
                    + "t.status = 'ACCEPTED'").setParameter(1, id).executeUpdate();
            if (claimed != 1) {
                throw new LuoshiException(LuoshiException.Kind.CONFLICT, "该举报正在核查或已核查");
            }
            Long hazardId = null;
            if ("MAJOR_HAZARD".equals(o)) {
                HazardService hazardList = hazards();
                HazardDTO h = new HazardDTO();
                h.unit = blank(hazard.unit) != null ? hazard.unit : current.unit;
                h.jurisdiction = jurisdictions.unit(h.unit).map(u -> u.jurisdiction).orElse(current.jurisdiction);
                h.source = HazardSource.TIP_OFF;
                h.inspectionUnit = name(current.unit);
                h.inspector = blank(hazard.inspector) != null ? hazard.inspector : "核查组组长";
                h.inspectionDate = LocalDate.now(ZONE).toString();
                h.inspectionMethod = "群众举报核实";
                h.description = blank(hazard.description) != null ? hazard.description
                        : (current.subject == null ? "" : current.subject + "：") + current.content;
                h.major = true;
                h.listed = false;
                h.measures = hazard.measures;
                h.rectificationUnit = hazard.rectificationUnit;
                h.rectificationResponsible = hazard.rectificationResponsible;
                h.deadline = hazard.deadline;
                h.enterpriseId = hazard.enterpriseId != null ? hazard.enterpriseId : current.enterpriseId;
                hazardId = hazardList.create(actor, h).id;
            }
            Long linked = hazardId;
            return step(actor, id, "tipoff.verify", (em2, e) -> {
                em2.refresh(e);
                expect(e, "核查", "VERIFYING");
                e.status = "VERIFIED";
                e.outcome = o;
                e.outcomeAction = a;
                e.hazardId = linked;
            });
        });
    }

    @Override
    public TipOffDTO close(Actor actor, long id, String reply, String report) {
        FieldCheck v = new FieldCheck();
        String r = v.text("reply", "告知举报人的核查结果", reply, 4000, true);
        String rep = v.text("report", "核查处理报告", report, 8000, true);
        v.throwIfInvalid();
        return step(actor, id, "tipoff.close", (em, e) -> {
            expect(e, "结案", "VERIFIED");
            e.status = "CLOSED";
            e.reply = r;
            e.report = rep;
            e.closedAt = LocalDateTime.now(ZONE);
        });
    }

    @Override
    public TipOffDTO approveReward(Actor actor, long id, String amount, String approvedBy) {
        FieldCheck v = new FieldCheck();
        String a = v.text("amount", "奖励金额（元）", amount, 20, true);
        String by = v.text("approvedBy", "批准人（职务）", approvedBy, 200, true);
        BigDecimal value = null;
        if (a != null) {
            try {
                value = new BigDecimal(a);
                if (value.signum() <= 0 || value.scale() > 2 || value.compareTo(new BigDecimal("10000000")) > 0) {
                    v.fail("amount", "金额应大于 0，最多两位小数");
                }
            } catch (NumberFormatException ex) {
                v.fail("amount", "金额应为数字（元）");
            }
        }
        v.throwIfInvalid();
        BigDecimal money = value;
        return step(actor, id, "tipoff.reward", (em, e) -> {
            expect(e, "奖励", "VERIFIED", "CLOSED");
            if ("NOT_CONFIRMED".equals(e.outcome)) {
                throw new LuoshiException(LuoshiException.Kind.CONFLICT, "举报经核查不属实，不予奖励");
            }
            if (e.rewardApprovedAt != null) {
                throw new LuoshiException(LuoshiException.Kind.CONFLICT, "该举报已批准奖励");
            }
            e.rewardAmount = money;
            e.rewardApprovedBy = by;
            e.rewardApprovedAt = LocalDateTime.now(ZONE);
        });
    }

    @Override
    public TipOffDTO payReward(Actor actor, long id, String paymentRecord) {
        FieldCheck v = new FieldCheck();
        String p = v.text("paymentRecord", "发放记录", paymentRecord, 1000, true);
        v.throwIfInvalid();
        return step(actor, id, "tipoff.reward-paid", (em, e) -> {
            if (e.rewardApprovedAt == null) {
                throw new LuoshiException(LuoshiException.Kind.CONFLICT, "奖励尚未批准");
            }
            if (e.rewardPaidAt != null) {
                throw new LuoshiException(LuoshiException.Kind.CONFLICT, "奖励已发放");
            }
            e.rewardPaidAt = LocalDateTime.now(ZONE);
            e.rewardPaymentRecord = p;
        });
    }

    @Override
    public TipOffDTO summary(Actor actor, long id) {
        return jpa.txExpr(TransactionType.Required, em -> {
            TipOffEntity e = em.find(TipOffEntity.class, id);
            if (e == null || !sighted(actor, e)) {
                throw LuoshiException.notFound("举报 " + id + " 不存在或无权查看");
            }
            return toDto(e, false, false);
        });
    }

    @Override
    public TipOffDTO get(Actor actor, long id) {
        return jpa.txExpr(TransactionType.Required, em -> {
            TipOffEntity e = em.find(TipOffEntity.class, id);
            if (e == null || !sighted(actor, e)) {
                throw LuoshiException.notFound("举报 " + id + " 不存在或无权查看");
            }
            boolean handler = handler(actor, e);
            if (handler && !e.anonymous) {
                audit.append(actor.name(), "tipoff.identity-view", "tipoff", e.id.toString(), null, null);
            }
            return toDto(e, handler);
        });
    }

    @Override
    public List<TipOffDTO> byHazard(Actor actor, long hazardId) {
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "SELECT t FROM TipOffEntity t WHERE t.hazardId = ?1 ORDER BY t.id", TipOffEntity.class)
                .setParameter(1, hazardId).getResultList().stream().filter(e -> sighted(actor, e))
                .map(e -> toDto(e, false)).toList());
    }

    @Override
    public TipOffDTO linkEnterprise(Actor actor, long id, Long enterpriseId) {
        actor.requireWrite();
        // the tip-off's handling side first (404 to others), then the enterprise it may see
        return step(actor, id, "tipoff.enterprise", (em, e) -> {
            org.luoshi.api.enterprise.EnterpriseDTO linked = enterpriseId == null ? null : enterprise(actor, enterpriseId);
            e.enterpriseId = linked == null ? null : linked.id;
            e.enterpriseName = linked == null ? null : linked.name;
        });
    }

    private org.luoshi.api.enterprise.EnterpriseDTO enterprise(Actor actor, long enterpriseId) {
        org.luoshi.api.enterprise.EnterpriseService register = register();
        if (register == null) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, "企业名录模块未启用，不能关联企业",
                    Map.of("enterpriseId", "企业名录模块未启用"));
        }
        try {
            return register.get(actor, enterpriseId);
        } catch (LuoshiException notTheirs) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, "企业不存在或不在您的监管范围内",
                    Map.of("enterpriseId", "企业不存在或不在您的监管范围内"));
        }
    }

    @Override
    public List<TipOffDTO> byEnterprise(Actor actor, long enterpriseId) {
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "SELECT t FROM TipOffEntity t WHERE t.enterpriseId = ?1 ORDER BY t.id DESC", TipOffEntity.class)
                .setParameter(1, enterpriseId).getResultList().stream().filter(e -> sighted(actor, e))
                .map(e -> toDto(e, false)).toList());
    }

    @Override
    public List<TipOffDTO> list(Actor actor, String jurisdiction, String status, int offset, int limit) {
        int lim = limit <= 0 ? 20 : Math.min(limit, 200);
        return jpa.txExpr(TransactionType.Required, em -> listed(em, actor, jurisdiction, status)
                .skip(Math.max(0, offset)).limit(lim).map(e -> toDto(e, false, false)).toList());
    }

    @Override
    public long count(Actor actor, String jurisdiction, String status) {
        return jpa.txExpr(TransactionType.Required, em -> listed(em, actor, jurisdiction, status).count());
    }

    /** The tip-offs of {@link #list}, newest first, all pages. */
    private java.util.stream.Stream<TipOffEntity> listed(EntityManager em, Actor actor, String jurisdiction, String status) {
        var q = em.createQuery("SELECT t FROM TipOffEntity t WHERE t.jurisdiction = ?1"
                + (blank(status) == null ? "" : " AND t.status = ?2") + " ORDER BY t.id DESC", TipOffEntity.class)
                .setParameter(1, jurisdiction);
        if (blank(status) != null) {
            q.setParameter(2, status.strip());
        }
        return q.getResultList().stream().filter(e -> sighted(actor, e));
    }

    private interface Change {
        void apply(EntityManager em, TipOffEntity e);
    }

    private TipOffDTO step(Actor actor, long id, String action, Change change) {
        return jpa.txExpr(TransactionType.Required, em -> {
            TipOffEntity e = handling(em, actor, id);
            ModuleSettings.requireEnabled(settings, TipOffSettingsDeclaration.MODULE, TipOffSettingsDeclaration.LABEL,
                    e.unit);
            String before = e.status;
            change.apply(em, e);
            em.flush();
            audit.append(actor, action, "tipoff", e.id.toString(), before, e.status);
            return toDto(e, handler(actor, e));
        });
    }

    /** The tip-off, for a step by its handling unit's side. */
    private TipOffEntity handling(EntityManager em, Actor actor, long id) {
        TipOffEntity e = em.find(TipOffEntity.class, id);
        if (e == null || !sighted(actor, e)) {
            throw LuoshiException.notFound("举报 " + id + " 不存在或无权查看");
        }
        if (!ownLevel(actor, e.unit)) {
            throw LuoshiException.forbidden("此举报现由 “" + name(e.unit) + "” 办理");
        }
        return e;
    }

    /**
     * Whether the unit is on the actor's own level: one the actor may see that belongs to the same region (province,
     * city, county, town) as one of the actor's units. A superior that sees a lower region's case does not handle it
     * (and so never becomes a handler who reads the reporter's identity).
     */
    private boolean ownLevel(Actor actor, String unit) {
        if (!actor.canSee(unit)) {
            return false;
        }
        String region = region(unit);
        return actor.units().stream().anyMatch(u -> region(u).equals(region));
    }

    private boolean sighted(Actor actor, TipOffEntity e) {
        return actor.canSee(e.unit) || readList(e.sightJson, String.class).stream().anyMatch(actor::canSee);
    }

    private boolean handler(Actor actor, TipOffEntity e) {
        return readList(e.handlersJson, String.class).contains(actor.name());
    }

    private static void expect(TipOffEntity e, String what, String... statuses) {
        if (!List.of(statuses).contains(e.status)) {
            throw new LuoshiException(LuoshiException.Kind.CONFLICT, "举报当前为“" + LABELS.get(e.status) + "”，不能" + what);
        }
    }

    private TipOffDTO toDto(TipOffEntity e, boolean withIdentity) {
        return toDto(e, withIdentity, true);
    }

    /** Lists leave the photos out (one query per row otherwise); a single tip-off carries them. */
    private TipOffDTO toDto(TipOffEntity e, boolean withIdentity, boolean withPhotos) {
        TipOffDTO d = new TipOffDTO();
        d.id = e.id;
        d.jurisdiction = e.jurisdiction;
        d.channel = e.channel;
        d.receivedOn = e.receivedOn.toString();
        d.unit = e.unit;
        d.registeringUnit = e.registeringUnit;
        d.subject = e.subject;
        d.content = e.content;
        d.place = e.place;
        d.anonymous = e.anonymous;
        d.replyChannel = e.replyChannel;
        if (withIdentity && !e.anonymous) {
            d.reporterName = openOrMark(e, "reporterName", e.reporterNameSealed);
            d.reporterContact = openOrMark(e, "reporterContact", e.reporterContactSealed);
        }
        d.identityWithheld = !e.anonymous && !withIdentity;
        d.status = e.status;
        d.acceptDeadline = e.acceptDeadline.toString();
        d.overdue = List.of("RECEIVED", "NEEDS_MATERIAL").contains(e.status) && e.acceptDeadline.isBefore(LocalDate.now(ZONE));
        d.decisionNote = e.decisionNote;
        d.materials = readList(e.materialsJson, MaterialDTO.class);
        if (withPhotos) {
            for (FileDTO f : photos(e)) {
                d.photos.add(f.id);
            }
        }
        d.routes = readList(e.routesJson, RouteDTO.class);
        d.outcome = e.outcome;
        d.outcomeAction = e.outcomeAction;
        d.hazardId = e.hazardId;
        d.enterpriseId = e.enterpriseId;
        d.enterpriseName = e.enterpriseName;
        d.decidedOn = e.decidedOn == null ? null : e.decidedOn.toString();
        d.reply = e.reply;
        d.report = e.report;
        d.closedAt = e.closedAt == null ? null : e.closedAt.atZone(ZONE).toOffsetDateTime().toString();
        if ("CLOSED".equals(e.status)) {
            for (RouteDTO r : d.routes) {
                if (!r.from.equals(e.unit) && !d.reportedTo.contains(r.from)) {
                    d.reportedTo.add(r.from);
                }
            }
        }
        d.rewardAmount = e.rewardAmount == null ? null : e.rewardAmount.toPlainString();
        d.rewardApprovedBy = e.rewardApprovedBy;
        d.rewardApprovedAt = e.rewardApprovedAt == null ? null : e.rewardApprovedAt.atZone(ZONE).toOffsetDateTime().toString();
        d.rewardPaidAt = e.rewardPaidAt == null ? null : e.rewardPaidAt.atZone(ZONE).toOffsetDateTime().toString();
        d.rewardPaymentRecord = e.rewardPaymentRecord;
        d.registeredBy = e.registeredBy;
        return d;
    }

    private UnitDTO unit(String id, String field) {
        return jurisdictions.unit(id).orElseThrow(() -> new LuoshiException(LuoshiException.Kind.INVALID,
                "单位 “" + id + "” 不存在", Map.of(field, "未知单位")));
    }

    private String name(String unitId) {
        return jurisdictions.unit(unitId).map(u -> u.name).orElse(unitId);
    }

    /** A list kept as JSON in a column of {@code max} characters: refused (409) rather than failing the write. */
    private static String within(String json, int max, String refusal) {
        if (json.length() > max) {
            throw new LuoshiException(LuoshiException.Kind.CONFLICT, refusal);
        }
        return json;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String now() {
        return LocalDateTime.now(ZONE).atZone(ZONE).toOffsetDateTime().toString();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> List<T> readList(String text, Class<T> type) {
        try {
            return text == null ? new ArrayList<>()
                    : json.readValue(text, json.getTypeFactory().constructCollectionType(ArrayList.class, type));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

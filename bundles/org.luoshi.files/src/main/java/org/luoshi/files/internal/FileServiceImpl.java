package org.luoshi.files.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.luoshi.api.Actor;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.audit.AuditTrail;
import org.luoshi.api.file.FileDTO;
import org.luoshi.api.file.FileService;
import org.luoshi.api.jurisdiction.JurisdictionRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Files in the database, checked by size and content, hashed, readable by their unit's side; every upload audited. */
@Component(service = FileService.class, configurationPid = "org.luoshi.files")
@Designate(ocd = FileServiceImpl.Config.class)
public class FileServiceImpl implements FileService {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @ObjectClassDefinition(name = "Luoshi files")
    public @interface Config {
        @AttributeDefinition(description = "Largest file accepted, in bytes")
        long maxBytes() default 10L * 1024 * 1024;
    }

    private final JpaTemplate jpa;
    private final JurisdictionRegistry jurisdictions;
    private final AuditTrail audit;
    private final long maxBytes;

    @Activate
    public FileServiceImpl(@Reference(target = "(osgi.unit.name=luoshi-files)") JpaTemplate jpa,
            @Reference JurisdictionRegistry jurisdictions, @Reference AuditTrail audit, Config config) {
        this.jpa = jpa;
        this.jurisdictions = jurisdictions;
        this.audit = audit;
        this.maxBytes = config.maxBytes();
    }

    @Override
    public FileDTO store(Actor actor, String ownerType, long ownerId, String unit, List<String> readers, String name,
            byte[] content) {
        actor.requireWrite(); // before the content goes to disk
        List<String> also = readers == null ? List.of() : readers;
        for (String r : also) {
            if (r == null || jurisdictions.unit(r).isEmpty()) {
                throw new LuoshiException(LuoshiException.Kind.INVALID, "单位 “" + r + "” 不存在", Map.of("readers", "未知单位"));
            }
        }
        if (ownerType == null || !ownerType.matches("[a-z]{2,20}")) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, "文件所属记录类型有误", Map.of("ownerType", "类型有误"));
        }
        if (unit == null || jurisdictions.unit(unit).isEmpty()) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, "单位 “" + unit + "” 不存在", Map.of("unit", "未知单位"));
        }
        if (!actor.canSee(unit)) {
            throw LuoshiException.forbidden("无权为该单位上传文件");
        }
        if (content == null || content.length == 0) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, "文件为空", Map.of("content", "文件为空"));
        }
        if (content.length > maxBytes) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, "文件超过 " + maxBytes / 1024 / 1024 + " MB 上限",
                    Map.of("content", "文件过大"));
        }
        String type = ContentTypes.detect(content);
        if (type == null) {
            throw new LuoshiException(LuoshiException.Kind.INVALID,
                    "只接受 PDF、JPEG、PNG、纯文本和 Word/Excel 文档（按文件内容识别）", Map.of("content", "文件类型不允许"));
        }
        String hash = sha256(content);
        return jpa.txExpr(TransactionType.Required, em -> {
            FileEntity e = new FileEntity();
            e.ownerType = ownerType;
            e.ownerId = ownerId;
            e.unit = unit;
            e.readers = "|" + String.join("|", also) + "|";
            e.name = ContentTypes.cleanName(name);
            e.mediaType = type;
            e.size = content.length;
            e.sha256 = hash;
            e.content = content;
            e.uploadedBy = actor.name();
            e.uploadedAt = LocalDateTime.now(ZONE);
            em.persist(e);
            em.flush();
            audit.append(actor, "file.store", "file", e.id.toString(), null,
                    ownerType + ":" + ownerId + " " + type + " " + content.length + " sha256=" + hash);
            return toDto(e);
        });
    }

    @Override
    public FileDTO get(Actor actor, long id) {
        return jpa.txExpr(TransactionType.Required, em -> toDto(find(em, actor, id)));
    }

    @Override
    public byte[] content(Actor actor, long id) {
        return jpa.txExpr(TransactionType.Required, em -> {
            FileEntity e = find(em, actor, id);
            byte[] bytes = e.content;
            if (!sha256(bytes).equals(e.sha256)) {
                throw new LuoshiException(LuoshiException.Kind.CONFLICT, "文件内容与登记的哈希值不符，已拒绝提供");
            }
            return bytes;
        });
    }

    @Override
    public List<FileDTO> list(Actor actor, String ownerType, long ownerId) {
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "SELECT f FROM FileEntity f WHERE f.ownerType = ?1 AND f.ownerId = ?2 ORDER BY f.id", FileEntity.class)
                .setParameter(1, ownerType).setParameter(2, ownerId).getResultList().stream()
                .filter(f -> readable(actor, f)).map(FileServiceImpl::toDto).toList());
    }

    private static FileEntity find(javax.persistence.EntityManager em, Actor actor, long id) {
        FileEntity e = em.find(FileEntity.class, id);
        if (e == null || !readable(actor, e)) {
            throw LuoshiException.notFound("文件 " + id + " 不存在或无权查看");
        }
        return e;
    }

    private static boolean readable(Actor actor, FileEntity e) {
        if (actor.canSee(e.unit)) {
            return true;
        }
        for (String r : e.readers.split("\\|")) {
            if (!r.isEmpty() && actor.canSee(r)) {
                return true;
            }
        }
        return false;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FileDTO toDto(FileEntity e) {
        FileDTO d = new FileDTO();
        d.id = e.id;
        d.ownerType = e.ownerType;
        d.ownerId = e.ownerId;
        d.unit = e.unit;
        for (String r : e.readers.split("\\|")) {
            if (!r.isEmpty()) {
                d.readers.add(r);
            }
        }
        d.name = e.name;
        d.mediaType = e.mediaType;
        d.size = e.size;
        d.sha256 = e.sha256;
        d.uploadedBy = e.uploadedBy;
        d.uploadedAt = e.uploadedAt.atZone(ZONE).toOffsetDateTime().toString();
        return d;
    }
}

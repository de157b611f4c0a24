package org.luoshi.ui.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.luoshi.api.Actor;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.file.FileDTO;
import org.luoshi.api.file.FileService;
import org.luoshi.api.jurisdiction.JurisdictionRegistry;

/**
 * A file store with the rules of the real one (org.luoshi.files): at most 10 MiB, only PDF, JPEG, PNG, UTF-8 text and
 * Word/Excel (OOXML) recognised by their content (a renamed executable is refused), SHA-256 hashes, names cleaned of
 * paths, readable by the file's unit (and the levels above it) and its reader units.
 */
public final class InMemoryFiles implements FileService {
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    public final Map<Long, FileDTO> files = new LinkedHashMap<>();
    public final Map<Long, byte[]> contents = new LinkedHashMap<>();
    private final JurisdictionRegistry registry;
    private final AtomicLong ids = new AtomicLong();

    public InMemoryFiles(JurisdictionRegistry registry) {
        this.registry = registry;
    }

    @Override
    public synchronized FileDTO store(Actor actor, String ownerType, long ownerId, String unit, List<String> readers,
            String name, byte[] content) {
        List<String> also = readers == null ? List.of() : readers;
        for (String r : also) {
            if (r == null || registry.unit(r).isEmpty()) {
                throw new LuoshiException(LuoshiException.Kind.INVALID, "单位 “" + r + "” 不存在", Map.of("readers", "未知单位"));
            }
        }
        if (ownerType == null || !ownerType.matches("[a-z]{2,20}")) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, "文件所属记录类型有误", Map.of("ownerType", "类型有误"));
        }
        if (unit == null || registry.unit(unit).isEmpty()) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, "单位 “" + unit + "” 不存在", Map.of("unit", "未知单位"));
        }
        if (!actor.canSee(unit)) {
            throw LuoshiException.forbidden("无权为该单位上传文件");
        }
        if (content == null || content.length == 0) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, "文件为空", Map.of("content", "文件为空"));
        }
        if (content.length > MAX_BYTES) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, "文件超过 10 MB 上限", Map.of("content", "文件过大"));
        }
        String type = detect(content);
        if (type == null) {
            throw new LuoshiException(LuoshiException.Kind.INVALID,
                    "只接受 PDF、JPEG、PNG、纯文本和 Word/Excel 文档（按文件内容识别）", Map.of("content", "文件类型不允许"));
        }
        FileDTO f = new FileDTO();
        f.id = ids.incrementAndGet();
        f.ownerType = ownerType;
        f.ownerId = ownerId;
        f.unit = unit;
        f.readers = new ArrayList<>(also);
        f.name = cleanName(name);
        f.mediaType = type;
        f.size = content.length;
        f.sha256 = sha256(content);
        f.uploadedBy = actor.name();
        f.uploadedAt = OffsetDateTime.now(InMemoryServices.ZONE).toString();
        files.put(f.id, f);
        contents.put(f.id, content.clone());
        return copy(f);
    }

    @Override
    public synchronized FileDTO get(Actor actor, long id) {
        return copy(find(actor, id));
    }

    @Override
    public synchronized byte[] content(Actor actor, long id) {
        return contents.get(find(actor, id).id).clone();
    }

    @Override
    public synchronized List<FileDTO> list(Actor actor, String ownerType, long ownerId) {
        return files.values().stream().filter(f -> f.ownerType.equals(ownerType) && f.ownerId == ownerId)
                .filter(f -> readable(actor, f)).map(InMemoryFiles::copy).toList();
    }

    /** The files of a record, whoever may read them (for the tests' assertions). */
    public synchronized List<FileDTO> of(String ownerType, long ownerId) {
        return files.values().stream().filter(f -> f.ownerType.equals(ownerType) && f.ownerId == ownerId).toList();
    }

    private FileDTO find(Actor actor, long id) {
        FileDTO f = files.get(id);
        if (f == null || !readable(actor, f)) {
            throw LuoshiException.notFound("文件 " + id + " 不存在或无权查看");
        }
        return f;
    }

    private static boolean readable(Actor actor, FileDTO f) {
        return actor.canSee(f.unit) || f.readers.stream().anyMatch(actor::canSee);
    }

    private static FileDTO copy(FileDTO in) {
        FileDTO f = new FileDTO();
        f.id = in.id;
        f.ownerType = in.ownerType;
        f.ownerId = in.ownerId;
        f.unit = in.unit;
        f.readers = new ArrayList<>(in.readers);
        f.name = in.name;
        f.mediaType = in.mediaType;
        f.size = in.size;
        f.sha256 = in.sha256;
        f.uploadedBy = in.uploadedBy;
        f.uploadedAt = in.uploadedAt;
        return f;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The allowed types by content, as the real service recognises them; null for anything else. */
    public static String detect(byte[] b) {
        if (starts(b, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
            return "application/pdf";
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (starts(b, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (starts(b, 0x50, 0x4B, 0x03, 0x04)) {
            return ooxml(b);
        }
        for (byte x : b) {
            if (x == 0) {
                return null;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
            return "text/plain";
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String ooxml(byte[] b) {
        boolean types = false;
        String kind = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(b))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
                String n = e.getName();
                if (n.contains("..") || n.startsWith("/") || n.toLowerCase().endsWith("vbaproject.bin")) {
                    return null;
                }
                types |= n.equals("[Content_Types].xml");
                kind = n.startsWith("word/") ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                        : n.startsWith("xl/") ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : kind;
            }
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
        return types ? kind : null;
    }

    private static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    public static String cleanName(String name) {
        String n = name == null ? "" : name.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").strip();
        if (n.isEmpty() || n.equals(".") || n.equals("..")) {
            n = "文件";
        }
        return n.length() > 200 ? n.substring(n.length() - 200) : n;
    }
}

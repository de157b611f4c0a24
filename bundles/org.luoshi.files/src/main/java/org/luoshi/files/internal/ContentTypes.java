package org.luoshi.files.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Recognises the allowed types by their content; anything else (and any disguise) is refused as null. */
final class ContentTypes {
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ContentTypes() {
    }

    static String detect(byte[] b) {
        if (starts(b, 0x25, 0x50, 0x44, 0x46, 0x2D)) { // %PDF-
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
        return text(b) ? "text/plain" : null;
    }

    /**
     * A Word or Excel document: a ZIP with [Content_Types].xml and word/ or xl/ parts, and no macros. Office reads a
     * ZIP by its central directory and a stream reader by its local headers; both are read here and must name the same
     * entries in the same order, so a part renamed in one of them (a macro hidden from one reader) is refused.
     */
    private static String ooxml(byte[] b) {
        List<String> central = centralDirectory(b);
        if (central == null || central.isEmpty() || central.size() > 2000 || new HashSet<>(central).size() != central.size()) {
            return null;
        }
        List<String> local = new ArrayList<>();
        String contentTypes = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(b))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
                if (local.size() >= central.size()) {
                    return null;
                }
                local.add(e.getName());
                if (e.getName().equals("[Content_Types].xml")) {
                    contentTypes = new String(zip.readNBytes(1 << 20), StandardCharsets.UTF_8);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
        if (!local.equals(central) || contentTypes == null) {
            return null;
        }
        String lowerTypes = contentTypes.toLowerCase(Locale.ROOT);
        if (lowerTypes.contains("vbaproject") || lowerTypes.contains("macroenabled")) {
            return null;
        }
        String kind = null;
        for (String n : central) {
            String lower = n.toLowerCase(Locale.ROOT);
            if (n.contains("..") || n.startsWith("/") || n.contains("\\") || lower.endsWith(".bin") && lower.contains("vba")) {
                return null;
            }
            kind = n.startsWith("word/") ? DOCX : n.startsWith("xl/") ? XLSX : kind;
        }
        return kind;
    }

    /** The entry names of a ZIP's central directory, or null when there is none that is consistent (or ZIP64). */
    static List<String> centralDirectory(byte[] b) {
        int eocd = -1;
        for (int i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xFFFF); i--) {
            if (u32(b, i) == 0x06054b50L) {
                eocd = i;
                break;
            }
        }
        if (eocd < 0) {
            return null;
        }
        int count = u16(b, eocd + 10);
        long size = u32(b, eocd + 12);
        long offset = u32(b, eocd + 16);
        if (u16(b, eocd + 4) != 0 || count == 0xFFFF || offset + size > eocd) {
            return null; // multi-disk, ZIP64, or a directory that does not end where the record says
        }
        List<String> names = new ArrayList<>(Math.min(count, 2001));
        int p = (int) offset;
        for (int k = 0; k < count; k++) {
            if (p + 46 > eocd || u32(b, p) != 0x02014b50L) {
                return null;
            }
            int nameLength = u16(b, p + 28);
            int next = p + 46 + nameLength + u16(b, p + 30) + u16(b, p + 32);
            if (next > eocd || names.size() > 2000) {
                return null;
            }
            names.add(new String(b, p + 46, nameLength, StandardCharsets.UTF_8)); // as ZipInputStream decodes them
            p = next;
        }
        return names;
    }

    private static int u16(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] b, int i) {
        return (u16(b, i) | (long) u16(b, i + 2) << 16) & 0xFFFFFFFFL;
    }

    private static boolean text(byte[] b) {
        for (byte x : b) {
            if (x == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
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

    /** A display name: the last path segment, without control characters, at most 200 characters. */
    static String cleanName(String name) {
        String n = name == null ? "" : name.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").strip();
        if (n.isEmpty() || n.equals(".") || n.equals("..")) {
            n = "文件";
        }
        return n.length() > 200 ? n.substring(n.length() - 200) : n;
    }
}

package org.luoshi.files.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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

    /** A Word or Excel document: a ZIP with [Content_Types].xml and word/ or xl/ parts, and no macros. */
    private static String ooxml(byte[] b) {
        boolean types = false;
        String kind = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(b))) {
            int entries = 0;
            for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
                if (++entries > 2000) {
                    return null;
                }
                String n = e.getName();
                if (n.contains("..") || n.startsWith("/") || n.toLowerCase().endsWith("vbaproject.bin")) {
                    return null;
                }
                types |= n.equals("[Content_Types].xml");
                kind = n.startsWith("word/") ? DOCX : n.startsWith("xl/") ? XLSX : kind;
            }
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
        return types ? kind : null;
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

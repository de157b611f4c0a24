package org.luoshi.files.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

class ContentTypesTest {
    static byte[] zip(String... names) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (String n : names) {
                z.putNextEntry(new ZipEntry(n));
                z.write("<x/>".getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void allowedTypesAreRecognisedByContent() throws IOException {
        assertEquals("application/pdf", ContentTypes.detect("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("image/jpeg", ContentTypes.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x10}));
        assertEquals("image/png", ContentTypes.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0}));
        assertEquals("text/plain", ContentTypes.detect("核查笔录：……".getBytes(StandardCharsets.UTF_8)));
        assertEquals(ContentTypes.DOCX, ContentTypes.detect(zip("[Content_Types].xml", "word/document.xml")));
        assertEquals(ContentTypes.XLSX, ContentTypes.detect(zip("[Content_Types].xml", "xl/workbook.xml")));
    }

    @Test
    void anythingElseAndDisguisesAreRefused() throws IOException {
        assertNull(ContentTypes.detect(new byte[] {'M', 'Z', 0, 0, 3}), "an executable");
        assertNull(ContentTypes.detect(zip("evil.sh")), "a plain zip");
        assertNull(ContentTypes.detect(zip("[Content_Types].xml", "word/document.xml", "word/vbaProject.bin")), "macros");
        assertNull(ContentTypes.detect(zip("[Content_Types].xml", "../../etc/passwd")), "zip slip");
        assertNull(ContentTypes.detect(new byte[] {(byte) 0xC3, 0x28}), "not UTF-8");
    }

    /** Replaces the first (local header) or last (central directory) occurrence of a name by one of the same length. */
    static byte[] rename(byte[] zip, String from, String to, boolean local) {
        byte[] f = from.getBytes(StandardCharsets.UTF_8);
        byte[] t = to.getBytes(StandardCharsets.UTF_8);
        byte[] out = zip.clone();
        int found = -1;
        for (int i = 0; i + f.length <= out.length; i++) {
            if (java.util.Arrays.equals(out, i, i + f.length, f, 0, f.length)) {
                found = i;
                if (local) {
                    break;
                }
            }
        }
        System.arraycopy(t, 0, out, found, t.length);
        return out;
    }

    @Test
    void aMacroHiddenFromOneOfTheTwoDirectoriesIsRefused() throws IOException {
        byte[] macro = zip("[Content_Types].xml", "word/document.xml", "word/vbaProject.bin");
        byte[] localRenamed = rename(macro, "word/vbaProject.bin", "word/vbaProjecx.xml", true);
        byte[] centralRenamed = rename(macro, "word/vbaProject.bin", "word/vbaProjecx.xml", false);
        assertEquals(java.util.List.of("[Content_Types].xml", "word/document.xml", "word/vbaProject.bin"),
                ContentTypes.centralDirectory(localRenamed), "Office's view: the central directory still names the macro");
        assertNull(ContentTypes.detect(localRenamed), "local header renamed, central directory names the macro");
        assertNull(ContentTypes.detect(centralRenamed), "central directory renamed");
        byte[] clean = zip("[Content_Types].xml", "word/document.xml", "word/styles.xml");
        assertEquals(ContentTypes.DOCX, ContentTypes.detect(clean));
        assertNull(ContentTypes.detect(rename(clean, "word/styles.xml", "word/stylez.xml", true)), "directories disagree");
        assertNull(ContentTypes.detect(java.util.Arrays.copyOf(clean, clean.length - 10)), "truncated: no central directory");
        assertNull(ContentTypes.detect(zipWithTypes("application/vnd.ms-word.document.macroEnabled.main+xml")),
                "macro-enabled content type");
        assertEquals(ContentTypes.DOCX, ContentTypes.detect(zipWithTypes(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")));
    }

    static byte[] zipWithTypes(String type) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            z.write(("<Types><Override PartName=\"/word/document.xml\" ContentType=\"" + type + "\"/></Types>")
                    .getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
            z.putNextEntry(new ZipEntry("word/document.xml"));
            z.write("<x/>".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return out.toByteArray();
    }

    @Test
    void namesLoseTheirPaths() {
        assertEquals("passwd", ContentTypes.cleanName("../../etc/passwd"));
        assertEquals("证据.pdf", ContentTypes.cleanName("C:\\Users\\x\\证据.pdf"));
        assertEquals("文件", ContentTypes.cleanName(".."));
    }
}

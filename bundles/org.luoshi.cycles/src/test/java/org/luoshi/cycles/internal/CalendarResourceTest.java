package org.luoshi.cycles.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.Principal;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.ws.rs.core.Cookie;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.SecurityContext;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.api.Actor;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.cycle.CalendarYearDTO;
import org.luoshi.cycles.internal.rest.CalendarResource;

/** {@code /api/admin/calendar} on the real calendar (the years are the INVENTED test years of {@link CalendarUploadTest}). */
class CalendarResourceTest {
    @TempDir
    Path dir;
    private CalendarServiceImpl calendar;
    private CalendarResource resource;

    @BeforeEach
    void start() {
        calendar = new CalendarServiceImpl(dir);
        calendar.audit = new CalendarUploadTest() {
        }.auditTrail();
        resource = new CalendarResource(calendar);
    }

    static SecurityContext as(Actor actor) {
        return new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return actor;
            }

            @Override
            public boolean isUserInRole(String role) {
                return actor.roles().contains(role);
            }

            @Override
            public boolean isSecure() {
                return false;
            }

            @Override
            public String getAuthenticationScheme() {
                return BASIC_AUTH;
            }
        };
    }

    static HttpHeaders headers(MediaType type, int length) {
        return new HttpHeaders() {
            @Override
            public List<String> getRequestHeader(String name) {
                return List.of();
            }

            @Override
            public String getHeaderString(String name) {
                return null;
            }

            @Override
            public MultivaluedMap<String, String> getRequestHeaders() {
                return null;
            }

            @Override
            public List<MediaType> getAcceptableMediaTypes() {
                return List.of();
            }

            @Override
            public List<Locale> getAcceptableLanguages() {
                return List.of();
            }

            @Override
            public MediaType getMediaType() {
                return type;
            }

            @Override
            public Locale getLanguage() {
                return null;
            }

            @Override
            public Map<String, Cookie> getCookies() {
                return Map.of();
            }

            @Override
            public Date getDate() {
                return null;
            }

            @Override
            public int getLength() {
                return length;
            }
        };
    }

    static final MediaType TSV = new MediaType("text", "tab-separated-values", StandardCharsets.UTF_8.name());

    private static InputStream body(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anAdministratorListsLoadsAndRemoves() {
        Map<String, Object> listed = resource.years(as(CalendarUploadTest.ADMIN));
        assertEquals(2022, listed.get("firstYear"));
        assertEquals(5, ((List<?>) listed.get("years")).size());
        assertTrue(listed.containsKey("warning"));

        CalendarYearDTO y = resource.upload(as(CalendarUploadTest.ADMIN), headers(TSV, -1), "2031",
                body(CalendarUploadTest.INVENTED_2031));
        assertEquals(2031, y.year);
        assertTrue(calendar.covers(2031));
        assertEquals(6, ((List<?>) resource.years(as(CalendarUploadTest.ADMIN)).get("years")).size());
        // (DELETE answers 204 through Response.noContent(), which needs the JAX-RS runtime: CalendarIT checks it)
        calendar.remove(CalendarUploadTest.ADMIN, 2031);
        assertFalse(calendar.covers(2031));
    }

    @Test
    void othersAreRefusedBeforeTheBodyIsRead() {
        AtomicBoolean read = new AtomicBoolean();
        InputStream watched = new InputStream() {
            @Override
            public int read() throws IOException {
                read.set(true);
                return -1;
            }
        };
        LuoshiException e = assertThrows(LuoshiException.class, () -> resource.upload(as(CalendarUploadTest.CITY),
                headers(TSV, 10), "2031", watched));
        assertEquals(LuoshiException.Kind.FORBIDDEN, e.kind());
        assertFalse(read.get());
        assertEquals(LuoshiException.Kind.FORBIDDEN,
                assertThrows(LuoshiException.class, () -> resource.years(as(CalendarUploadTest.CITY))).kind());
        assertEquals(LuoshiException.Kind.FORBIDDEN,
                assertThrows(LuoshiException.class, () -> resource.remove(as(CalendarUploadTest.CITY), "2031")).kind());
    }

    @Test
    void aBrokenBodyIsA400NamingTheLine() {
        LuoshiException bad = assertThrows(LuoshiException.class, () -> resource.upload(as(CalendarUploadTest.ADMIN),
                headers(MediaType.TEXT_PLAIN_TYPE, -1), "2031",
                body(CalendarUploadTest.INVENTED_2031 + "2031-01-08\tWORKDAY\t调休\n")));
        assertEquals(LuoshiException.Kind.INVALID, bad.kind());
        assertTrue(bad.fieldErrors().containsKey("line19"), bad.fieldErrors().toString());

        LuoshiException large = assertThrows(LuoshiException.class, () -> resource.upload(as(CalendarUploadTest.ADMIN),
                headers(TSV, 65 * 1024), "2031", body("")));
        assertEquals("文件过大（最大 64 KB）", large.fieldErrors().get("content"));
        LuoshiException streamed = assertThrows(LuoshiException.class, () -> resource.upload(
                as(CalendarUploadTest.ADMIN), headers(TSV, -1), "2031", body("#".repeat(70_000))));
        assertEquals("文件过大（最大 64 KB）", streamed.fieldErrors().get("content"));

        byte[] gbk = CalendarUploadTest.INVENTED_2031.getBytes(Charset.forName("GBK"));
        LuoshiException notUtf8 = assertThrows(LuoshiException.class, () -> resource.upload(as(CalendarUploadTest.ADMIN),
                headers(TSV, -1), "2031", new ByteArrayInputStream(gbk)));
        assertTrue(notUtf8.getMessage().contains("UTF-8"), notUtf8.getMessage());
        LuoshiException gbkDeclared = assertThrows(LuoshiException.class, () -> resource.upload(
                as(CalendarUploadTest.ADMIN), headers(new MediaType("text", "plain", "GBK"), -1), "2031",
                new ByteArrayInputStream(gbk)));
        assertTrue(gbkDeclared.getMessage().contains("UTF-8"), gbkDeclared.getMessage());
        assertFalse(calendar.covers(2031));
    }
}

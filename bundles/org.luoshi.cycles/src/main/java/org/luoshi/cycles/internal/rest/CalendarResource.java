package org.luoshi.cycles.internal.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.NotSupportedException;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.luoshi.api.Actor;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.cycle.CalendarService;
import org.luoshi.api.cycle.CalendarYearDTO;
import org.luoshi.api.rest.RestSupport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code /api/admin/calendar}: the statutory calendar's years (shipped, or loaded by an administrator) and the warning
 * about a year without an arrangement; loading one year's arrangement (the TSV text as the body) and removing it.
 * Administrators only; the service decides the changes, this resource refuses everyone else before reading a body.
 */
@Path("/admin/calendar")
@Produces(RestSupport.JSON)
@Tag(name = "平台")
@Component(service = CalendarResource.class, property = {RestSupport.RESOURCE, RestSupport.APPLICATION})
public class CalendarResource {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** The media types an arrangement may be sent as (besides none): it is text, UTF-8. */
    static final String TSV = "text/tab-separated-values";

    private final CalendarService calendar;

    @Activate
    public CalendarResource(@Reference CalendarService calendar) {
        this.calendar = calendar;
    }

    @GET
    @Operation(summary = "法定节假日安排：已知年份（随平台发布或管理员载入）、放假与调休天数及未载入年份的提醒（管理员）")
    public Map<String, Object> years(@Context SecurityContext sc) {
        requireAdmin(RestSupport.actor(sc));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("firstYear", calendar.firstYear());
        out.put("lastYear", calendar.lastYear());
        out.put("years", calendar.years());
        out.put("warning", calendar.warning(LocalDate.now(ZONE)));
        return out;
    }

    @PUT
    @Path("{year:[0-9][0-9][0-9][0-9]}")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "载入或替换一年的法定节假日安排（请求体为 TSV 文本：日期、HOLIDAY 或 WORKDAY、名称，UTF-8，"
            + "不超过 64 KB；先整体校验，有误则逐行列出、不作保存；随平台发布的年份不可替换；管理员）")
    public CalendarYearDTO upload(@Context SecurityContext sc, @Context HttpHeaders headers,
            @PathParam("year") String year, InputStream body) {
        Actor actor = RestSupport.actor(sc);
        requireAdmin(actor);
        MediaType type = headers.getMediaType();
        if (type != null && !type.isWildcardType() && !"text".equalsIgnoreCase(type.getType())
                && !type.isCompatible(MediaType.APPLICATION_OCTET_STREAM_TYPE)) {
            throw new NotSupportedException("请以 " + TSV + " 或 text/plain（UTF-8）发送节假日安排");
        }
        String charset = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !charset.strip().replace("\"", "").equalsIgnoreCase("UTF-8")
                && !charset.strip().replace("\"", "").equalsIgnoreCase("utf8")) {
            throw RestSupport.bad("content", "节假日安排应为 UTF-8 编码，而不是 " + charset);
        }
        byte[] bytes = read(body, headers.getLength(), CalendarService.MAX_UPLOAD_BYTES);
        return calendar.upload(actor, RestSupport.integer("year", year, 1000, 9999), decode(bytes));
    }

    @DELETE
    @Path("{year:[0-9][0-9][0-9][0-9]}")
    @Operation(summary = "删除管理员载入的一年法定节假日安排（该年报送截止日重新按周末临时计算；随平台发布的年份不可删除；管理员）")
    public Response remove(@Context SecurityContext sc, @PathParam("year") String year) {
        calendar.remove(RestSupport.actor(sc), RestSupport.integer("year", year, 1000, 9999));
        return Response.noContent().build();
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.roles().contains(Actor.ROLE_ADMIN)) {
            throw LuoshiException.forbidden("只有管理员可以查看、载入或删除法定节假日安排");
        }
    }

    /** The body, at most {@code limit} bytes: a larger one is refused before (by its length) or while it is read. */
    static byte[] read(InputStream in, long declared, int limit) {
        if (declared > limit) {
            throw tooLarge(limit);
        }
        if (in == null) {
            return new byte[0];
        }
        try (InputStream body = in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            for (int n; (n = body.read(buf)) > 0;) {
                out.write(buf, 0, n);
                if (out.size() > limit) {
                    throw tooLarge(limit);
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw RestSupport.bad("content", "文件未能完整接收，请重试");
        }
    }

    private static LuoshiException tooLarge(int limit) {
        return RestSupport.bad("content", "文件过大（最大 " + limit / 1024 + " KB）");
    }

    /** UTF-8, strictly: a file in another encoding (e.g. GBK) is refused rather than read as something else. */
    static String decode(byte[] bytes) {
        try {
            return java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw RestSupport.bad("content", "文件不是 UTF-8 编码，请另存为 UTF-8 后再上传");
        }
    }
}

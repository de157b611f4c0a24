package org.luoshi.api.rest;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.luoshi.api.Actor;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.export.ExportHeaderDTO;
import org.luoshi.api.export.ExportService;
import org.luoshi.api.export.Rows;
import org.luoshi.api.jurisdiction.JurisdictionRegistry;

/**
 * What a module's list downloads share: every matching row streamed page by page ({@link #stream}: the first page is
 * read before anything is sent, so a bad filter is still a 4xx, and the total goes out as {@code X-Total-Count}), the
 * form's 填报单位 / 时间 / 审核人 / 填报人 / 联系方式 lines from the query ({@code fillingUnit}, {@code reviewer},
 * {@code filler}, {@code contact}), and the file's name.
 */
public final class Downloads {
    /** The most rows {@link #all} gathers in memory (a streamed download has no such cap: {@link #stream}). */
    public static final int MAX_ROWS = 5000;
    /** The response header carrying the number of rows of a streamed download. */
    public static final String TOTAL_HEADER = "X-Total-Count";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private Downloads() {
    }

    /** One page of rows and the total number of matching rows. */
    public record Chunk<T>(List<T> items, long total) {
    }

    /**
     * An {@code .xlsx} download named {@code <title>-<today>.xlsx} of every row of a paged list ({@code page}: offset →
     * a page of {@link Rows#BATCH} rows and the total), written by {@code write} as the rows are read. The first page is
     * read here, before the response starts: a refusal or a bad filter is an ordinary error answer; a list longer than
     * {@link ExportService#MAX_ROWS} is refused (INVALID) with the advice to narrow the filters.
     */
    public static <T> Response stream(String title, IntFunction<Chunk<T>> page,
            java.util.function.BiConsumer<java.util.Iterator<T>, java.io.OutputStream> write) {
        Chunk<T> first = page.apply(0);
        if (first.total() > ExportService.MAX_ROWS) {
            throw LuoshiException.invalid("共 " + first.total() + " 条，超过单个工作表 " + ExportService.MAX_ROWS
                    + " 条的上限，请缩小筛选范围后分批导出");
        }
        java.util.Iterator<T> rows = Rows.paged(first.items(), (offset, limit) -> page.apply(offset).items());
        javax.ws.rs.core.StreamingOutput body = out -> write.accept(rows, out);
        String name = title + "-" + LocalDate.now(ZONE) + ".xlsx";
        return Response.ok(body, ExportService.XLSX).header("Content-Disposition", "attachment; filename*=UTF-8''"
                + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"))
                .header(TOTAL_HEADER, first.total()).build();
    }

    /** Every row, asking page after page from the given offset until the total (or {@value #MAX_ROWS}) is reached. */
    public static <T> List<T> all(IntFunction<Chunk<T>> page) {
        List<T> out = new ArrayList<>();
        while (out.size() < MAX_ROWS) {
            Chunk<T> c = page.apply(out.size());
            out.addAll(c.items());
            if (c.items().isEmpty() || out.size() >= c.total()) {
                break;
            }
        }
        return out.size() > MAX_ROWS ? out.subList(0, MAX_ROWS) : out;
    }

    /** The export service, or 503 ("导出服务未安装") while the export bundle is not running. */
    public static ExportService service(ExportService export) {
        if (export == null) {
            throw LuoshiException.unavailable("导出服务未安装");
        }
        return export;
    }

    /** The form's header lines: the query's values, else the unit's (or the caller's first unit's) name and today. */
    public static ExportHeaderDTO header(JurisdictionRegistry registry, SecurityContext sc, UriInfo uri, String unit) {
        Actor actor = RestSupport.actor(sc);
        ExportHeaderDTO h = new ExportHeaderDTO();
        String u = uri.getQueryParameters().getFirst("fillingUnit");
        h.fillingUnit = u != null ? u : name(registry, unit != null && !unit.isBlank() ? unit.strip()
                : actor.units().stream().findFirst().orElse(""));
        h.date = LocalDate.now(ZONE).toString();
        h.reviewer = uri.getQueryParameters().getFirst("reviewer");
        h.filler = uri.getQueryParameters().getFirst("filler");
        h.contact = uri.getQueryParameters().getFirst("contact");
        return h;
    }

    /** A unit's name for the printed form (its id when the unit is not installed). */
    public static String name(JurisdictionRegistry registry, String unitId) {
        return unitId == null ? null : registry.unit(unitId).map(x -> x.name).orElse(unitId);
    }

    /** A spreadsheet named {@code <title>-<today>.xlsx}. */
    public static Response xlsx(String title, byte[] bytes) {
        return RestSupport.file(title + "-" + LocalDate.now(ZONE) + ".xlsx", bytes, ExportService.XLSX);
    }
}

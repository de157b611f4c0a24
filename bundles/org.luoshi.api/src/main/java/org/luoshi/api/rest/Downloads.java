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
import org.luoshi.api.jurisdiction.JurisdictionRegistry;

/**
 * What a module's list downloads share: every matching row (up to {@value #MAX_ROWS}) fetched page by page, the
 * form's 填报单位 / 时间 / 审核人 / 填报人 / 联系方式 lines from the query ({@code fillingUnit}, {@code reviewer},
 * {@code filler}, {@code contact}), and the file's name.
 */
public final class Downloads {
    /** The most rows a download carries. */
    public static final int MAX_ROWS = 5000;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private Downloads() {
    }

    /** One page of rows and the total number of matching rows. */
    public record Chunk<T>(List<T> items, long total) {
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

package org.luoshi.rest.internal;

import org.luoshi.api.form.FormDTO;
import org.luoshi.api.form.FormReportDTO;
import org.luoshi.api.form.FormService;
import org.luoshi.api.letter.LetterDTO;
import org.luoshi.api.letter.LetterService;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.luoshi.api.Actor;
import org.luoshi.api.dispatch.PeriodStatusDTO;
import org.luoshi.api.dispatch.SubmissionDTO;
import org.luoshi.api.export.ExportHeaderDTO;
import org.luoshi.api.export.ExportService;
import org.luoshi.api.hazard.HazardDTO;
import org.luoshi.api.hazard.HazardPage;
import org.luoshi.api.jurisdiction.JurisdictionRegistry;
import org.luoshi.api.listing.ListingDTO;
import org.luoshi.api.listing.ListingPage;
import org.luoshi.api.task.TaskDTO;
import org.luoshi.api.task.TaskPage;

/**
 * Downloads of the lists as .xlsx in the layouts of 附件1–3: the same filters as the list calls, every matching row
 * (up to {@value #MAX_ROWS}), and the form's 填报单位 / 时间 / 审核人 / 填报人 / 联系方式 lines from the query.
 */
@Path("/exports")
public final class Exports {
    static final int MAX_ROWS = 5000;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final Supplier<ExportService> export;
    private final JurisdictionRegistry registry;
    private final Resources.Hazards hazards;
    private final Resources.Tasks tasks;
    private final Resources.Listings listings;
    private final Resources.Reporting reporting;
    private final FormService forms;
    private final LetterService letters;

    Exports(Supplier<ExportService> export, JurisdictionRegistry registry, Resources.Hazards hazards, Resources.Tasks tasks,
            Resources.Listings listings, Resources.Reporting reporting, FormService forms, LetterService letters) {
        this.forms = forms;
        this.letters = letters;
        this.export = export;
        this.registry = registry;
        this.hazards = hazards;
        this.tasks = tasks;
        this.listings = listings;
        this.reporting = reporting;
    }

    /** Who has and has not reported for a period (未报送单位 first), for the receiving office. */
    @GET
    @Path("reporting/{jurisdiction}/{cycle}/{index:[0-9]+}.xlsx")
    public Response reportStatus(@Context SecurityContext sc, @Context UriInfo uri,
            @javax.ws.rs.PathParam("jurisdiction") String jurisdiction, @javax.ws.rs.PathParam("cycle") String cycle,
            @javax.ws.rs.PathParam("index") int index) {
        PeriodStatusDTO status = reporting.status(sc, jurisdiction, cycle, index);
        for (SubmissionDTO s : status.submitted) {
            s.unit = name(s.unit);
        }
        return file(status.cycleName + "报送情况", service().reportStatus(header(sc, uri, status.receiver), status));
    }

    /** A submitted (or, by period/unit/table, an open) report form in its printed layout. */
    @GET
    @Path("forms/{id:[0-9]+}.xlsx")
    public Response formReport(@Context SecurityContext sc, @Context UriInfo uri, @javax.ws.rs.PathParam("id") long id) {
        FormReportDTO report = forms.get(BasicAuthFilter.actor(sc), id);
        FormDTO form = forms.form(BasicAuthFilter.actor(sc), report.jurisdiction, report.cycleId);
        return file(form.title + "-" + report.unitName + "-" + report.tableName,
                service().formReport(header(sc, uri, report.unit), form, report));
    }

    /** A letter as an official document (.docx). */
    @GET
    @Path("letters/{id:[0-9]+}.docx")
    public Response letter(@Context SecurityContext sc, @javax.ws.rs.PathParam("id") long id) {
        LetterDTO l = letters.get(BasicAuthFilter.actor(sc), id);
        byte[] bytes = service().letter(l, name(l.issuer), name(l.recipient));
        String title = (l.number != null ? l.number + " " : "") + l.title + ".docx";
        return Response.ok(bytes, ExportService.DOCX).header("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(title, StandardCharsets.UTF_8).replace("+", "%20")).build();
    }

    @GET
    @Path("hazards.xlsx")
    public Response hazards(@Context SecurityContext sc, @Context UriInfo uri, @QueryParam("jurisdiction") String jurisdiction,
            @QueryParam("unit") String unit, @QueryParam("source") String source, @QueryParam("major") String major,
            @QueryParam("status") String status, @QueryParam("q") String text, @QueryParam("overdue") String overdue,
            @QueryParam("listed") String listed, @QueryParam("foundFrom") String foundFrom,
            @QueryParam("foundTo") String foundTo, @QueryParam("rectifiedBy") String rectifiedBy) {
        List<HazardDTO> rows = all(offset -> {
            HazardPage p = hazards.list(sc, jurisdiction, unit, source, major, status, text, overdue, listed, foundFrom,
                    foundTo, rectifiedBy, Integer.toString(offset), "200");
            return new Chunk<>(p.items, p.total);
        });
        return file("问题隐患整改清单", service().hazardList(header(sc, uri, unit), rows));
    }

    @GET
    @Path("tasks.xlsx")
    public Response tasks(@Context SecurityContext sc, @Context UriInfo uri, @QueryParam("jurisdiction") String jurisdiction,
            @QueryParam("unit") String unit, @QueryParam("year") String year, @QueryParam("completed") String completed,
            @QueryParam("overdue") String overdue, @QueryParam("unparsedDeadline") String unparsed, @QueryParam("q") String text,
            @QueryParam("asOf") String asOf) {
        List<TaskDTO> rows = all(offset -> {
            TaskPage p = tasks.list(sc, jurisdiction, unit, year, completed, overdue, unparsed, text,
                    Integer.toString(offset), "200", asOf);
            return new Chunk<>(p.items, p.total);
        });
        return file("重点工作任务清单", service().taskList(header(sc, uri, unit), rows));
    }

    @GET
    @Path("listings.xlsx")
    public Response listings(@Context SecurityContext sc, @Context UriInfo uri, @QueryParam("jurisdiction") String jurisdiction,
            @QueryParam("unit") String unit, @QueryParam("status") String status, @QueryParam("overdue") String overdue,
            @QueryParam("q") String text) {
        List<ListingDTO> rows = all(offset -> {
            ListingPage p = listings.search(sc, jurisdiction, unit, status, overdue, text, Integer.toString(offset), "200");
            return new Chunk<>(p.items, p.total);
        });
        for (ListingDTO l : rows) { // the form shows unit names, not ids
            l.listingUnit = name(l.listingUnit);
            l.reviewUnit = name(l.reviewUnit);
            l.delegatedReviewUnit = name(l.delegatedReviewUnit);
        }
        return file("重大事故隐患挂牌督办清单", service().listingList(header(sc, uri, unit), rows));
    }

    private record Chunk<T>(List<T> items, long total) {
    }

    private static <T> List<T> all(Function<Integer, Chunk<T>> page) {
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

    private ExportService service() {
        ExportService s = export.get();
        if (s == null) {
            throw new javax.ws.rs.ServiceUnavailableException("导出服务未安装");
        }
        return s;
    }

    private ExportHeaderDTO header(SecurityContext sc, UriInfo uri, String unit) {
        Actor actor = BasicAuthFilter.actor(sc);
        ExportHeaderDTO h = new ExportHeaderDTO();
        String u = uri.getQueryParameters().getFirst("fillingUnit");
        h.fillingUnit = u != null ? u : name(unit != null && !unit.isBlank() ? unit.strip()
                : actor.units().stream().findFirst().orElse(""));
        h.date = LocalDate.now(ZONE).toString();
        h.reviewer = uri.getQueryParameters().getFirst("reviewer");
        h.filler = uri.getQueryParameters().getFirst("filler");
        h.contact = uri.getQueryParameters().getFirst("contact");
        return h;
    }

    private String name(String unitId) {
        return unitId == null ? null : registry.unit(unitId).map(u -> u.name).orElse(unitId);
    }

    private static Response file(String title, byte[] bytes) {
        String name = title + "-" + LocalDate.now(ZONE) + ".xlsx";
        return Response.ok(bytes, ExportService.XLSX)
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8)
                        .replace("+", "%20"))
                .build();
    }
}

package org.luoshi.dispatch.internal.rest;

import java.io.InputStream;
import java.net.URI;

import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.luoshi.api.PageDTO;
import org.luoshi.api.file.FileDTO;
import org.luoshi.api.form.FormCorrectionRequestDTO;
import org.luoshi.api.form.FormDTO;
import org.luoshi.api.form.FormReportDTO;
import org.luoshi.api.form.FormService;
import org.luoshi.api.rest.RestSupport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Report forms of written dispatch (e.g. Fangshan's 调度表): the form, a table as it stands, attachments, submission,
 * reports in.
 */
@Path("/forms")
@Produces(RestSupport.JSON)
@Tag(name = "调度报表")
@Component(service = FormResource.class, property = {RestSupport.RESOURCE, RestSupport.APPLICATION})
public class FormResource {
    private final FormService forms;

    @Activate
    public FormResource(@Reference FormService forms) {
        this.forms = forms;
    }

    @GET
    @Path("{jurisdiction}/{cycle}")
    @Operation(summary = "报表格式（表、项目、计算口径）")
    public FormDTO form(@Context SecurityContext sc, @PathParam("jurisdiction") String jurisdiction,
            @PathParam("cycle") String cycle) {
        return forms.form(RestSupport.actor(sc), jurisdiction, cycle);
    }

    /** The table of a unit for a period: submitted, or open with its figures computed now and drill-down queries. */
    @GET
    @Path("{jurisdiction}/{cycle}/periods/{index:[0-9]+}/units/{unit}/tables/{table}")
    @Operation(summary = "一个单位一个期次的报表（已报送的或现算的）")
    public FormReportDTO prepare(@Context SecurityContext sc, @PathParam("jurisdiction") String jurisdiction,
            @PathParam("cycle") String cycle, @PathParam("index") int index, @PathParam("unit") String unit,
            @PathParam("table") String table) {
        return forms.prepare(RestSupport.actor(sc), jurisdiction, cycle, index, unit, table);
    }

    /** Body: a FormReportDTO with periodIndex, unit, table and the typed values ({"key": …, "value": …}). */
    @POST
    @Path("{jurisdiction}/{cycle}/reports")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "报送报表")
    public Response submit(@Context SecurityContext sc, @PathParam("jurisdiction") String jurisdiction,
            @PathParam("cycle") String cycle, FormReportDTO report) {
        FormReportDTO in = report == null ? new FormReportDTO() : report;
        in.jurisdiction = jurisdiction;
        in.cycleId = cycle;
        FormReportDTO out = forms.submit(RestSupport.actor(sc), in);
        return Response.created(URI.create("forms/reports/" + out.id)).entity(out).build();
    }

    /**
     * An attachment for a FILE field of the form ({@code ?unit=&field=&name=}): the raw bytes as the body (any content
     * type; the file service checks size and type by content). Answers 201 with the stored file, whose id is the field's
     * value in a report or a draft.
     */
    @POST
    @Path("{jurisdiction}/{cycle}/attachments")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "上传报表附件（原始字节，按内容识别类型；返回的文件编号作为该项的值报送）")
    public Response attach(@Context SecurityContext sc, @PathParam("jurisdiction") String jurisdiction,
            @PathParam("cycle") String cycle, @QueryParam("unit") String unit, @QueryParam("field") String field,
            @QueryParam("name") String name, @Context HttpHeaders headers, InputStream body) {
        if (unit == null || unit.isBlank()) {
            throw RestSupport.bad("unit", "请指定报送单位（unit）");
        }
        if (field == null || field.isBlank()) {
            throw RestSupport.bad("field", "请指定附件所属的报表项（field）");
        }
        // a body declared larger than any upload is refused unread; the file service applies its own (lower) limit
        FileDTO stored = forms.attach(RestSupport.actor(sc), jurisdiction, cycle, unit.strip(), field.strip(), name,
                RestSupport.body(body, headers.getLength(), RestSupport.BODY_LIMIT));
        return Response.created(URI.create("files/" + stored.id)).entity(stored).build();
    }

    /**
     * Keeps the typed values of an open table as a draft (暂存). Body: a FormReportDTO with periodIndex, unit, table and
     * the values as typed; answers the table as {@code prepare} shows it then.
     */
    @PUT
    @Path("{jurisdiction}/{cycle}/drafts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "暂存报表（保存已填内容，稍后继续填写）")
    public FormReportDTO saveDraft(@Context SecurityContext sc, @PathParam("jurisdiction") String jurisdiction,
            @PathParam("cycle") String cycle, FormReportDTO report) {
        FormReportDTO in = report == null ? new FormReportDTO() : report;
        in.jurisdiction = jurisdiction;
        in.cycleId = cycle;
        return forms.saveDraft(RestSupport.actor(sc), in);
    }

    /** Corrects a submitted table (更正): body {@code {"reason": …, "values": [{"key": …, "value": …}]}}. */
    @POST
    @Path("reports/{id:[0-9]+}/corrections")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "更正已报送的报表（须说明原因，原数据留存）")
    public FormReportDTO correct(@Context SecurityContext sc, @PathParam("id") long id, FormCorrectionRequestDTO request) {
        FormCorrectionRequestDTO r = request == null ? new FormCorrectionRequestDTO() : request;
        FormReportDTO in = new FormReportDTO();
        in.values = r.values == null ? new java.util.ArrayList<>() : r.values;
        return forms.correct(RestSupport.actor(sc), id, in, r.reason);
    }

    /** The reports in for a period ({@code period}, required) that the caller may see, one page of them. */
    @GET
    @Path("{jurisdiction}/{cycle}/reports")
    @Operation(summary = "一个期次已报送的报表（分页）")
    public PageDTO<FormReportDTO> reports(@Context SecurityContext sc, @PathParam("jurisdiction") String jurisdiction,
            @PathParam("cycle") String cycle, @QueryParam("period") String period,
            @QueryParam("offset") @DefaultValue("0") String offset, @QueryParam("limit") @DefaultValue("20") String limit) {
        if (period == null || period.isBlank()) {
            throw RestSupport.bad("period", "请指定期次（period）");
        }
        int index = RestSupport.integer("period", period, 1, 100000);
        int from = RestSupport.integer("offset", offset, 0, Integer.MAX_VALUE);
        int size = RestSupport.integer("limit", limit, 1, 200);
        return PageDTO.of(forms.reports(RestSupport.actor(sc), jurisdiction, cycle, index), from, size);
    }

    @GET
    @Path("reports/{id:[0-9]+}")
    @Operation(summary = "查看报表")
    public FormReportDTO get(@Context SecurityContext sc, @PathParam("id") long id) {
        return forms.get(RestSupport.actor(sc), id);
    }
}

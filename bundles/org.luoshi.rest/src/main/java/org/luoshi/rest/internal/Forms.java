package org.luoshi.rest.internal;

import java.net.URI;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.luoshi.api.form.FormDTO;
import org.luoshi.api.form.FormReportDTO;
import org.luoshi.api.form.FormService;

/** Report forms of written dispatch (e.g. Fangshan's 调度表): the form, a table as it stands, submission, reports in. */
@Path("/forms")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public final class Forms {
    private final FormService forms;

    Forms(FormService forms) {
        this.forms = forms;
    }

    @GET
    @Path("{jurisdiction}/{cycle}")
    public FormDTO form(@Context SecurityContext sc, @PathParam("jurisdiction") String jurisdiction,
            @PathParam("cycle") String cycle) {
        return forms.form(BasicAuthFilter.actor(sc), jurisdiction, cycle);
    }

    /** The table of a unit for a period: submitted, or open with its figures computed now and drill-down queries. */
    @GET
    @Path("{jurisdiction}/{cycle}/periods/{index:[0-9]+}/units/{unit}/tables/{table}")
    public FormReportDTO prepare(@Context SecurityContext sc, @PathParam("jurisdiction") String jurisdiction,
            @PathParam("cycle") String cycle, @PathParam("index") int index, @PathParam("unit") String unit,
            @PathParam("table") String table) {
        return forms.prepare(BasicAuthFilter.actor(sc), jurisdiction, cycle, index, unit, table);
    }

    /** Body: a FormReportDTO with periodIndex, unit, table and the typed values ({"key": …, "value": …}). */
    @POST
    @Path("{jurisdiction}/{cycle}/reports")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(@Context SecurityContext sc, @PathParam("jurisdiction") String jurisdiction,
            @PathParam("cycle") String cycle, FormReportDTO report) {
        FormReportDTO in = report == null ? new FormReportDTO() : report;
        in.jurisdiction = jurisdiction;
        in.cycleId = cycle;
        FormReportDTO out = forms.submit(BasicAuthFilter.actor(sc), in);
        return Response.created(URI.create("forms/reports/" + out.id)).entity(out).build();
    }

    @GET
    @Path("{jurisdiction}/{cycle}/reports")
    public List<FormReportDTO> reports(@Context SecurityContext sc, @PathParam("jurisdiction") String jurisdiction,
            @PathParam("cycle") String cycle, @QueryParam("period") String period) {
        if (period == null || period.isBlank()) {
            throw Resources.bad("period", "请指定期次（period）");
        }
        return forms.reports(BasicAuthFilter.actor(sc), jurisdiction, cycle,
                Resources.integer("period", period, 1, 100000));
    }

    @GET
    @Path("reports/{id:[0-9]+}")
    public FormReportDTO get(@Context SecurityContext sc, @PathParam("id") long id) {
        return forms.get(BasicAuthFilter.actor(sc), id);
    }
}

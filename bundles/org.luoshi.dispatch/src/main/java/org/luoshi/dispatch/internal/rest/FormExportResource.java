package org.luoshi.dispatch.internal.rest;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.luoshi.api.Actor;
import org.luoshi.api.export.ExportService;
import org.luoshi.api.form.FormDTO;
import org.luoshi.api.form.FormReportDTO;
import org.luoshi.api.form.FormService;
import org.luoshi.api.jurisdiction.JurisdictionRegistry;
import org.luoshi.api.rest.Downloads;
import org.luoshi.api.rest.RestSupport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A report form in its printed layout as .xlsx at {@code /api/exports/forms/{id}.xlsx}. */
@Path("/exports/forms")
@Tag(name = "调度报表")
@Component(service = FormExportResource.class, property = {RestSupport.RESOURCE, RestSupport.APPLICATION})
public class FormExportResource {
    private final FormService forms;
    private final JurisdictionRegistry registry;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ExportService export;

    @Activate
    public FormExportResource(@Reference FormService forms, @Reference JurisdictionRegistry registry) {
        this.forms = forms;
        this.registry = registry;
    }

    /** A submitted (or, by period/unit/table, an open) report form in its printed layout. */
    @GET
    @Path("{id:[0-9]+}.xlsx")
    @Operation(summary = "导出报表（.xlsx，印制格式）")
    public Response formReport(@Context SecurityContext sc, @Context UriInfo uri, @PathParam("id") long id) {
        Actor actor = RestSupport.actor(sc);
        FormReportDTO report = forms.get(actor, id);
        FormDTO form = forms.form(actor, report.jurisdiction, report.cycleId);
        return Downloads.xlsx(form.title + "-" + report.unitName + "-" + report.tableName, Downloads.service(export)
                .formReport(Downloads.header(registry, sc, uri, report.unit), form, report));
    }
}

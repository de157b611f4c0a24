package org.luoshi.dispatch.internal.rest;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.luoshi.api.Actor;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.export.ExportService;
import org.luoshi.api.file.FileDTO;
import org.luoshi.api.file.FileService;
import org.luoshi.api.form.FormDTO;
import org.luoshi.api.form.FormFieldDTO;
import org.luoshi.api.form.FormReportDTO;
import org.luoshi.api.form.FormService;
import org.luoshi.api.form.FormValueDTO;
import org.luoshi.api.form.FormValues;
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

/**
 * A report form in its printed layout as .xlsx at {@code /api/exports/forms/{id}.xlsx}; an attachment (FILE field) is
 * printed as its file's name and number.
 */
@Path("/exports/forms")
@Tag(name = "调度报表")
@Component(service = FormExportResource.class, property = {RestSupport.RESOURCE, RestSupport.APPLICATION})
public class FormExportResource {
    private final FormService forms;
    private final JurisdictionRegistry registry;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ExportService export;

    /** The file store, to print an attachment by its name; without it, by its number. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile FileService files;

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
        ExportService service = Downloads.service(export);
        return Downloads.xlsx(form.title + "-" + report.unitName + "-" + report.tableName, service
                .formReport(Downloads.header(registry, sc, uri, report.unit), form, attachmentsByName(actor, form, report)));
    }

    /** The report with each attachment's value (a file id) as the file's name and number, as the caller may read it. */
    private FormReportDTO attachmentsByName(Actor actor, FormDTO form, FormReportDTO report) {
        FileService store = files;
        for (FormFieldDTO f : form.fields) {
            if (!FormFieldDTO.FILE.equals(f.type)) {
                continue;
            }
            for (FormValueDTO v : report.values) {
                Long id = f.key.equals(v.key) ? FormValues.fileId(v.value) : null;
                if (id != null) {
                    v.value = attachment(store, actor, id);
                }
            }
        }
        return report;
    }

    static String attachment(FileService store, Actor actor, long id) {
        try {
            FileDTO file = store == null ? null : store.get(actor, id);
            return file == null ? "附件（编号 " + id + "）" : file.name + "（附件编号 " + id + "）";
        } catch (LuoshiException e) {
            return "附件（编号 " + id + "）";
        }
    }
}

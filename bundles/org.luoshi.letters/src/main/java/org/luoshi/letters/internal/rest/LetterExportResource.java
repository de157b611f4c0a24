package org.luoshi.letters.internal.rest;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.luoshi.api.LuoshiException;
import org.luoshi.api.export.ExportService;
import org.luoshi.api.jurisdiction.JurisdictionRegistry;
import org.luoshi.api.letter.LetterDTO;
import org.luoshi.api.letter.LetterService;
import org.luoshi.api.rest.RestSupport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A letter as an official document (.docx) at {@code /api/exports/letters/{id}.docx}. */
@Path("/exports/letters")
@Tag(name = "提醒、提示、督办函")
@Component(service = LetterExportResource.class, property = {RestSupport.RESOURCE, RestSupport.APPLICATION})
public class LetterExportResource {
    private final LetterService letters;
    private final JurisdictionRegistry registry;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ExportService export;

    @Activate
    public LetterExportResource(@Reference LetterService letters, @Reference JurisdictionRegistry registry) {
        this.letters = letters;
        this.registry = registry;
    }

    /** A letter as an official document (.docx). */
    @GET
    @Path("{id:[0-9]+}.docx")
    @Operation(summary = "导出函件（.docx 公文格式）")
    public Response letter(@Context SecurityContext sc, @PathParam("id") long id) {
        LetterDTO l = letters.get(RestSupport.actor(sc), id);
        ExportService service = export;
        if (service == null) {
            throw LuoshiException.unavailable("导出服务未安装");
        }
        byte[] bytes = service.letter(l, name(l.issuer), name(l.recipient));
        String title = (l.number != null ? l.number + " " : "") + l.title + ".docx";
        return RestSupport.file(title, bytes, ExportService.DOCX);
    }

    private String name(String unitId) {
        return unitId == null ? null : registry.unit(unitId).map(u -> u.name).orElse(unitId);
    }
}

package org.luoshi.lists.internal.rest;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.luoshi.api.Actor;
import org.luoshi.api.export.ExportHeaderDTO;
import org.luoshi.api.export.ExportService;
import org.luoshi.api.export.Rows;
import org.luoshi.api.jurisdiction.JurisdictionRegistry;
import org.luoshi.api.rest.Downloads;
import org.luoshi.api.rest.RestSupport;
import org.luoshi.api.task.TaskDTO;
import org.luoshi.api.task.TaskPage;
import org.luoshi.api.task.TaskQuery;
import org.luoshi.api.task.TaskService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The key work task list as .xlsx in the layout of 附件1 at {@code /api/exports/tasks.xlsx}: the filters of the list
 * call, every matching row (streamed), the form's header lines from the query.
 */
@Path("/exports/tasks.xlsx")
@Tag(name = "重点工作任务清单")
@Component(service = TaskExportResource.class, property = {RestSupport.RESOURCE, RestSupport.APPLICATION})
public class TaskExportResource {
    private final TaskService tasks;
    private final JurisdictionRegistry registry;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ExportService export;

    @Activate
    public TaskExportResource(@Reference TaskService tasks, @Reference JurisdictionRegistry registry) {
        this.tasks = tasks;
        this.registry = registry;
    }

    @GET
    @Operation(summary = "导出重点工作任务清单（.xlsx，附件1）")
    public Response tasks(@Context SecurityContext sc, @Context UriInfo uri, @QueryParam("jurisdiction") String jurisdiction,
            @QueryParam("unit") String unit, @QueryParam("year") String year, @QueryParam("completed") String completed,
            @QueryParam("overdue") String overdue, @QueryParam("unparsedDeadline") String unparsed, @QueryParam("q") String text,
            @QueryParam("asOf") String asOf) {
        Actor actor = RestSupport.actor(sc);
        TaskQuery q = TaskResource.query(jurisdiction, unit, year, completed, overdue, unparsed, text, asOf);
        ExportService service = Downloads.service(export);
        ExportHeaderDTO header = Downloads.header(registry, sc, uri, unit);
        return Downloads.stream("重点工作任务清单", offset -> {
            q.offset = offset;
            q.limit = Rows.BATCH;
            TaskPage p = tasks.list(actor, q);
            return new Downloads.Chunk<>(p.items, p.total);
        }, (rows, out) -> service.taskList(header, rows, out));
    }
}

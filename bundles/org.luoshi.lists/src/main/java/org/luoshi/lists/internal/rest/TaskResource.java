package org.luoshi.lists.internal.rest;

import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
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

import org.luoshi.api.rest.RestSupport;
import org.luoshi.api.task.DeadlineCorrectionDTO;
import org.luoshi.api.task.TaskAssignmentDTO;
import org.luoshi.api.task.TaskDTO;
import org.luoshi.api.task.TaskEntryDTO;
import org.luoshi.api.task.TaskImportDTO;
import org.luoshi.api.task.TaskPage;
import org.luoshi.api.task.TaskQuery;
import org.luoshi.api.task.TaskService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The key work task list (重点工作任务清单, 附件1) at {@code /api/tasks}: import, assignment, entries, completion. */
@Path("/tasks")
@Produces(RestSupport.JSON)
@Tag(name = "重点工作任务清单")
@Component(service = TaskResource.class, property = {RestSupport.RESOURCE, RestSupport.APPLICATION})
public class TaskResource {
    private final TaskService tasks;

    @Activate
    public TaskResource(@Reference TaskService tasks) {
        this.tasks = tasks;
    }

    /** Turns catalog tasks into an office's task list for a year. */
    @POST
    @Path("import")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "从任务目录导入年度任务清单")
    public Response importCatalog(@Context SecurityContext sc, TaskImportDTO request) {
        return Response.status(201).entity(tasks.importCatalog(RestSupport.actor(sc), request)).build();
    }

    @GET
    @Path("{id:[0-9]+}")
    @Operation(summary = "查看任务")
    public TaskDTO get(@Context SecurityContext sc, @PathParam("id") long id) {
        return tasks.get(RestSupport.actor(sc), id);
    }

    @POST
    @Path("{id:[0-9]+}/assignment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "明确责任单位、责任人和时限")
    public TaskDTO assign(@Context SecurityContext sc, @PathParam("id") long id, TaskAssignmentDTO assignment) {
        return tasks.assign(RestSupport.actor(sc), id, assignment);
    }

    @POST
    @Path("{id:[0-9]+}/entries")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "记录推进情况或督导情况")
    public TaskDTO entry(@Context SecurityContext sc, @PathParam("id") long id, TaskEntryDTO entry) {
        return tasks.addEntry(RestSupport.actor(sc), id, entry);
    }

    @POST
    @Path("{id:[0-9]+}/deadline-correction")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "更正完成时限（保留原文，须说明理由）")
    public TaskDTO correctDeadline(@Context SecurityContext sc, @PathParam("id") long id,
            DeadlineCorrectionDTO correction) {
        return tasks.correctDeadline(RestSupport.actor(sc), id, correction);
    }

    @POST
    @Path("{id:[0-9]+}/completion")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "标记任务完成")
    public TaskDTO complete(@Context SecurityContext sc, @PathParam("id") long id, Map<String, String> body) {
        return tasks.complete(RestSupport.actor(sc), id, body == null ? null : body.get("completedOn"));
    }

    @GET
    @Operation(summary = "重点工作任务清单（分页、筛选）")
    public TaskPage list(@Context SecurityContext sc, @QueryParam("jurisdiction") String jurisdiction,
            @QueryParam("unit") String unit, @QueryParam("year") String year,
            @QueryParam("completed") String completed, @QueryParam("overdue") String overdue,
            @QueryParam("unparsedDeadline") String unparsed, @QueryParam("q") String text,
            @QueryParam("offset") @DefaultValue("0") String offset, @QueryParam("limit") @DefaultValue("20") String limit,
            @QueryParam("asOf") String asOf, @QueryParam("sort") String sort) {
        TaskQuery q = query(jurisdiction, unit, year, completed, overdue, unparsed, text, asOf);
        q.sort = RestSupport.blankToNull(sort);
        q.offset = RestSupport.integer("offset", offset, 0, Integer.MAX_VALUE);
        q.limit = RestSupport.integer("limit", limit, 1, 200);
        return tasks.list(RestSupport.actor(sc), q);
    }

    /** The filters of the list call, parsed into a query (400 naming the parameter when one is wrong). */
    static TaskQuery query(String jurisdiction, String unit, String year, String completed, String overdue,
            String unparsed, String text, String asOf) {
        TaskQuery q = new TaskQuery();
        q.asOf = RestSupport.blankToNull(asOf);
        q.jurisdiction = jurisdiction;
        q.unit = unit;
        q.year = year == null || year.isBlank() ? null : RestSupport.integer("year", year, 2000, 2100);
        q.completed = RestSupport.bool("completed", completed);
        q.overdue = RestSupport.bool("overdue", overdue);
        q.unparsedDeadline = RestSupport.bool("unparsedDeadline", unparsed);
        q.text = text;
        return q;
    }
}

package org.luoshi.dispatch.internal.rest;

import java.net.URI;

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

import org.luoshi.api.PageDTO;
import org.luoshi.api.dispatch.MeetingDTO;
import org.luoshi.api.dispatch.MeetingService;
import org.luoshi.api.rest.RestSupport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Meeting dispatch (会议调度) at {@code /api/meetings}: meetings whose assignments become tasks. */
@Path("/meetings")
@Produces(RestSupport.JSON)
@Tag(name = "会议调度")
@Component(service = MeetingResource.class, property = {RestSupport.RESOURCE, RestSupport.APPLICATION})
public class MeetingResource {
    private final MeetingService meetings;

    @Activate
    public MeetingResource(@Reference MeetingService meetings) {
        this.meetings = meetings;
    }

    /** Records a dispatch meeting; its assignments become tasks of the organiser's task list. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "登记调度会议（部署事项转为任务）")
    public Response record(@Context SecurityContext sc, MeetingDTO meeting) {
        MeetingDTO created = meetings.record(RestSupport.actor(sc), meeting);
        return Response.created(URI.create("meetings/" + created.id)).entity(created).build();
    }

    @GET
    @Path("{id:[0-9]+}")
    @Operation(summary = "查看调度会议")
    public MeetingDTO get(@Context SecurityContext sc, @PathParam("id") long id) {
        return meetings.get(RestSupport.actor(sc), id);
    }

    /** A jurisdiction's meetings the caller may see, newest first, one page of them. */
    @GET
    @Operation(summary = "调度会议列表（分页）")
    public PageDTO<MeetingDTO> list(@Context SecurityContext sc, @QueryParam("jurisdiction") String jurisdiction,
            @QueryParam("offset") @DefaultValue("0") String offset, @QueryParam("limit") @DefaultValue("20") String limit) {
        if (jurisdiction == null || jurisdiction.isBlank()) {
            throw RestSupport.bad("jurisdiction", "请指定辖区（jurisdiction）");
        }
        int from = RestSupport.integer("offset", offset, 0, Integer.MAX_VALUE);
        int size = RestSupport.integer("limit", limit, 1, 200);
        return PageDTO.of(meetings.list(RestSupport.actor(sc), jurisdiction.strip()), from, size);
    }
}

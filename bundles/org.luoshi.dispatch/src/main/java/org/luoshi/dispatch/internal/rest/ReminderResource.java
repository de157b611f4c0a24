package org.luoshi.dispatch.internal.rest;

import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.SecurityContext;

import org.luoshi.api.PageDTO;
import org.luoshi.api.dispatch.ReminderDTO;
import org.luoshi.api.dispatch.ReminderService;
import org.luoshi.api.rest.RestSupport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Reports the caller's units still owe soon (报送提醒) at {@code /api/reminders}. */
@Path("/reminders")
@Produces(RestSupport.JSON)
@Tag(name = "书面调度")
@Component(service = ReminderResource.class, property = {RestSupport.RESOURCE, RestSupport.APPLICATION})
public class ReminderResource {
    private final ReminderService reminders;

    @Activate
    public ReminderResource(@Reference ReminderService reminders) {
        this.reminders = reminders;
    }

    /** Reports the caller's units owe within the next {@code days} days (default 7), one page of them. */
    @GET
    @Operation(summary = "即将到期的报送提醒（分页）")
    public PageDTO<ReminderDTO> dueSoon(@Context SecurityContext sc, @QueryParam("days") @DefaultValue("7") String days,
            @QueryParam("offset") @DefaultValue("0") String offset, @QueryParam("limit") @DefaultValue("20") String limit) {
        int within = RestSupport.integer("days", days, 1, 31);
        int from = RestSupport.integer("offset", offset, 0, Integer.MAX_VALUE);
        int size = RestSupport.integer("limit", limit, 1, 200);
        return PageDTO.of(reminders.dueSoon(RestSupport.actor(sc), within), from, size);
    }
}

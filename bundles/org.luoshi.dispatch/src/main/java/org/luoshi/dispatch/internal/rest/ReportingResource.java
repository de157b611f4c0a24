package org.luoshi.dispatch.internal.rest;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
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

import org.luoshi.api.PageDTO;
import org.luoshi.api.cycle.PeriodDTO;
import org.luoshi.api.dispatch.PeriodStatusDTO;
import org.luoshi.api.dispatch.ReportingService;
import org.luoshi.api.dispatch.SubmissionDTO;
import org.luoshi.api.rest.RestSupport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Written dispatch (书面调度) on a jurisdiction's cycle at {@code /api/reporting/{jurisdiction}/{cycle}}. */
@Path("/reporting/{jurisdiction}/{cycle}")
@Produces(RestSupport.JSON)
@Tag(name = "书面调度")
@Component(service = ReportingResource.class, property = {RestSupport.RESOURCE, RestSupport.APPLICATION})
public class ReportingResource {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final ReportingService reporting;

    @Activate
    public ReportingResource(@Reference ReportingService reporting) {
        this.reporting = reporting;
    }

    /** Periods whose due day lies within from–to (yyyy-MM-dd; default: this year). */
    @GET
    @Path("periods")
    @Operation(summary = "报送期次（按截止日期范围）")
    public List<PeriodDTO> periods(@Context SecurityContext sc, @PathParam("jurisdiction") String jurisdiction,
            @PathParam("cycle") String cycle, @QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate today = LocalDate.now(ZONE);
        return reporting.periods(RestSupport.actor(sc), jurisdiction, cycle,
                RestSupport.date("from", from, today.withDayOfYear(1)),
                RestSupport.date("to", to, today.withMonth(12).withDayOfMonth(31)));
    }

    /** Reports in and units missing (未报送单位) for one period. */
    @GET
    @Path("periods/{index:[0-9]+}")
    @Operation(summary = "一个期次的报送情况和未报送单位")
    public PeriodStatusDTO status(@Context SecurityContext sc, @PathParam("jurisdiction") String jurisdiction,
            @PathParam("cycle") String cycle, @PathParam("index") int index) {
        return reporting.status(RestSupport.actor(sc), jurisdiction, cycle, index);
    }

    /** Body {@code {"unit": "<unit id>", "note": "…"}}. */
    @POST
    @Path("periods/{index:[0-9]+}/submissions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "报送（文字报送）")
    public Response submit(@Context SecurityContext sc, @PathParam("jurisdiction") String jurisdiction,
            @PathParam("cycle") String cycle, @PathParam("index") int index, Map<String, String> body) {
        Map<String, String> b = body == null ? Map.of() : body;
        return Response.status(201).entity(reporting.submit(RestSupport.actor(sc), jurisdiction, cycle, index,
                b.get("unit"), b.get("note"))).build();
    }

    /** The caller's own units' reports on the cycle ("my submissions"), newest first, one page of them. */
    @GET
    @Path("submissions/mine")
    @Operation(summary = "本单位的报送记录（分页）")
    public PageDTO<SubmissionDTO> mine(@Context SecurityContext sc, @PathParam("jurisdiction") String jurisdiction,
            @PathParam("cycle") String cycle, @QueryParam("offset") @DefaultValue("0") String offset,
            @QueryParam("limit") @DefaultValue("20") String limit) {
        int from = RestSupport.integer("offset", offset, 0, Integer.MAX_VALUE);
        int size = RestSupport.integer("limit", limit, 1, 200);
        return PageDTO.of(reporting.submissions(RestSupport.actor(sc), jurisdiction, cycle), from, size);
    }
}

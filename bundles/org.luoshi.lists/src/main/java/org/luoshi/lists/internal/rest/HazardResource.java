package org.luoshi.lists.internal.rest;

import java.net.URI;
import java.util.List;

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

import org.luoshi.api.hazard.HazardDTO;
import org.luoshi.api.hazard.HazardPage;
import org.luoshi.api.hazard.HazardQuery;
import org.luoshi.api.hazard.HazardReviewDTO;
import org.luoshi.api.hazard.HazardService;
import org.luoshi.api.hazard.HazardSource;
import org.luoshi.api.hazard.HazardStatus;
import org.luoshi.api.hazard.ProgressUpdateDTO;
import org.luoshi.api.rest.RestSupport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The hazard list (问题隐患整改清单, 附件2) at {@code /api/hazards}: entries, progress, 复查验收, the filtered list. */
@Path("/hazards")
@Produces(RestSupport.JSON)
@Tag(name = "问题隐患整改清单")
@Component(service = HazardResource.class, property = {RestSupport.RESOURCE, RestSupport.APPLICATION})
public class HazardResource {
    private final HazardService hazards;

    @Activate
    public HazardResource(@Reference HazardService hazards) {
        this.hazards = hazards;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "登记问题隐患")
    public Response create(@Context SecurityContext sc, HazardDTO hazard) {
        HazardDTO created = hazards.create(RestSupport.actor(sc), hazard);
        return Response.created(URI.create("hazards/" + created.id)).entity(created).build();
    }

    @GET
    @Path("{id:[0-9]+}")
    @Operation(summary = "查看问题隐患")
    public HazardDTO get(@Context SecurityContext sc, @PathParam("id") long id) {
        return hazards.get(RestSupport.actor(sc), id);
    }

    @POST
    @Path("{id:[0-9]+}/progress")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "报告整改进展")
    public HazardDTO progress(@Context SecurityContext sc, @PathParam("id") long id, ProgressUpdateDTO update) {
        return hazards.updateProgress(RestSupport.actor(sc), id, update);
    }

    @POST
    @Path("{id:[0-9]+}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "复查验收问题隐患")
    public HazardDTO review(@Context SecurityContext sc, @PathParam("id") long id, HazardReviewDTO review) {
        return hazards.review(RestSupport.actor(sc), id, review);
    }

    /** Body {@code {"enterpriseId": n}}; {@code null} unlinks. */
    @POST
    @Path("{id:[0-9]+}/enterprise")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "关联企业名录中的企业（登记时尚未登记的企业，事后关联；enterpriseId 为 null 时取消关联）")
    public HazardDTO linkEnterprise(@Context SecurityContext sc, @PathParam("id") long id,
            java.util.Map<String, Long> body) {
        if (body == null || !body.containsKey("enterpriseId")) {
            throw new org.luoshi.api.LuoshiException(org.luoshi.api.LuoshiException.Kind.INVALID, "请给出 enterpriseId",
                    java.util.Map.of("enterpriseId", "必填（取消关联时为 null）"));
        }
        return hazards.linkEnterprise(RestSupport.actor(sc), id, body.get("enterpriseId"));
    }

    @GET
    @Operation(summary = "问题隐患清单（分页、筛选）")
    public HazardPage list(@Context SecurityContext sc, @QueryParam("jurisdiction") String jurisdiction,
            @QueryParam("unit") String unit, @QueryParam("source") String source, @QueryParam("major") String major,
            @QueryParam("status") String status, @QueryParam("q") String text, @QueryParam("overdue") String overdue,
            @QueryParam("listed") String listed, @QueryParam("foundFrom") String foundFrom,
            @QueryParam("foundTo") String foundTo, @QueryParam("rectifiedBy") String rectifiedBy,
            @QueryParam("offset") @DefaultValue("0") String offset, @QueryParam("limit") @DefaultValue("20") String limit,
            @QueryParam("sort") String sort, @QueryParam("enterpriseId") String enterpriseId) {
        HazardQuery q = query(jurisdiction, unit, source, major, status, text, overdue, listed, foundFrom, foundTo,
                rectifiedBy);
        q.sort = RestSupport.blankToNull(sort);
        q.enterpriseId = enterpriseId == null || enterpriseId.isBlank() ? null
                : (long) RestSupport.integer("enterpriseId", enterpriseId, 1, Integer.MAX_VALUE);
        q.offset = RestSupport.integer("offset", offset, 0, Integer.MAX_VALUE);
        q.limit = RestSupport.integer("limit", limit, 1, 200);
        return hazards.list(RestSupport.actor(sc), q);
    }

    /** The filters of the list call, parsed into a query (400 naming the parameter when one is wrong). */
    static HazardQuery query(String jurisdiction, String unit, String source, String major, String status, String text,
            String overdue, String listed, String foundFrom, String foundTo, String rectifiedBy) {
        HazardQuery q = new HazardQuery();
        q.listed = RestSupport.bool("listed", listed);
        q.foundFrom = RestSupport.blankToNull(foundFrom);
        q.foundTo = RestSupport.blankToNull(foundTo);
        q.rectifiedBy = RestSupport.blankToNull(rectifiedBy);
        q.jurisdiction = jurisdiction;
        q.unit = unit;
        if (source != null && !source.isBlank()) {
            q.source = HazardSource.parse(source);
            if (q.source == null) {
                throw RestSupport.bad("source", "未知的隐患来源 “" + source + "”，可选：" + List.of(HazardSource.values()));
            }
        }
        if (status != null && !status.isBlank()) {
            q.status = HazardStatus.parse(status);
            if (q.status == null) {
                throw RestSupport.bad("status", "未知的状态 “" + status + "”，可选：" + List.of(HazardStatus.values()));
            }
        }
        q.major = RestSupport.bool("major", major);
        q.overdue = RestSupport.bool("overdue", overdue);
        q.text = text;
        return q;
    }
}

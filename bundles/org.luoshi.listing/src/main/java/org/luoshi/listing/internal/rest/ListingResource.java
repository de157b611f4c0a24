package org.luoshi.listing.internal.rest;

import java.net.URI;
import java.util.Arrays;
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

import org.luoshi.api.listing.ExtensionDTO;
import org.luoshi.api.listing.FollowUpDTO;
import org.luoshi.api.listing.ListingDTO;
import org.luoshi.api.listing.ListingPage;
import org.luoshi.api.listing.ListingQuery;
import org.luoshi.api.listing.ListingRequestDTO;
import org.luoshi.api.listing.ListingService;
import org.luoshi.api.listing.ListingStatus;
import org.luoshi.api.listing.PlanDTO;
import org.luoshi.api.listing.ReviewDTO;
import org.luoshi.api.listing.ProgressReportDTO;
import org.luoshi.api.listing.SignOffDTO;
import org.luoshi.api.listing.TrackingDTO;
import org.luoshi.api.rest.RestSupport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Listed supervision of major hazards (重大事故隐患挂牌督办, 附件3) at {@code /api/listings}: listing and every step. */
@Path("/listings")
@Produces(RestSupport.JSON)
@Tag(name = "重大事故隐患挂牌督办")
@Component(service = ListingResource.class, property = {RestSupport.RESOURCE, RestSupport.APPLICATION})
public class ListingResource {
    private final ListingService listings;

    @Activate
    public ListingResource(@Reference ListingService listings) {
        this.listings = listings;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "挂牌督办重大事故隐患")
    public Response list(@Context SecurityContext sc, ListingRequestDTO request) {
        ListingDTO created = listings.list(RestSupport.actor(sc), request);
        return Response.created(URI.create("listings/" + created.id)).entity(created).build();
    }

    @GET
    @Path("{id:[0-9]+}")
    @Operation(summary = "查看挂牌督办记录")
    public ListingDTO get(@Context SecurityContext sc, @PathParam("id") long id) {
        return listings.get(RestSupport.actor(sc), id);
    }

    @POST
    @Path("{id:[0-9]+}/plan")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "提交整改方案（五到位）")
    public ListingDTO plan(@Context SecurityContext sc, @PathParam("id") long id, PlanDTO plan) {
        return listings.submitPlan(RestSupport.actor(sc), id, plan);
    }

    @POST
    @Path("{id:[0-9]+}/tracking")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "记录督办过程")
    public ListingDTO track(@Context SecurityContext sc, @PathParam("id") long id, TrackingDTO entry) {
        return listings.track(RestSupport.actor(sc), id, entry);
    }

    @POST
    @Path("{id:[0-9]+}/progress-reports")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "报告整改进展（按通知书的进展报告周期）")
    public ListingDTO progress(@Context SecurityContext sc, @PathParam("id") long id, ProgressReportDTO report) {
        return listings.reportProgress(RestSupport.actor(sc), id, report);
    }

    @POST
    @Path("{id:[0-9]+}/sign-offs")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "摘牌销号前签字确认（本辖区要求的领导身份）")
    public ListingDTO signOff(@Context SecurityContext sc, @PathParam("id") long id, SignOffDTO signOff) {
        return listings.signOff(RestSupport.actor(sc), id, signOff);
    }

    @POST
    @Path("{id:[0-9]+}/extension")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "申请延期")
    public ListingDTO extension(@Context SecurityContext sc, @PathParam("id") long id, ExtensionDTO request) {
        return listings.requestExtension(RestSupport.actor(sc), id, request);
    }

    /** Body {@code {"approve": true|false, "reason": "…"}}. */
    @POST
    @Path("{id:[0-9]+}/extension/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "审批延期申请")
    public ListingDTO decide(@Context SecurityContext sc, @PathParam("id") long id, Map<String, Object> body) {
        Object approve = body == null ? null : body.get("approve");
        if (!(approve instanceof Boolean)) {
            throw RestSupport.bad("approve", "approve 应为 true（同意）或 false（不同意）");
        }
        Object reason = body.get("reason");
        return listings.decideExtension(RestSupport.actor(sc), id, (Boolean) approve,
                reason == null ? null : reason.toString());
    }

    /** Body {@code {"report": "…", "completedOn": "yyyy-MM-dd"}}. */
    @POST
    @Path("{id:[0-9]+}/completion")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "报告整改完成")
    public ListingDTO completion(@Context SecurityContext sc, @PathParam("id") long id, Map<String, String> body) {
        Map<String, String> b = body == null ? Map.of() : body;
        return listings.reportCompletion(RestSupport.actor(sc), id, b.get("report"), b.get("completedOn"));
    }

    /** Body {@code {"reviewUnit": "<unit id>"}}. */
    @POST
    @Path("{id:[0-9]+}/review-delegation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "委托监管部门复查验收")
    public ListingDTO delegate(@Context SecurityContext sc, @PathParam("id") long id, Map<String, String> body) {
        return listings.delegateReview(RestSupport.actor(sc), id, body == null ? null : body.get("reviewUnit"));
    }

    @POST
    @Path("{id:[0-9]+}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "复查验收")
    public ListingDTO review(@Context SecurityContext sc, @PathParam("id") long id, ReviewDTO review) {
        return listings.review(RestSupport.actor(sc), id, review);
    }

    /** Body {@code {"date": "yyyy-MM-dd"}}. */
    @POST
    @Path("{id:[0-9]+}/delisting")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "摘牌销号")
    public ListingDTO delist(@Context SecurityContext sc, @PathParam("id") long id, Map<String, String> body) {
        return listings.delist(RestSupport.actor(sc), id, body == null ? null : body.get("date"));
    }

    @POST
    @Path("{id:[0-9]+}/follow-ups")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "记录后续处理（立案、问责、曝光、一案双罚）")
    public ListingDTO followUp(@Context SecurityContext sc, @PathParam("id") long id, FollowUpDTO followUp) {
        return listings.addFollowUp(RestSupport.actor(sc), id, followUp);
    }

    @GET
    @Operation(summary = "挂牌督办清单（分页、筛选）")
    public ListingPage search(@Context SecurityContext sc, @QueryParam("jurisdiction") String jurisdiction,
            @QueryParam("unit") String unit, @QueryParam("status") String status,
            @QueryParam("overdue") String overdue, @QueryParam("q") String text,
            @QueryParam("offset") @DefaultValue("0") String offset, @QueryParam("limit") @DefaultValue("20") String limit,
            @QueryParam("sort") String sort) {
        ListingQuery q = query(jurisdiction, unit, status, overdue, text);
        q.sort = RestSupport.blankToNull(sort);
        q.offset = RestSupport.integer("offset", offset, 0, Integer.MAX_VALUE);
        q.limit = RestSupport.integer("limit", limit, 1, 200);
        return listings.search(RestSupport.actor(sc), q);
    }

    /** The filters of the list call, parsed into a query (400 naming the parameter when one is wrong). */
    static ListingQuery query(String jurisdiction, String unit, String status, String overdue, String text) {
        ListingQuery q = new ListingQuery();
        q.jurisdiction = jurisdiction;
        q.unit = unit;
        if (status != null && !status.isBlank()) {
            q.status = Arrays.stream(ListingStatus.values())
                    .filter(s -> s.name().equalsIgnoreCase(status.strip()) || s.label().equals(status.strip()))
                    .findFirst().orElseThrow(() -> RestSupport.bad("status", "未知的状态 “" + status + "”，可选："
                            + List.of(ListingStatus.values())));
        }
        q.overdue = RestSupport.bool("overdue", overdue);
        q.text = text;
        return q;
    }
}

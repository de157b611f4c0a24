package org.luoshi.ranking.internal.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.luoshi.api.ranking.EvaluationDTO;
import org.luoshi.api.ranking.RankHistoryDTO;
import org.luoshi.api.ranking.RankingDTO;
import org.luoshi.api.ranking.RankingService;
import org.luoshi.api.ranking.TypedValueDTO;
import org.luoshi.api.rest.RestSupport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** 考评排队 at {@code /api/rankings}: the rules, a month's ranking, its computation, typed values, publication, bulletin. */
@Path("/rankings")
@Produces(RestSupport.JSON)
@Tag(name = "考评排队")
@Component(service = RankingResource.class, property = {RestSupport.RESOURCE, RestSupport.APPLICATION})
public class RankingResource {
    private final RankingService rankings;

    @Activate
    public RankingResource(@Reference RankingService rankings) {
        this.rankings = rankings;
    }

    @GET
    @Operation(summary = "与本单位有关的考评办法（考评单位、被考评单位、指标与权重，来自辖区数据）")
    public List<EvaluationDTO> evaluations(@Context SecurityContext sc) {
        return rankings.evaluations(RestSupport.actor(sc));
    }

    @GET
    @Path("{evaluation}")
    @Operation(summary = "一项考评办法")
    public EvaluationDTO evaluation(@Context SecurityContext sc, @PathParam("evaluation") String evaluation) {
        return rankings.evaluation(RestSupport.actor(sc), evaluation);
    }

    @GET
    @Path("{evaluation}/history")
    @Operation(summary = "各单位历月名次与得分（已发布的月份）")
    public List<RankHistoryDTO> history(@Context SecurityContext sc, @PathParam("evaluation") String evaluation,
            @QueryParam("unit") String unit) {
        return rankings.history(RestSupport.actor(sc), evaluation, RestSupport.blankToNull(unit));
    }

    @GET
    @Path("{evaluation}/{month:[0-9][0-9][0-9][0-9]-[0-9][0-9]}")
    @Operation(summary = "某月考评排队：已发布的为冻结数据；未发布时考评单位看到当前数据及与已计算稿相比的变化")
    public RankingDTO ranking(@Context SecurityContext sc, @PathParam("evaluation") String evaluation,
            @PathParam("month") String month) {
        return rankings.ranking(RestSupport.actor(sc), evaluation, month);
    }

    @POST
    @Path("{evaluation}/{month:[0-9][0-9][0-9][0-9]-[0-9][0-9]}/computation")
    @Operation(summary = "计算并保存待发布稿，列出与上次计算相比的变化")
    public RankingDTO compute(@Context SecurityContext sc, @PathParam("evaluation") String evaluation,
            @PathParam("month") String month) {
        return rankings.compute(RestSupport.actor(sc), evaluation, month);
    }

    @PUT
    @Path("{evaluation}/{month:[0-9][0-9][0-9][0-9]-[0-9][0-9]}/typed")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "录入指标（考评组评定）：单位、指标、分值与理由；分值为空则清除")
    public TypedValueDTO enter(@Context SecurityContext sc, @PathParam("evaluation") String evaluation,
            @PathParam("month") String month, TypedValueDTO value) {
        return rankings.enter(RestSupport.actor(sc), evaluation, month, value);
    }

    @POST
    @Path("{evaluation}/{month:[0-9][0-9][0-9][0-9]-[0-9][0-9]}/publication")
    @Operation(summary = "发布：冻结已计算稿的数据")
    public RankingDTO publish(@Context SecurityContext sc, @PathParam("evaluation") String evaluation,
            @PathParam("month") String month) {
        return rankings.publish(RestSupport.actor(sc), evaluation, month);
    }

    @GET
    @Path("{evaluation}/{month:[0-9][0-9][0-9][0-9]-[0-9][0-9]}/bulletin.docx")
    @Produces("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    @Operation(summary = "简报（.docx）：已发布的月份为正式稿，未发布为征求意见稿")
    public Response bulletin(@Context SecurityContext sc, @PathParam("evaluation") String evaluation,
            @PathParam("month") String month) {
        return RestSupport.file("考评排队简报-" + month + ".docx", rankings.bulletin(RestSupport.actor(sc), evaluation, month),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }
}

package org.luoshi.spotchecks.internal.rest;

import java.net.URI;
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

import org.luoshi.api.Actor;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.PageDTO;
import org.luoshi.api.export.ExportService;
import org.luoshi.api.rest.RestSupport;
import org.luoshi.api.spotcheck.CoverageRowDTO;
import org.luoshi.api.spotcheck.RedrawDTO;
import org.luoshi.api.spotcheck.SpotCheckDTO;
import org.luoshi.api.spotcheck.SpotCheckRuleDTO;
import org.luoshi.api.spotcheck.SpotCheckService;
import org.luoshi.api.spotcheck.SpotCheckSheet;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** 抽查 at {@code /api/spot-checks}: campaigns, their reproducible draw, the coverage report and its workbooks. */
@Path("/spot-checks")
@Produces(RestSupport.JSON)
@Tag(name = "抽查")
@Component(service = SpotCheckResource.class, property = {RestSupport.RESOURCE, RestSupport.APPLICATION})
public class SpotCheckResource {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final SpotCheckService spotChecks;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ExportService exports;

    @Activate
    public SpotCheckResource(@Reference SpotCheckService spotChecks) {
        this.spotChecks = spotChecks;
    }

    @GET
    @Path("rule")
    @Operation(summary = "某单位所在层级的抽查比例下限（辖区数据）、可选行业领域和现有企业数")
    public SpotCheckRuleDTO rule(@Context SecurityContext sc, @QueryParam("office") String office) {
        return spotChecks.rule(RestSupport.actor(sc), office);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "新建抽查（名称、组织单位、行业领域、比例不低于本级下限、开始日期、完成期限）")
    public Response create(@Context SecurityContext sc, SpotCheckDTO campaign) {
        SpotCheckDTO made = spotChecks.create(RestSupport.actor(sc), campaign);
        return Response.created(URI.create("spot-checks/" + made.id)).entity(made).build();
    }

    @GET
    @Operation(summary = "抽查列表（本单位及下级，按开始日期倒序；可按单位、年度筛选）")
    public PageDTO<SpotCheckDTO> list(@Context SecurityContext sc, @QueryParam("office") String office,
            @QueryParam("year") String year, @QueryParam("offset") @DefaultValue("0") String offset,
            @QueryParam("limit") @DefaultValue("20") String limit) {
        Integer y = RestSupport.blankToNull(year) == null ? null : RestSupport.integer("year", year, 2000, 2100);
        return spotChecks.list(RestSupport.actor(sc), RestSupport.blankToNull(office), y,
                RestSupport.integer("offset", offset, 0, Integer.MAX_VALUE), RestSupport.integer("limit", limit, 1, 200));
    }

    @GET
    @Path("{id:[0-9]+}")
    @Operation(summary = "一次抽查：分层名额、抽中企业及其检查进度")
    public SpotCheckDTO get(@Context SecurityContext sc, @PathParam("id") long id) {
        return spotChecks.get(RestSupport.actor(sc), id);
    }

    /** Body {@code {"seed": "<digits>"}} to draw with a given seed (e.g. drawn in public), or none for a random one. */
    @POST
    @Path("{id:[0-9]+}/draw")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "抽取：冻结企业范围，按记录的随机种子分层抽取，每家抽中企业生成一项待确认的督导检查")
    public SpotCheckDTO draw(@Context SecurityContext sc, @PathParam("id") long id, Map<String, Object> body) {
        Object seed = body == null ? null : body.get("seed");
        if (seed != null && !(seed instanceof String) && !(seed instanceof Number)) {
            throw RestSupport.bad("seed", "随机种子应为数字");
        }
        return spotChecks.draw(RestSupport.actor(sc), id, seed == null ? null : seed.toString());
    }

    @GET
    @Path("{id:[0-9]+}/redraw")
    @Operation(summary = "复核：用记录的种子和企业范围重新抽取，核对与原样本是否一致")
    public RedrawDTO redraw(@Context SecurityContext sc, @PathParam("id") long id) {
        return spotChecks.redraw(RestSupport.actor(sc), id);
    }

    @POST
    @Path("{id:[0-9]+}/inspections")
    @Operation(summary = "为尚未生成检查的抽中企业生成督导检查（巡查检查模块曾停用时）")
    public SpotCheckDTO inspections(@Context SecurityContext sc, @PathParam("id") long id) {
        return spotChecks.makeInspections(RestSupport.actor(sc), id);
    }

    @POST
    @Path("{id:[0-9]+}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "撤销尚未抽取的抽查（须说明理由）")
    public SpotCheckDTO cancel(@Context SecurityContext sc, @PathParam("id") long id, Map<String, Object> body) {
        Object reason = body == null ? null : body.get("reason");
        return spotChecks.cancel(RestSupport.actor(sc), id, reason instanceof String r ? r : null);
    }

    @GET
    @Path("{id:[0-9]+}/sample.xlsx")
    @Produces(RestSupport.XLSX)
    @Operation(summary = "导出抽中企业及检查进度（.xlsx）")
    public Response sample(@Context SecurityContext sc, @PathParam("id") long id) {
        SpotCheckDTO c = spotChecks.get(RestSupport.actor(sc), id);
        return RestSupport.file("抽查名单-" + id + ".xlsx", export().table(SpotCheckSheet.title(c),
                SpotCheckSheet.SAMPLE_COLUMNS, SpotCheckSheet.sampleRows(c)), RestSupport.XLSX);
    }

    @GET
    @Path("coverage")
    @Operation(summary = "抽查覆盖情况：各组织单位当年应抽、已抽、已检查、发现问题、逾期未检与是否达标")
    public List<CoverageRowDTO> coverage(@Context SecurityContext sc, @QueryParam("unit") String unit,
            @QueryParam("year") String year) {
        Actor actor = RestSupport.actor(sc);
        return spotChecks.coverage(actor, RestSupport.blankToNull(unit), year(year));
    }

    @GET
    @Path("coverage.xlsx")
    @Produces(RestSupport.XLSX)
    @Operation(summary = "导出抽查覆盖情况（.xlsx）")
    public Response coverageXlsx(@Context SecurityContext sc, @QueryParam("unit") String unit,
            @QueryParam("year") String year) {
        int y = year(year);
        List<CoverageRowDTO> rows = spotChecks.coverage(RestSupport.actor(sc), RestSupport.blankToNull(unit), y);
        return RestSupport.file("抽查覆盖情况-" + y + ".xlsx", export().table(y + " 年抽查覆盖情况",
                SpotCheckSheet.COVERAGE_COLUMNS, SpotCheckSheet.coverageRows(rows)), RestSupport.XLSX);
    }

    private static int year(String year) {
        return RestSupport.blankToNull(year) == null ? LocalDate.now(ZONE).getYear()
                : RestSupport.integer("year", year, 2000, 2100);
    }

    private ExportService export() {
        ExportService e = exports;
        if (e == null) {
            throw LuoshiException.unavailable("导入导出模块未启用");
        }
        return e;
    }
}

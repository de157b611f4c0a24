package org.luoshi.enterprises.internal.rest;

import java.io.InputStream;
import java.net.URI;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
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

import org.luoshi.api.LuoshiException;
import org.luoshi.api.enterprise.EnterpriseDTO;
import org.luoshi.api.enterprise.EnterpriseHistoryDTO;
import org.luoshi.api.enterprise.EnterprisePage;
import org.luoshi.api.enterprise.EnterpriseQuery;
import org.luoshi.api.enterprise.EnterpriseService;
import org.luoshi.api.enterprise.EnterpriseSheet;
import org.luoshi.api.enterprise.ImportReportDTO;
import org.luoshi.api.export.ExportService;
import org.luoshi.api.rest.RestSupport;
import org.luoshi.enterprises.internal.EnterpriseServiceImpl;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** 企业名录 at {@code /api/enterprises}: the register, its import from .xlsx and each enterprise's history. */
@Path("/enterprises")
@Produces(RestSupport.JSON)
@Tag(name = "企业名录")
@Component(service = EnterpriseResource.class, property = {RestSupport.RESOURCE, RestSupport.APPLICATION})
public class EnterpriseResource {
    /** The largest import file taken (5 000 rows are far smaller). */
    static final int MAX_IMPORT_BYTES = 10 * 1024 * 1024;

    private final EnterpriseService enterprises;
    /** Reads and writes workbooks, while the export module runs. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ExportService exports;

    @Activate
    public EnterpriseResource(@Reference EnterpriseService enterprises) {
        this.enterprises = enterprises;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "登记企业（统一社会信用代码按 GB 32100-2015 校验，不得重复）")
    public Response create(@Context SecurityContext sc, EnterpriseDTO enterprise) {
        EnterpriseDTO made = enterprises.create(RestSupport.actor(sc), enterprise);
        return Response.created(URI.create("enterprises/" + made.id)).entity(made).build();
    }

    @GET
    @Operation(summary = "企业名录（分页、筛选：辖区、监管单位及下级、行业领域、状态、名称或信用代码、高危）")
    public EnterprisePage list(@Context SecurityContext sc, @QueryParam("jurisdiction") String jurisdiction,
            @QueryParam("unit") String unit, @QueryParam("sector") String sector, @QueryParam("status") String status,
            @QueryParam("q") String text, @QueryParam("highRisk") String highRisk, @QueryParam("sort") String sort,
            @QueryParam("offset") @DefaultValue("0") String offset, @QueryParam("limit") @DefaultValue("20") String limit) {
        EnterpriseQuery q = new EnterpriseQuery();
        q.jurisdiction = RestSupport.blankToNull(jurisdiction);
        q.unit = RestSupport.blankToNull(unit);
        q.sector = RestSupport.blankToNull(sector);
        q.status = RestSupport.blankToNull(status);
        if (q.status != null && !EnterpriseDTO.STATUSES.contains(q.status)) {
            throw RestSupport.bad("status", "状态应为 " + EnterpriseDTO.STATUSES);
        }
        q.text = RestSupport.blankToNull(text);
        q.highRisk = RestSupport.bool("highRisk", highRisk);
        q.sort = RestSupport.blankToNull(sort);
        q.offset = RestSupport.integer("offset", offset, 0, Integer.MAX_VALUE);
        q.limit = RestSupport.integer("limit", limit, 1, 200);
        return enterprises.list(RestSupport.actor(sc), q);
    }

    @GET
    @Path("{id:[0-9]+}")
    @Operation(summary = "一家企业")
    public EnterpriseDTO get(@Context SecurityContext sc, @PathParam("id") long id) {
        return enterprises.get(RestSupport.actor(sc), id);
    }

    @PUT
    @Path("{id:[0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "修改企业信息（带 version 防止覆盖他人的修改；信用代码不可改）")
    public EnterpriseDTO update(@Context SecurityContext sc, @PathParam("id") long id, EnterpriseDTO enterprise) {
        return enterprises.update(RestSupport.actor(sc), id, enterprise);
    }

    @GET
    @Path("{id:[0-9]+}/history")
    @Operation(summary = "企业的来龙去脉：其问题隐患及由此而来的挂牌督办、移送等记录")
    public EnterpriseHistoryDTO history(@Context SecurityContext sc, @PathParam("id") long id) {
        return enterprises.history(RestSupport.actor(sc), id);
    }

    @GET
    @Path("sectors")
    @Operation(summary = "某辖区或单位可选的行业领域（模块配置 / 辖区插件；未设时为通用列表）")
    public List<String> sectors(@Context SecurityContext sc, @QueryParam("jurisdiction") String jurisdiction) {
        RestSupport.actor(sc);
        return enterprises.sectors(jurisdiction);
    }

    @GET
    @Path("template.xlsx")
    @Produces(RestSupport.XLSX)
    @Operation(summary = "导入模板（.xlsx）")
    public Response template(@Context SecurityContext sc) {
        RestSupport.actor(sc);
        return RestSupport.file("企业名录导入模板.xlsx", export().table(EnterpriseSheet.TEMPLATE_TITLE,
                EnterpriseSheet.COLUMNS, EnterpriseSheet.TEMPLATE_EXAMPLE), RestSupport.XLSX);
    }

    /** The workbook as the body; all rows or none (400 with every row's problems). */
    @POST
    @Path("import")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "从 .xlsx 导入企业：全部无误才导入，否则逐行列出问题、一家也不导入")
    public Response importXlsx(@Context SecurityContext sc, @QueryParam("jurisdiction") String jurisdiction,
            @HeaderParam("Content-Length") long length, InputStream body) {
        org.luoshi.api.Actor actor = RestSupport.actor(sc);
        byte[] bytes = RestSupport.body(body, length, MAX_IMPORT_BYTES);
        List<List<String>> rows = export().readRows(bytes, EnterpriseServiceImpl.MAX_IMPORT_ROWS);
        ImportReportDTO report = enterprises.importRows(actor, jurisdiction, rows);
        return Response.status(report.errors.isEmpty() ? 200 : 400).entity(report).build();
    }

    @GET
    @Path("export.xlsx")
    @Produces(RestSupport.XLSX)
    @Operation(summary = "导出企业名录（按当前筛选，最多 5000 家）")
    public Response exportXlsx(@Context SecurityContext sc, @QueryParam("jurisdiction") String jurisdiction,
            @QueryParam("unit") String unit, @QueryParam("sector") String sector, @QueryParam("status") String status,
            @QueryParam("q") String text) {
        EnterpriseQuery q = new EnterpriseQuery();
        q.jurisdiction = RestSupport.blankToNull(jurisdiction);
        q.unit = RestSupport.blankToNull(unit);
        q.sector = RestSupport.blankToNull(sector);
        q.status = RestSupport.blankToNull(status);
        q.text = RestSupport.blankToNull(text);
        List<List<String>> rows = EnterpriseSheet.rows(enterprises, RestSupport.actor(sc), q);
        return RestSupport.file("企业名录.xlsx", export().table("企业名录", EnterpriseSheet.COLUMNS, rows),
                RestSupport.XLSX);
    }

    private ExportService export() {
        ExportService e = exports;
        if (e == null) {
            throw LuoshiException.unavailable("导入导出模块未启用");
        }
        return e;
    }
}

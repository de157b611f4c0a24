package org.luoshi.lists.internal.rest;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.luoshi.api.Actor;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.export.ExportService;
import org.luoshi.api.hazard.HazardDTO;
import org.luoshi.api.hazard.HazardPage;
import org.luoshi.api.hazard.HazardQuery;
import org.luoshi.api.hazard.HazardService;
import org.luoshi.api.jurisdiction.JurisdictionRegistry;
import org.luoshi.api.rest.Downloads;
import org.luoshi.api.rest.RestSupport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The monthly major-hazard list (每月重大事故隐患清单) generated from the records, at
 * {@code /api/exports/major-hazards.xlsx?unit=…&month=yyyy-MM}: the ledger (台账) of every major hazard of the unit and
 * everything below it found by the month's end, numbered item by item (逐项编号) in the order found (date, then record
 * number, so a number never changes once given), with 本月新增 and where each stood at the month's end. Seed 004 五（一）:
 * "各专项领导小组…重大事故隐患，于每月 25 日前上报局办公室，办公室汇总后每月 29 日上报县委办，进行逐项编号、建立台账，形成每月
 * 重大事故隐患清单".
 */
@Path("/exports/major-hazards.xlsx")
@Tag(name = "问题隐患整改清单")
@Component(service = MajorHazardLedgerResource.class, property = {RestSupport.RESOURCE, RestSupport.APPLICATION})
public class MajorHazardLedgerResource {
    /** More major hazards than an office's ledger holds in years; a larger answer is refused rather than cut. */
    static final int MAX = 20_000;
    static final List<String> HEADERS = List.of("编号", "隐患所在单位", "企业", "重大事故隐患描述", "来源", "发现日期",
            "检查单位", "整改时限", "是否挂牌督办", "本月新增", "截至月末整改情况", "整改完成时间");

    private final HazardService hazards;
    private final JurisdictionRegistry registry;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ExportService export;

    @Activate
    public MajorHazardLedgerResource(@Reference HazardService hazards, @Reference JurisdictionRegistry registry) {
        this.hazards = hazards;
        this.registry = registry;
    }

    @GET
    @Operation(summary = "导出每月重大事故隐患清单（.xlsx，逐项编号的台账）")
    public Response ledger(@Context SecurityContext sc, @QueryParam("unit") String unit, @QueryParam("month") String month) {
        Actor actor = RestSupport.actor(sc);
        if (unit == null || unit.isBlank()) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, "请指定单位", Map.of("unit", "请指定单位"));
        }
        YearMonth ym;
        try {
            ym = month == null || month.isBlank() ? YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")) : YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, "月份应为 yyyy-MM，如 2023-06",
                    Map.of("month", "月份格式应为 yyyy-MM"));
        }
        ExportService service = Downloads.service(export);
        LocalDate end = ym.atEndOfMonth();
        HazardQuery q = new HazardQuery();
        q.unit = unit.strip();
        q.major = true;
        q.foundTo = end.toString();
        q.sort = "inspectionDate";
        q.limit = 200;
        List<HazardDTO> all = new ArrayList<>();
        for (int offset = 0;; offset += q.limit) {
            q.offset = offset;
            HazardPage p = hazards.list(actor, q);
            all.addAll(p.items);
            if (p.items.isEmpty() || all.size() >= p.total) {
                break;
            }
            if (all.size() > MAX) {
                throw new LuoshiException(LuoshiException.Kind.INVALID, "重大事故隐患超过 " + MAX + " 项，请按下级单位分别导出",
                        Map.of("unit", "记录过多"));
            }
        }
        all.sort(Comparator.comparing((HazardDTO h) -> h.inspectionDate).thenComparing(h -> h.id));
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (HazardDTO h : all) {
            n++;
            LocalDate found = LocalDate.parse(h.inspectionDate);
            LocalDate done = h.completedOn == null ? null : LocalDate.parse(h.completedOn);
            boolean doneByEnd = done != null && !done.isAfter(end);
            String state = doneByEnd ? "已整改" : h.deadline != null && LocalDate.parse(h.deadline).isBefore(end)
                    ? "逾期未整改" : "整改中";
            rows.add(List.of(String.valueOf(n), Downloads.name(registry, h.unit), nz(h.enterpriseName), nz(h.description),
                    h.source == null ? "" : h.source.label(), h.inspectionDate, nz(h.inspectionUnit), nz(h.deadline),
                    Boolean.TRUE.equals(h.listed) ? "是" : "否", YearMonth.from(found).equals(ym) ? "是" : "否", state,
                    doneByEnd ? h.completedOn : ""));
        }
        String title = Downloads.name(registry, q.unit) + "重大事故隐患清单（截至" + ym.getYear() + "年" + ym.getMonthValue()
                + "月底，共 " + rows.size() + " 项）";
        return RestSupport.file(title + ".xlsx", service.table(title, HEADERS, rows), ExportService.XLSX);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}

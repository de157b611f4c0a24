package org.luoshi.api.spotcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The spot-check workbooks' columns and rows, one definition for the REST face and the UI. */
public final class SpotCheckSheet {
    public static final List<String> SAMPLE_COLUMNS = List.of("行业领域", "统一社会信用代码", "单位名称", "监管单位", "抽取键",
            "检查编号", "检查状态", "发现问题", "列入隐患", "逾期");
    public static final List<String> COVERAGE_COLUMNS = List.of("单位", "层级", "比例下限（%）", "抽查次数", "企业总数", "应抽",
            "已抽", "已检查", "覆盖率（%）", "发现问题", "列入隐患", "逾期未检", "是否达标");
    /** The states of a sampled enterprise's inspection, in words. */
    public static final Map<String, String> INSPECTION_STATUS = Map.of("DRAFT", "待确认", "DISCARDED", "不予开展", "OPEN",
            "检查中", "FED_BACK", "已反馈", "REPORTED", "已报告整改", "CLOSED", "已结束");

    private SpotCheckSheet() {
    }

    public static String title(SpotCheckDTO c) {
        return c.organizerName + " · " + c.title + "（比例 " + c.ratio + "%，种子 " + c.seed + "）";
    }

    public static List<List<String>> sampleRows(SpotCheckDTO c) {
        List<List<String>> rows = new ArrayList<>();
        for (SampleItemDTO i : c.items) {
            rows.add(List.of(i.sector, i.creditCode, i.enterpriseName, nz(i.supervisingUnitName), i.key,
                    i.inspectionId == null ? "" : i.inspectionId.toString(),
                    i.inspectionStatus == null ? "未生成" : INSPECTION_STATUS.getOrDefault(i.inspectionStatus, i.inspectionStatus),
                    Integer.toString(i.findings), Integer.toString(i.hazards), i.overdue ? "逾期" : ""));
        }
        return rows;
    }

    public static List<List<String>> coverageRows(List<CoverageRowDTO> coverage) {
        List<List<String>> rows = new ArrayList<>();
        for (CoverageRowDTO r : coverage) {
            rows.add(List.of(r.officeName, nz(r.levelLabel), Integer.toString(r.minimumRatio), Integer.toString(r.campaigns),
                    Integer.toString(r.population), Integer.toString(r.target), Integer.toString(r.sampled),
                    Integer.toString(r.inspected), Double.toString(r.coverage), Integer.toString(r.findings),
                    Integer.toString(r.hazards), Integer.toString(r.overdue), r.met ? "达标" : "未达标"));
        }
        return rows;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}

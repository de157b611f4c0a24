package org.luoshi.api.enterprise;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The register as a sheet: the columns of the import template and of the export, the Chinese names of the codes, and
 * an enterprise as a row — one definition for the REST face, the UI and the import.
 */
public final class EnterpriseSheet {
    /** The template's columns, in order (the first four are required in an import). */
    public static final List<String> COLUMNS = List.of("统一社会信用代码", "单位名称", "行业领域", "监管单位", "地址", "规模", "状态",
            "高危标识", "负责人");
    public static final Map<String, String> STATUS_LABELS = Map.of(EnterpriseDTO.OPERATING, "在产", EnterpriseDTO.SUSPENDED,
            "停产", EnterpriseDTO.CLOSED, "关闭");
    public static final Map<String, String> SCALE_LABELS = Map.of("LARGE", "大型", "MEDIUM", "中型", "SMALL", "小型", "MICRO",
            "微型");
    /** The template's title and its example row. */
    public static final String TEMPLATE_TITLE = "企业名录导入模板（第3行为示例，导入前请删除）";
    public static final List<List<String>> TEMPLATE_EXAMPLE = List.of(List.of("91350100M000100Y43", "示例：某某煤业有限公司",
            "煤矿", "某某县应急局", "某某镇", "中型", "在产", "重大危险源、有限空间作业", "法定代表人"));

    private EnterpriseSheet() {
    }

    /** The most enterprises one export carries. */
    public static final int MAX_EXPORT = 5000;

    /** The enterprises the query finds (its paging ignored), as rows, at most {@link #MAX_EXPORT}. */
    public static List<List<String>> rows(EnterpriseService register, org.luoshi.api.Actor actor, EnterpriseQuery query) {
        List<List<String>> rows = new java.util.ArrayList<>();
        query.limit = 200;
        for (int offset = 0; offset < MAX_EXPORT; offset += query.limit) {
            query.offset = offset;
            List<EnterpriseDTO> page = register.list(actor, query).items;
            page.forEach(e -> rows.add(row(e)));
            if (page.size() < query.limit) {
                break;
            }
        }
        return rows;
    }

    /** An enterprise in the template's columns (the export of the register). */
    public static List<String> row(EnterpriseDTO e) {
        return Arrays.asList(e.creditCode, e.name, e.sector, e.supervisingUnitName, e.address,
                e.scale == null ? null : SCALE_LABELS.get(e.scale), STATUS_LABELS.getOrDefault(e.status, e.status),
                String.join("、", e.highRisk), e.principal);
    }
}

package org.luoshi.api.enterprise;

import java.util.ArrayList;
import java.util.List;

/** A 生产经营单位 in the register. */
public class EnterpriseDTO {
    /** 在产 */
    public static final String OPERATING = "OPERATING";
    /** 停产（停业） */
    public static final String SUSPENDED = "SUSPENDED";
    /** 关闭（注销） */
    public static final String CLOSED = "CLOSED";
    public static final List<String> STATUSES = List.of(OPERATING, SUSPENDED, CLOSED);
    /** 规模: 规上 (above designated size), 规下, 小微 */
    public static final List<String> SCALES = List.of("LARGE", "MEDIUM", "SMALL", "MICRO");

    public Long id;
    /** 统一社会信用代码 (18 characters, checked, unique). */
    public String creditCode;
    /** 单位名称 */
    public String name;
    /** The jurisdiction whose register it is in. */
    public String jurisdiction;
    /** 行业领域, one of the jurisdiction's sectors (模块配置 enterprises.sectors). */
    public String sector;
    /** 监管单位: the unit that supervises it (日常监管部门); it and the units above it see the enterprise. */
    public String supervisingUnit;
    public String supervisingUnitName;
    /** 地址 */
    public String address;
    /** 规模: LARGE 大型, MEDIUM 中型, SMALL 小型, MICRO 微型 (optional). */
    public String scale;
    /** OPERATING, SUSPENDED or CLOSED. */
    public String status;
    /** 高危标识, e.g. 重大危险源, 涉爆粉尘, 有限空间作业, 液氨制冷 (free words, at most 10). */
    public List<String> highRisk = new ArrayList<>();
    /** 负责人 (a role title, e.g. 法定代表人; never required). */
    public String principal;
    public String createdBy;
    public String createdAt;
    public String updatedAt;
    public Long version;
}

package org.luoshi.api.enterprise;

import java.util.List;

import org.luoshi.api.Actor;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The register of enterprises. Who may: an enterprise is its supervising unit's; that unit and the units above it
 * read and change it, and register new ones under themselves or below. Decided here.
 */
@ProviderType
public interface EnterpriseService {
    EnterpriseDTO create(Actor actor, EnterpriseDTO in);

    /** Changes name, sector, supervising unit, address, scale, status, flags; {@code version} guards against overwrites. */
    EnterpriseDTO update(Actor actor, long id, EnterpriseDTO in);

    EnterpriseDTO get(Actor actor, long id);

    /** The enterprise with that credit code, if the caller may see it. */
    java.util.Optional<EnterpriseDTO> byCreditCode(Actor actor, String creditCode);

    EnterprisePage list(Actor actor, EnterpriseQuery query);

    /** The sectors (行业领域) of a jurisdiction's register: its 模块配置 / region data, else the national list. */
    List<String> sectors(String jurisdiction);

    /**
     * Imports rows (the template's columns: 统一社会信用代码, 单位名称, 行业领域, 监管单位, 地址, 规模, 状态, 高危标识, 负责人)
     * into a jurisdiction: every row valid, or none imported and every row's problems reported. A credit code already in
     * the register is a problem of its row, so is one repeated in the file.
     */
    ImportReportDTO importRows(Actor actor, String jurisdiction, List<List<String>> rows);

    /** The enterprise and the records about it the caller may see. */
    EnterpriseHistoryDTO history(Actor actor, long id);
}

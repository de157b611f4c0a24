package org.luoshi.api.transfer;

import java.util.ArrayList;
import java.util.List;

/**
 * A transfer of a suspected safety crime (行刑衔接, seed 000 八) by a department to the public-security unit of the same
 * level; a cross-region case goes to the public security of the common higher level, which coordinates.
 */
public class TransferDTO {
    public Long id;
    public String jurisdiction;
    /**
     * One of the five situations of seed 000 八（二）: EQUIPMENT_TAMPERED (监测、报警、防护、救生设备设施关闭破坏或数据篡改),
     * ORDER_REFUSED (拒不执行停产停业、停止施工、停止使用决定), UNAPPROVED_HIGH_RISK (未经批准擅自从事高危生产作业),
     * FIRE_REFUSED (拒不改正消防违法行为造成严重后果), OTHER_CRIME (其他涉嫌安全生产犯罪).
     */
    public String situation;
    /** The transferring department (unit id). */
    public String fromUnit;
    /** The receiving public-security unit (unit id, kind police). */
    public String toUnit;
    /** For a cross-region case: the other region involved (unit id); the case then goes to the common higher level. */
    public String otherRegion;
    /** The common higher region that coordinates a cross-region case; computed. */
    public String coordinator;
    /** 涉嫌犯罪事实 */
    public String facts;
    public List<SourceRefDTO> sources = new ArrayList<>();
    /** Evidence files (see FileService, owner "transfer"). */
    public List<Long> evidence = new ArrayList<>();
    /** SENT → ACCEPTED → CONCLUDED */
    public String status;
    public String sentBy;
    public String sentAt;
    public String acceptedBy;
    public String acceptedAt;
    /** FILED 立案, NOT_FILED 不予立案, RETURNED 退回补充 */
    public String outcome;
    public String outcomeNote;
    public String concludedAt;
    public List<ShareDTO> shares = new ArrayList<>();
}

package org.luoshi.spotchecks.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

/** One enterprise of a drawn campaign's frame, as it stood when drawn; a sampled one with its inspection. */
@Entity
@Table(name = "LS_SPOT_FRAME")
public class FrameEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "spotFrameIds")
    @TableGenerator(name = "spotFrameIds", table = "LS_SEQUENCE", pkColumnName = "NAME", valueColumnName = "NEXT_VALUE",
            pkColumnValue = "SPOT_FRAME", allocationSize = 500)
    Long id;
    @Column(name = "CAMPAIGN_ID", nullable = false)
    long campaignId;
    @Column(name = "ENTERPRISE_ID", nullable = false)
    long enterpriseId;
    @Column(name = "CREDIT_CODE", nullable = false, length = 18)
    String creditCode;
    @Column(name = "ENTERPRISE_NAME", nullable = false, length = 200)
    String enterpriseName;
    @Column(nullable = false, length = 50)
    String sector;
    @Column(name = "SUPERVISING_UNIT", nullable = false, length = 200)
    String supervisingUnit;
    @Column(nullable = false)
    boolean sampled;
    @Column(name = "INSPECTION_ID")
    Long inspectionId;
}

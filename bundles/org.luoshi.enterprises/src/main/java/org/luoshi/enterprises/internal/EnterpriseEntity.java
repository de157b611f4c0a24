package org.luoshi.enterprises.internal;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.Version;

/** A 生产经营单位 of the register. */
@Entity
@Table(name = "LS_ENTERPRISE")
public class EnterpriseEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "enterpriseIds")
    @TableGenerator(name = "enterpriseIds", table = "LS_SEQUENCE", pkColumnName = "NAME", valueColumnName = "NEXT_VALUE",
            pkColumnValue = "ENTERPRISE", allocationSize = 50)
    Long id;
    @Column(name = "CREDIT_CODE", nullable = false, length = 18, unique = true)
    String creditCode;
    @Column(nullable = false, length = 200)
    String name;
    @Column(nullable = false, length = 40)
    String jurisdiction;
    @Column(nullable = false, length = 50)
    String sector;
    @Column(name = "SUPERVISING_UNIT", nullable = false, length = 200)
    String supervisingUnit;
    @Column(length = 300)
    String address;
    @Column(length = 10)
    String scale;
    @Column(nullable = false, length = 12)
    String status;
    /** 高危标识, separated by "、". */
    @Column(name = "HIGH_RISK", length = 500)
    String highRisk;
    @Column(length = 100)
    String principal;
    @Column(name = "CREATED_BY", nullable = false, length = 100)
    String createdBy;
    @Column(name = "CREATED_AT", nullable = false)
    LocalDateTime createdAt;
    @Column(name = "UPDATED_AT", nullable = false)
    LocalDateTime updatedAt;
    @Version
    Long version;
}

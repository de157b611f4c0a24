package org.luoshi.settings.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.UniqueConstraint;
import javax.persistence.Version;

/** A module's setting set at a scope; (scope, module, key) is unique. */
@Entity
@Table(name = "LS_SETTING", uniqueConstraints = @UniqueConstraint(name = "LS_SETTING_KEY",
        columnNames = {"SCOPE", "MODULE", "SKEY"}))
public class SettingEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "settingIds")
    @TableGenerator(name = "settingIds", table = "LS_SEQUENCE", pkColumnName = "NAME", valueColumnName = "NEXT_VALUE",
            pkColumnValue = "SETTING", allocationSize = 10)
    Long id;
    @Column(nullable = false, length = 200)
    String scope;
    @Column(nullable = false, length = 50)
    String module;
    @Column(name = "SKEY", nullable = false, length = 100)
    String key;
    @Column(name = "SVALUE", nullable = false, length = 2000)
    String value;
    @Version
    Long version;
}

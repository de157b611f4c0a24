package org.luoshi.settings.internal;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

/** One change of a setting at a scope; its id is the version the history shows and rollback names. */
@Entity
@Table(name = "LS_SETTING_CHANGE")
public class SettingChangeEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "settingChangeIds")
    @TableGenerator(name = "settingChangeIds", table = "LS_SEQUENCE", pkColumnName = "NAME",
            valueColumnName = "NEXT_VALUE", pkColumnValue = "SETTING_CHANGE", allocationSize = 1)
    Long id;
    @Column(nullable = false, length = 200)
    String scope;
    @Column(nullable = false, length = 50)
    String module;
    @Column(name = "SKEY", nullable = false, length = 100)
    String key;
    @Column(name = "BEFOREVALUE", length = 2000)
    String before;
    @Column(name = "AFTERVALUE", length = 2000)
    String after;
    @Column(nullable = false, length = 100)
    String author;
    @Column(name = "CHANGEDAT", nullable = false)
    LocalDateTime at;
    @Column(length = 200)
    String note;
}

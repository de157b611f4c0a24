package org.luoshi.files.internal;

import java.time.LocalDateTime;

import javax.persistence.Basic;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

/** A stored file: description, hash and the bytes themselves (a BLOB; nothing on the file system). */
@Entity
@Table(name = "LS_FILE", indexes = @Index(name = "LS_FILE_OWNER", columnList = "OWNER_TYPE,OWNER_ID"))
public class FileEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "fileIds")
    @TableGenerator(name = "fileIds", table = "LS_SEQUENCE", pkColumnName = "NAME", valueColumnName = "NEXT_VALUE",
            pkColumnValue = "FILE", allocationSize = 20)
    Long id;
    @Column(name = "OWNER_TYPE", nullable = false, length = 20)
    String ownerType;
    @Column(name = "OWNER_ID", nullable = false)
    Long ownerId;
    @Column(name = "UNIT_ID", nullable = false, length = 200)
    String unit;
    /** "|unit|unit|": further units that may read it. */
    @Column(nullable = false, length = 2000)
    String readers;
    @Column(nullable = false, length = 200)
    String name;
    @Column(nullable = false, length = 100)
    String mediaType;
    long size;
    @Column(nullable = false, length = 64)
    String sha256;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, length = 104857600)
    byte[] content;
    @Column(nullable = false, length = 100)
    String uploadedBy;
    @Column(nullable = false)
    LocalDateTime uploadedAt;
}

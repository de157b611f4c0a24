package org.luoshi.api.file;

/** A stored file's description; its bytes come from {@link FileService#content}. */
public class FileDTO {
    public Long id;
    /** The record it belongs to ("transfer", "tipoff", "inspection", …) and its id. */
    public String ownerType;
    public Long ownerId;
    /** The unit the file belongs to; its users (and the levels above) may read it. */
    public String unit;
    /** Further units whose users may read it (e.g. the public security receiving a transfer). */
    public java.util.List<String> readers = new java.util.ArrayList<>();
    /** A display name only (never a path): cleaned of directories and control characters. */
    public String name;
    /** The type found in the content: application/pdf, image/jpeg, image/png, text/plain, or an OOXML document. */
    public String mediaType;
    public long size;
    /** SHA-256 of the bytes, hex. */
    public String sha256;
    public String uploadedBy;
    public String uploadedAt;
}

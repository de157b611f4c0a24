package org.luoshi.api.link;

/** A record of some module, as a link shows it: type (e.g. {@code hazard}), id and a short title. */
public class RecordRefDTO {
    public String type;
    public long id;
    public String title;

    public RecordRefDTO() {
    }

    public RecordRefDTO(String type, long id, String title) {
        this.type = type;
        this.id = id;
        this.title = title;
    }

    public boolean is(String type, long id) {
        return this.id == id && this.type != null && this.type.equals(type);
    }
}

package org.luoshi.api.link;

/** One link between two records: {@code to} came of {@code from} (e.g. an inspection finding became a hazard). */
public class RecordLinkDTO {
    public RecordRefDTO from;
    public RecordRefDTO to;

    public RecordLinkDTO() {
    }

    public RecordLinkDTO(RecordRefDTO from, RecordRefDTO to) {
        this.from = from;
        this.to = to;
    }
}

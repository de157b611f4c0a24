package org.luoshi.api.transfer;

/** A record a transfer comes from: "inspection", "hazard", "listing" or "tipoff", and its id. */
public class SourceRefDTO {
    public String type;
    public Long id;

    public SourceRefDTO() {
    }

    public SourceRefDTO(String type, Long id) {
        this.type = type;
        this.id = id;
    }
}

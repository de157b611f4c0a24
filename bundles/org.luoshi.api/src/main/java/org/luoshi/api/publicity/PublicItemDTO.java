package org.luoshi.api.publicity;

/** A published item as the public page shows it: no internal ids of people, no identities, no notes. */
public class PublicItemDTO {
    public Long id;
    public String kind;
    public String title;
    public String body;
    public String month;
    /** The publishing unit's name. */
    public String publisher;
    public String publishedAt;
}

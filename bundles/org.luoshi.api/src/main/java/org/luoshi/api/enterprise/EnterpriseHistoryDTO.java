package org.luoshi.api.enterprise;

import java.util.ArrayList;
import java.util.List;

import org.luoshi.api.link.RecordRefDTO;

/**
 * An enterprise and the records about it that the caller may see, newest first: its hazards and what came of them
 * (listings, transfers, publications), its accidents and inspections — as far as the modules holding them run.
 */
public class EnterpriseHistoryDTO {
    public EnterpriseDTO enterprise;
    public List<Entry> records = new ArrayList<>();
    /** Counts by record type (hazard, listing, transfer, …). */
    public java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();

    /** One record: its type, id, title, date and state. */
    public static class Entry {
        public RecordRefDTO record;
        public String date;
        public String status;
        /** The record it came of (e.g. the hazard of a listing), or null. */
        public RecordRefDTO cameFrom;
    }
}

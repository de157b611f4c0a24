package org.luoshi.api.export;

import java.util.ArrayList;
import java.util.List;

/**
 * A bulletin (简报) as an official document: its name as the red masthead, the issue line, the issuer and date under
 * it, a title, paragraphs, and tables each under its caption.
 */
public class BulletinDTO {
    /** e.g. 全市安全生产简报 */
    public String name;
    /** e.g. 2026年第3期（考评排队）; a draft says so here. */
    public String issue;
    public String issuer;
    /** yyyy-MM-dd */
    public String date;
    public String title;
    public List<String> paragraphs = new ArrayList<>();
    public List<Table> tables = new ArrayList<>();
    /** Closing notes under the tables (e.g. the rule and its source). */
    public List<String> notes = new ArrayList<>();

    /** A table under its caption. */
    public static class Table {
        public String caption;
        public List<String> headers = new ArrayList<>();
        public List<List<String>> rows = new ArrayList<>();
    }
}

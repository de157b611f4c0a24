package org.luoshi.api.settings;

/** One change of a setting at a scope: the version (a number growing with every change), before and after, who, when. */
public class SettingChangeDTO {
    public long version;
    public String scope;
    public String module;
    public String key;
    public String label;
    /** null: not set at this scope (the layer above applied). */
    public String before;
    public String after;
    public String author;
    /** ISO-8601 date-time, China time. */
    public String at;
    /** e.g. 回退到第 12 版. */
    public String note;
}
